"""Property-based fuzzing of the importers: arbitrary rows never crash an import, and every
row read is either imported or quarantined with a reason (nothing is lost)."""

from __future__ import annotations

import csv
import io
import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from catalog.importers import import_path
from catalog.store import make_store
from core.errors import ShopAssistError

FUZZ = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
text = st.text(max_size=40)
cell = st.one_of(
    text,
    st.integers(-10, 10**6).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(str),
    st.sampled_from(["", "purchase", "view", "rating", "2024-01-02T10:00:00", "$1,299.50"]),
)
EVENT_COLUMNS = ["user_id", "item_id", "kind", "value", "timestamp", "position", "basket_id"]


def _import(name: str, content: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        (root / name).write_text(content, encoding="utf-8")
        store = make_store(f"sqlite:///{root / 'store.db'}")
        try:
            summary = import_path(store, root / name, quarantine_dir=root / "q", progress=False)
        except ShopAssistError:
            return  # a whole-file problem (no header, wrong columns): a clear error, no writes
        finally:
            counts = (store.count("events"), store.count("products"))
            store.close()
        assert summary.imported + summary.rejected == summary.read
        assert counts == (summary.events, summary.products)
        if summary.rejected:
            lines = (root / "q").glob("*.jsonl")
            reasons = [json.loads(line)["reason"] for p in lines for line in p.open()]
            assert len(reasons) == summary.rejected and all(reasons)


@given(rows=st.lists(st.fixed_dictionaries({c: cell for c in EVENT_COLUMNS}), max_size=12))
@FUZZ
def test_event_csv_rows(rows: list[dict[str, str]]) -> None:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=EVENT_COLUMNS)
    writer.writeheader()
    writer.writerows(rows)
    _import("events.csv", out.getvalue())


json_value = st.recursive(
    st.one_of(st.none(), st.booleans(), st.floats(allow_nan=False), text),
    lambda inner: st.one_of(st.lists(inner, max_size=3), st.dictionaries(text, inner, max_size=3)),
    max_leaves=8,
)
product_keys = st.sampled_from(["id", "title", "brand", "categories", "price", "rating", "x"])


@given(records=st.lists(st.dictionaries(product_keys, json_value, max_size=6), max_size=10))
@FUZZ
def test_product_jsonl_records(records: list[dict[str, object]]) -> None:
    _import("products.jsonl", "\n".join(json.dumps(r) for r in records) + "\n")


@given(raw=st.text(max_size=400))
@FUZZ
def test_arbitrary_text_as_events(raw: str) -> None:
    _import("events.csv", raw)
