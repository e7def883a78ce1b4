"""RecBole atomic files: ``<name>.item`` (products) and ``<name>.inter`` (interactions).

Both are tab-separated with a typed header, ``field:type`` where type is token, token_seq,
float or float_seq (https://recbole.io/docs/user_guide/data/atomic_files.html). Quoting follows
CSV rules, as pandas (which RecBole uses) reads it. The item file's known fields map to product
fields (``item_id`` -> id, ``title``, ``brand``, ``categories``, ``price``, ``description``,
``rating``); every other field goes to ``attributes`` (``sales_rank`` as a number,
``sales_type`` as ``sales_rank_category``). An interaction with a ``rating`` column becomes a
``rating`` event with that value, otherwise a ``purchase``; ``timestamp`` is Unix seconds (UTC).
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from catalog.errors import CatalogError
from catalog.importers.base import Record, Rejected, checked_rows, make_event, make_product
from catalog.importers.textio import iter_csv, open_text

ITEM_FIELDS = {
    "item_id": "id",
    "title": "title",
    "item_name": "title",
    "name": "title",
    "brand": "brand",
    "categories": "categories",
    "category": "categories",
    "price": "price",
    "description": "description",
    "rating": "rating",
}
ATTRIBUTE_NAMES = {"sales_type": "sales_rank_category"}


def _kind_of(path: Path) -> str:
    name = path.name.lower().removesuffix(".gz")
    return name.rsplit(".", 1)[-1] if "." in name else ""


def header(path: Path) -> dict[str, str]:
    """Field name -> RecBole type, from the first line of an atomic file."""
    with open_text(path) as f:
        first = f.readline().rstrip("\r\n").lstrip("\ufeff")
    fields: dict[str, str] = {}
    if not first.strip():
        return fields
    for cell in first.split("\t"):
        name, _, kind = cell.strip().partition(":")
        fields[name] = kind
    return fields


def _typed(path: Path, required: tuple[str, ...]) -> bool:
    fields = header(path)
    return all(fields.get(name) for name in required)


def detect_item(path: Path) -> bool:
    """A ``*.item[.gz]`` file whose typed header has ``item_id:token``."""
    return path.is_file() and _kind_of(path) == "item" and _typed(path, ("item_id",))


def detect_inter(path: Path) -> bool:
    """A ``*.inter[.gz]`` file whose typed header has ``user_id`` and ``item_id``."""
    return path.is_file() and _kind_of(path) == "inter" and _typed(path, ("user_id", "item_id"))


def _token_seq(value: str) -> list[str]:
    """A token_seq cell: space-separated tokens, or a quoted list ("'A', 'B C'") as some
    published Amazon files write category paths."""
    text = value.strip()
    if not text:
        return []
    if text[0] in "'\"[":
        try:
            parsed = ast.literal_eval(text if text[0] == "[" else f"[{text}]")
        except (ValueError, SyntaxError):
            parsed = None
        if isinstance(parsed, list | tuple):
            return [str(part) for part in parsed]
    return text.split()


def _number(value: str) -> float | None:
    try:
        return float(value) if value.strip() else None
    except ValueError:
        return None


def _open_typed_csv(path: Path, required: tuple[str, ...]) -> tuple[dict[str, str], Any]:
    types = header(path)
    names = list(types)
    if not types:
        raise CatalogError(f"{path}: the file is empty; expected a typed header row")
    if not any(types.values()):
        raise CatalogError(
            f"{path}: expected a RecBole typed header such as 'item_id:token\\ttitle:token', "
            f"got {', '.join(names) or 'nothing'}"
        )
    rows = iter_csv(path, required=tuple(f"{n}:{types[n]}" for n in required), delimiter="\t")
    return types, rows


def read_item(path: Path) -> Iterator[Record]:
    """Products from a RecBole ``.item`` file."""
    source = str(path)
    _, rows = _open_typed_csv(path, ("item_id",))
    for checked in checked_rows(source, rows):
        if isinstance(checked, Rejected):
            yield checked
            continue
        line, row, raw = checked
        fields: dict[str, Any] = {}
        attributes: dict[str, Any] = {}
        for column, value in row.items():
            name, _, kind = column.partition(":")
            target = ITEM_FIELDS.get(name)
            if kind.endswith("_seq"):
                parsed: Any = _token_seq(value) if kind == "token_seq" else value.split()
            else:
                parsed = value if value.strip() else None
            if target is not None:
                fields[target] = parsed
            elif parsed not in (None, []):
                if kind == "float":
                    number = _number(value)
                    parsed = int(number) if number is not None and number.is_integer() else number
                attributes[ATTRIBUTE_NAMES.get(name, name)] = parsed
        yield make_product(source, line, raw, attributes=attributes, **fields)


def read_inter(path: Path) -> Iterator[Record]:
    """Events from a RecBole ``.inter`` file: ratings when it has a rating column, else
    purchases."""
    source = str(path)
    types, rows = _open_typed_csv(path, ("user_id", "item_id"))
    user_col, item_col = f"user_id:{types['user_id']}", f"item_id:{types['item_id']}"
    rating_col = f"rating:{types['rating']}" if "rating" in types else None
    time_col = f"timestamp:{types['timestamp']}" if "timestamp" in types else None
    for checked in checked_rows(source, rows):
        if isinstance(checked, Rejected):
            yield checked
            continue
        line, row, raw = checked
        timestamp = None
        if time_col and row[time_col].strip():
            seconds = _number(row[time_col])
            if seconds is None or seconds != seconds:
                yield Rejected(
                    source,
                    line,
                    f"timestamp: expected Unix seconds such as 1393545600, got {row[time_col]!r}",
                    raw,
                )
                continue
            try:
                timestamp = datetime.fromtimestamp(seconds, UTC).replace(tzinfo=None)
            except (OverflowError, OSError, ValueError):
                yield Rejected(
                    source, line, f"timestamp: {seconds} is out of range for Unix seconds", raw
                )
                continue
        yield make_event(
            source,
            line,
            raw,
            user_id=row[user_col],
            item_id=row[item_col],
            kind="rating" if rating_col else "purchase",
            value=row[rating_col] if rating_col else None,
            timestamp=timestamp,
        )


def folder_files(path: Path) -> list[Path]:
    """The ``.item`` file(s), then the ``.inter`` file(s), of a RecBole dataset folder."""
    files = sorted(p for p in path.iterdir() if p.is_file())
    return [p for p in files if _kind_of(p) == "item"] + [
        p for p in files if _kind_of(p) == "inter"
    ]


def detect_folder(path: Path) -> bool:
    """A folder holding RecBole ``.item`` and/or ``.inter`` files."""
    return path.is_dir() and any(detect_item(p) or detect_inter(p) for p in folder_files(path))


def read_folder(path: Path) -> Iterator[Record]:
    """Products, then events, of a RecBole dataset folder."""
    for file in folder_files(path):
        yield from (read_item(file) if _kind_of(file) == "item" else read_inter(file))
