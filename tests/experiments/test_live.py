"""The live hook: serve_picks and record_feedback over a real store."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import pytest
from sqlalchemy.exc import OperationalError

from experiments.assignment import assign
from experiments.live import ExperimentLog, record_feedback, serve_picks, unit_of
from experiments.model import INTERLEAVED, Arm, Status
from experiments.store import ExperimentStore
from tests.experiments.conftest import ab_experiment

CONTROL = ["c1", "c2", "c3", "c4", "c5"]
TREATMENT = ["t1", "t2", "t3", "t4", "t5"]


def rank(config: Mapping[str, str]) -> Sequence[str]:
    """The treatment's configuration ranks differently."""
    return TREATMENT if config.get("fusion") == "learned" else CONTROL


def _unit_in(experiments: ExperimentStore, arm: str) -> str:
    experiment = experiments.running()
    return next(f"s{i:08d}" for i in range(10_000) if assign(experiment, f"s{i:08d}").arm == arm)


def test_without_a_running_test_the_control_is_served_and_nothing_logged(
    experiments: ExperimentStore,
) -> None:
    log = ExperimentLog(experiments)
    assert serve_picks(log, session_id="s0000001", user_id=None, turn=0, rank=rank, k=3) == [
        "c1", "c2", "c3"
    ]  # fmt: skip
    assert serve_picks(None, session_id="s0000001", user_id=None, turn=0, rank=rank, k=2) == [
        "c1", "c2"
    ]  # fmt: skip
    record_feedback(log, "s0000001", None, "c1", "like")
    assert experiments.list() == []


def test_ab_arm_config_is_served_and_exposure_and_feedback_logged(
    experiments: ExperimentStore,
) -> None:
    experiments.create(ab_experiment())
    log = ExperimentLog(experiments)
    session = _unit_in(experiments, "treatment")
    shown = serve_picks(log, session_id=session, user_id=None, turn=1, rank=rank, k=3)
    assert shown == ["t1", "t2", "t3"]
    record_feedback(log, session, None, "t2", "like")
    record_feedback(log, session, None, "t2", "dislike")  # not an outcome
    record_feedback(log, session, None, "t3", "cart")
    exposure = next(iter(experiments.exposures("t1")))
    assert (exposure.arm, exposure.unit) == ("treatment", session)
    assert exposure.items == ("t1", "t2", "t3")
    assert [(u, i, k) for u, i, k, _ in experiments.outcomes("t1")] == [
        (session, "t2", "click"),
        (session, "t3", "cart"),
    ]


def test_signed_in_customers_are_the_unit_and_carry_their_id(experiments: ExperimentStore) -> None:
    experiments.create(ab_experiment())
    log = ExperimentLog(experiments)
    assert unit_of("s0000001", "alice") == "alice" and unit_of("s0000001", None) == "s0000001"
    serve_picks(log, session_id="s0000001", user_id="alice", turn=0, rank=rank, k=2)
    exposure = next(iter(experiments.exposures("t1")))
    assert exposure.unit == "alice" and exposure.arm == assign(experiments.get("t1"), "alice").arm


def test_interleaving_shows_both_rankers_and_credits_the_team(experiments: ExperimentStore) -> None:
    experiments.create(ab_experiment(kind="interleave", metric="click"))
    log = ExperimentLog(experiments)
    session = _unit_in(experiments, "control")  # not in a holdout (there is none)
    shown = serve_picks(log, session_id=session, user_id=None, turn=2, rank=rank, k=4)
    assert sorted(shown) == ["c1", "c2", "t1", "t2"]
    again = serve_picks(log, session_id=session, user_id=None, turn=2, rank=rank, k=4)
    assert again == shown  # the same turn rebuilds the same list
    exposure = next(iter(experiments.exposures("t1")))
    assert exposure.arm == INTERLEAVED and exposure.propensity is None  # not a replay decision
    assert exposure.teams == tuple("treatment" if i[0] == "t" else "control" for i in shown)
    record_feedback(log, session, None, "t1", "like")
    record_feedback(log, session, None, "c2", "like")
    credited = {item: arm for arm, item in _outcome_arms(experiments)}
    assert credited == {"t1": "treatment", "c2": "control"}


def _outcome_arms(experiments: ExperimentStore) -> list[tuple[str, str]]:
    log = experiments.log("t1")
    items = [i for _, i, _, _ in experiments.outcomes("t1")]
    return list(zip(log.outcome_arm.tolist(), items, strict=True))


def test_an_explore_arm_shuffles_and_logs_the_propensity(experiments: ExperimentStore) -> None:
    experiments.create(
        ab_experiment(arms=(Arm("control"), Arm("explore", config={"explore": "shuffle"})))
    )
    log = ExperimentLog(experiments)
    session = _unit_in(experiments, "explore")
    shown = serve_picks(log, session_id=session, user_id=None, turn=0, rank=rank, k=4)
    assert sorted(shown) == CONTROL[:4]
    assert next(iter(experiments.exposures("t1", randomised_only=True))).propensity == 0.25


def test_the_running_test_is_reread_after_refresh_s(experiments: ExperimentStore) -> None:
    now = [0.0]
    log = ExperimentLog(experiments, refresh_s=30, clock=lambda: now[0])
    assert log.experiment() is None
    experiments.create(ab_experiment())
    now[0] = 10.0
    assert log.experiment() is None  # cached
    now[0] = 31.0
    assert log.experiment().name == "t1"
    experiments.set_status("t1", Status.STOPPED)
    now[0] = 62.0
    assert log.assign("u1") is None


class FailingStore(ExperimentStore):
    """Writes fail as a locked or lost database would."""

    def log_exposures(self, exposures: Sequence[object]) -> int:
        raise OperationalError("INSERT", {}, Exception("database is locked"))

    log_outcomes = log_exposures  # type: ignore[assignment]


def test_logging_failures_never_break_a_turn(
    experiments: ExperimentStore, caplog: pytest.LogCaptureFixture
) -> None:
    experiments.create(ab_experiment())
    log = ExperimentLog(FailingStore(experiments._engine))
    session = _unit_in(experiments, "control")
    assert serve_picks(log, session_id=session, user_id=None, turn=0, rank=rank, k=2) == [
        "c1", "c2"
    ]  # fmt: skip
    record_feedback(log, session, None, "c1", "cart")
    assert "exposure not logged" in caplog.text and "outcome not logged" in caplog.text
