"""`Filters` as the filter expressions of other vector engines (LanceDB SQL, Milvus).

The one place a second engine's filter is written: each function expresses the same rules as
`Filters.where` (Chroma) and `Filters.matches` (in memory) over the same metadata keys
(``price``, ``brand_key``, ``cat0``..``catN``, ``rating``, ``in_stock``). ``avoid`` is not
expressed (no index can: the retriever post-filters on catalog text, as with Chroma).
"""

from __future__ import annotations

from collections.abc import Callable

from retrieval.filters import Filters, brand_key


def _sql_str(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _milvus_str(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _clauses(f: Filters, quote: Callable[[str], str], words: dict[str, str]) -> list[str]:
    """The clauses of ``f``; ``words`` spells the engine's ``in``, ``not in``, ``==`` and list
    brackets."""
    lo, hi = words["open"], words["close"]
    clauses: list[str] = []
    if f.min_price is not None:
        clauses.append(f"price >= {f.min_price!r}")
    if f.max_price is not None:
        clauses.append(f"price <= {f.max_price!r}")
    if f.brands:
        keys = ", ".join(quote(k) for k in sorted({brand_key(b) for b in f.brands}))
        clauses.append(f"brand_key {words['in']} {lo}{keys}{hi}")
    if f.exclude_brands:
        keys = ", ".join(quote(k) for k in sorted({brand_key(b) for b in f.exclude_brands}))
        clauses.append(f"brand_key {words['not in']} {lo}{keys}{hi}")
    for depth, level in enumerate(f.levels):
        clauses.append(f"cat{depth} {words['==']} {quote(level)}")
    if f.min_rating is not None:
        clauses.append(f"rating >= {f.min_rating!r}")
    if f.in_stock_only:
        clauses.append(f"in_stock {words['==']} true")
    return clauses


_SQL = {"in": "IN", "not in": "NOT IN", "==": "=", "open": "(", "close": ")", "and": " AND "}
_MILVUS = {"in": "in", "not in": "not in", "==": "==", "open": "[", "close": "]", "and": " and "}


def sql_where(f: Filters) -> str | None:
    """The filter as a LanceDB (DataFusion SQL) ``where`` string; None when nothing is filtered.

    Rows with a NULL price or rating fail a price or rating bound, as in `Filters.matches`.
    """
    return _SQL["and"].join(_clauses(f, _sql_str, _SQL)) or None


def milvus_expr(f: Filters) -> str | None:
    """The filter as a Milvus boolean expression (``filter=`` of a search); None for none."""
    return _MILVUS["and"].join(_clauses(f, _milvus_str, _MILVUS)) or None
