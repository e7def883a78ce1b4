"""The McAuley Amazon review data: the 2014 release and the 2023 release.

2014 (https://cseweb.ucsd.edu/~jmcauley/datasets/amazon/links.html, files served from
http://snap.stanford.edu/data/amazon/productGraph/categoryFiles/):

- ``meta_<Cat>.json.gz``: one product per line, written as a Python dict literal (single
  quotes), so lines are read with :func:`ast.literal_eval`: asin, title, brand, categories (a
  list of category paths: the first is taken), price, salesRank ({category: rank}),
  description, imUrl, related ({also_bought, also_viewed, bought_together, ...}).
- ``reviews_<Cat>[_5].json.gz``: one JSON review per line: reviewerID, asin, overall (1-5),
  unixReviewTime, reviewText, summary, helpful, reviewTime.

2023 (https://amazon-reviews-2023.github.io/): JSONL files

- ``meta_<Cat>.jsonl[.gz]``: parent_asin, title, store (the brand), categories (one path),
  main_category, price, average_rating, rating_number, description (a list of paragraphs),
  features, details (a dict), bought_together;
- ``<Cat>.jsonl[.gz]``: user_id, parent_asin, asin, rating, timestamp (Unix milliseconds), text.

A review becomes a ``review`` event (a ``rating`` event when it has no text) whose value is the
star rating. Products keep the sales rank, the image URL, ``bought_together`` and the 2023
``details`` in ``attributes``; the 2014 ``also_bought``/``also_viewed`` lists are not kept.
"""

from __future__ import annotations

import ast
import html
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import Any

from catalog.errors import CatalogError
from catalog.importers.base import Record, Rejected, make_event, make_product, read_lines
from catalog.importers.textio import open_text

MAX_DETAILS_CHARS = 4_000


def _first_line(path: Path) -> str:
    with open_text(path) as f:
        for line in f:
            if line.strip():
                return line.strip()
    return ""


def _first_json(path: Path) -> dict[str, Any] | None:
    try:
        obj = json.loads(_first_line(path))
    except json.JSONDecodeError:
        return None
    return obj if isinstance(obj, dict) else None


def _is_text_file(path: Path) -> bool:
    name = path.name.lower().removesuffix(".gz")
    return path.is_file() and name.endswith((".json", ".jsonl"))


def detect_meta_2014(path: Path) -> bool:
    """A file whose first line is a Python dict literal with an ``asin``."""
    if not _is_text_file(path):
        return False
    first = _first_line(path)
    return first.startswith("{'") and "'asin'" in first[:200]


def detect_reviews_2014(path: Path) -> bool:
    """A JSON-lines file whose first object has ``reviewerID`` and ``asin``."""
    obj = _first_json(path) if _is_text_file(path) else None
    return obj is not None and {"reviewerID", "asin"} <= set(obj)


def detect_meta_2023(path: Path) -> bool:
    """A JSON-lines file whose first object has ``parent_asin`` and no ``user_id``."""
    obj = _first_json(path) if _is_text_file(path) else None
    return obj is not None and "parent_asin" in obj and "user_id" not in obj


def detect_reviews_2023(path: Path) -> bool:
    """A JSON-lines file whose first object has ``user_id``, ``parent_asin`` and ``rating``."""
    obj = _first_json(path) if _is_text_file(path) else None
    return obj is not None and {"user_id", "parent_asin", "rating"} <= set(obj)


_ESCAPED_AT_MOST = 3
"""How many layers of HTML escaping ``_text`` takes off; no source escapes more."""


def _text(value: Any) -> str | None:
    """The field as plain text: HTML entities decoded, also where the source escaped them twice
    ("Kirk&amp;#39;s" -> "Kirk's", "XIUstyle&amp;#8482" -> "XIUstyle™"), as the 2014 Beauty
    metadata does for some brands and titles."""
    if value is None:
        return None
    if isinstance(value, list):
        value = " ".join(str(v) for v in value if v)
    text = str(value)
    for _ in range(_ESCAPED_AT_MOST):
        decoded = html.unescape(text)
        if decoded == text:
            break
        text = decoded
    return text


def _price(value: Any) -> Any:
    if isinstance(value, str) and value.strip().lower() in {"", "none", "null", "nan"}:
        return None
    return value


def _timestamp(value: Any, *, millis: bool, field: str) -> datetime | str | None:
    """A naive UTC datetime, None when absent, or a reason string when unusable."""
    if value is None or value == "":
        return None
    try:
        seconds = float(value) / (1000 if millis else 1)
        return datetime.fromtimestamp(seconds, UTC).replace(tzinfo=None)
    except (TypeError, ValueError, OverflowError, OSError):
        unit = "milliseconds" if millis else "seconds"
        return f"{field}: expected Unix {unit}, got {value!r}"


def _related(related: Any) -> dict[str, Any]:
    if not isinstance(related, dict):
        return {}
    together = related.get("bought_together")
    return {"bought_together": together} if together else {}


def _object_record(
    parse: Callable[[str], Any],
    what: str,
    build: Callable[[str, int, str, dict[str, Any]], Record],
    source: str,
    line: int,
    text: str,
) -> list[Record]:
    """``build(source, line, text, obj)`` for a line that holds an object, else its rejection."""
    try:
        obj = parse(text)
    except (ValueError, SyntaxError, MemoryError, RecursionError) as e:
        reason = getattr(e, "msg", None) or str(e).splitlines()[0][:80]
        return [Rejected(source, line, f"{what}: malformed line ({reason})", text)]
    if not isinstance(obj, dict):
        got = type(obj).__name__
        return [Rejected(source, line, f"{what}: expected an object, got {got}", text)]
    return [build(source, line, text, obj)]


def _records(
    path: Path,
    parse: Callable[[str], Any],
    what: str,
    build: Callable[[str, int, str, dict[str, Any]], Record],
) -> Iterator[Record]:
    """The records of an object-per-line file; an empty file is an error."""
    return read_lines(
        path, f"one {what} object per line", partial(_object_record, parse, what, build)
    )


def _product(
    source: str,
    line: int,
    text: str,
    obj: dict[str, Any],
    *,
    id_key: str,
    brand_key: str,
    categories: Any,
    attributes: dict[str, Any],
    **extra: Any,
) -> Record:
    """The fields both releases name alike (title, price, description) plus the rest."""
    return make_product(
        source,
        line,
        text,
        id=obj.get(id_key),
        title=_text(obj.get("title")),
        brand=_text(obj.get(brand_key)),
        categories=categories,
        price=_price(obj.get("price")),
        description=_text(obj.get("description")),
        attributes=attributes,
        **extra,
    )


@dataclass(frozen=True)
class _ReviewKeys:
    """Where a release keeps a review's fields (the item: the first key that is set)."""

    user: str
    items: tuple[str, ...]
    text: str
    value: str
    time: str
    millis: bool


_REVIEWS_2014 = _ReviewKeys(
    "reviewerID", ("asin",), "reviewText", "overall", "unixReviewTime", False
)
_REVIEWS_2023 = _ReviewKeys("user_id", ("parent_asin", "asin"), "text", "rating", "timestamp", True)


def _review(keys: _ReviewKeys, source: str, line: int, text: str, obj: dict[str, Any]) -> Record:
    """A ``review`` event (``rating`` without text) valued by the stars, or a rejection."""
    timestamp = _timestamp(obj.get(keys.time), millis=keys.millis, field=keys.time)
    if isinstance(timestamp, str):
        return Rejected(source, line, timestamp, text)
    item_id = next((obj[key] for key in keys.items if obj.get(key)), obj.get(keys.items[-1]))
    return make_event(
        source,
        line,
        text,
        user_id=obj.get(keys.user),
        item_id=item_id,
        kind="review" if str(obj.get(keys.text) or "").strip() else "rating",
        value=obj.get(keys.value),
        timestamp=timestamp,
    )


def _meta_2014(source: str, line: int, text: str, obj: dict[str, Any]) -> Record:
    categories = obj.get("categories")
    if isinstance(categories, list) and categories and isinstance(categories[0], list):
        categories = categories[0]
    attributes: dict[str, Any] = {}
    rank = obj.get("salesRank")
    if isinstance(rank, dict) and rank:
        (rank_category, rank_value), *_ = rank.items()
        attributes["sales_rank"] = rank_value
        attributes["sales_rank_category"] = rank_category
    if obj.get("imUrl"):
        attributes["image_url"] = obj["imUrl"]
    attributes.update(_related(obj.get("related")))
    return _product(
        source,
        line,
        text,
        obj,
        id_key="asin",
        brand_key="brand",
        categories=categories,
        attributes=attributes,
    )


def _meta_2023(source: str, line: int, text: str, obj: dict[str, Any]) -> Record:
    categories = obj.get("categories") or (
        [obj["main_category"]] if obj.get("main_category") else []
    )
    attributes: dict[str, Any] = {}
    for key in ("main_category", "rating_number", "bought_together"):
        if obj.get(key):
            attributes[key] = obj[key]
    details = obj.get("details")
    if (
        isinstance(details, dict)
        and details
        and len(json.dumps(details, ensure_ascii=False)) <= MAX_DETAILS_CHARS
    ):
        attributes["details"] = details
    if obj.get("features"):
        attributes["features"] = obj["features"]
    return _product(
        source,
        line,
        text,
        obj,
        id_key="parent_asin",
        brand_key="store",
        categories=categories,
        attributes=attributes,
        rating=obj.get("average_rating"),
    )


def read_meta_2014(path: Path) -> Iterator[Record]:
    """Products from a 2014 ``meta_<Cat>.json.gz`` file (Python-literal lines)."""
    return _records(path, ast.literal_eval, "python-literal", _meta_2014)


def read_reviews_2014(path: Path) -> Iterator[Record]:
    """Review events from a 2014 ``reviews_<Cat>[_5].json.gz`` file."""
    return _records(path, json.loads, "json", partial(_review, _REVIEWS_2014))


def read_meta_2023(path: Path) -> Iterator[Record]:
    """Products from a 2023 ``meta_<Cat>.jsonl`` file."""
    return _records(path, json.loads, "json", _meta_2023)


def read_reviews_2023(path: Path) -> Iterator[Record]:
    """Review events from a 2023 ``<Cat>.jsonl`` file (item = parent_asin)."""
    return _records(path, json.loads, "json", partial(_review, _REVIEWS_2023))


_META = ((detect_meta_2014, read_meta_2014), (detect_meta_2023, read_meta_2023))
_REVIEWS = ((detect_reviews_2014, read_reviews_2014), (detect_reviews_2023, read_reviews_2023))


def _reader(path: Path, pairs: tuple[Any, ...]) -> Callable[[Path], Iterator[Record]] | None:
    for detect, read in pairs:
        try:
            if detect(path):
                return read
        except (OSError, UnicodeError, EOFError, CatalogError):
            continue
    return None


def folder_files(path: Path) -> list[Path]:
    """Meta files first, then review files, of a folder of McAuley files."""
    files = sorted(p for p in path.iterdir() if _is_text_file(p))
    meta = [p for p in files if _reader(p, _META)]
    reviews = [p for p in files if p not in meta and _reader(p, _REVIEWS)]
    return meta + reviews


def detect_folder(path: Path) -> bool:
    """A folder with McAuley meta and/or review files (2014 or 2023), e.g. what
    ``shopassist data get amazon-beauty`` downloads."""
    return path.is_dir() and bool(folder_files(path))


def read_folder(path: Path) -> Iterator[Record]:
    """Products from the meta files, then events from the review files."""
    for file in folder_files(path):
        read = _reader(file, _META) or _reader(file, _REVIEWS)
        assert read is not None
        yield from read(file)
