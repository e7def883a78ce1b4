"""The Amazon 5-core sequence folder as published in ../shared/data/amazon-beauty-2014.

``items.jsonl.gz`` holds one product per line (asin, title, brand, categories, price, sales_rank,
sales_rank_category); ``interactions.csv.gz`` holds ``user_id, asin, position, split``, one row per
purchase in chronological order. The split column is not stored: evaluation derives it again from
the order (leave-one-out), so nothing about the test split leaks into the store.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from catalog.importers.base import Record, Rejected, make_event, make_product
from catalog.importers.textio import NOT_UTF8, has_bad_bytes, iter_csv, iter_lines, printable

ITEMS = "items.jsonl.gz"
INTERACTIONS = "interactions.csv.gz"


def detect(path: Path) -> bool:
    """A folder with items.jsonl.gz and interactions.csv.gz."""
    return path.is_dir() and (path / ITEMS).exists() and (path / INTERACTIONS).exists()


def files(path: Path) -> list[Path]:
    """The two files of the folder."""
    return [path / ITEMS, path / INTERACTIONS]


def read_items(path: Path) -> Iterator[Record]:
    """Products from an items.jsonl(.gz) file."""
    source = str(path)
    for line, text in iter_lines(path):
        if has_bad_bytes(text):
            yield Rejected(source, line, NOT_UTF8, printable(text))
            continue
        try:
            obj = json.loads(text)
        except json.JSONDecodeError as e:
            yield Rejected(source, line, f"json: malformed JSON ({e.msg})", text)
            continue
        attributes = {
            k: obj[k] for k in ("sales_rank", "sales_rank_category") if obj.get(k) is not None
        }
        yield make_product(
            source,
            line,
            text,
            id=obj.get("asin"),
            title=obj.get("title"),
            brand=obj.get("brand"),
            categories=obj.get("categories"),
            price=obj.get("price"),
            attributes=attributes,
        )


def read_interactions(path: Path) -> Iterator[Record]:
    """Purchase events from interactions.csv(.gz): user_id, asin, position[, split]."""
    source = str(path)
    for line, row, raw in iter_csv(path, required=("user_id", "asin", "position")):
        if "__error__" in row:
            yield Rejected(source, line, row["__error__"], printable(raw))
            continue
        yield make_event(
            source,
            line,
            raw,
            user_id=row["user_id"],
            item_id=row["asin"],
            kind="purchase",
            position=row["position"],
        )


def read(path: Path) -> Iterator[Record]:
    """Products, then events, of the folder."""
    yield from read_items(path / ITEMS)
    yield from read_interactions(path / INTERACTIONS)
