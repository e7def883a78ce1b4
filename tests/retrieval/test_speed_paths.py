"""The fast paths keep the answers: own BM25 vs bm25s, incremental BM25 vs a rebuild, the query
encoder vs plain encode, the in-memory vector copy kept in step by updates, and the fusion that
leaves need queries to the dense ranking."""

from __future__ import annotations

import numpy as np
import pytest

from catalog.schema import Product
from retrieval.filters import Filters
from retrieval.keyword import KeywordIndex
from retrieval.metadata import product_metadata
from retrieval.search import Retriever
from retrieval.text import product_text
from retrieval.tokenize import tokenize
from tests.retrieval.conftest import make_products

QUERIES = ["shampoo for dry hair", "red lipstick lipstick", "face cream", "nail polish pink", "zzz"]


def docs(products):
    return [(p.id, product_text(p), product_metadata(p)) for p in products]


def test_bm25_scores_match_bm25s(tmp_path) -> None:
    bm25s = pytest.importorskip("bm25s")
    products = make_products()
    ours = KeywordIndex(tmp_path / "kw")
    ours.build(docs(products))
    ref = bm25s.BM25()
    ref.index([tokenize(product_text(p)) for p in products], show_progress=False)
    for query in QUERIES:
        known = [t for t in tokenize(query) if t in ref.vocab_dict]
        expected = ref.get_scores(known) if known else np.zeros(len(products))
        got = ours._bm25.scores(tokenize(query))
        assert np.allclose(got, expected, atol=1e-5), query
    assert ours.document_frequency("shampoos") == 3


def test_incremental_bm25_equals_a_rebuild(tmp_path, small_store) -> None:
    index = KeywordIndex(tmp_path / "kw")
    assert index.sync(small_store)  # built from scratch
    assert not index.sync(small_store)  # nothing changed
    products = {p.id: p for p in make_products()}
    small_store.upsert_products(
        [
            products["s1"].model_copy(update={"title": "Keratin Smoothing Shampoo"}),
            products["l1"].model_copy(update={"price": 1.25}),
            Product(id="z9", title="Zinc Sunscreen Stick", brand="Blue Lizard",
                    categories="Beauty > Skin Care > Sun", price=12.0),
        ]
    )  # fmt: skip
    small_store.delete_products(["x1"])
    assert index.sync(small_store)
    fresh = KeywordIndex(tmp_path / "rebuilt")
    fresh.build_from_store(small_store)
    assert sorted(index.ids()) == sorted(fresh.ids())
    assert index.is_fresh(small_store) and fresh.is_fresh(small_store)
    for query in [*QUERIES, "keratin", "zinc sunscreen", "brush set"]:
        a = dict(index.search(query, 50))
        b = dict(fresh.search(query, 50))
        assert a.keys() == b.keys(), query
        assert all(a[i] == pytest.approx(b[i], rel=1e-5) for i in a), query
    assert [i for i, _ in index.search("lipstick", 5, Filters(max_price=2))] == ["l1"]
    reloaded = KeywordIndex(tmp_path / "kw")  # what was saved is what is searched
    assert reloaded.search("keratin", 3) == index.search("keratin", 3)


def test_old_bm25_folder_is_rebuilt(tmp_path, small_store) -> None:
    folder = tmp_path / "kw"
    folder.mkdir()
    (folder / "table.json").write_text('{"version": 1, "ids": [], "metas": []}')
    index = KeywordIndex(folder)
    assert not index.is_fresh(small_store)
    assert index.ensure_fresh(small_store)
    assert len(index) == len(make_products())


def test_query_encoder_matches_plain_encode(embedder) -> None:
    for text in ["red lipstick", "a cream to hydrate very dry facial skin", "x" * 900]:
        fast = embedder.encode_query(text)
        plain = embedder.encode([text])[0]
        assert fast.shape == plain.shape and fast.dtype == np.float32
        assert float(fast @ plain) > 0.9999
        assert embedder.encode_query(text) is fast  # cached
    embedder.clear_query_cache()
    assert embedder.encode_query("red lipstick") is not fast


def test_updates_keep_the_in_memory_copy_in_step(small_index, small_store) -> None:
    probe = small_index.vectors(["l1"])["l1"]
    assert small_index.query(probe, 3)[0][0] == "l1"  # loads the in-memory copy
    assert small_index._exact is not None
    products = {p.id: p for p in make_products()}
    small_store.upsert_products(
        [
            products["l1"].model_copy(update={"price": 2.5}),
            products["s2"].model_copy(update={"title": "Red Matte Lipstick Long Lasting"}),
            Product(id="l9", title="Matte Red Lipstick Long Lasting Velvet", brand="Revlon",
                    categories="Beauty > Makeup > Lips > Lipstick", price=3.0),
        ]
    )  # fmt: skip
    small_store.delete_products(["l3"])
    report = small_index.update(small_store)
    assert (report.added, report.reembedded, report.metadata_only, report.removed) == (1, 1, 1, 1)
    assert small_index._exact is not None  # patched, not dropped
    cheap = {pid for pid, _ in small_index.query(probe, 10, Filters(max_price=3))}
    assert {"l1", "l9"} <= cheap and "l3" not in cheap
    everything = {pid for pid, _ in small_index.query(probe, 100)}
    assert "l3" not in everything and "l9" in everything
    # the patched copy equals a fresh read from Chroma
    patched = small_index.exact_table()
    small_index.refresh()
    fresh = small_index.exact_table()
    order = {pid: n for n, pid in enumerate(fresh[1].ids)}
    rows = [order[pid] for pid in patched[1].ids]
    assert sorted(patched[1].ids) == sorted(fresh[1].ids)
    assert np.allclose(patched[0], fresh[0][rows], atol=1e-6)
    assert [m["content_hash"] for m in patched[1].metas] == [
        fresh[1].metas[r]["content_hash"] for r in rows
    ]
    assert small_index.check(small_store).ok


def test_need_queries_follow_the_dense_ranking(small_retriever) -> None:
    dense = Retriever(small_retriever.index, small_retriever.keyword, mode="dense")
    for query in ["a nude lipstick", "something for dry skin", "shampoo for oily hair"]:
        assert not small_retriever.names_brand(query)
        hybrid = small_retriever.search(query, k=8)
        assert [h.item_id for h in hybrid] == [h.item_id for h in dense.search(query, k=8)]
    # naming a brand brings BM25's exact words in
    assert small_retriever.names_brand("Conair straightener")
    hits = small_retriever.search("Conair straightener", k=3)
    assert any("bm25" in h.source for h in hits)


def test_kept_filter_masks_equal_fresh_ones_and_are_read_only() -> None:
    from retrieval.keyword import MetadataTable

    products = make_products()
    table = MetadataTable([p.id for p in products], [product_metadata(p) for p in products])
    brand = next(p.brand for p in products if p.brand)
    for f in [
        Filters(max_price=20),
        Filters(category=products[0].categories[:2]),
        Filters(exclude_brands=[brand], min_price=1),
    ]:
        first = table.mask(f)
        assert np.array_equal(first, table._compute_mask(f))
        assert table.mask(f) is first and not first.flags.writeable
    spelled = Filters(exclude_brands=[brand.upper()], min_price=1)  # the same filter
    assert table.mask(spelled) is table.mask(Filters(exclude_brands=[brand], min_price=1))
    assert not np.array_equal(table.mask(Filters(max_price=20)), table.mask(Filters(max_price=5)))


def test_concurrent_first_searches_load_each_lazy_part_once(small_store, tmp_path) -> None:
    """Fifty shoppers arriving at once on a fresh process: the vector copy, the BM25 index and
    the embedding model are each loaded once, not once per request."""
    import threading
    import time
    from unittest import mock

    from retrieval import make_index, make_retriever
    from retrieval.embedder import Embedder
    from retrieval.index import ProductIndex
    from retrieval.keyword import KeywordIndex

    built = make_retriever(
        small_store, make_index(chroma_path=tmp_path / "chroma", data_dir=tmp_path)
    )
    built.index.build(small_store)
    fresh = make_retriever(
        small_store, make_index(chroma_path=tmp_path / "chroma", data_dir=tmp_path)
    )
    keyword = KeywordIndex(built.keyword.folder)  # make_retriever loads its own BM25 up front
    calls = {"vectors": 0, "bm25": 0, "model": 0}

    def counting(name, original):
        def wrapped(self, *args, **kwargs):
            calls[name] += 1
            time.sleep(0.3)  # a slow load: the other shoppers arrive while it runs
            return original(self, *args, **kwargs)

        return wrapped

    barrier = threading.Barrier(8)

    def shopper() -> None:
        barrier.wait()
        fresh.search("shampoo for dry hair", Filters(max_price=50), k=5)
        keyword.search("shampoo", 5)

    with (
        mock.patch.object(ProductIndex, "_read_exact_table",
                          counting("vectors", ProductIndex._read_exact_table)),
        mock.patch.object(KeywordIndex, "load", counting("bm25", KeywordIndex.load)),
        # a search loads the query encoder (numpy on the CPU), not the torch model
        mock.patch.object(Embedder, "_load_query_model",
                          counting("model", Embedder._load_query_model)),
    ):  # fmt: skip
        threads = [threading.Thread(target=shopper) for _ in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
    assert calls == {"vectors": 1, "bm25": 1, "model": 1}
