"""Retriever: hybrid search with filters, per-source scores, similar items, bad input."""

from __future__ import annotations

import pytest

from retrieval.errors import EmptyQueryError, RetrievalError, UnknownBrandError
from retrieval.filters import Filters
from retrieval.fusion import rrf, weighted
from retrieval.search import Retriever
from retrieval.tokenize import stem, tokenize
from tests.retrieval.conftest import CATALOG

PRICES = {pid: price for pid, _, _, _, price in CATALOG}
BRANDS = {pid: brand for pid, _, brand, _, _ in CATALOG}


def test_rrf_and_weighted_known_answers() -> None:
    a = [("x", 0.9), ("y", 0.5), ("z", 0.1)]
    b = [("y", 10.0), ("w", 3.0)]
    fused = rrf({"a": a, "b": b}, k=1)
    assert [i for i, _ in fused] == ["y", "x", "w", "z"]
    assert fused[0][1] == pytest.approx(1 / 3 + 1 / 2)
    blend = weighted({"a": a, "b": b}, weights={"a": 1.0, "b": 0.5})
    assert blend[0] == ("x", pytest.approx(1.0))
    assert dict(blend)["y"] == pytest.approx(0.5 + 0.5)


def test_tokenize() -> None:
    assert tokenize("The L'Oreal shampoos, for brushes!") == ["loreal", "shampoo", "brush"]
    assert tokenize("e.l.f. lashes") == ["elf", "lash"]
    assert stem("gloss") == "gloss" and stem("serums") == "serum"


def test_a_plural_in_es_after_another_letter_keeps_its_e() -> None:
    # one stemmer for search and the copy checks: "sizes" meets "size" ("travel sizes"),
    # where search's own stripper had made it "siz"
    assert tokenize("travel sizes") == tokenize("travel size") == ["travel", "size"]
    assert [stem(w) for w in ("bronzes", "boxes", "fizzes", "roses")] == [
        "bronze",
        "box",
        "fizz",
        "rose",
    ]


@pytest.mark.parametrize("mode", ["hybrid", "dense", "bm25"])
def test_each_mode_finds_the_obvious_product(ro_index, mode) -> None:
    retriever = Retriever(ro_index, ro_index.keyword, mode=mode)
    hits = retriever.search("red lipstick", k=3)
    assert hits[0].item_id in {"l1", "l3"}
    assert all(h.source for h in hits)


def test_hybrid_hits_carry_per_source_scores(small_retriever) -> None:
    hits = small_retriever.search("shampoo for dry hair", k=5)
    assert hits[0].item_id == "s1"
    top = hits[0]
    assert top.source == "dense+bm25"
    assert {"dense", "bm25", "dense_rank", "bm25_rank"} <= set(top.scores)
    w = small_retriever.weights
    expected = sum(w[s] / (small_retriever.rrf_k + top.scores[f"{s}_rank"]) for s in w)
    assert top.score == pytest.approx(expected)
    assert top.scores["dense_rank"] <= 2 and top.scores["bm25_rank"] <= 2
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)


def test_filters_hold_for_every_hit(small_retriever) -> None:
    f = Filters(min_price=5, max_price=10, exclude_brands=["Pantene"])
    for query in ["shampoo", "lipstick", "cream for dry skin", "nail polish"]:
        hits = small_retriever.search(query, f, k=10)
        assert hits
        for h in hits:
            assert 5 <= PRICES[h.item_id] <= 10
            assert BRANDS[h.item_id] != "Pantene"
    cat = small_retriever.search("red", Filters(category="Beauty > Makeup > Nails"), k=10)
    assert cat and {h.item_id[0] for h in cat} == {"n"}


def test_queries_naming_a_brand_use_the_brand_weights(small_retriever) -> None:
    assert small_retriever.names_brand("maybelline mascara")
    assert small_retriever.names_brand("sally hansen top coat")
    assert not small_retriever.names_brand("a nude lipstick")
    hits = small_retriever.search("Conair", k=2)
    assert {h.item_id for h in hits} == {"t1", "t2"}


def test_brand_filter_is_case_insensitive(small_retriever) -> None:
    hits = small_retriever.search("mascara", Filters(brands=["maybelline"]), k=10)
    assert {h.item_id for h in hits} <= {"e3", "l2"}
    assert hits[0].item_id == "e3"


def test_filters_leave_nothing_gives_empty_list(small_retriever) -> None:
    assert small_retriever.search("lipstick", Filters(min_price=500), k=5) == []


def test_similar_leaves_the_item_out(small_retriever) -> None:
    hits = small_retriever.similar("l1", k=3)
    assert len(hits) == 3 and "l1" not in {h.item_id for h in hits}
    assert hits[0].item_id in {"l3", "l2"}
    cheap = small_retriever.similar("l1", k=3, filters=Filters(max_price=5))
    assert all(PRICES[h.item_id] <= 5 for h in cheap)
    with pytest.raises(RetrievalError, match="item_id"):
        small_retriever.similar("no-such-id")


@pytest.mark.parametrize(
    ("query", "error", "match"),
    [
        ("", EmptyQueryError, "empty"),
        ("   \n ", EmptyQueryError, "empty"),
        ("the and of to", EmptyQueryError, "common words"),
        ("🙂💄✨", EmptyQueryError, "no words"),
        ("x" * 10_240, RetrievalError, "at most 1,000"),
    ],
)
def test_bad_queries_raise_clear_errors(small_retriever, query, error, match) -> None:
    with pytest.raises(error, match=match):
        small_retriever.search(query)


@pytest.mark.parametrize(
    "query", ["'; DROP TABLE products; --", '{"brand": {"$ne": null}}', "lipstick 💄", "SELECT *"]
)
def test_injection_like_queries_are_just_text(small_retriever, ro_store, query) -> None:
    hits = small_retriever.search(query, k=3)
    assert len(hits) == 3
    assert ro_store.count("products") == len(CATALOG)


def test_unknown_brand_and_bad_filters(small_retriever) -> None:
    with pytest.raises(UnknownBrandError, match=r"Maybeline.*closest: Maybelline"):
        small_retriever.search("mascara", Filters(brands=["Maybeline"]))
    # excluding a brand the catalog lacks is harmless
    assert small_retriever.search("mascara", Filters(exclude_brands=["Nobody"]), k=2)
    with pytest.raises(RetrievalError, match=r"min_price.*max_price"):
        Filters(min_price=30, max_price=10)
    with pytest.raises(RetrievalError, match="max_price"):
        Filters(max_price="cheap")
    with pytest.raises(RetrievalError, match="k: expected"):
        small_retriever.search("mascara", k=0)


def test_make_retriever_wires_and_refreshes_bm25(small_store, tmp_path) -> None:
    from retrieval import make_index, make_retriever

    index = make_index(chroma_path=tmp_path / "chroma", data_dir=tmp_path)
    index.build(small_store, progress=False)
    small_store.delete_products(["n1"])
    fresh = make_index(chroma_path=tmp_path / "chroma", data_dir=tmp_path)
    retriever = make_retriever(small_store, fresh)
    assert "n1" not in retriever.keyword.ids()  # BM25 rebuilt from the changed store
    assert retriever.search("pink nail polish", k=3)


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"mode": "sparse"}, "mode: expected hybrid, dense or bm25, got 'sparse'"),
        ({"fusion": "max"}, "fusion: expected rrf or weighted, got 'max'"),
    ],
)
def test_unknown_mode_or_fusion_names_the_choices(options, message) -> None:
    with pytest.raises(RetrievalError) as raised:
        Retriever(None, None, **options)  # type: ignore[arg-type]  # checked before any use
    assert str(raised.value) == message
