"""Tuned embedder against the base model: tuning time, report-set quality, cold-start items.

Usage (the data dir holds an imported catalog, e.g. Beauty)::

    .venv/bin/python bench/embedder_bench.py tune --data-dir DIR [--pairs N] [--epochs E]
    .venv/bin/python bench/embedder_bench.py quality --data-dir DIR --model base --model tuned \
        [--set tuning|selection|report|report2]
    .venv/bin/python bench/embedder_bench.py coldstart --data-dir DIR --model base --model tuned
    .venv/bin/python bench/embedder_bench.py ranking --data-dir DIR --model base --model tuned

``quality`` ranks the whole catalog by cosine for each query of one of retrieval/quality.py's
sets (``--set``: ``tuning``, the default, needs and brand needs; ``selection``, the 210 need
queries to choose candidates on; ``report``, needs and brand needs, read once for the chosen
candidate; ``report2``, the second, larger need report set, read once per candidate): the dense
ranking, which the hybrid retriever serves for need queries. Only the set asked for is measured
and printed, so choosing on the selection set never shows the report. With two models it adds
the paired bootstrap interval of the second's category-share gain over the first (2,000 draws
over the need queries) and how many queries each wins.
``coldstart`` ranks, for every leave-one-out test user whose test item had no training events,
all items by the content model's score (vectors from the model) and reports Recall/NDCG@10;
the same for all test users. ``ranking`` is `shopassist eval ranking` (same models, 4,000
validation users, seed 42) with the content model's vectors from each model; it prints the
validation figures (the users who pick the best fusion, never the test users) beside the test.
Catalog vectors are cached per model in ``DIR/bench-vectors``; the first encoding's time is the
re-index cost.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.retrieval_bench import table


def open_store(data_dir: Path):
    from catalog.store import make_store

    return make_store(f"sqlite:///{data_dir / 'shopassist.db'}")


def model_path(name: str, data_dir: Path) -> str:
    from retrieval.tuning.artifact import resolve_embedder

    return resolve_embedder(name, data_dir)  # "base", "tuned", "auto" (afresh) or a path


def encode_catalog(name: str, data_dir: Path, products: list) -> tuple[np.ndarray, float]:
    """The catalog's vectors under a model and the seconds encoding took (cached per model)."""
    import hashlib

    from retrieval.embedder import Embedder
    from retrieval.text import product_text

    path = model_path(name, data_dir)
    key = hashlib.sha256(f"{path}|{len(products)}".encode()).hexdigest()[:12]
    cache = data_dir / "bench-vectors" / f"{key}.npz"
    if cache.exists():
        saved = np.load(cache)
        return saved["vectors"], float(saved["seconds"])
    embedder = Embedder(path)
    embedder.model  # noqa: B018  (load outside the timing)
    start = time.perf_counter()
    vectors = embedder.encode([product_text(p) for p in products], progress=True)
    seconds = time.perf_counter() - start
    cache.parent.mkdir(parents=True, exist_ok=True)
    np.savez(cache, vectors=vectors, seconds=seconds)
    return vectors, seconds


def cmd_tune(args: argparse.Namespace) -> None:
    from ranking.data import Interactions, LeaveOneOut
    from retrieval.tuning.pairs import parse_shares
    from retrieval.tuning.pipeline import tune_embedder
    from retrieval.tuning.trainer import TuneParams

    store = open_store(args.data_dir)
    products = list(store.iter_products())
    full = Interactions.from_store(store)
    split = LeaveOneOut.split(full)
    split.check_no_leak()
    start = time.perf_counter()
    manifest = tune_embedder(
        products,
        split.train_item_sequences(),
        args.data_dir,
        max_pairs=args.pairs,
        shares=parse_shares(args.mix) if args.mix else None,
        params=TuneParams(epochs=args.epochs, batch_size=args.batch_size,
                          eval_steps=args.eval_steps, learning_rate=args.lr,
                          max_seq_length=args.max_seq_length, max_minutes=args.max_minutes,
                          max_steps=args.max_steps),
        data_fingerprint=split.train.fingerprint(),
        blend=args.blend,
    )  # fmt: skip
    print(json.dumps(manifest, indent=2))
    print(f"tune wall time {time.perf_counter() - start:.1f}s")


QUALITY_SETS = ("tuning", "selection", "report", "report2")
"""The query sets ``quality --set`` measures (retrieval/quality.py)."""

NEED_ONLY_SETS = ("selection", "report2")
"""The sets of need queries alone (no brand needs)."""


def quality_set(name: str) -> tuple[list, list]:
    """The (needs, brand needs) of one query set; the need-only sets have no brand needs."""
    from retrieval import quality

    if name in NEED_ONLY_SETS:
        return list(getattr(quality, f"NEEDS_{name.upper()}")), []
    if name not in QUALITY_SETS:
        raise ValueError(f"unknown query set {name!r}: one of {', '.join(QUALITY_SETS)}")
    upper = name.upper()
    return list(getattr(quality, f"NEEDS_{upper}")), list(getattr(quality, f"BRAND_{upper}"))


def paired_gain(
    before: Sequence[float], after: Sequence[float], draws: int = 2000, seed: int = 0
) -> tuple[float, float, float]:
    """The mean per-query gain ``after - before`` and its paired bootstrap 95% interval
    (queries drawn with replacement, ``draws`` times)."""
    gains = np.asarray(after, dtype=float) - np.asarray(before, dtype=float)
    picks = np.random.default_rng(seed).integers(0, len(gains), size=(draws, len(gains)))
    means = gains[picks].mean(axis=1)
    low, high = np.percentile(means, [2.5, 97.5])
    return float(gains.mean()), float(low), float(high)


def cmd_quality(args: argparse.Namespace) -> None:
    from retrieval.embedder import Embedder
    from retrieval.quality import measure

    needs, brand_needs = quality_set(args.set)
    store = open_store(args.data_dir)
    products = list(store.iter_products())
    by_id = {p.id: p for p in products}
    ids = [p.id for p in products]
    rows, per_query = [], {}
    for name in args.model:
        vectors, seconds = encode_catalog(name, args.data_dir, products)
        embedder = Embedder(model_path(name, args.data_dir))

        def search(q: str, v: np.ndarray = vectors, e: Embedder = embedder) -> list[str]:
            scores = v @ e.encode_query(q)
            return [ids[i] for i in np.argsort(-scores)[:10]]

        def lookup(xs):
            return [by_id[x] for x in xs]

        result = measure(search, lookup, needs, brand_needs)
        per_query[name] = result.per_query
        row = [name, f"{result.category_share:.3f}"]
        if brand_needs:
            row += [f"{result.brand_hit_rate:.3f}", f"{result.brand_mrr:.3f}"]
        rows.append([*row, f"{seconds:.0f}"])
    brand_columns = [f"{args.set} brand hits", f"{args.set} brand MRR"] if brand_needs else []
    table(
        f"dense retrieval quality, {args.set} set ({len(needs)} needs, {len(brand_needs)} brand)",
        ["model", f"{args.set} cat share", *brand_columns, "encode catalog s"],
        rows,
    )
    if len(args.model) == 2:
        a, b = args.model
        changed = [
            [q, f"{per_query[a][q]:.1f}", f"{per_query[b][q]:.1f}"]
            for q in per_query[a]
            if per_query[a][q] != per_query[b][q]
        ]
        table(f"{args.set} queries that changed", ["query", a, b], changed)
        queries = [q for q, _ in needs]
        before = [per_query[a][q] for q in queries]
        after = [per_query[b][q] for q in queries]
        gain, low, high = paired_gain(before, after)
        better = sum(y > x for x, y in zip(before, after, strict=True))
        worse = sum(y < x for x, y in zip(before, after, strict=True))
        print(
            f"{args.set} category share {b} - {a}: {gain:+.3f} (paired bootstrap 95% "
            f"{low:+.3f}..{high:+.3f}, 2,000 draws over {len(queries)} queries); "
            f"{better} better, {worse} worse"
        )


def cmd_coldstart(args: argparse.Namespace) -> None:
    from ranking.data import Interactions, LeaveOneOut
    from ranking.metrics import summarise, target_ranks
    from ranking.models.content import Content

    store = open_store(args.data_dir)
    products = list(store.iter_products())
    full = Interactions.from_store(store)
    split = LeaveOneOut.split(full)
    counts = np.zeros(full.n_items, dtype=np.int64)
    for seq in split.train.sequences:
        np.add.at(counts, seq, 1)
    histories = split.test_histories()
    cold = np.array([counts[t] == 0 for t in split.test])
    rows = []
    for name in args.model:
        vectors, _ = encode_catalog(name, args.data_dir, products)
        model = Content({p.id: v for p, v in zip(products, vectors, strict=True)}).fit(split.train)
        out = {}
        for label, mask in (("cold", cold), ("all", np.ones_like(cold))):
            users = np.flatnonzero(mask)
            ranks = []
            for chunk in np.array_split(users, max(1, len(users) // 512)):
                hs = [histories[u] for u in chunk]
                scores = model.score_batch(hs)
                for r, h in enumerate(hs):
                    scores[r, h] = -np.inf
                ranks.append(target_ranks(scores, split.test[chunk]))
            m = summarise(np.concatenate(ranks)) if users.size else {}
            out[label] = (len(users), m.get("recall@10", 0.0), m.get("ndcg@10", 0.0))
        row = [name]
        for label in ("cold", "all"):
            n, recall, ndcg = out[label]
            row += [str(n), f"{recall:.4f}", f"{ndcg:.4f}"]
        rows.append(row)
    table(
        "content model on leave-one-out test users (history = train + validation)",
        ["model", "cold users", "cold R@10", "cold N@10", "users", "R@10", "N@10"],
        rows,
    )


def cmd_ranking(args: argparse.Namespace) -> None:
    """`shopassist eval ranking --models ...,content` with the content vectors of each model."""
    from ranking.attributes import ItemAttributes
    from ranking.data import Interactions
    from ranking.evaluate import evaluate
    from ranking.training import build_models

    store = open_store(args.data_dir)
    products = list(store.iter_products())
    data = Interactions.from_store(store)
    attributes = ItemAttributes.from_store(store, data.item_ids)
    names = [n.strip() for n in args.models.split(",") if n.strip()]
    for name in args.model:
        vectors, _ = encode_catalog(name, args.data_dir, products)
        by_id = {p.id: v for p, v in zip(products, vectors, strict=True)}
        start = time.perf_counter()
        built = build_models(names, {}, by_id)
        result = evaluate(
            data, built, valid_users=4000, seed=42, attributes=attributes, progress=False
        )
        valid = {r["model"]: r for r in result.valid_rows}
        valid["fused"] = valid.get(result.best_fusion, {})
        rows = [
            [r["model"], f"{valid[r['model']].get('recall@10', float('nan')):.4f}",
             f"{valid[r['model']].get('ndcg@10', float('nan')):.4f}",
             f"{r['recall@10']:.4f}", f"{r['ndcg@10']:.4f}"]
            for r in result.rows
        ]  # fmt: skip
        table(
            f"leave-one-out validation (the users who pick the fusion) and test, content vectors "
            f"from {name} (best fusion {result.best_fusion}, {time.perf_counter() - start:.0f}s)",
            ["model", "valid R@10", "valid N@10", "test R@10", "test N@10"],
            rows,
        )
        print(json.dumps({"model": name, "rows": result.rows, "valid_rows": result.valid_rows,
                          "weights": result.weights}))  # fmt: skip


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="cmd", required=True)
    t = sub.add_parser("tune")
    t.add_argument("--data-dir", type=Path, required=True)
    t.add_argument("--pairs", type=int, default=6000)
    t.add_argument("--epochs", type=int, default=1)
    t.add_argument("--batch-size", type=int, default=16)
    t.add_argument("--eval-steps", type=int, default=25)
    t.add_argument("--mix", default="", help="pair kinds' shares, e.g. bought=0.7,need=0.2")
    t.add_argument("--lr", type=float, default=5e-5)
    t.add_argument("--max-seq-length", type=int, default=64)
    t.add_argument("--max-minutes", type=float, default=0.0)
    t.add_argument("--max-steps", type=int, default=0, help="stop after N steps (0: all)")
    t.add_argument("--blend", type=float, default=1.0, help="tuned weights' share (WiSE-FT)")
    r = sub.add_parser("ranking")
    r.add_argument("--data-dir", type=Path, required=True)
    r.add_argument("--model", action="append", required=True, help="base, tuned or a path")
    r.add_argument("--models", default="popularity,itemcf,transitions,seqknn,mf,content")
    for name in ("quality", "coldstart"):
        s = sub.add_parser(name)
        s.add_argument("--data-dir", type=Path, required=True)
        s.add_argument("--model", action="append", required=True, help="base, tuned or a path")
        s.add_argument("--max-users", type=int, default=0)
        if name == "quality":
            s.add_argument("--set", choices=QUALITY_SETS, default="tuning",
                           help="the query set to measure (only that one is printed)")  # fmt: skip
    return parser


def main() -> None:
    logging.basicConfig(level=logging.WARNING)
    args = build_parser().parse_args()
    commands = {"tune": cmd_tune, "quality": cmd_quality, "coldstart": cmd_coldstart}
    commands["ranking"] = cmd_ranking
    commands[args.cmd](args)


if __name__ == "__main__":
    main()
