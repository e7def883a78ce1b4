"""Bundles on UCI Online Retail: item-to-item CF (and customer history) vs association rules.

Imports the CSV through `catalog.importers.import_path` into a scratch store, builds baskets
(>= 2 distinct items), takes the last 20% of invoices by date as test, holds one item out of each
test basket and ranks it given the rest. Prints HR@10 / NDCG@10 per method.

    .venv/bin/python bench/bundles_bench.py [--csv PATH] [--min-support 0.005] [--json]
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

DEFAULT_CSV = (
    Path(__file__).resolve().parents[2]
    / "shared/data/uci-online-retail/online_retail_2010-12_to_2011-06_with_invoice.csv.gz"
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--csv", type=Path, default=DEFAULT_CSV)
    parser.add_argument("--min-support", type=float, default=0.005)
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    from catalog.importers import import_path
    from catalog.store import make_store
    from ranking.bundles import baskets_from_rows, evaluate_bundles

    start = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="shopassist-bundles-") as tmp:
        store = make_store(f"sqlite:///{Path(tmp) / 'retail.db'}")
        import_path(store, args.csv, quarantine_dir=Path(tmp), progress=False)
        baskets = baskets_from_rows(store.event_rows())
        store.close()
    imported = time.perf_counter() - start
    rows = evaluate_bundles(baskets, seed=args.seed, min_support=args.min_support)
    total = time.perf_counter() - start
    if args.json:
        print(json.dumps({"baskets": len(baskets), "rows": rows, "seconds": round(total, 1)}))
        return
    rules = next(r for r in rows if r["model"].startswith("assoc"))
    print(f"UCI Online Retail: {len(baskets):,} baskets with >= 2 items; "
          f"import {imported:.0f}s, total {total:.0f}s")  # fmt: skip
    print(f"{'method':28s} {'HR@10':>7s} {'NDCG@10':>8s} {'MRR':>7s} {'HR vs rules':>12s}")
    for r in rows:
        ratio = r["hr@10"] / rules["hr@10"] if rules["hr@10"] else float("nan")
        print(f"{r['model']:28s} {r['hr@10']:7.4f} {r['ndcg@10']:8.4f} {r['mrr']:7.4f} "
              f"{ratio:11.2f}x")  # fmt: skip


if __name__ == "__main__":
    main()
