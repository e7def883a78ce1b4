"""The retrieval contract on every vector engine (Chroma, LanceDB): the same ProductIndex tests
on the synthetic catalog, and LanceDB's search plan on a 20k-vector table with its IVF index."""

from __future__ import annotations

import numpy as np
import pytest

from catalog.schema import Product
from retrieval.errors import IndexNotBuiltError, RetrievalError
from retrieval.filters import Filters
from tests.retrieval.conftest import BACKENDS, build_small_index, make_products, open_backend

CASES = [
    Filters(max_price=10),
    Filters(min_price=0),  # every priced product: LanceDB checks the price after the search
    Filters(min_price=5, max_price=9, exclude_brands=["pantene"]),
    Filters(brands=["Maybelline", "revlon"]),
    Filters(category="Beauty > Hair Care"),
    Filters(category=["Beauty", "Makeup", "Eyes"], min_rating=3.5),
    Filters(in_stock_only=True, category="Beauty > Makeup > Lips"),
    Filters(min_price=8, max_price=8.5),
]


@pytest.fixture(params=BACKENDS)
def index(request, small_store, embedder, tmp_path):
    """A fresh index over the synthetic catalog in each engine."""
    return build_small_index(small_store, embedder, tmp_path, request.param)


def test_build_counts_and_metadata(index, small_store) -> None:
    assert index.count() == len(make_products())
    assert index.embedder.encoded == len(make_products())
    vectors = index.vectors(["s1", "l1", "nope"])
    assert set(vectors) == {"s1", "l1"}
    assert vectors["s1"].shape == (index.embedder.dimension,)
    assert abs(float(np.linalg.norm(vectors["s1"])) - 1.0) < 1e-4
    assert index.check(small_store).ok
    metas = dict(zip(*next(index.table.metadata_pages(1000)), strict=True))
    assert metas["x2"].get("price") is None and "cat4" not in metas["x2"]  # absent, not None
    assert metas["l3"]["in_stock"] is False and metas["l1"]["brand_key"] == "revlon"


def test_update_touches_only_what_changed(index, small_store) -> None:
    products = {p.id: p for p in make_products()}
    retitled = products["s1"].model_copy(update={"title": "Ultra Moisture Shampoo for Dry Hair"})
    repriced = products["l1"].model_copy(update={"price": 5.55})
    new = Product(id="new1", title="Vitamin C Serum", brand="Olay", categories="Beauty > Skin Care")
    small_store.upsert_products([retitled, repriced, new])
    small_store.delete_products(["x1"])
    old_s1 = index.vectors(["s1"])["s1"]
    old_l1 = index.vectors(["l1"])["l1"]
    before = index.embedder.encoded
    report = index.update(small_store)
    assert (report.added, report.reembedded, report.metadata_only, report.removed) == (1, 1, 1, 1)
    assert report.unchanged == len(products) - 3
    assert report.keyword_rebuilt
    assert index.embedder.encoded - before == 2  # only the new and the retitled product
    assert index.check(small_store).ok
    after = index.vectors(["s1", "l1", "x1"])
    assert "x1" not in after
    assert float(after["s1"] @ old_s1) < 0.999  # re-embedded
    assert np.allclose(after["l1"], old_l1)  # metadata only: the vector is kept
    index.refresh()  # read back from the engine, not from this object's patched copy
    hit = index.query(old_l1, 1, Filters(max_price=6.0))
    assert hit[0][0] == "l1"  # the new price is in the stored metadata
    again = index.update(small_store)
    assert again.changed == 0 and again.removed == 0


def test_check_finds_and_repairs_drift(index, small_store) -> None:
    index.table.delete(["s2"])
    ghost = np.ones((1, index.embedder.dimension), dtype=np.float32)
    ghost /= np.linalg.norm(ghost)
    index.table.add(["ghost"], ghost, [{"content_hash": "x", "text_hash": "y"}])
    changed = make_products()[5].model_copy(update={"rating": 1.0})
    small_store.upsert_products([changed])
    report = index.check(small_store)
    assert not report.ok
    assert (report.missing, report.extra, report.stale) == (["s2"], ["ghost"], [changed.id])
    assert report.keyword_stale
    assert index.check(small_store, repair=True).repaired
    assert index.check(small_store).ok
    assert index.count() == len(make_products())


@pytest.mark.parametrize("k", [5, 100])
def test_engine_search_equals_predicate_and_exact_ranking(index, monkeypatch, k) -> None:
    ids, metas = next(index.table.metadata_pages(1000))
    probe = index.vectors(["s1"])["s1"]
    for f in CASES:
        expected = {pid for pid, m in zip(ids, metas, strict=True) if f.matches(m)}
        assert expected, f
        exact = index.query(probe, k, f)  # in-memory exact path
        with monkeypatch.context() as m:
            m.setattr("retrieval.index.MAX_EXACT", 0)
            m.setattr("retrieval.index.MAX_EXACT_UNFILTERED", 0)
            engine = index.query(probe, k, f)
        assert {p for p, _ in engine} <= expected, f.describe()  # no filter violation
        assert [p for p, _ in engine] == [p for p, _ in exact], f.describe()
        assert np.allclose([s for _, s in engine], [s for _, s in exact], atol=1e-4)
        if k >= len(ids):
            assert {p for p, _ in engine} == expected, f.describe()


def test_other_embedding_model_is_refused(index, embedder) -> None:
    from retrieval.index import ProductIndex

    other = type(embedder)(embedder.model_name, embedder.device)
    other.model_name = "another-model"
    stranger = ProductIndex(index.engine, other, name=index.name)
    with pytest.raises(RetrievalError, match="was built with embedding model"):
        stranger.query(np.zeros(384, dtype=np.float32), 3)


def test_a_second_handle_sees_changes_after_refresh(index, small_store, tmp_path) -> None:
    from retrieval.index import ProductIndex

    kind = index.engine.kind
    reader = ProductIndex(open_backend(kind, tmp_path), index.embedder, name=index.name)
    probe = index.vectors(["s3"])["s3"]
    assert reader.query(probe, 1)[0][0] == "s3"  # loads the reader's in-memory copy
    small_store.delete_products(["s3"])
    index.update(small_store)
    assert index.query(probe, 1)[0][0] != "s3"
    assert reader.query(probe, 1)[0][0] == "s3"  # its copy is from before
    reader.refresh()
    assert reader.count() == len(make_products()) - 1
    assert reader.query(probe, 1)[0][0] != "s3"
    assert "s3" not in reader.indexed_hashes()


def _copying(index, tmp_path, kind):
    """A ProductIndex over ``index``'s table keeping its exact-table copy in tmp_path/copy."""
    from retrieval.index import ProductIndex

    return ProductIndex(open_backend(kind, tmp_path), index.embedder, name=index.name,
                        copy_dir=tmp_path / "copy")  # fmt: skip


def test_a_new_process_loads_the_exact_table_from_its_copy(index, small_store, tmp_path,
                                                           monkeypatch) -> None:  # fmt: skip
    kind = index.engine.kind
    first = _copying(index, tmp_path, kind)
    probe = index.vectors(["s3"])["s3"]
    expected = first.query(probe, 5, Filters(max_price=10))  # reads the engine, writes the copy
    assert len(list((tmp_path / "copy").glob("*.json"))) == 1
    fresh = _copying(index, tmp_path, kind)
    monkeypatch.setattr(type(fresh.table), "vector_pages", _never)  # the engine is not read
    assert fresh.query(probe, 5, Filters(max_price=10)) == expected
    matrix, table = fresh.exact_table()
    assert matrix.shape == (len(make_products()), index.embedder.dimension)
    assert table.ids == first.exact_table()[1].ids
    monkeypatch.undo()
    generation = index.table.generation()
    assert index.update(small_store).changed == 0 and index.table.generation() == generation
    # any write makes the copy stale: the next process reads the engine and copies anew
    small_store.delete_products(["s3"])
    index.update(small_store)
    after = _copying(index, tmp_path, kind)
    assert after.query(probe, 1)[0][0] != "s3" and "s3" not in after.exact_table()[1].ids
    assert len(list((tmp_path / "copy").glob("*.json"))) == 1  # the old one removed


def test_a_damaged_copy_is_ignored(index, tmp_path) -> None:
    kind = index.engine.kind
    probe = index.vectors(["s3"])["s3"]
    expected = _copying(index, tmp_path, kind).query(probe, 3)
    [listing] = (tmp_path / "copy").glob("*.json")
    listing.write_text('{"ids": ["s1"], "metas": [{}]}')  # no longer matches its matrix
    assert _copying(index, tmp_path, kind).query(probe, 3) == expected


def _never(*args, **kwargs):
    raise AssertionError("read the engine instead of the copy")


def test_warm_loads_the_in_memory_copy_only_where_queries_use_it(index, monkeypatch) -> None:
    index.refresh()
    index.warm()
    assert index._exact is not None  # 28 products: the exact path
    index.refresh()
    monkeypatch.setattr("retrieval.index.MAX_EXACT_UNFILTERED", 10)
    index.warm()
    assert (index._exact is None) == index.table.filters_inside  # LanceDB filters itself


@pytest.mark.parametrize("backend", BACKENDS)
def test_unbuilt_index_says_how_to_build(backend, tmp_path, embedder) -> None:
    from retrieval.index import ProductIndex

    index = ProductIndex(open_backend(backend, tmp_path), embedder, name="none")
    assert not index.exists() and index.count() == 0
    with pytest.raises(IndexNotBuiltError, match="shopassist index build"):
        index.query(np.zeros(384, dtype=np.float32), 3)


def test_lancedb_setting_errors_name_the_setting(tmp_path) -> None:
    from retrieval.vectorstore import open_vector_store

    with pytest.raises(RetrievalError, match="SHOPASSIST_LANCEDB_URI"):
        open_vector_store(lancedb_uri="http://127.0.0.1:1/db")
    with pytest.raises(RetrievalError, match="SHOPASSIST_CHROMA_URL or SHOPASSIST_LANCEDB_URI"):
        open_vector_store(chroma_url="http://127.0.0.1:1", lancedb_uri=str(tmp_path))
    with pytest.raises(RetrievalError, match="SHOPASSIST_LANCEDB_NPROBES"):
        open_vector_store(lancedb_uri=str(tmp_path), lancedb_nprobes=0)


def test_make_index_with_lancedb_uri_serves_the_retriever(small_store, tmp_path) -> None:
    from retrieval import make_index, make_retriever

    index = make_index(chroma_path=None, lancedb_uri=str(tmp_path / "lance"), data_dir=tmp_path)
    assert index.engine.kind == "lancedb"
    index.build(small_store, progress=False)
    hits = make_retriever(small_store, index).search("shampoo", Filters(max_price=8), k=5)
    assert hits and hits[0].item_id in {"s1", "s3"}
    assert all(small_store.get_products([h.item_id])[0].price <= 8 for h in hits)
    assert not (tmp_path / "chroma").exists()


# -- LanceDB's plan on a table with its IVF index -----------------------------------------------

N, DIM, K = 20_000, 384, 10


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory):
    """20k unit vectors in 30 loose clusters (IVF recall@10 0.36 / 0.90 / 1.0 with 1 / 4 / 16
    of its 141 partitions probed) with prices, brands and categories in LanceDB, IVF index on;
    brand b7 is dear (9 in 10 of its products above 90)."""
    from retrieval.lance_store import LanceStore

    rng = np.random.default_rng(7)
    centers = rng.standard_normal((30, DIM)).astype(np.float32)
    centers /= np.linalg.norm(centers, axis=1, keepdims=True)
    near = rng.integers(0, len(centers), N)
    vectors = centers[near] + 0.08 * rng.standard_normal((N, DIM)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    brands = np.array([f"b{i}" for i in rng.integers(0, 50, N)], dtype=object)
    prices = np.round(rng.uniform(1, 100, N), 2)
    dear = brands == "b7"
    prices[dear] = np.where(rng.random(dear.sum()) < 0.1, 50.0, 95.0)
    cats = np.array(["Face", "Hair", "Body", "Nails"], dtype=object)[rng.integers(0, 4, N)]
    ids = [f"p{i}" for i in range(N)]
    metas = [
        {"price": float(p), "brand": b, "brand_key": b, "category_path": f"Beauty > {c}",
         "cat0": "Beauty", "cat1": str(c), "in_stock": True}
        for p, b, c in zip(prices, brands, cats, strict=True)
    ]  # fmt: skip
    store = LanceStore(str(tmp_path_factory.mktemp("plan") / "lance"), ivf_min_rows=1000)
    table = store.create("growth", "synthetic", DIM)
    table.add(ids, vectors, metas, fresh=True)
    table.finish_writes(built=True)
    assert any(i.index_type == "IvfFlat" for i in table.table.list_indices())
    queries = vectors[rng.integers(0, N, 40)] + 0.08 * rng.standard_normal((40, DIM))
    queries = (queries / np.linalg.norm(queries, axis=1, keepdims=True)).astype(np.float32)
    return table, vectors, metas, queries


@pytest.mark.parametrize(
    ("f", "plan"),
    [
        (Filters(max_price=80, exclude_brands=["b3"]), "price after"),  # 80% pass the price
        (Filters(min_price=40, max_price=42, category="Beauty > Face"), "exact"),  # 2% do
        (Filters(category="Beauty > Hair", exclude_brands=["b3"]), "ivf"),
        (Filters(max_price=80, brands=["b7"]), "price after, again"),  # 1 in 10 of b7 passes
    ],
)
def test_lancedb_plan_recall_and_no_violation(synthetic, monkeypatch, f, plan) -> None:
    from retrieval.lance_store import LanceTable

    table, vectors, metas, queries = synthetic
    mask = np.array([f.matches(m) for m in metas])
    calls: list[tuple[str | None, bool]] = []
    search = LanceTable._search

    def spy(self, vector, limit, where, columns, *, exact=False):
        calls.append((where, exact))
        return search(self, vector, limit, where, columns, exact=exact)

    monkeypatch.setattr(LanceTable, "_search", spy)
    recalls = []
    for q in queries:
        calls.clear()
        got = table.nearest(q, K, f)
        assert all(mask[int(pid[1:])] for pid, _ in got), f.describe()  # no violation
        sims = np.where(mask, vectors @ q, -np.inf)
        truth = {f"p{i}" for i in np.argsort(-sims)[:K]}
        recalls.append(len(truth & {pid for pid, _ in got}) / K)
        where, exact = calls[0]
        assert ("price" in (where or "")) == (plan == "exact"), calls
        assert exact == (plan == "exact"), calls
        if plan == "price after, again":  # the over-fetch fell short: every filter before
            assert "price" in (calls[-1][0] or ""), calls
    assert np.mean(recalls) >= 0.95, (f.describe(), np.mean(recalls))


def test_a_chroma_build_leaves_its_graph_on_disk(tmp_path) -> None:
    """A build that says how many rows it writes gets a sync threshold of a tenth of them, so
    Chroma has written its HNSW graph when the build ends (a new worker then opens the graph
    instead of replaying the log); at Chroma's 20,000 a catalog of 3,000 never had it written."""
    from retrieval.chroma_store import HNSW_CONFIG, ChromaStore, hnsw_config
    from retrieval.vectorstore import make_vector_store

    assert hnsw_config(0) == HNSW_CONFIG and hnsw_config(3_000)["sync_threshold"] == 1_000
    assert hnsw_config(120_000)["sync_threshold"] == 12_000
    assert hnsw_config(5_000_000)["sync_threshold"] == 20_000
    rng = np.random.default_rng(3)
    vectors = rng.standard_normal((3_000, 8)).astype(np.float32)
    ids = [f"p{i}" for i in range(len(vectors))]
    store = ChromaStore(make_vector_store(path=tmp_path / "chroma"))
    table = store.create("products", "synthetic", 8, rows=len(ids))
    for start in range(0, len(ids), 1_000):
        stop = start + 1_000
        table.add(ids[start:stop], vectors[start:stop], [{"n": i} for i in range(start, stop)],
                  fresh=True)  # fmt: skip
    table.finish_writes(built=True)
    # written: the graph's id map, and its level-0 table holds every row (with 20,000 Chroma
    # leaves an empty 100-row table and no id map, and replays its log at every open)
    assert list((tmp_path / "chroma").rglob("index_metadata.pickle"))
    [graph] = (tmp_path / "chroma").rglob("data_level0.bin")
    assert graph.stat().st_size >= len(ids) * 8 * 4
