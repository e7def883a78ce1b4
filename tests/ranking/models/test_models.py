"""Known answers of each model on the synthetic chain data."""

from __future__ import annotations

from datetime import UTC, datetime

import numpy as np
import pytest

from catalog.schema import Event, EventKind
from ranking.data import Interactions
from ranking.errors import RankingError
from ranking.models import make_model
from ranking.models.content import Content
from ranking.models.itemcf import ItemCF
from ranking.models.popularity import Popularity
from ranking.models.transitions import Transitions
from ranking.state import UserState
from tests.ranking.synthetic import CHAIN, chain_data, item_vectors


def best(model, state: UserState, cands: list[str]) -> str:
    scores = model.score(state, cands)
    return cands[int(np.argmax(scores))]


def test_popularity_orders_by_count_and_updates() -> None:
    data = Interactions.from_sequences({"a": ["p", "q"], "b": ["p"], "c": ["p", "r", "q"]})
    model = Popularity().fit(data)
    s = model.score(UserState(), ["p", "q", "r"])
    assert s[0] > s[1] > s[2]
    for _ in range(3):
        model.update(Event(user_id="d", item_id="r", kind=EventKind.PURCHASE))
    s = model.score(UserState(), ["p", "q", "r"])
    assert s[2] > s[0]


def test_popularity_recency_decay_prefers_recent_items() -> None:
    old, new = datetime(2020, 1, 1, tzinfo=UTC), datetime(2021, 1, 1, tzinfo=UTC)
    rows = [
        ("a", "old", "purchase", None, old, None, None),
        ("b", "old", "purchase", None, old, None, None),
        ("c", "new", "purchase", None, new, None, None),
    ]
    plain = Popularity().fit(Interactions.from_event_rows(rows))
    decayed = Popularity(half_life_days=30).fit(Interactions.from_event_rows(rows))
    assert best(plain, UserState(), ["old", "new"]) == "old"
    assert best(decayed, UserState(), ["old", "new"]) == "new"


@pytest.mark.parametrize("model_cls", [Transitions, ItemCF])
def test_neighbour_models_predict_the_chain_neighbour(model_cls) -> None:
    model = model_cls().fit(chain_data())
    # After i3 the chain continues to i4; both models must prefer it over far items.
    assert best(model, UserState.of(["i2", "i3"]), ["i4", "i8", "i0", "x1"]) == "i4"


def test_transitions_follow_the_most_recent_item() -> None:
    model = Transitions(backward=0.0, window=1, decay=0.5).fit(chain_data())
    assert best(model, UserState.of(["i1", "i6"]), ["i2", "i7"]) == "i7"
    assert best(model, UserState.of(["i6", "i1"]), ["i2", "i7"]) == "i2"


def test_transitions_update_learns_a_new_transition() -> None:
    model = Transitions().fit(chain_data())
    before = model.score(UserState.of(["i9"]), ["i0"])[0]
    for u in range(5):
        model.update(Event(user_id=f"n{u}", item_id="i9", kind=EventKind.PURCHASE))
        model.update(Event(user_id=f"n{u}", item_id="i0", kind=EventKind.PURCHASE))
    assert model.score(UserState.of(["i9"]), ["i0"])[0] > before


def test_itemcf_bought_with_excludes_inputs_and_ranks_neighbours() -> None:
    model = ItemCF().fit(chain_data())
    got = [item for item, _ in model.bought_with(["i5"], k=3)]
    assert "i5" not in got
    assert set(got) & {"i4", "i6"}
    assert model.bought_with(["nope"], k=3) == []


def test_liking_an_item_changes_the_next_scores_without_retraining() -> None:
    model = Transitions(backward=0.0, window=1).fit(chain_data())
    state = UserState.of(["i1"])
    assert best(model, state, ["i2", "i8"]) == "i2"
    assert best(model, state.like("i7"), ["i2", "i8"]) == "i8"


def test_disliked_items_pull_similar_items_down() -> None:
    model = ItemCF().fit(chain_data())
    state = UserState.of(["i5"])
    before = model.score(state, ["i6"])[0]
    after = model.score(state.dislike("i7"), ["i6"])[0]
    assert after < before


def test_content_ranks_items_nobody_bought() -> None:
    model = Content(vectors=item_vectors()).fit(chain_data())
    assert "x1" in model.item_ids
    assert best(model, UserState.of(["i5"]), ["x1", "x2"]) == "x1"


def test_content_can_be_fitted_again() -> None:
    """Training fits every model on the split, then again on all data (a bug once broke it)."""
    model = Content(vectors=item_vectors())
    model.fit(chain_data())
    assert best(model.fit(chain_data()), UserState.of(["i5"]), ["x1", "x2"]) == "x1"


def test_content_without_vectors_says_how_to_fix() -> None:
    with pytest.raises(RankingError, match="retrieval index"):
        Content().fit(chain_data())


def test_mf_scores_co_bought_items_higher() -> None:
    model = make_model("mf", factors=8, iterations=10, threads=1).fit(chain_data(200))
    s = model.score(UserState.of(["i1", "i2"]), ["i3", "i9"])
    assert s[0] > s[1]


def test_sasrec_learns_the_chain() -> None:
    data = chain_data(200)
    model = make_model("sasrec", dim=32, epochs=15, batch_size=32, max_len=10, dropout=0.1, lr=5e-3)
    model.fit(data)
    hits = 0
    for start in range(0, 6):
        history = CHAIN[start : start + 3]
        target = CHAIN[start + 3]
        cands = [c for c in CHAIN if c not in history]
        hits += best(model, UserState.of(history), cands) == target
    assert hits >= 5
    assert model.train_seconds > 0


def test_unknown_model_name() -> None:
    with pytest.raises(RankingError, match="expected one of"):
        make_model("magic")


def test_mf_catalog_zscores_match_the_full_catalog_path() -> None:
    from ranking.base import Recommender

    model = make_model("mf", factors=8, iterations=5, threads=1).fit(chain_data())
    state = UserState.of(["i2", "i3", "i2"])
    cands = ["i4", "i9", "i0", "i3", "x1", "unknown-item"]
    fast = model.catalog_zscores(state, cands)
    full = Recommender.catalog_zscores(model, state, cands)
    np.testing.assert_allclose(fast, full, rtol=1e-3, atol=1e-4)
    assert fast[3] == 0.0 and fast[5] == 0.0  # history item and unknown item


def test_mf_refit_forgets_the_caches_of_the_first_fit() -> None:
    # Training scores the validation users with the model fitted on the split (which caches
    # (YᵀY + reg I)⁻¹ and the factor sums), then refits the same object on all the data.
    state = UserState.of(["i2", "i3"])
    model = make_model("mf", factors=8, iterations=5, threads=1).fit(chain_data(50))
    model.score(state, CHAIN)
    model.catalog_zscores(state, CHAIN)
    model.fit(chain_data(200))
    fresh = make_model("mf", factors=8, iterations=5, threads=1).fit(chain_data(200))
    np.testing.assert_allclose(model.score(state, CHAIN), fresh.score(state, CHAIN), atol=1e-5)
    np.testing.assert_allclose(
        model.catalog_zscores(state, CHAIN), fresh.catalog_zscores(state, CHAIN), atol=1e-5
    )
