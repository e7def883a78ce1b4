"""Category focus: picks kept inside the branch most of a search's top candidates agree on.

For each need query of retrieval/quality.py (the tuning set chooses, the report set is only
measured), the hybrid retriever returns its 100 candidates as the conversation's search does
(no filters); the focus walks down the category tree of the top ``depth`` candidates while one
branch holds at least ``share`` of them (`assistant.dialogue.clarify.dominant_prefix`) and keeps
only the candidates under that branch. The measure is the share of the first 10 candidates in
the query's expected category, without and with the focus, and how many queries were focused.

Usage (the data dir holds an imported and indexed catalog, e.g. Beauty)::

    SHOPASSIST_DATA_DIR=DIR .venv/bin/python bench/category_focus_bench.py [--runs 3]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.retrieval_bench import table

SHARES = (0.5, 0.6, 0.7, 0.8)
DEPTHS = (10, 20, 40)
CANDIDATES = 100


def focused(products: list, depth: int, share: float, *, min_keep: int) -> tuple[list, bool]:
    """``products`` kept under the dominant branch of the first ``depth`` (unchanged when no
    branch below the root dominates or fewer than ``min_keep`` would be left)."""
    from assistant.dialogue.clarify import dominant_prefix

    prefix = dominant_prefix([list(p.categories) for p in products[:depth]], share=share)
    if len(prefix) < 2:
        return products, False
    kept = [p for p in products if list(p.categories[: len(prefix)]) == prefix]
    return (kept, True) if len(kept) >= min_keep else (products, False)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3, help="timed runs of the focus step")
    args = parser.parse_args()

    from core.settings import Settings
    from retrieval.quality import NEEDS_REPORT, NEEDS_TUNING, in_category
    from ui.compose import open_retriever, open_store

    settings = Settings()
    store = open_store(settings)
    retriever = open_retriever(settings, store)
    sets = {"tuning": NEEDS_TUNING, "report": NEEDS_REPORT}
    found = {}
    for queries in sets.values():
        for query, _ in queries:
            hits = retriever.search(query, None, CANDIDATES)
            found[query] = store.get_products([h.item_id for h in hits])

    def share_at_10(products: list, prefix: str) -> float:
        return sum(in_category(p, prefix) for p in products[:10]) / 10

    header = ["set", "focus (depth, share)", "category share @10", "queries focused"]
    rows = []
    for name, queries in sets.items():
        base = statistics.mean(share_at_10(found[q], c) for q, c in queries)
        rows.append([name, "none", f"{base:.3f}", "0"])
        for depth in DEPTHS:
            for share in SHARES:
                results = [focused(found[q], depth, share, min_keep=10) for q, _ in queries]
                value = statistics.mean(
                    share_at_10(kept, c) for (kept, _), (_, c) in zip(results, queries, strict=True)
                )
                n = sum(was for _, was in results)
                rows.append([name, f"{depth}, {share}", f"{value:.3f}", f"{n}/{len(queries)}"])
    table("Category focus on need queries (top 10 of 100 candidates, query order)", header, rows)

    times = []
    for _ in range(args.runs):
        start = time.perf_counter()
        for products in found.values():
            focused(products, 20, 0.6, min_keep=10)
        times.append((time.perf_counter() - start) / len(found) * 1000)
    print(f"\nfocus step: median {statistics.median(times):.3f} ms a query over {args.runs} runs")


if __name__ == "__main__":
    main()
