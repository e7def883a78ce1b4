"""The real Beauty catalog (12,101 products) with the real embedder: quality and filters.

The index is built once per test session (`beauty_index`, about 2 minutes on 2 cores).
"""

from __future__ import annotations

import pytest

from retrieval.filters import Filters
from retrieval.quality import (
    BRAND_REPORT,
    BRAND_TUNING,
    NEEDS_REPORT,
    NEEDS_TUNING,
    in_category,
    measure,
)
from retrieval.search import Retriever

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def reports(beauty_index, beauty_store):
    """Quality of dense, BM25 and hybrid on the report queries."""
    out = {}
    for mode in ("dense", "bm25", "hybrid"):
        r = Retriever(beauty_index, beauty_index.keyword, mode=mode)
        out[mode] = measure(
            lambda q, r=r: [h.item_id for h in r.search(q, k=10)],
            beauty_store.get_products,
            NEEDS_REPORT,
            BRAND_REPORT,
        )
    return out


def test_whole_catalog_is_indexed(beauty_index, beauty_store) -> None:
    assert beauty_index.count() == beauty_store.count("products") == 12_101
    assert len(beauty_index.keyword) == 12_101
    assert beauty_index.check(beauty_store).ok


def test_hybrid_at_least_as_good_on_brand_needs(reports) -> None:
    best = max(reports["dense"].brand_hit_rate, reports["bm25"].brand_hit_rate)
    assert reports["hybrid"].brand_hit_rate >= best
    assert reports["hybrid"].brand_hit_rate >= 0.9


def test_hybrid_at_least_as_good_on_category_share(reports) -> None:
    dense, bm25, hybrid = (reports[m].category_share for m in ("dense", "bm25", "hybrid"))
    assert hybrid >= 0.75
    assert hybrid >= max(dense, bm25), (hybrid, dense, bm25)


def test_need_queries_name_no_brand_and_brand_queries_do(beauty_index) -> None:
    """The fusion rule behind the two measures: a need query is left to the dense ranking
    unless it names a distinctive catalog brand, so no need query may be taken for one."""
    retriever = Retriever(beauty_index, beauty_index.keyword)
    wrongly = [q for q, _ in NEEDS_REPORT + NEEDS_TUNING if retriever.names_brand(q)]
    assert wrongly == []
    missed = [q for q, _, _ in BRAND_REPORT + BRAND_TUNING if not retriever.names_brand(q)]
    assert len(missed) <= 3, missed


def test_price_filters_hold_for_every_hit(beauty_index, beauty_store) -> None:
    retriever = Retriever(beauty_index, beauty_index.keyword)
    products = {}
    for query, _ in NEEDS_REPORT[:10]:
        hits = retriever.search(query, Filters(min_price=10, max_price=20), k=10)
        assert hits
        for p in beauty_store.get_products([h.item_id for h in hits]):
            products[p.id] = p
            assert p.price is not None and 10 <= p.price <= 20, (query, p.id, p.price)
    cheap = retriever.search("moisturizer", Filters(max_price=5, exclude_brands=["Olay"]), k=20)
    for p in beauty_store.get_products([h.item_id for h in cheap]):
        assert p.price <= 5 and p.brand != "Olay"


def test_similar_stays_in_the_category(beauty_index, beauty_store) -> None:
    retriever = Retriever(beauty_index, beauty_index.keyword)
    hits = retriever.search("red nail polish", k=1)
    seed = beauty_store.get_product(hits[0].item_id)
    similar = beauty_store.get_products([h.item_id for h in retriever.similar(seed.id, k=10)])
    prefix = " > ".join(seed.categories[:3])
    assert sum(in_category(p, prefix) for p in similar) >= 7
