"""The experiment tables on real SQLite: round trips, one running test, forget, reports."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from catalog import tables
from catalog.forget import forget_user_rows
from catalog.store import CatalogStore
from experiments.analysis import analyse
from experiments.errors import ExperimentError
from experiments.model import HOLDOUT, INTERLEAVED, Exposure, Outcome, Status
from experiments.store import ExperimentStore
from tests.conftest import backend_store
from tests.experiments.conftest import ab_experiment


def test_definitions_round_trip(experiments: ExperimentStore) -> None:
    created = experiments.create(ab_experiment(holdout=0.05, description="fusion test"))
    assert experiments.get("t1") == created
    assert [e.name for e in experiments.list()] == ["t1"]
    assert experiments.running() == created


def test_names_are_unique_and_one_test_runs_at_a_time(experiments: ExperimentStore) -> None:
    experiments.create(ab_experiment("t1"))
    with pytest.raises(ExperimentError, match="exists already"):
        experiments.create(ab_experiment("t1"))
    with pytest.raises(ExperimentError, match="ab stop t1"):
        experiments.create(ab_experiment("t2"))
    experiments.create(ab_experiment("t2", status="stopped"))
    with pytest.raises(ExperimentError, match="ab stop t1"):
        experiments.set_status("t2", Status.RUNNING)
    assert experiments.set_status("t1", Status.STOPPED).status is Status.STOPPED
    assert experiments.running() is None
    assert experiments.get("t1").status is Status.STOPPED
    experiments.set_status("t2", Status.RUNNING)
    assert experiments.running().name == "t2"


def test_unknown_experiment_lists_the_known_ones(experiments: ExperimentStore) -> None:
    with pytest.raises(ExperimentError, match="none yet"):
        experiments.get("x")
    experiments.create(ab_experiment("t1"))
    with pytest.raises(ExperimentError, match="known: t1"):
        experiments.get("x")


def test_logs_round_trip_into_a_report(experiments: ExperimentStore) -> None:
    experiments.create(ab_experiment(horizon=2))
    t0 = datetime(2026, 5, 1, 9, tzinfo=UTC)
    experiments.log_exposures(
        [
            Exposure("t1", "control", "c1", ("p1", "p2"), session_id="s1", timestamp=t0),
            Exposure("t1", "control", "c2", ("p1",), user_id="c2", timestamp=t0),
            Exposure("t1", "treatment", "c3", ("p3",), timestamp=t0),
            Exposure("t1", "treatment", "c4", ("p3",), timestamp=t0),
            Exposure("t1", "treatment", "c4", ("p4",), timestamp=t0 + timedelta(seconds=5)),
            Exposure("t1", HOLDOUT, "c5", ("p1",), timestamp=t0),
        ]
    )
    experiments.log_outcomes(
        [
            Outcome("t1", "treatment", "c3", "p3", "purchase", timestamp=t0 + timedelta(minutes=1)),
            Outcome("t1", "treatment", "c4", "p4", "click", timestamp=t0 + timedelta(minutes=1)),
            Outcome("t1", "control", "c1", "p1", "purchase", timestamp=t0 - timedelta(minutes=1)),
        ]
    )
    counts = {c.arm: (c.exposures, c.units) for c in experiments.counts("t1")}
    assert counts == {"control": (2, 2), "treatment": (3, 2), HOLDOUT: (1, 1)}
    log = experiments.log("t1")
    assert log.events == 9 and len(set(log.exposure_unit) | set(log.outcome_unit)) == 5
    report = analyse(experiments.get("t1"), log)
    rates = {a.name: a.rates for a in report.arms}
    assert rates["treatment"]["purchase"] == 0.5 and rates["treatment"]["click"] == 0.5
    assert rates["control"]["purchase"] == 0.0  # bought before the exposure
    assert report.holdout_units == 1


def test_team_of_finds_the_arm_that_placed_an_item(experiments: ExperimentStore) -> None:
    experiments.create(ab_experiment(kind="interleave"))
    experiments.log_exposures(
        [Exposure("t1", INTERLEAVED, "u1", ("p1", "p2"), teams=("treatment", "control"))]
    )
    assert experiments.team_of("t1", "u1", "p2") == "control"
    assert experiments.team_of("t1", "u1", "p9") == INTERLEAVED
    assert experiments.team_of("t1", "u2", "p1") == INTERLEAVED


def test_forget_removes_a_customers_experiment_rows(
    store: CatalogStore, experiments: ExperimentStore
) -> None:
    experiments.create(ab_experiment())
    experiments.log_exposures(
        [
            Exposure("t1", "control", "alice", ("p1",), user_id="alice", session_id="s1"),
            Exposure("t1", "control", "s-anon", ("p1",), session_id="s-anon"),
        ]
    )
    experiments.log_outcomes(
        [
            Outcome("t1", "control", "alice", "p1", "click", user_id="alice"),
            Outcome("t1", "control", "s-anon", "p1", "click"),
        ]
    )
    removed = forget_user_rows(store.engine, "alice")
    assert removed["experiment_exposures"] == 1 and removed["experiment_outcomes"] == 1
    assert {c.arm: c.units for c in experiments.counts("t1")} == {"control": 1}
    assert experiments.log("t1").outcome_unit.size == 1


def test_drop_deletes_an_experiment_and_its_logs(experiments: ExperimentStore) -> None:
    experiments.create(ab_experiment())
    experiments.log_exposures([Exposure("t1", "control", "u", ("p",))])
    assert experiments.drop("t1") == {"exposures": 1, "outcomes": 0, "experiments": 1}
    assert experiments.list() == []


@pytest.fixture(params=["sqlite", "postgresql"])
def any_experiments(request: pytest.FixtureRequest, tmp_path: Path) -> ExperimentStore:
    """The experiment tables on SQLite and on a real PostgreSQL server (skipped without one)."""
    clear = (tables.experiments, tables.experiment_exposures, tables.experiment_outcomes)
    store = backend_store(request, tmp_path, clear)
    yield ExperimentStore.of(store)
    store.close()


def test_log_timestamps_read_back_alike_on_both_backends(any_experiments: ExperimentStore) -> None:
    any_experiments.create(ab_experiment(horizon=1))
    t0 = datetime(2026, 5, 1, 9, 30, 15, 250_000)
    any_experiments.log_exposures([Exposure("t1", "control", "u1", ("p1",), timestamp=t0)])
    any_experiments.log_outcomes(
        [Outcome("t1", "control", "u1", "p1", "click", timestamp=t0 + timedelta(seconds=1))]
    )
    log = any_experiments.log("t1")
    assert log.exposure_ts[0] == t0.replace(tzinfo=UTC).timestamp()
    assert log.outcome_ts[0] - log.exposure_ts[0] == 1.0
    assert analyse(any_experiments.get("t1"), log).arms[0].rates["click"] == 1.0
