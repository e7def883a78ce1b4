"""Fusion: normalisation, RRF, weight fitting, and the Ranker's picks with reasons."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from ranking.attributes import FEATURES, ItemAttributes
from ranking.errors import RankingError
from ranking.fusion import fit_weights, rrf, weighted_sum, zscore
from ranking.models.content import Content
from ranking.models.itemcf import ItemCF
from ranking.models.popularity import Popularity
from ranking.models.transitions import Transitions
from ranking.ranker import Ranker
from ranking.reranker import LearnedReranker
from ranking.state import UserState
from tests.ranking.synthetic import CHAIN, chain_data, item_vectors, reranker_data


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
    # the weights are the grid's values as written, not their float32 approximations
    tenths, _ = fit_weights({"good": good, "noise": noise}, target, grid=(0.1, 0.2))
    assert set(tenths.values()) <= {0.1, 0.2, 1.0}


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


def test_an_item_named_by_one_reason_is_not_named_again() -> None:
    """The agent's suggestions read "follows your recent X; often bought with X; same brand as
    your X", the one history item's long title three times."""
    data = chain_data()
    models = {
        "itemcf": ItemCF().fit(data),
        "transitions": Transitions(backward=0.0, window=1).fit(data),
    }
    picks = Ranker(models, {"itemcf": 1.0, "transitions": 1.0}).rank(
        UserState.of(["i3"]), [*CHAIN, "x1"], k=1
    )
    assert picks[0].item_id == "i4"
    reasons = picks[0].reasons
    assert len(reasons) == 2 and sum("i3" in r for r in reasons) == 1, reasons
    assert set(reasons) & {"often bought with it", "often bought next after it"}


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


def test_one_call_can_use_another_fusion_method(ranker: Ranker) -> None:
    """An A/B arm ranks with its own fusion method without a second ranker."""
    state = UserState.of(["i2", "i3"])
    as_rrf = Ranker(ranker.models, ranker.weights, method="rrf")
    expected = [(p.item_id, p.score) for p in as_rrf.rank(state, CHAIN, 5)]
    assert [(p.item_id, p.score) for p in ranker.rank(state, CHAIN, 5, method="rrf")] == expected
    assert ranker.method == "weighted"  # the ranker itself is unchanged
    with pytest.raises(RankingError, match="fitted LearnedReranker"):
        ranker.rank(state, CHAIN, 5, method="learned")
    with pytest.raises(RankingError, match="fusion method"):
        ranker.rank(state, CHAIN, 5, method="best")


def test_load_without_training_says_what_to_do(tmp_path: Path) -> None:
    with pytest.raises(RankingError, match="shopassist train"):
        Ranker.load(tmp_path)


def test_bought_with_needs_itemcf() -> None:
    r = Ranker({"popularity": Popularity().fit(chain_data())}, {"popularity": 1.0})
    with pytest.raises(RankingError, match="itemcf"):
        r.bought_with(["i1"], 3)


def test_learned_reranker_reads_scores_and_attributes_and_round_trips(tmp_path: Path) -> None:
    z, lengths, attrs, target = reranker_data()
    reranker = LearnedReranker(["good", "noise"], rounds=50).fit(z, lengths, attrs, target)
    scores = reranker.score(z, lengths, attrs)
    assert scores.shape == (*target.shape, z["good"].shape[1])
    assert (scores.argmax(axis=1) == target).mean() > 0.9
    # Without the attribute signal the weak score alone gets far fewer right.
    blind = attrs.copy()
    blind[:, :, 0] = 0.0
    assert (reranker.score(z, lengths, blind).argmax(axis=1) == target).mean() < 0.7
    reranker.save(tmp_path / "trees.txt")
    settings = json.loads(json.dumps(reranker.to_dict()))
    again = LearnedReranker.load(settings, tmp_path / "trees.txt")
    np.testing.assert_allclose(again.score(z, lengths, attrs), scores, rtol=1e-6)
    # Deterministic: the same seed and data give the same trees.
    other = LearnedReranker(["good", "noise"], rounds=50).fit(z, lengths, attrs, target)
    np.testing.assert_allclose(other.score(z, lengths, attrs), scores)


def test_learned_reranker_needs_a_target_among_the_candidates() -> None:
    z, lengths, attrs, target = reranker_data(users=20)
    with pytest.raises(RankingError, match="no validation item"):
        LearnedReranker(["good", "noise"]).fit(z, lengths, attrs, np.full_like(target, -1))


def test_learned_ranker_ranks_saves_and_loads(ranker: Ranker, tmp_path: Path) -> None:
    names = ["popularity", "itemcf", "transitions"]
    users, cands = 300, 12
    rng = np.random.default_rng(1)
    target = rng.integers(0, cands, size=users)
    z = {n: rng.normal(size=(users, cands)).astype(np.float32) for n in names}
    z["transitions"][np.arange(users), target] += 3.0
    attrs = np.zeros((users, cands, len(FEATURES)), dtype=np.float32)
    reranker = LearnedReranker(names, rounds=30).fit(z, np.full(users, 3), attrs, target)
    models = {n: ranker.models[n] for n in names}
    attributes = ItemAttributes.from_records(
        models["transitions"].item_ids,
        {item: ("Acme", ["Beauty", "Skin"], 10.0) for item in CHAIN},
    )
    learned = Ranker(
        models, ranker.weights, method="learned", learned=reranker, attributes=attributes
    )
    picks = learned.rank(UserState.of(["i2", "i3"]), [*CHAIN, "x1"], k=3)
    assert picks[0].item_id == "i4"
    assert all(p.item_id not in {"i2", "i3"} for p in picks)
    # every chain item is an Acme product: the latest one bought explains the brand; a reason
    # before it already names i3, so the brand reason does not name it again
    assert any(r.endswith("i3") for r in picks[0].reasons[:-1])
    assert picks[0].reasons[-1] == "same brand"
    assert not any("same brand" in r for p in picks if p.item_id == "x1" for r in p.reasons)
    again = Ranker.load(learned.save(tmp_path / "learned"))
    assert again.method == "learned"
    state = UserState.of(["i5"])
    assert [p.item_id for p in again.rank(state, CHAIN, 4)] == [
        p.item_id for p in learned.rank(state, CHAIN, 4)
    ]
    with pytest.raises(RankingError, match="LearnedReranker"):
        Ranker(models, ranker.weights, method="learned", learned=reranker)
    (tmp_path / "learned" / "reranker.txt").unlink()
    with pytest.raises(RankingError, match="shopassist train"):
        Ranker.load(tmp_path / "learned")
