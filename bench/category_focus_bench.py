"""The category guess: a new need is searched in the branch most of its first results agree on.

For each need query of retrieval/quality.py (the tuning set chooses, the report set is only
measured), the hybrid retriever returns 100 candidates (no filters). The sweep walks down the
category tree of the first ``depth`` candidates while one branch holds at least ``share`` of
them (`assistant.dialogue.clarifying.clarify.dominant_prefix`) and keeps only the candidates under
that
branch: the share of the first 10 in the query's expected category, without and with it, and
how many queries got a branch. The second table runs what ships, the conversation's reader
(the rules, then `assistant.adapters.SearchCategoryGuesser` at `FOCUS_DEPTH`/`FOCUS_SHARE`)
and a search filtered by the category it read, against other ways of using the guess.

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
    from assistant.dialogue.clarifying.clarify import dominant_prefix

    prefix = dominant_prefix([list(p.categories) for p in products[:depth]], share=share)
    if len(prefix) < 2:
        return products, False
    kept = [p for p in products if list(p.categories[: len(prefix)]) == prefix]
    return (kept, True) if len(kept) >= min_keep else (products, False)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3, help="timed runs of each guess")
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

    strategies(store, retriever, sets, share_at_10, args.runs)


def strategies(store, retriever, sets, share_at_10, runs: int) -> None:
    """The rules' category alone, the rules' else the guess (what ships), the guess always,
    and the guess inside the rules' category: share of the filtered search's top 10."""
    from dataclasses import replace

    from assistant.adapters import (
        RetrievalSearcher,
        SearchCategoryGuesser,
        catalog_vocabulary,
        query_parser,
    )
    from retrieval.filters import Filters

    vocabulary = catalog_vocabulary(store)
    parse = query_parser(vocabulary)
    guesser = SearchCategoryGuesser(RetrievalSearcher(retriever), store)

    def top10(query: str, category: str | None) -> list:
        hits = retriever.search(query, Filters(category=category), 10)
        return store.get_products([h.item_id for h in hits])

    rows, times = [], []
    for name, queries in sets.items():
        results: dict[str, list[float]] = {}
        for query, expected in queries:
            parsed = parse(query)
            text, rules = parsed.text or query, parsed.category
            runs_ms = []
            for _ in range(runs):
                start = time.perf_counter()
                guessed = guesser.guess(text, replace(parsed.filters(), category=None))
                runs_ms.append((time.perf_counter() - start) * 1000)
            times.append(statistics.median(runs_ms))
            inside = guesser.guess(text, parsed.filters()) if rules else guessed
            for label, category in (
                ("rules' category alone", rules),
                ("rules', else the guess (ships)", rules or guessed),
                ("the guess always", guessed),
                ("the guess inside the rules' category", inside or rules),
            ):
                results.setdefault(label, []).append(share_at_10(top10(text, category), expected))
        rows += [[name, label, f"{statistics.mean(v):.3f}"] for label, v in results.items()]
    table(
        "Reading the category (search filtered by it, top 10)", ["set", "category", "share"], rows
    )
    p50, p95 = statistics.median(times), statistics.quantiles(times, n=20)[-1]
    print(f"\nguess: p50 {p50:.1f} ms, p95 {p95:.1f} ms a need ({len(times)} needs, {runs} runs)")


if __name__ == "__main__":
    main()
