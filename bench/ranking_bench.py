"""Ranking speed on Amazon Beauty: the whole training pipeline (`shopassist train` without
SASRec: every model fitted on the training split, fusion weights and the learned reranker on
validation, every model refitted on all data) and the latency of ranking 100 candidates for one
user with the served ranker (p50/p95 over many calls), beside a raw baseline measured in the same
run (one model's `score` on the same candidates).

    .venv/bin/python bench/ranking_bench.py [--dataset PATH] [--calls 300] [--runs 3]

Quality is measured by `shopassist eval ranking` (see docs/BENCHMARKS.md).
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

import numpy as np

DEFAULT_DATASET = Path(__file__).resolve().parents[2] / "shared/data/amazon-beauty-2014"
MODELS = ("popularity", "itemcf", "transitions", "seqknn", "mf")


def load_dataset(path: Path):
    """Beauty sequences and product attributes through the importer's reader (no store needed)."""
    from catalog.importers import resolve_input
    from catalog.importers.base import Parsed
    from catalog.schema import Event, Product
    from ranking.attributes import ItemAttributes
    from ranking.data import Interactions

    path, fmt = resolve_input(path)
    seqs: dict[str, list[tuple[int, str]]] = {}
    records = {}
    for rec in fmt.read(path):
        if not isinstance(rec, Parsed):
            continue
        if isinstance(rec.record, Event):
            e = rec.record
            seqs.setdefault(e.user_id or "", []).append((e.position or 0, e.item_id))
        elif isinstance(rec.record, Product):
            p = rec.record
            records[p.id] = (p.brand, p.categories, p.price)
    data = Interactions.from_sequences({u: [i for _, i in sorted(v)] for u, v in seqs.items()})
    return data, ItemAttributes.from_records(data.item_ids, records)


def percentile(values: list[float], q: float) -> float:
    """The q-th percentile (0-100)."""
    return float(np.percentile(np.array(values), q))


def main() -> None:
    parser = argparse.ArgumentParser(description="ranking speed")
    parser.add_argument("--dataset", type=Path, default=DEFAULT_DATASET)
    parser.add_argument("--calls", type=int, default=300)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    from ranking.ranker import Ranker
    from ranking.state import UserState
    from ranking.training import load_ranker, train_all

    data, attributes = load_dataset(args.dataset)
    print(f"{len(data.user_ids):,} users, {data.n_items:,} items, {data.n_events:,} events")

    with tempfile.TemporaryDirectory(prefix="ranking-bench-") as tmp:
        artifacts = Path(tmp) / "models"
        totals: list[float] = []
        fit_times: dict[str, list[float]] = {n: [] for n in MODELS}
        for _ in range(args.runs):
            start = time.perf_counter()
            manifest = train_all(
                data, artifacts, names=MODELS, attributes=attributes, progress=False
            )
            totals.append(time.perf_counter() - start)
            for name in MODELS:
                fit_times[name].append(manifest["timings"][f"{name}_fit_s"])
        served = load_ranker(artifacts)
    print("\ntraining on Beauty (median of runs)")
    for name, ts in fit_times.items():
        print(f"  {name:12s} {statistics.median(ts):7.2f} s   (refit on all data)")
    print(
        f"  {'pipeline':12s} {statistics.median(totals):7.2f} s   (split fits, weights, reranker, "
        "validation, refits; target <= 180 s, no SASRec)"
    )
    print(f"  served fusion: {manifest['fusion']}")

    models = served.models
    weighted = Ranker(models, served.weights)
    rng = np.random.default_rng(0)
    users = rng.choice(len(data.user_ids), size=args.calls, replace=True)
    states = [UserState.of([data.item_ids[i] for i in data.sequences[u]]) for u in users]
    cands = [list(rng.choice(data.item_ids, size=100, replace=False)) for _ in users]
    weighted.rank(states[0], cands[0], 10)  # warm up
    served.rank(states[0], cands[0], 10)

    def timed(fn) -> list[float]:
        out = []
        for s, c in zip(states, cands, strict=True):
            t = time.perf_counter()
            fn(s, c)
            out.append((time.perf_counter() - t) * 1000)
        return out

    rows = {
        "raw: transitions.score": lambda s, c: models["transitions"].score(s, c),
        "weighted Ranker.rank (+reasons)": lambda s, c: weighted.rank(s, c, 10),
        f"served ({served.method}) Ranker.rank": lambda s, c: served.rank(s, c, 10),
        "ItemCF.bought_with (k=10)": lambda s, c: models["itemcf"].bought_with(s.history[-3:], 10),
    }
    results: dict[str, list[tuple[float, float]]] = {name: [] for name in rows}
    for _ in range(args.runs):
        for name, fn in rows.items():
            ms = timed(fn)
            results[name].append((percentile(ms, 50), percentile(ms, 95)))
    base = statistics.median(p50 for p50, _ in results["raw: transitions.score"])
    print(f"\nlatency for one user, 100 candidates, {args.calls} calls x {args.runs} runs (ms)")
    print(f"  {'call':34s} {'p50':>7s} {'p95':>7s} {'p50 / raw':>10s}")
    for name, vals in results.items():
        p50 = statistics.median(v[0] for v in vals)
        p95 = statistics.median(v[1] for v in vals)
        print(f"  {name:34s} {p50:7.2f} {p95:7.2f} {p50 / base:9.1f}x")
    print("  target: fused p95 <= 10 ms on CPU")


if __name__ == "__main__":
    main()
