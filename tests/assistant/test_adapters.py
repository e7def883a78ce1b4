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
