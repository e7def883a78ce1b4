"""`Filters` translated for LanceDB and Milvus select exactly the rows `Filters.matches` does.

The same filter cases run against every engine that is installed (extras ``lancedb`` and
``milvus``); the reference is `Filters.matches` over the same metadata, so a translation that
drifts from the in-memory and Chroma rules fails here.
"""

from __future__ import annotations

import random

import pytest

from retrieval.filter_expr import milvus_expr, sql_where
from retrieval.filters import Filters

CATS = [
    ("Beauty", "Makeup", "Lips"),
    ("Beauty", "Makeup", "Eyes"),
    ("Beauty", "Skin Care", "Face"),
    ("Beauty", "Hair Care", "Shampoos"),
]
BRANDS = ["brand 1", "brand 2", "l'oreal paris", 'say "hi"', "olay"]

CASES = [
    Filters(),
    Filters(min_price=5, max_price=30),
    Filters(max_price=9.99),
    Filters(exclude_brands=["Brand 1"]),
    Filters(exclude_brands=["L'Oreal Paris", "brand 2"]),
    Filters(brands=['Say "Hi"', "OLAY"]),
    Filters(category="Beauty > Makeup"),
    Filters(category=["Beauty", "Makeup", "Lips"]),
    Filters(category="Beauty > Makeup", min_price=5, max_price=30, exclude_brands=["brand 1"]),
    Filters(min_rating=4, in_stock_only=True),
]


def rows(n: int = 400) -> list[dict]:
    """Metadata rows with the index's keys; a few without a price or rating."""
    rng = random.Random(3)
    out = []
    for i in range(n):
        c = rng.choice(CATS)
        out.append(
            {
                "row": i,
                "price": None if i % 37 == 0 else round(rng.uniform(1, 60), 2),
                "brand_key": rng.choice(BRANDS),
                "cat0": c[0],
                "cat1": c[1],
                "cat2": c[2],
                "rating": None if i % 41 == 0 else round(rng.uniform(1, 5), 1),
                "in_stock": rng.random() < 0.8,
            }
        )
    return out


def expected(data: list[dict], f: Filters) -> set[int]:
    return {r["row"] for r in data if f.matches(r)}


def test_expressions_spell_every_constraint():
    f = Filters(
        min_price=5,
        max_price=30,
        brands=["x"],
        exclude_brands=["L'Oreal Paris"],
        category="Beauty > Makeup",
        min_rating=4,
        in_stock_only=True,
    )
    assert sql_where(f) == (
        "price >= 5.0 AND price <= 30.0 AND brand_key IN ('x') AND brand_key NOT IN "
        "('l''oreal paris') AND cat0 = 'Beauty' AND cat1 = 'Makeup' AND rating >= 4.0 AND "
        "in_stock = true"
    )
    assert milvus_expr(f) == (
        'price >= 5.0 and price <= 30.0 and brand_key in ["x"] and brand_key not in '
        '["l\'oreal paris"] and cat0 == "Beauty" and cat1 == "Makeup" and rating >= 4.0 and '
        "in_stock == true"
    )
    assert sql_where(Filters()) is None
    assert milvus_expr(Filters(avoid=["nut"])) is None  # avoid is post-filtered on text


def test_lancedb_selects_what_matches_selects(tmp_path):
    lancedb = pytest.importorskip("lancedb")
    pa = pytest.importorskip("pyarrow")
    data = rows()
    table = lancedb.connect(str(tmp_path)).create_table(
        "t",
        pa.Table.from_pylist(
            data,
            schema=pa.schema(
                [
                    ("row", pa.int64()),
                    ("price", pa.float64()),
                    ("brand_key", pa.string()),
                    ("cat0", pa.string()),
                    ("cat1", pa.string()),
                    ("cat2", pa.string()),
                    ("rating", pa.float64()),
                    ("in_stock", pa.bool_()),
                ]
            ),
        ),
    )
    for f in CASES:
        where = sql_where(f)
        query = table.search().limit(len(data))
        got = query.where(where) if where else query
        assert set(got.to_arrow()["row"].to_pylist()) == expected(data, f), (f, where)


def test_milvus_lite_selects_what_matches_selects(tmp_path):
    pymilvus = pytest.importorskip("pymilvus")
    pytest.importorskip("milvus_lite")
    from pymilvus import DataType

    data = rows()
    client = pymilvus.MilvusClient(str(tmp_path / "m.db"))
    try:
        schema = pymilvus.MilvusClient.create_schema(auto_id=False, enable_dynamic_field=False)
        schema.add_field("row", DataType.INT64, is_primary=True)
        schema.add_field("vector", DataType.FLOAT_VECTOR, dim=2)
        schema.add_field("price", DataType.DOUBLE, nullable=True)
        for name in ("brand_key", "cat0", "cat1", "cat2"):
            schema.add_field(name, DataType.VARCHAR, max_length=64)
        schema.add_field("rating", DataType.DOUBLE, nullable=True)
        schema.add_field("in_stock", DataType.BOOL)
        index = client.prepare_index_params()
        index.add_index(field_name="vector", index_type="FLAT", metric_type="IP")
        client.create_collection("t", schema=schema, index_params=index)
        client.insert("t", [{**r, "vector": [1.0, 0.0]} for r in data])
        client.load_collection("t")
        for f in CASES:
            expr = milvus_expr(f) or "row >= 0"
            got = client.query("t", filter=expr, output_fields=["row"], limit=len(data))
            assert {g["row"] for g in got} == expected(data, f), (f, expr)
    finally:
        client.close()
