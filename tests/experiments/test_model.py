"""Experiment definitions: validation names the field and the fix; JSON round trip."""

from __future__ import annotations

import pytest

from experiments.errors import ExperimentError
from experiments.model import Arm, Experiment, Plan, parse_arms, parse_configs
from tests.experiments.conftest import ab_experiment


def test_json_round_trip_keeps_every_field() -> None:
    e = ab_experiment(holdout=0.05, plan="sequential", horizon=None, tau=0.02, metric="click")
    again = Experiment.from_json(e.to_json())
    assert again == e and again.plan is Plan.SEQUENTIAL and again.arms[1].config["fusion"]


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"arms": (Arm("control"),)}, "arms: expected at least two"),
        ({"horizon": None}, "horizon: a fixed-horizon plan needs"),
        ({"holdout": 0.7}, "holdout: expected a share in"),
        ({"plan": "bayes"}, "plan: expected fixed|sequential, got 'bayes'"),
        ({"name": "no spaces"}, "name: expected 1-64 letters"),
        ({"kind": "interleave", "arms": (Arm("a"), Arm("b"), Arm("c"))}, "exactly two"),
        ({"plan": "sequential", "tau": 0.0}, "tau: expected"),
    ],
)
def test_bad_definitions_name_the_field(fields: dict[str, object], message: str) -> None:
    with pytest.raises(ExperimentError, match=message):
        ab_experiment(**fields)


def test_arm_validation() -> None:
    with pytest.raises(ExperimentError, match="reserved"):
        Arm("holdout")
    with pytest.raises(ExperimentError, match="weights: expected a positive number"):
        Arm("a", weight=0)
    with pytest.raises(ExperimentError, match="unknown key 'colour'"):
        Arm("a", config={"colour": "red"})


def test_parsers() -> None:
    assert parse_arms("a, b", "30,70") == [("a", 30.0), ("b", 70.0)]
    with pytest.raises(ExperimentError, match="one weight per arm"):
        parse_arms("a,b", "1")
    assert parse_configs(["b.fusion=rrf"], ["a", "b"]) == {"a": {}, "b": {"fusion": "rrf"}}
    with pytest.raises(ExperimentError, match=r"ARM\.KEY=VALUE"):
        parse_configs(["fusion=rrf"], ["a", "b"])
