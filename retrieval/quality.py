"""Search quality on the Amazon Beauty catalog: shopper queries with the answer they need.

Two kinds of hand-written queries, each split into a tuning set (used to choose the fusion
settings) and a report set (only measured), a larger need-query selection set
(``NEEDS_SELECTION``, ``retrieval/data/quality_selection.yaml``: 210 needs, for choosing
between candidate embedders without reading the report set) and a second, larger need-query
report set (``NEEDS_REPORT2``, ``retrieval/data/quality_report2.yaml``: read once per candidate,
never tuned or chosen on):

* needs: a need described without brand or title words, with the category prefix a good answer
  belongs to (or a list of them). Measure: the share of the top 10 inside that category.
* brand needs: a brand plus a need. Measure: whether a product of that brand inside the
  expected category reaches the top 10.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache

from catalog.category_paths import within
from catalog.schema import Product
from retrieval.data_files import load_yaml

QUERY_SETS = (
    "NEEDS_REPORT", "NEEDS_TUNING", "BRAND_REPORT", "BRAND_TUNING", "NEEDS_SELECTION",
    "NEEDS_REPORT2",
)  # fmt: skip
"""The query sets this module offers, read from ``retrieval/data/quality_queries.yaml`` (and
``quality_selection.yaml``, ``quality_report2.yaml``) on first use: needs as (query, category
prefix or a tuple of prefixes), brand needs as (query, brand, category prefix)."""

NEED_FILES = {"NEEDS_SELECTION": "quality_selection.yaml", "NEEDS_REPORT2": "quality_report2.yaml"}
"""The need-only sets, one file each: ``needs`` rows of (query, prefix or list of prefixes)."""


@cache
def _query_sets() -> dict[str, list[tuple]]:
    data = load_yaml("quality_queries.yaml")
    sets = {
        f"{name}_{split}".upper(): [tuple(row) for row in data[kind][split]]
        for kind, name in (("needs", "needs"), ("brand_needs", "brand"))
        for split in ("report", "tuning")
    }
    for name, file in NEED_FILES.items():
        rows = load_yaml(file)["needs"]
        sets[name] = [
            (query, prefix if isinstance(prefix, str) else tuple(prefix)) for query, prefix in rows
        ]
    return sets


def __getattr__(name: str) -> list[tuple]:
    """``NEEDS_REPORT``, ``NEEDS_TUNING``, ``BRAND_REPORT``, ``BRAND_TUNING``,
    ``NEEDS_SELECTION``, ``NEEDS_REPORT2`` (lazily loaded)."""
    if name in QUERY_SETS:
        return _query_sets()[name]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def in_category(product: Product, prefix: str | Sequence[str]) -> bool:
    """Whether the product's category path starts with ``prefix`` (whole levels), or with one
    of the prefixes when given several."""
    if isinstance(prefix, str):
        return within(product.category_path, prefix)
    return any(within(product.category_path, p) for p in prefix)


@dataclass
class QualityReport:
    """Mean category share of the top 10 (needs), brand hit rate and MRR (brand needs)."""

    category_share: float
    brand_hit_rate: float
    per_query: dict[str, float]
    brand_mrr: float = 0.0


def measure(
    search: Callable[[str], Sequence[str]],
    lookup: Callable[[Sequence[str]], Sequence[Product]],
    needs: Sequence[tuple[str, str | Sequence[str]]],
    brand_needs: Sequence[tuple[str, str, str]],
) -> QualityReport:
    """Run the queries through ``search`` (query -> top-10 ids) and score them.

    Args:
        search: returns the top-10 product ids of a query.
        lookup: ids -> products (the store's `get_products`).
        needs: (query, category prefix or prefixes) pairs.
        brand_needs: (query, brand, category prefix) triples.
    """
    per_query: dict[str, float] = {}
    shares = []
    for query, prefix in needs:
        products = lookup(list(search(query))[:10])
        share = sum(in_category(p, prefix) for p in products) / 10
        per_query[query] = share
        shares.append(share)
    hits = []
    reciprocal = []
    for query, brand, prefix in brand_needs:
        products = lookup(list(search(query))[:10])
        ranks = [
            n
            for n, p in enumerate(products, start=1)
            if (p.brand or "").lower() == brand.lower() and in_category(p, prefix)
        ]
        per_query[query] = float(bool(ranks))
        hits.append(float(bool(ranks)))
        reciprocal.append(1.0 / ranks[0] if ranks else 0.0)
    return QualityReport(
        category_share=sum(shares) / len(shares) if shares else 0.0,
        brand_hit_rate=sum(hits) / len(hits) if hits else 0.0,
        per_query=per_query,
        brand_mrr=sum(reciprocal) / len(reciprocal) if reciprocal else 0.0,
    )
