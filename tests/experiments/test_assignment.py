"""Salted-hash assignment: deterministic, sticky, weighted, with a holdout."""

from __future__ import annotations

import hashlib

import numpy as np
import pytest

from experiments.assignment import assign, assign_many, unit_position, unit_positions
from experiments.errors import ExperimentError
from experiments.model import HOLDOUT, Arm, Experiment
from experiments.stats import sample_ratio
from tests.experiments.conftest import ab_experiment

UNITS = [f"customer-{i}" for i in range(100_000)]


def test_position_is_sha256_of_salt_and_unit_read_as_a_fraction() -> None:
    digest = hashlib.sha256(b"salt\x1funit-7").digest()
    expected = int.from_bytes(digest[:8], "big") / 2**64
    assert unit_position("salt", "unit-7") == expected
    assert unit_positions("salt", ["unit-7"])[0] == expected
    # the separator keeps ("ab", "c") and ("a", "bc") apart
    assert unit_position("ab", "c") != unit_position("a", "bc")


def test_assignment_is_deterministic_and_sticky_across_restarts() -> None:
    experiment = ab_experiment(holdout=0.1)
    first = [assign(experiment, u).arm for u in UNITS[:2000]]
    # a restart: the experiment is rebuilt from its stored JSON
    again = Experiment.from_json(experiment.to_json())
    assert [assign(again, u).arm for u in UNITS[:2000]] == first
    assert assign_many(experiment, UNITS[:2000]) == first


def test_a_new_salt_reshuffles_units_independently() -> None:
    a = np.array(assign_many(ab_experiment(salt="one"), UNITS[:20_000]))
    b = np.array(assign_many(ab_experiment(salt="two"), UNITS[:20_000]))
    agreement = (a == b).mean()
    assert 0.48 < agreement < 0.52  # independent halves agree half the time


def test_weights_and_holdout_within_tolerance_over_100k_units() -> None:
    experiment = Experiment(
        name="w",
        salt="weights",
        arms=(Arm("control", 70), Arm("b", 20), Arm("c", 10)),
        holdout=0.05,
        horizon=10,
    )
    arms = np.array(assign_many(experiment, UNITS))
    shares = {name: (arms == name).mean() for name in [HOLDOUT, "control", "b", "c"]}
    expected = {HOLDOUT: 0.05, "control": 0.665, "b": 0.19, "c": 0.095}
    for name, share in expected.items():
        # 4 standard deviations of a share over 100k units
        assert abs(shares[name] - share) < 4 * np.sqrt(share * (1 - share) / len(UNITS)), name
    counts = [int((arms == n).sum()) for n in [HOLDOUT, "control", "b", "c"]]
    assert not sample_ratio(counts, list(expected.values())).flagged


def test_holdout_units_are_served_the_control() -> None:
    experiment = ab_experiment(holdout=0.2)
    held = [assign(experiment, u) for u in UNITS[:500]]
    held = [a for a in held if a.holdout]
    assert held, "some of 500 units fall in a 20% holdout"
    for a in held:
        assert a.arm == HOLDOUT and a.served == "control" and a.config == {}
    treated = next(assign(experiment, u) for u in UNITS if assign(experiment, u).arm == "treatment")
    assert treated.config == {"fusion": "learned"} and not treated.holdout


def test_empty_unit_is_refused() -> None:
    with pytest.raises(ExperimentError, match="unit"):
        assign(ab_experiment(), "")
