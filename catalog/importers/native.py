"""shopassist's own documented format (docs/DATA_FORMAT.md).

- products: JSONL (one object per line) or CSV with the columns of :class:`catalog.schema.Product`
  (``categories`` as ``"A > B > C"``, ``attributes`` as a JSON object);
- events: CSV or JSONL with ``user_id, item_id, kind, value, timestamp, position, basket_id``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from functools import partial
from pathlib import Path
from typing import Any

from catalog.importers.base import (
    Record,
    Rejected,
    checked_rows,
    make_event,
    make_product,
    read_lines,
)
from catalog.importers.textio import iter_csv
from catalog.schema import Event, Product

PRODUCT_FIELDS = tuple(Product.model_fields)
EVENT_FIELDS = tuple(Event.model_fields)


def _stem(path: Path) -> str:
    name = path.name.lower()
    for suffix in (".gz", ".jsonl", ".json", ".csv"):
        name = name.removesuffix(suffix)
    return name


def _split_fields(
    row: dict[str, Any], allowed: tuple[str, ...]
) -> tuple[dict[str, Any], str | None]:
    unknown = [k for k in row if k not in allowed]
    if unknown:
        return (
            {},
            f"fields: unknown field(s) {', '.join(map(str, unknown))}; "
            f"expected {', '.join(allowed)}",
        )
    return {k: (None if v == "" else v) for k, v in row.items()}, None


def _jsonl_record(
    make: Any, allowed: tuple[str, ...], source: str, line: int, text: str
) -> list[Record]:
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as e:
        return [Rejected(source, line, f"json: malformed JSON ({e.msg} at column {e.colno})", text)]
    if not isinstance(obj, dict):
        return [Rejected(source, line, f"json: expected an object, got {type(obj).__name__}", text)]
    fields, error = _split_fields(obj, allowed)
    if error:
        return [Rejected(source, line, error, text)]
    return [make(source, line, text, **fields)]


def _read_jsonl(path: Path, make: Any, allowed: tuple[str, ...]) -> Iterator[Record]:
    return read_lines(path, "one JSON object per line", partial(_jsonl_record, make, allowed))


def _read_csv(
    path: Path, make: Any, allowed: tuple[str, ...], required: tuple[str, ...]
) -> Iterator[Record]:
    source = str(path)
    for checked in checked_rows(source, iter_csv(path, required=required)):
        if isinstance(checked, Rejected):
            yield checked
            continue
        line, row, raw = checked
        fields, error = _split_fields(row, allowed)
        if error:
            yield Rejected(source, line, error, raw)
            continue
        yield make(source, line, raw, **fields)


def read_products(path: Path) -> Iterator[Record]:
    """Products from a JSONL or CSV file in our format."""
    if ".csv" in path.suffixes:
        return _read_csv(path, make_product, PRODUCT_FIELDS, ("id",))
    return _read_jsonl(path, make_product, PRODUCT_FIELDS)


def read_events(path: Path) -> Iterator[Record]:
    """Events from a CSV or JSONL file in our format."""
    if ".csv" in path.suffixes:
        return _read_csv(path, make_event, EVENT_FIELDS, ("item_id", "kind"))
    return _read_jsonl(path, make_event, EVENT_FIELDS)


def _first_keys(path: Path) -> set[str]:
    from catalog.importers.textio import open_text

    with open_text(path) as f:
        first = f.readline().strip()
    if ".csv" in path.suffixes:
        return {h.strip().lstrip("\ufeff") for h in first.split(",")}
    try:
        obj = json.loads(first)
    except json.JSONDecodeError:
        return set()
    return set(obj) if isinstance(obj, dict) else set()


def detect_products(path: Path) -> bool:
    """A JSONL/CSV file whose records have an ``id`` and no ``item_id``."""
    if not path.is_file() or not ({".jsonl", ".csv"} & set(path.suffixes)):
        return False
    keys = _first_keys(path)
    return "id" in keys and "item_id" not in keys and keys <= set(PRODUCT_FIELDS)


def detect_events(path: Path) -> bool:
    """A CSV/JSONL file whose records have ``item_id`` and ``kind``."""
    if not path.is_file() or not ({".jsonl", ".csv"} & set(path.suffixes)):
        return False
    keys = _first_keys(path)
    return {"item_id", "kind"} <= keys and keys <= set(EVENT_FIELDS)


def folder_files(path: Path) -> list[Path]:
    """The products file(s) first, then the events file(s), of a folder in our format."""
    files = sorted(p for p in path.iterdir() if p.is_file())
    products = [p for p in files if _stem(p) == "products"]
    events = [p for p in files if _stem(p) == "events"]
    return products + events


def detect_folder(path: Path) -> bool:
    """A folder holding products.(jsonl|csv)[.gz] and/or events.(csv|jsonl)[.gz]."""
    return path.is_dir() and bool(folder_files(path))


def read_folder(path: Path) -> Iterator[Record]:
    """Products, then events, from a folder in our format."""
    for file in folder_files(path):
        yield from (read_products(file) if _stem(file) == "products" else read_events(file))
