"""Fusion: normalisation, RRF, weight fitting, and the Ranker's picks with reasons."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from ranking.errors import RankingError
from ranking.fusion import LearnedFusion, fit_weights, rrf, weighted_sum, zscore
from ranking.models.content import Content
from ranking.models.itemcf import ItemCF
from ranking.models.popularity import Popularity
from ranking.models.transitions import Transitions
from ranking.ranker import Ranker
from ranking.state import UserState
from tests.ranking.synthetic import CHAIN, chain_data, item_vectors


def test_zscore_standardises_unmasked_entries() -> None:
    s = np.array([[1.0, 2.0, 3.0, 100.0]])
    mask = np.array([[False, False, False, True]])
    z = zscore(s, mask)
    assert z[0, 3] == 0.0
    assert abs(z[0, :3].mean()) < 1e-6
    assert abs(z[0, :3].std() - 1.0) < 1e-5


def test_weighted_sum_ignores_zero_weights() -> None:
    a, b = np.array([1.0, 0.0]), np.array([0.0, 5.0])
    np.testing.assert_allclose(weighted_sum({"a": a, "b": b}, {"a": 2.0, "b": 0.0}), [2.0, 0.0])


def test_rrf_rewards_agreement() -> None:
    a = np.array([[3.0, 2.0, 1.0, 0.0]])
    b = np.array([[0.0, 3.0, 2.0, 1.0]])
    fused = rrf({"a": a, "b": b}, depth=4)
    assert int(np.argmax(fused)) == 1  # ranked 2nd and 1st beats 1st and 4th


def test_fit_weights_finds_the_informative_model() -> None:
    rng = np.random.default_rng(0)
    users, cands = 300, 20
    target = rng.integers(0, cands, size=users)
    good = rng.normal(size=(users, cands))
    good[np.arange(users), target] += 3.0  # the target stands out in this model
    noise = rng.normal(size=(users, cands)) * 3.0
    weights, ndcg = fit_weights({"good": good, "noise": noise}, target)
    assert weights["good"] > weights["noise"]
    assert ndcg > 0.5


@pytest.fixture(scope="module")
def ranker() -> Ranker:
    data = chain_data()
    models = {
        "popularity": Popularity().fit(data),
        "itemcf": ItemCF().fit(data),
        "transitions": Transitions(backward=0.0, window=1).fit(data),
        "content": Content(vectors=item_vectors()).fit(data),
    }
    return Ranker(models, {"popularity": 0.1, "itemcf": 0.5, "transitions": 1.0, "content": 0.3})


def test_rank_returns_picks_with_reasons_and_signals(ranker: Ranker) -> None:
    picks = ranker.rank(UserState.of(["i2", "i3"]), [*CHAIN, "x1"], k=3)
    assert len(picks) == 3
    assert picks[0].item_id == "i4"
    assert picks[0].score >= picks[1].score >= picks[2].score
    assert set(picks[0].signals) == {"popularity", "itemcf", "transitions", "content"}
    assert any(r.startswith("follows your recent i3") for r in picks[0].reasons)
    assert all(p.item_id not in {"i2", "i3"} for p in picks)  # history masked


def test_rank_uses_describe_for_reason_names(ranker: Ranker) -> None:
    picks = ranker.rank(UserState.of(["i3"]), ["i4", "i9"], k=1, describe=str.upper)
    assert any("I3" in r for r in picks[0].reasons)


def test_feedback_changes_the_next_turn(ranker: Ranker) -> None:
    state = UserState.of(["i1"])
    first = ranker.rank(state, ["i2", "i8", "i5"], k=1)[0].item_id
    assert first == "i2"
    liked = ranker.rank(state.like("i7"), ["i2", "i8", "i5"], k=1)[0].item_id
    assert liked == "i8"
    disliked = ranker.rank(state.dislike("i2"), ["i2", "i8", "i5"], k=3)
    assert "i2" not in [p.item_id for p in disliked]


def test_bought_with_and_round_trip(ranker: Ranker, tmp_path: Path) -> None:
    got = ranker.bought_with(["i5"], k=2)
    assert len(got) == 2 and all(item != "i5" for item, _ in got)
    again = Ranker.load(ranker.save(tmp_path / "ranker"))
    state = UserState.of(["i2", "i3"])
    assert [p.item_id for p in again.rank(state, CHAIN, 5)] == [
        p.item_id for p in ranker.rank(state, CHAIN, 5)
    ]


def test_load_without_training_says_what_to_do(tmp_path: Path) -> None:
    with pytest.raises(RankingError, match="shopassist train"):
        Ranker.load(tmp_path)


def test_bought_with_needs_itemcf() -> None:
    r = Ranker({"popularity": Popularity().fit(chain_data())}, {"popularity": 1.0})
    with pytest.raises(RankingError, match="itemcf"):
        r.bought_with(["i1"], 3)


def test_learned_fusion_finds_the_informative_model_and_round_trips() -> None:
    rng = np.random.default_rng(0)
    users, cands = 300, 20
    target = rng.integers(0, cands, size=users)
    good = rng.normal(size=(users, cands)).astype(np.float32)
    good[np.arange(users), target] += 3.0
    noise = (rng.normal(size=(users, cands)) * 3.0).astype(np.float32)
    lengths = rng.integers(1, 20, size=users)
    fusion = LearnedFusion(["good", "noise"], epochs=200).fit(
        {"good": good, "noise": noise}, target, lengths
    )
    scores = fusion.score({"good": good, "noise": noise}, lengths)
    assert scores.shape == (users, cands)
    assert (scores.argmax(axis=1) == target).mean() > 0.5
    again = LearnedFusion.from_dict(json.loads(json.dumps(fusion.to_dict())))
    np.testing.assert_allclose(again.score({"good": good, "noise": noise}, lengths), scores)
    # Deterministic: the same seed gives the same parameters.
    other = LearnedFusion(["good", "noise"], epochs=200).fit(
        {"good": good, "noise": noise}, target, lengths
    )
    np.testing.assert_allclose(other.params["w1"], fusion.params["w1"])


def test_learned_ranker_ranks_saves_and_loads(ranker: Ranker, tmp_path: Path) -> None:
    names = ["popularity", "itemcf", "transitions"]
    users, cands = 200, 12
    rng = np.random.default_rng(1)
    target = rng.integers(0, cands, size=users)
    z = {n: rng.normal(size=(users, cands)).astype(np.float32) for n in names}
    z["transitions"][np.arange(users), target] += 3.0
    fusion = LearnedFusion(names, epochs=150).fit(z, target, np.full(users, 3))
    models = {n: ranker.models[n] for n in names}
    learned = Ranker(models, ranker.weights, method="learned", learned=fusion)
    picks = learned.rank(UserState.of(["i2", "i3"]), [*CHAIN, "x1"], k=3)
    assert picks[0].item_id == "i4"
    assert all(p.item_id not in {"i2", "i3"} for p in picks)
    again = Ranker.load(learned.save(tmp_path / "learned"))
    assert again.method == "learned"
    state = UserState.of(["i5"])
    assert [p.item_id for p in again.rank(state, CHAIN, 4)] == [
        p.item_id for p in learned.rank(state, CHAIN, 4)
    ]
    with pytest.raises(RankingError, match="LearnedFusion"):
        Ranker(models, ranker.weights, method="learned")
