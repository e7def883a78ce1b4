"""How many of 50 copies are usable as written (the rubric of docs/LLM.md, "Copy rubric").

    SHOPASSIST_DATA_DIR=<Beauty imported> .venv/bin/python bench/copy_rubric_bench.py \
        [--n 50] [--runs 1] [--seed 0] [--out copies.jsonl] [--check-holdout]
        [--rescore copies.jsonl | --redeliver copies.jsonl]

50 Beauty products (a title and a price) drawn with a fixed seed, one per sub-category in turn
(``categories[:3]``, shuffled), so the sample spreads over the catalog; the four channels taken in
turn, default tone (friendly), short length. The copywriter is the one the settings build
(`SHOPASSIST_COPY_ADAPTER` names a tuned adapter). Each run samples with seed ``seed + run``;
the table shows medians over runs, per channel and overall, and the template-fallback share.

The sample's ids are held out of the team-written tuning examples
(assistant/llm/tuning/copy_holdout.yaml); ``--write-holdout`` rewrites that file from the
sample, ``--check-holdout`` fails when the sample differs from it.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from assistant.copy.templates import CHANNELS  # noqa: E402
from catalog.schema import Product  # noqa: E402

CHANNEL_ORDER = ("email", "push", "sms", "banner")


def spread_sample(products: Sequence[Product], n: int, seed: int) -> list[Product]:
    """``n`` products, one per sub-category (``categories[:3]``) in turn, reproducibly."""
    groups: dict[tuple[str, ...], list[Product]] = {}
    for p in sorted(products, key=lambda p: p.id):
        groups.setdefault(tuple(p.categories[:3]), []).append(p)
    rng = random.Random(seed)
    keys = sorted(groups)
    rng.shuffle(keys)
    for key in keys:
        rng.shuffle(groups[key])
    out: list[Product] = []
    depth = 0
    while len(out) < n and any(len(g) > depth for g in groups.values()):
        for key in keys:
            if len(groups[key]) > depth and len(out) < n:
                out.append(groups[key][depth])
        depth += 1
    return out


def one_run(writer: Any, checker: Any, products: Sequence[Product]) -> tuple[dict, list, float]:
    """Write one copy per product (channels in turn) and score them."""
    from assistant.copy.rubric import score_copy, summarise

    jobs: dict[str, list[Product]] = {}
    for i, p in enumerate(products):
        jobs.setdefault(CHANNEL_ORDER[i % 4], []).append(p)
    started = time.perf_counter()
    rows = []
    for channel, group in jobs.items():
        copies = writer.write_jobs([(p, "friendly", 0) for p in group], channel=channel)
        for p, c in zip(group, copies, strict=True):
            rows.append((p, c, score_copy(c, p, checker)))
    seconds = time.perf_counter() - started
    return summarise([s for _, _, s in rows]), rows, seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=50)
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", type=Path, default=None, help="copies and scores, JSON lines")
    parser.add_argument("--write-holdout", action="store_true")
    parser.add_argument("--check-holdout", action="store_true")
    parser.add_argument("--label", default="", help="row label (default: the model's name)")
    parser.add_argument(
        "--rescore", type=Path, default=None, help="score the copies of an earlier --out file"
    )
    parser.add_argument(
        "--redeliver",
        type=Path,
        default=None,
        help="deliver the model's completions of an earlier --out file again (the current "
        "checker and clause cuts, no generation) and score them",
    )
    args = parser.parse_args()

    from assistant.copy.factory import checker_for
    from assistant.llm.tuning.copy_examples import HOLDOUT_FILE, load_holdout
    from core.settings import Settings
    from ui.compose import load_copy, open_store

    settings = Settings()
    store = open_store(settings)
    usable = [p for p in store.iter_products() if p.title and p.price is not None]
    products = spread_sample(usable, args.n, 0)
    ids = [p.id for p in products]
    if args.write_holdout:
        HOLDOUT_FILE.write_text(
            "# The copy rubric bench's 50 products (bench/copy_rubric_bench.py, Beauty demo):\n"
            "# no team-written tuning example may be about one of them.\n"
            + "".join(f"- {i}\n" for i in ids),
            "utf-8",
        )
    if args.check_holdout and set(ids) != set(load_holdout()):
        sys.exit("the sample differs from copy_holdout.yaml: is this the Beauty demo data?")
    checker = checker_for(store)
    runs = []
    if args.rescore is not None or args.redeliver is not None:
        saved = args.rescore or args.redeliver
        label = args.label or f"{'rescored' if args.rescore else 'redelivered'} {saved.name}"
        by_id = {p.id: p for p in products}
        again = rescore(saved, checker, by_id, redeliver=args.redeliver is not None)
        for summary in again:
            runs.append((summary, float("nan")))
        print_table(runs, label, len(products))
        return
    writer = load_copy(settings, store, seed=args.seed)
    label = args.label or getattr(writer.llm, "name", "?")
    handle = args.out.open("w", encoding="utf-8") if args.out else None
    for run in range(args.runs):
        writer.seed = args.seed + run
        summary, rows, seconds = one_run(writer, checker, products)
        runs.append((summary, seconds))
        if handle is not None:
            for p, c, s in rows:
                row = {
                    "run": run, "item_id": p.id, "title": p.title, "brand": p.brand,
                    "category": p.categories[-1] if p.categories else "", "price": p.price,
                    "channel": c.channel, "source": c.source, "raw": c.raw,
                    "subject": c.subject, "text": c.text, **s.to_dict(),
                }  # fmt: skip
                handle.write(json.dumps(row, ensure_ascii=False) + "\n")
        print(f"run {run}: usable {summary['usable']:.2f}, {seconds:.0f} s", file=sys.stderr)
    if handle is not None:
        handle.close()
    print_table(runs, label, len(products))


def rescore(
    path: Path, checker: Any, products: dict[str, Product], *, redeliver: bool = False
) -> list[dict[str, Any]]:
    """The rubric summary of each run saved in an ``--out`` file, scored again; with
    ``redeliver``, each saved completion (``raw``) goes through `Copywriter.finish` again
    first (the checker and the clause cuts of today's code; what the model wrote is kept)."""
    from assistant.copy.claims import GroundingReport
    from assistant.copy.completion import ParsedCopy
    from assistant.copy.copywriter import Copywriter
    from assistant.copy.delivered import Copy
    from assistant.copy.rubric import score_copy, summarise

    writer = Copywriter(None, checker=checker)  # type: ignore[arg-type]  # finish only
    by_run: dict[int, list[Any]] = {}
    for line in path.read_text("utf-8").splitlines():
        row = json.loads(line)
        copy = Copy(
            item_id=row["item_id"], channel=row["channel"], text=row["text"],
            subject=row["subject"], grounded=True, report=GroundingReport(),
            source=row["source"], raw=row["raw"],
        )  # fmt: skip
        if redeliver:
            subject, _, body = row["raw"].partition("\n")
            parsed = (
                ParsedCopy(subject.strip(), body.strip())
                if row["channel"] == "email"
                else ParsedCopy("", row["raw"])
            )
            copy = writer.finish(
                products[row["item_id"]], parsed, audience=None, channel=row["channel"],
                tone="friendly",
            )  # fmt: skip
        by_run.setdefault(row["run"], []).append(
            score_copy(copy, products[row["item_id"]], checker)
        )
    return [summarise(scores) for _, scores in sorted(by_run.items())]


def print_table(runs: list[tuple[dict[str, Any], float]], label: str, n_products: int) -> None:
    """The markdown table: medians over runs, per channel and overall."""

    def med(get: Any) -> float:
        return statistics.median(get(s) for s, _ in runs)

    cols = ("usable", "template", "grounded", "names_it", "channel_length", "no_filler")
    cols = (*cols, "hook_fits")
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=ROOT
    ).stdout.strip()
    print(
        f"copy rubric bench: {label}, {n_products} products x {len(runs)} run(s), "
        f"commit {commit}, median s/run {statistics.median(t for _, t in runs):.0f}"
    )
    print("| channel | copies | " + " | ".join(cols) + " |")
    print("|---|---|" + "---|" * len(cols))
    for channel in (*[c for c in CHANNEL_ORDER if c in CHANNELS], "all"):
        if channel == "all":
            cells = [med(lambda s, c=c: s[c]) for c in cols]
            n = runs[0][0]["copies"]
        else:
            cells = [med(lambda s, c=c, ch=channel: s["by_channel"][ch][c]) for c in cols]
            n = runs[0][0]["by_channel"][channel]["copies"]
        print(f"| {channel} | {n} | " + " | ".join(f"{v:.0%}" for v in cells) + " |")


if __name__ == "__main__":
    main()
