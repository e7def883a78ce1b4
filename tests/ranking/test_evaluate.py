"""Metrics, the leave-one-out split, the leak guards (with a planted leak), the evaluation."""

from __future__ import annotations

import numpy as np
import pytest

from ranking.data import Interactions, LeaveOneOut
from ranking.errors import LeakError
from ranking.evaluate import evaluate, validation_samples
from ranking.metrics import coverage, summarise, target_ranks
from ranking.models.itemcf import ItemCF
from ranking.models.popularity import Popularity
from ranking.models.transitions import Transitions
from tests.ranking.synthetic import chain_data


def test_target_ranks_and_metrics_known_answers() -> None:
    scores = np.array([[0.9, 0.5, 0.1], [0.1, 0.5, 0.9], [1.0, 1.0, 0.0]])
    ranks = target_ranks(scores, np.array([0, 0, 1]))
    np.testing.assert_allclose(ranks, [0.0, 2.0, 0.5])  # ties: expected rank
    m = summarise(np.array([0.0, 2.0, 20.0]), ks=(1, 5))
    assert m["recall@1"] == pytest.approx(1 / 3)
    assert m["recall@5"] == pytest.approx(2 / 3)
    assert m["ndcg@5"] == pytest.approx((1.0 + 1 / np.log2(4)) / 3)
    assert m["mrr"] == pytest.approx((1 + 1 / 3 + 1 / 21) / 3)
    assert coverage([np.array([0, 1]), np.array([1])], 4) == 0.5


def test_leave_one_out_split_holds_out_the_last_two() -> None:
    data = Interactions.from_sequences({"a": list("pqrst"), "b": list("pq")})
    split = LeaveOneOut.split(data)
    assert [data.item_ids[i] for i in split.train.sequences[0]] == list("pqr")
    assert [data.item_ids[i] for i in split.train.sequences[1]] == list("pq")  # too short
    assert data.item_ids[split.valid[0]] == "s" and data.item_ids[split.test[0]] == "t"
    assert [data.item_ids[i] for i in split.test_histories()[0]] == list("pqrs")
    split.check_no_leak()


def test_planted_leak_in_training_is_caught() -> None:
    data = chain_data()
    split = LeaveOneOut.split(data)
    # Plant the leak: user 0's test item sneaks into their training sequence.
    split.train.sequences[0] = np.append(split.train.sequences[0], split.test[0])
    with pytest.raises(LeakError, match="must not reach training"):
        split.check_no_leak()
    with pytest.raises(LeakError):
        evaluate(data, {"transitions": Transitions()}, split=split, progress=False)


def test_planted_leak_in_validation_histories_is_caught() -> None:
    split = LeaveOneOut.split(chain_data())
    leaky = [np.append(h, split.valid[i]) for i, h in enumerate(split.valid_histories())]
    with pytest.raises(LeakError, match="valid history"):
        split.check_histories(leaky, "valid")
    split.check_histories(split.valid_histories(), "valid")
    split.check_histories(split.test_histories(), "test")


def test_a_leak_would_inflate_the_metrics_the_guard_stops() -> None:
    """Fitted on the full sequences (test items included), the same model looks far better."""
    data = chain_data(200)
    split = LeaveOneOut.split(data)
    honest = Transitions().fit(split.train)
    leaky_train = Interactions(data.item_ids, data.user_ids, [s.copy() for s in data.sequences])
    leaky = Transitions().fit(leaky_train)
    with pytest.raises(LeakError):
        split.check_no_leak(leaky_train)
    hist, tgt = split.test_histories(), split.test
    scores = {
        name: summarise(target_ranks(m.score_batch(hist), tgt))["ndcg@10"]
        for name, m in {"honest": honest, "leaky": leaky}.items()
    }
    assert scores["leaky"] > scores["honest"]


def test_evaluate_rows_and_fusion_on_synthetic_data() -> None:
    data = chain_data(200)
    models = {"popularity": Popularity(), "itemcf": ItemCF(), "transitions": Transitions()}
    result = evaluate(data, models, valid_users=100, progress=False)
    names = [r["model"] for r in result.rows]
    assert names[:3] == ["popularity", "itemcf", "transitions"]
    assert {"weighted", "rrf", "cascade", "learned", "fused"} <= set(names)
    fused = next(r for r in result.rows if r["model"] == "fused")
    pop = next(r for r in result.rows if r["model"] == "popularity")
    assert fused["ndcg@10"] > pop["ndcg@10"]
    for r in result.rows:
        assert 0 <= r["recall@5"] <= r["recall@10"] <= r["recall@20"] <= 1
        assert 0 < r["coverage@10"] <= 1
    assert set(result.weights) == set(models)


def test_validation_samples_fit_and_pick_on_different_users() -> None:
    fit, pick, outside = validation_samples(1000, 300, seed=42)
    assert len(fit) == len(pick) == 300
    assert not set(fit) & set(pick)
    # the reranker fits on everyone the pick is not made on
    assert not set(outside) & set(pick) and set(fit) <= set(outside)
    assert len(outside) == 700
    again = validation_samples(1000, 300, seed=42)
    for a, b in zip(again, (fit, pick, outside), strict=True):
        np.testing.assert_array_equal(a, b)
    # too few users for two samples: all three are everyone
    small = validation_samples(5, 300, seed=42)
    np.testing.assert_array_equal(small[0], small[1])
    np.testing.assert_array_equal(small[0], small[2])
