"""`shopassist ab create|status|report|stop|start|plan` through Typer's CliRunner."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from typer.testing import CliRunner

from catalog.store import make_store
from experiments.errors import ExperimentError
from experiments.model import Exposure, Outcome
from experiments.store import ExperimentStore
from ui.cli.main import app


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    return {
        "SHOPASSIST_DATA_DIR": str(tmp_path / "data"),
        "SHOPASSIST_DATABASE_URL": f"sqlite:///{tmp_path / 'shop.db'}",
    }


def _log(url: str) -> None:
    """200 units per arm; the treatment buys twice as often."""
    store = make_store(url)
    experiments = ExperimentStore.of(store)
    t0 = datetime(2026, 6, 1, tzinfo=UTC)
    exposures, outcomes = [], []
    for i in range(400):
        arm = "control" if i % 2 else "treatment"
        exposures.append(Exposure("fusion", arm, f"u{i}", ("p1", "p2"), timestamp=t0))
        if i % 20 == 1 or i % 10 == 0:  # 20 of the 200 odd (control), 40 of the even units
            when = t0 + timedelta(minutes=1)
            outcomes.append(Outcome("fusion", arm, f"u{i}", "p1", "purchase", timestamp=when))
    experiments.log_exposures(exposures)
    experiments.log_outcomes(outcomes)
    store.close()


def test_create_status_report_stop(env: dict[str, str]) -> None:
    runner = CliRunner(env=env)
    created = runner.invoke(
        app,
        ["ab", "create", "fusion", "--arms", "control,treatment", "--set",
         "treatment.fusion=learned", "--holdout", "0", "--horizon", "200", "--json"],
    )  # fmt: skip
    assert created.exit_code == 0, created.output
    spec = json.loads(created.stdout)
    assert spec["arms"][1]["config"] == {"fusion": "learned"} and len(spec["salt"]) == 16
    _log(env["SHOPASSIST_DATABASE_URL"])

    status = runner.invoke(app, ["ab", "status", "--json"])
    rows = json.loads(status.stdout)
    assert rows[0]["status"] == "running"
    assert rows[0]["logged"]["treatment"] == {"exposures": 200, "units": 200}

    report = runner.invoke(app, ["ab", "report", "fusion", "--json"])
    assert report.exit_code == 0, report.output
    data = json.loads(report.stdout)
    primary = next(c for c in data["comparisons"] if c["primary"])
    assert primary["rate_control"] == 0.1 and primary["rate_arm"] == 0.2
    assert primary["decision"] == "better" and not data["srm"]["flagged"]

    table = runner.invoke(app, ["ab", "report", "fusion"])
    assert table.exit_code == 0 and "purchase *" in table.output and "better" in table.output

    assert runner.invoke(app, ["ab", "stop", "fusion"]).exit_code == 0
    assert (
        json.loads(runner.invoke(app, ["ab", "status", "fusion", "--json"]).stdout)[0]["status"]
        == "stopped"
    )


def test_errors_name_the_field_and_the_fix(env: dict[str, str]) -> None:
    runner = CliRunner(env=env)
    no_horizon = runner.invoke(app, ["ab", "create", "t", "--plan", "fixed"])
    assert isinstance(no_horizon.exception, ExperimentError)
    assert "horizon" in str(no_horizon.exception) and "--horizon N" in str(no_horizon.exception)
    bad_kind = runner.invoke(app, ["ab", "create", "t", "--kind", "abc", "--horizon", "5"])
    assert "kind: expected ab|interleave, got 'abc'" in str(bad_kind.exception)
    missing = runner.invoke(app, ["ab", "report", "nope"])
    assert "no experiment called 'nope'" in str(missing.exception)


def test_plan_prints_the_units_per_arm(env: dict[str, str]) -> None:
    result = CliRunner(env=env).invoke(
        app, ["ab", "plan", "--baseline", "0.1", "--lift", "0.2", "--json"]
    )
    assert json.loads(result.stdout)["units_per_arm"] == 3841
