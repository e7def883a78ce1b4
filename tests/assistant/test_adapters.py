"""The adapters from the real ranking package to the dialogue's Scorer port."""

from __future__ import annotations

from assistant.adapters import RankingScorer
from catalog.schema import Product
from catalog.store import CatalogStore
from ranking.data import Interactions
from ranking.models import make_model
from ranking.ranker import Ranker
from ranking.state import UserState


def _scorer(store: CatalogStore) -> RankingScorer:
    # 'a' is always followed by 'b'; 'c' and 'd' are bought together by everyone else.
    sequences = {f"u{i}": ["a", "b"] for i in range(20)}
    sequences.update({f"v{i}": ["c", "d", "e"] for i in range(20)})
    data = Interactions.from_sequences(sequences)
    models = {name: make_model(name).fit(data) for name in ("popularity", "itemcf", "transitions")}
    store.upsert_products([Product(id=i, title=f"Product {i}") for i in "abcde"])
    return RankingScorer(Ranker(models, {"itemcf": 1.0, "transitions": 2.0}), store)


def test_history_moves_the_transition_to_the_top(store: CatalogStore) -> None:
    scorer = _scorer(store)
    ranked = scorer.rank(UserState(history=["a"]), ["c", "b", "e"], 3)
    assert ranked[0].item_id == "b"
    assert ranked[0].reasons  # explained by the signal that lifted it
    assert all(r.item_id != "a" for r in ranked)


def test_bought_with_comes_from_item_cf(store: CatalogStore) -> None:
    scorer = _scorer(store)
    together = [c.item_id for c in scorer.bought_with(["c"], 2)]
    assert together[0] in {"d", "e"} and "a" not in together


def test_words_said_in_the_singular_are_those_titles_rarely_pluralise(store: CatalogStore) -> None:
    """`CatalogVocabulary.said_singular`: "lipstick" in 60 titles and "lipsticks" in 2 is said
    in the singular; "brush" in 60 and "brushes" in 10 (sets) is not, nor a word too few
    titles say ("clipper")."""
    from assistant.adapters import catalog_vocabulary

    lips, brushes = ["Beauty", "Makeup", "Lips"], ["Beauty", "Tools", "Brushes"]
    titles = [
        *((f"Matte Lipstick shade {n}", lips) for n in range(60)),
        *((f"Lipsticks set of {n}", lips) for n in range(2)),
        *((f"Blush Brush no {n}", brushes) for n in range(60)),
        *((f"Brushes kit {n}", brushes) for n in range(10)),
        *((f"Nail Clipper {n}", brushes) for n in range(20)),
    ]
    store.upsert_products(
        [Product(id=f"p{i}", title=t, categories=c) for i, (t, c) in enumerate(titles)]
    )
    said = catalog_vocabulary(store).said_singular
    assert "lipstick" in said
    assert "brush" not in said and "clipper" not in said
