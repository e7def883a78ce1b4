"""ProductIndex over Chroma: product text, Chroma's `where`, metadata, the client factory (the
contract on every engine: test_vector_backends.py)."""

from __future__ import annotations

import numpy as np
import pytest

from catalog.schema import Product
from retrieval.errors import RetrievalError
from retrieval.filters import Filters
from retrieval.metadata import product_metadata
from retrieval.text import product_text
from tests.retrieval.conftest import make_products


def test_product_text_has_every_part() -> None:
    p = Product(
        id="a",
        title="Red Lipstick",
        brand="Revlon",
        categories=["Beauty", "Makeup", "Lips"],
        description="Creamy and long lasting.",
        attributes={"size": "0.15 oz", "sales_rank": 12},
    )
    text = product_text(p)
    assert text.splitlines() == [
        "Red Lipstick",
        "Brand: Revlon",
        "Category: Beauty > Makeup > Lips",
        "Creamy and long lasting.",
        "Details: size: 0.15 oz",
    ]
    assert product_text(Product(id="bare")) == "bare"


def test_chroma_where_agrees_with_python_predicate(ro_index, monkeypatch) -> None:
    small_index = ro_index
    cases = [
        Filters(max_price=10),
        Filters(min_price=5, max_price=9, exclude_brands=["pantene"]),
        Filters(brands=["Maybelline", "revlon"]),
        Filters(category="Beauty > Hair Care"),
        Filters(category=["Beauty", "Makeup", "Eyes"], min_rating=3.5),
        Filters(in_stock_only=True, category="Beauty > Makeup > Lips"),
    ]
    collection = small_index.table.collection
    got = collection.get(include=["metadatas"])
    metas = dict(zip(got["ids"], got["metadatas"], strict=True))
    probe = small_index.vectors(["s1"])["s1"]
    for f in cases:
        expected = {pid for pid, m in metas.items() if f.matches(m)}
        assert expected, f
        assert set(collection.get(where=f.where())["ids"]) == expected, f.describe()
        exact = small_index.query(probe, 100, f)  # in-memory exact path
        assert {pid for pid, _ in exact} == expected, f.describe()
        with monkeypatch.context() as m:
            m.setattr("retrieval.index.MAX_EXACT", 0)  # Chroma where path
            hnsw = small_index.query(probe, 5, f)
        assert [p for p, _ in hnsw] == [p for p, _ in exact[:5]]
        mask = small_index.keyword.table.mask(f)
        assert {small_index.keyword.table.ids[i] for i in np.flatnonzero(mask)} == expected


def test_metadata_has_no_none_values() -> None:
    for p in make_products():
        meta = product_metadata(p)
        assert all(v is not None for v in meta.values())
        assert ("price" in meta) == (p.price is not None)


def test_bad_vector_store_url() -> None:
    from retrieval.vectorstore import make_vector_store

    with pytest.raises(RetrievalError, match="chroma_url"):
        make_vector_store(url="localhost:8000")
