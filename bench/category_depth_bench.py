"""How deep the reader reads a need's category: the words' category, the search guess, and the
guess going deeper under a category with sub-categories (a department the words name, or the
branch a first guess found), for 0-3 rounds and several shares (``share`` for a new need's
first guess, ``under`` for a guess under a branch already chosen).

Runs the conversation's reader (`assistant.dialogue.reader.TurnReader`, rules + the
`SearchCategoryGuesser`) in several variants over two tuning sets written apart from the labelled
understanding set: retrieval/data/category_tuning.yaml (deep labels, and needs the catalog has
no home for) and retrieval/quality.py's tuning needs (department labels). For each variant: how
often the category read is right (the label or under it), too shallow (above the label), null,
a wrong branch, a false positive where the catalog has no home; and the category share of the
top 10 of a search filtered by what was read (the picks' side: a deeper category is a harder
filter), with how many such searches came back empty.

Usage (the data dir holds an imported and indexed catalog, e.g. Beauty)::

    SHOPASSIST_DATA_DIR=DIR .venv/bin/python bench/category_depth_bench.py [--report]

``--report`` adds retrieval/quality.py's report needs (measured only, never for choosing).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.retrieval_bench import table
from retrieval.data_files import load_yaml

SHARES = (0.5, 0.55, 0.6, 0.7)
ROUNDS = (1, 2, 3)


def tuning_needs() -> list[tuple[str, list[str]]]:
    """retrieval/data/category_tuning.yaml as (message, acceptable prefixes; [] = no home)."""
    rows = load_yaml("category_tuning.yaml")["needs"]
    return [(m, [] if c is None else [c] if isinstance(c, str) else list(c)) for m, c in rows]


def outcome(read: str | None, labels: list[str]) -> str:
    """right / shallow / null / wrong for a labelled need; ok / fp where there is no home."""
    if not labels:
        return "fp" if read else "ok"
    if read is None:
        return "null"
    if any(read == lab or read.startswith(lab + " > ") for lab in labels):
        return "right"
    if any(lab.startswith(read + " > ") for lab in labels):
        return "shallow"
    return "wrong"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--report", action="store_true", help="also the report needs")
    args = parser.parse_args()

    from assistant.adapters import (
        RetrievalSearcher,
        SearchCategoryGuesser,
        catalog_vocabulary,
        query_parser,
    )
    from assistant.dialogue.clarifying.clarify import FOCUS_SHARE, FOCUS_SHARE_UNDER
    from assistant.dialogue.model.model_request import TurnSituation
    from assistant.dialogue.reader import TurnReader
    from core.settings import Settings
    from retrieval import quality
    from retrieval.quality import in_category
    from ui.compose import open_retriever, open_store

    settings = Settings()
    store = open_store(settings)
    retriever = open_retriever(settings, store)
    vocabulary = catalog_vocabulary(store)
    parse = query_parser(vocabulary)
    searcher = RetrievalSearcher(retriever)

    def reader(deepen: int, share: float, under: float) -> TurnReader:
        guesser = SearchCategoryGuesser(searcher, store, share=share, under_share=under)
        return TurnReader(parse=parse, vocabulary=vocabulary, categories=guesser, deepen=deepen)

    variants = [("words, else the guess (before)", reader(0, FOCUS_SHARE, FOCUS_SHARE))]
    variants += [
        (f"deepen {n} round(s), share {FOCUS_SHARE}, under {under}", reader(n, FOCUS_SHARE, under))
        for n in ROUNDS
        for under in SHARES
        if n == 1 or under == FOCUS_SHARE_UNDER
    ]
    variants += [
        (f"deepen 1 round(s), share {s}, under {s}", reader(1, s, s))
        for s in SHARES
        if s != FOCUS_SHARE
    ]
    sets = {"category_tuning": tuning_needs()}
    sets["quality tuning"] = [(q, [c]) for q, c in quality.NEEDS_TUNING]
    if args.report:
        sets["quality report (measured only)"] = [(q, [c]) for q, c in quality.NEEDS_REPORT]

    header = ["set", "variant", "right", "too shallow", "null", "wrong", "fp (no home)"]
    header += ["share @10 of the filtered search", "empty searches", "read p50 ms"]
    rows = []
    for set_name, needs in sets.items():
        for name, variant in variants:
            counts: dict[str, int] = {}
            shares, empty, times = [], 0, []
            for message, labels in needs:
                started = time.perf_counter()
                request = variant.read(message, TurnSituation())
                times.append(1000 * (time.perf_counter() - started))
                read = request.parsed.category
                kind = outcome(read, labels)
                counts[kind] = counts.get(kind, 0) + 1
                if not labels:
                    continue
                hits = retriever.search(request.text or message, request.parsed.filters(), 10)
                products = store.get_products([h.item_id for h in hits])
                if not products:
                    empty += 1
                shares.append(
                    sum(any(in_category(p, lab) for lab in labels) for p in products) / 10
                )
            labelled = sum(1 for _, labels in needs if labels)
            homeless = len(needs) - labelled
            rows.append(
                [
                    set_name,
                    name,
                    *(f"{counts.get(k, 0)}/{labelled}" for k in ("right", "shallow", "null")),
                    f"{counts.get('wrong', 0)}/{labelled}",
                    f"{counts.get('fp', 0)}/{homeless}" if homeless else "-",
                    f"{statistics.mean(shares):.3f}",
                    str(empty),
                    f"{statistics.median(times):.1f}",
                ]
            )
    table(
        "The category the reader reads (tuning needs, written apart from the labelled set)",
        header,
        rows,
    )


if __name__ == "__main__":
    main()
