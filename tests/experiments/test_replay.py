"""Offline replay: unbiased on simulated logs with a known answer; rewards read from the store."""

from __future__ import annotations

from datetime import datetime, timedelta
from math import comb

import numpy as np
import pytest

from experiments.model import Exposure, Outcome
from experiments.replay import Decision, decisions_from_log, ips, replay, scored_policy
from experiments.store import ExperimentStore
from tests.experiments.conftest import ab_experiment

POOL = 12
CTR = np.linspace(0.02, 0.4, POOL)
SCORE = CTR + np.random.default_rng(9).normal(0, 0.08, POOL)  # an imperfect candidate ranker


def policy(unit: str, context: tuple[str, ...]) -> str:
    return max(context, key=lambda item: SCORE[int(item)])


def _log(rng: np.random.Generator, n: int) -> list[Decision]:
    """Uniformly shuffled slates of 4 items from the pool; a click on the first with its CTR."""
    slates = np.argsort(rng.random((n, POOL)), axis=1)[:, :4]
    first = slates[np.arange(n), rng.integers(0, 4, n)]  # a uniform shuffle's first item
    clicked = rng.random(n) < CTR[first]
    return [
        Decision(f"u{i}", tuple(sorted(str(x) for x in slates[i])), str(first[i]), 0.25, float(c))
        for i, c in enumerate(clicked)
    ]


def _truth() -> float:
    """The policy's exact value: item i goes first when the 3 others score lower than it."""
    below = np.argsort(np.argsort(SCORE))  # how many items score lower
    return float(sum(CTR[i] * comb(int(below[i]), 3) for i in range(POOL)) / comb(POOL, 4))


def test_ips_is_unbiased_and_its_interval_covers_the_truth() -> None:
    rng = np.random.default_rng(1)
    truth = _truth()
    logging_value = CTR.mean()  # what the shuffled log itself earned
    estimates = [ips(_log(rng, 1000), policy) for _ in range(100)]
    values = np.array([e.value for e in estimates])
    # the mean of 100 independent estimates is within 4 standard errors of the truth
    assert abs(values.mean() - truth) < 4 * values.std(ddof=1) / np.sqrt(len(values))
    assert abs(values.mean() - logging_value) > 0.05  # and far from the logging policy
    # the reported variance is the real one, and 95% intervals cover the truth about 95%
    assert np.mean([e.variance for e in estimates]) == pytest.approx(values.var(), rel=0.35)
    coverage = np.mean([e.low <= truth <= e.high for e in estimates])
    assert 0.85 <= coverage <= 1.0
    assert all(0 < e.matched < e.decisions for e in estimates)


def test_replay_is_the_mean_reward_of_matched_decisions_on_a_uniform_log() -> None:
    rng = np.random.default_rng(2)
    log = _log(rng, 4000)
    est = replay(log, policy)
    matched = [d.reward for d in log if policy(d.unit, d.context) == d.action]
    assert est.value == pytest.approx(np.mean(matched)) and est.matched == len(matched)
    assert abs(est.value - _truth()) < 4 * est.stderr


def test_scored_policy_takes_the_best_scored_item() -> None:
    pick = scored_policy(lambda unit, items: [SCORE[int(i)] for i in items])
    assert pick("u", ("0", "11", "5")) == policy("u", ("0", "11", "5"))


def test_decisions_from_the_store_credit_outcomes_between_exposures(
    experiments: ExperimentStore,
) -> None:
    experiments.create(ab_experiment())
    t0 = datetime(2026, 1, 1, 12)
    experiments.log_exposures(
        [
            Exposure("t1", "control", "u1", ("p2", "p1"), propensity=0.5, timestamp=t0),
            Exposure("t1", "control", "u1", ("p1", "p2"), propensity=0.5,
                     timestamp=t0 + timedelta(minutes=5)),
            Exposure("t1", "control", "u2", ("p3", "p4"), propensity=0.5, timestamp=t0),
            Exposure("t1", "control", "u3", ("p3", "p4"), timestamp=t0),  # not randomised
        ]
    )  # fmt: skip
    experiments.log_outcomes(
        [
            Outcome("t1", "control", "u1", "p2", "click", timestamp=t0 + timedelta(minutes=1)),
            # p1 clicked after the second list: credits the second decision, not the first
            Outcome("t1", "control", "u1", "p1", "click", timestamp=t0 + timedelta(minutes=6)),
            Outcome("t1", "control", "u2", "p3", "cart", timestamp=t0 + timedelta(minutes=1)),
        ]
    )
    decisions = decisions_from_log(experiments, "t1")
    assert [(d.unit, d.action, d.reward) for d in decisions] == [
        ("u1", "p2", 1.0),
        ("u2", "p3", 0.0),  # a cart is not a click
        ("u1", "p1", 1.0),
    ]
    assert decisions[0].context == ("p1", "p2") and decisions[0].propensity == 0.5
