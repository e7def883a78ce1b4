"""ProductIndex over Chroma: build, incremental update, consistency check, filters, vectors."""

from __future__ import annotations

import numpy as np
import pytest

from catalog.schema import Product
from retrieval.errors import IndexNotBuiltError, RetrievalError
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


def test_build_counts_and_metadata(small_index, small_store) -> None:
    assert small_index.count() == len(make_products())
    assert small_index.embedder.encoded == len(make_products())
    vectors = small_index.vectors(["s1", "l1", "nope"])
    assert set(vectors) == {"s1", "l1"}
    assert vectors["s1"].shape == (small_index.embedder.dimension,)
    assert abs(float(np.linalg.norm(vectors["s1"])) - 1.0) < 1e-4
    assert small_index.check(small_store).ok


def test_update_touches_only_what_changed(small_index, small_store) -> None:
    products = {p.id: p for p in make_products()}
    retitled = products["s1"].model_copy(update={"title": "Ultra Moisture Shampoo for Dry Hair"})
    repriced = products["l1"].model_copy(update={"price": 5.55})
    new = Product(id="new1", title="Vitamin C Serum", brand="Olay", categories="Beauty > Skin Care")
    small_store.upsert_products([retitled, repriced, new])
    small_store.delete_products(["x1"])
    before = small_index.embedder.encoded
    report = small_index.update(small_store)
    assert (report.added, report.reembedded, report.metadata_only, report.removed) == (1, 1, 1, 1)
    assert report.unchanged == len(products) - 3
    assert report.keyword_rebuilt
    assert small_index.embedder.encoded - before == 2  # only the new and the retitled product
    assert small_index.check(small_store).ok
    hit = small_index.query(small_index.vectors(["l1"])["l1"], 1, Filters(max_price=6.0))
    assert hit[0][0] == "l1"  # the new price is in the metadata
    again = small_index.update(small_store)
    assert again.changed == 0 and again.removed == 0


def test_check_finds_and_repairs_drift(small_index, small_store) -> None:
    small_index.collection.delete(ids=["s2"])
    small_index.collection.upsert(
        ids=["ghost"],
        embeddings=[np.ones(small_index.embedder.dimension, dtype=np.float32) / 20],
        metadatas=[{"content_hash": "x", "text_hash": "y"}],
    )
    changed = make_products()[5].model_copy(update={"rating": 1.0})
    small_store.upsert_products([changed])
    report = small_index.check(small_store)
    assert not report.ok
    assert (report.missing, report.extra, report.stale) == (["s2"], ["ghost"], [changed.id])
    assert report.keyword_stale
    repaired = small_index.check(small_store, repair=True)
    assert repaired.repaired
    assert small_index.check(small_store).ok


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
    got = small_index.collection.get(include=["metadatas"])
    metas = dict(zip(got["ids"], got["metadatas"], strict=True))
    probe = small_index.vectors(["s1"])["s1"]
    for f in cases:
        expected = {pid for pid, m in metas.items() if f.matches(m)}
        assert expected, f
        assert set(small_index.collection.get(where=f.where())["ids"]) == expected, f.describe()
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


def test_unbuilt_index_says_how_to_build(tmp_path, embedder) -> None:
    from retrieval.index import ProductIndex
    from retrieval.vectorstore import make_vector_store

    index = ProductIndex(make_vector_store(path=tmp_path / "c"), embedder, name="none")
    assert not index.exists() and index.count() == 0
    with pytest.raises(IndexNotBuiltError, match="shopassist index build"):
        index.query(np.zeros(384, dtype=np.float32), 3)


def test_bad_vector_store_url() -> None:
    from retrieval.vectorstore import make_vector_store

    with pytest.raises(RetrievalError, match="chroma_url"):
        make_vector_store(url="localhost:8000")
