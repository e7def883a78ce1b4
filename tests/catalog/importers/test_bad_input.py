"""Bad input: each case gives a clear error or a quarantine entry, and no good row is lost."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from catalog.errors import CatalogError
from catalog.store import CatalogStore
from tests.catalog.importers.importing import load

GOOD_PRODUCTS = [{"id": f"g{i}", "title": f"Good {i}", "price": 1.0 + i} for i in range(3)]


def _quarantine(summary) -> list[dict]:
    return [json.loads(line) for line in summary.quarantine.read_text("utf-8").splitlines()]


def _products_file(tmp_path: Path, bad_line: bytes) -> Path:
    """Good products around one bad line (line 2)."""
    lines = [json.dumps(p).encode() for p in GOOD_PRODUCTS]
    lines.insert(1, bad_line)
    path = tmp_path / "products.jsonl"
    path.write_bytes(b"\n".join(lines) + b"\n")
    return path


@pytest.mark.parametrize(
    ("bad_line", "reason"),
    [
        (b'{"id": "x1", "title": "broken', "json: malformed JSON"),
        (b'{"title": "no id", "price": 3}', "id is missing"),
        (b'{"id": "", "title": "empty id"}', "id is missing"),
        (b'{"id": "x2", "title": "minus", "price": -4.5}', "price is negative"),
        (b'{"id": "x3", "title": "caf\xe9 latin-1"}', "not valid UTF-8"),
        (json.dumps({"id": "x4", "title": "t" * 2_000_000}).encode(), "title is 2,000,000"),
        (b'{"id": "x5", "colour": "red"}', "unknown field(s) colour"),
        (b"[1, 2]", "expected an object"),
    ],
)
def test_bad_product_line_is_quarantined(
    store: CatalogStore, tmp_path: Path, bad_line: bytes, reason: str
) -> None:
    summary = load(store, _products_file(tmp_path, bad_line), tmp_path)
    assert (summary.read, summary.products, summary.rejected) == (4, 3, 1)
    (entry,) = _quarantine(summary)
    assert entry["line"] == 2 and reason in entry["reason"]
    assert len(entry["raw"]) < 3_000  # a huge line is cut in the quarantine file
    assert [p.id for p in store.get_products(["g0", "g1", "g2"])] == ["g0", "g1", "g2"]


def test_unknown_event_kind_and_missing_user(store: CatalogStore, tmp_path: Path) -> None:
    path = tmp_path / "events.csv"
    path.write_text(
        "user_id,item_id,kind,value\nu1,i1,purchase,1\nu1,i2,wishlist,\n,i3,view,\nu2,i1,cart,\n"
    )
    summary = load(store, path, tmp_path)
    assert (summary.read, summary.events, summary.rejected) == (4, 2, 2)
    reasons = {e["line"]: e["reason"] for e in _quarantine(summary)}
    assert "kind: expected one of" in reasons[3] and "'wishlist'" in reasons[3]
    assert "user_id is missing" in reasons[4]
    assert store.count("events") == 2


def test_duplicated_rows_keep_the_first(store: CatalogStore, tmp_path: Path) -> None:
    row = json.dumps(GOOD_PRODUCTS[0])
    path = tmp_path / "products.jsonl"
    path.write_text("\n".join([row, json.dumps(GOOD_PRODUCTS[1]), row]) + "\n")
    summary = load(store, path, tmp_path)
    assert (summary.products, summary.rejected) == (2, 1)
    (entry,) = _quarantine(summary)
    assert entry["line"] == 3 and "duplicate" in entry["reason"] and "line 1" in entry["reason"]

    events = tmp_path / "events.csv"
    events.write_text("user_id,item_id,kind,position\nu,a,purchase,0\nu,a,purchase,0\n")
    summary = load(store, events, tmp_path)
    assert (summary.events, summary.rejected) == (1, 1)


def test_non_utf8_in_csv_and_sequences(store: CatalogStore, tmp_path: Path) -> None:
    events = tmp_path / "events.csv"
    events.write_bytes(b"user_id,item_id,kind\nu1,i1,view\nu\xff2,i2,view\nu3,i3,view\n")
    summary = load(store, events, tmp_path)
    assert (summary.events, summary.rejected) == (2, 1)
    assert "\\xff" in _quarantine(summary)[0]["raw"]
    seq = tmp_path / "seq.txt"
    seq.write_bytes(b"u1 a b\nu2 \xfe c\nu3 d\n")
    summary = load(store, seq, tmp_path, "user-sequences")
    assert (summary.read, summary.events, summary.rejected) == (3, 3, 1)


def test_csv_with_a_missing_column_is_a_clear_error(store: CatalogStore, tmp_path: Path) -> None:
    path = tmp_path / "events.csv"
    path.write_text("user_id,item_id\nu1,i1\n")
    with pytest.raises(CatalogError, match="missing column"):
        load(store, path, tmp_path, "events")
    retail = tmp_path / "retail.csv"
    retail.write_text("InvoiceNo,StockCode,Description,Quantity,UnitPrice\n1,A,x,1,2\n")
    with pytest.raises(CatalogError, match=r"(?s)missing column.*InvoiceDate"):
        load(store, retail, tmp_path, "uci-retail")
    assert store.count("events") == 0  # nothing half-written


def test_csv_with_a_short_row(store: CatalogStore, tmp_path: Path) -> None:
    path = tmp_path / "events.csv"
    path.write_text("user_id,item_id,kind\nu1,i1,view\nu2,i2\n")
    summary = load(store, path, tmp_path)
    assert (summary.events, summary.rejected) == (1, 1)
    assert "expected 3 fields, got 2" in _quarantine(summary)[0]["reason"]


@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        ("products.jsonl", "products"),
        ("events.csv", "events"),
        ("seq.txt", "user-sequences"),
        ("retail.csv", "uci-retail"),
        ("Beauty.item", "recbole-item"),
        ("reviews_Beauty_5.json.gz", "amazon-2014-reviews"),
        ("meta_Beauty.json.gz", "amazon-2014-meta"),
    ],
)
def test_empty_file_is_a_clear_error(
    store: CatalogStore, tmp_path: Path, name: str, fmt: str
) -> None:
    path = tmp_path / name
    path.write_bytes(gzip.compress(b"") if name.endswith(".gz") else b"")
    with pytest.raises(CatalogError, match="empty"):
        load(store, path, tmp_path, fmt)


def test_unrecognised_file_lists_the_formats(store: CatalogStore, tmp_path: Path) -> None:
    path = tmp_path / "notes.md"
    path.write_text("# hello\n")
    with pytest.raises(CatalogError, match=r"(?s)format not recognised.*uci-retail"):
        load(store, path, tmp_path)


def test_bad_reviews_and_meta_lines(store: CatalogStore, tmp_path: Path) -> None:
    meta = tmp_path / "meta_Beauty.json.gz"
    lines = [repr({"asin": "A", "title": "ok"}), "{'asin': 'B', 'title': ", repr({"asin": "C"})]
    meta.write_bytes(gzip.compress(("\n".join(lines) + "\n").encode()))
    summary = load(store, meta, tmp_path)
    assert (summary.format, summary.products, summary.rejected) == ("amazon-2014-meta", 2, 1)
    assert "python-literal: malformed line" in _quarantine(summary)[0]["reason"]
    reviews = tmp_path / "reviews_Beauty_5.json.gz"
    rows = [
        {"reviewerID": "R", "asin": "A", "overall": 5, "unixReviewTime": 1},
        {"reviewerID": "R", "asin": "C", "overall": 9, "unixReviewTime": "soon"},
        {"reviewerID": "R", "overall": 3, "unixReviewTime": 2},
    ]
    reviews.write_bytes(gzip.compress("".join(json.dumps(r) + "\n" for r in rows).encode()))
    summary = load(store, reviews, tmp_path)
    assert (summary.events, summary.rejected) == (1, 2)
    reasons = [e["reason"] for e in _quarantine(summary)]
    assert "unixReviewTime: expected Unix seconds" in reasons[0]
    assert "item_id is missing" in reasons[1]
