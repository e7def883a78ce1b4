"""Reports from logs with known answers."""

from __future__ import annotations

import json
import time

import numpy as np

from experiments import stats
from experiments.analysis import Log, analyse
from experiments.model import HOLDOUT, INTERLEAVED
from tests.experiments.conftest import ab_experiment


def _log(groups: list[tuple[str, int, int]], *, start: int = 0) -> tuple[list, list]:
    """Exposures and purchases: (arm, units, converting units) per group, units in turn."""
    exposures, outcomes = [], []
    t = float(start)
    for arm, units, converting in groups:
        for i in range(units):
            unit = f"{arm}-{start}-{i}"
            exposures.append((unit, arm, t))
            if i < converting:
                outcomes.append((unit, arm, "purchase", t + 0.5))
            t += 1.0
    return exposures, outcomes


def test_fixed_horizon_report_matches_the_two_proportion_statistics() -> None:
    exposures, outcomes = _log([("control", 1000, 100), ("treatment", 1000, 150)])
    report = analyse(ab_experiment(), Log.from_rows(exposures, outcomes))
    by_arm = {a.name: a for a in report.arms}
    assert by_arm["control"].rates["purchase"] == 0.10
    assert by_arm["treatment"].conversions["purchase"] == 150
    primary = next(c for c in report.comparisons if c.primary)
    assert primary.metric == "purchase" and primary.decision == "better"
    low, high = stats.newcombe_interval(100, 1000, 150, 1000)
    assert (primary.diff_low, primary.diff_high) == (float(low), float(high))
    assert primary.p_value == float(stats.two_proportion_test(100, 1000, 150, 1000)[1])
    assert abs(primary.lift - 0.5) < 1e-12
    json.dumps(report.to_json(), allow_nan=False)  # nan-free, JSON-ready


def test_before_the_horizon_the_report_is_a_peek_without_decision() -> None:
    exposures, outcomes = _log([("control", 300, 30), ("treatment", 300, 90)])
    report = analyse(ab_experiment(), Log.from_rows(exposures, outcomes))
    assert {c.decision for c in report.comparisons} == {"wait"}
    assert any("fixed horizon not reached" in n for n in report.notes)


def test_only_the_first_horizon_units_per_arm_are_analysed() -> None:
    first, first_out = _log([("control", 100, 10), ("treatment", 100, 10)])
    # late units all convert in the treatment: outside the horizon, they must not count
    late, late_out = _log([("control", 50, 0), ("treatment", 50, 50)], start=10_000)
    report = analyse(ab_experiment(horizon=100), Log.from_rows(first + late, first_out + late_out))
    treatment = next(a for a in report.arms if a.name == "treatment")
    assert treatment.units == 150 and treatment.analysed == 100
    assert treatment.rates["purchase"] == 0.10
    assert next(c for c in report.comparisons if c.primary).decision == "no difference"


def test_outcomes_before_the_first_exposure_do_not_count() -> None:
    exposures = [("u1", "control", 10.0), ("u2", "treatment", 10.0)]
    outcomes = [("u1", "control", "purchase", 5.0), ("u2", "treatment", "purchase", 11.0)]
    report = analyse(ab_experiment(horizon=1), Log.from_rows(exposures, outcomes))
    rates = {a.name: a.rates["purchase"] for a in report.arms}
    assert rates == {"control": 0.0, "treatment": 1.0}


def test_holdout_is_excluded_and_a_skewed_split_is_flagged() -> None:
    groups = [("control", 1000, 100), ("treatment", 1300, 100), (HOLDOUT, 100, 100)]
    exposures, outcomes = _log(groups)
    report = analyse(ab_experiment(holdout=0.05), Log.from_rows(exposures, outcomes))
    assert report.holdout_units == 100
    assert sum(a.units for a in report.arms) == 2300
    assert report.srm.flagged and any("sample-ratio mismatch" in n for n in report.notes)
    balanced, out = _log([("control", 1000, 100), ("treatment", 1010, 100), (HOLDOUT, 105, 0)])
    assert not analyse(ab_experiment(holdout=0.05), Log.from_rows(balanced, out)).srm.flagged


def test_units_seen_in_two_arms_are_left_out() -> None:
    exposures, outcomes = _log([("control", 10, 1), ("treatment", 10, 1)])
    exposures.append(("control-0-0", "treatment", 99.0))
    report = analyse(ab_experiment(horizon=5), Log.from_rows(exposures, outcomes))
    assert report.mixed_units == 1 and report.arms[0].units == 9


def test_sequential_plan_finds_a_large_effect_and_not_a_null_one() -> None:
    experiment = ab_experiment(plan="sequential", horizon=None, tau=0.05)
    rng = np.random.default_rng(3)
    units = 4000
    arms = np.where(rng.random(units) < 0.5, "control", "treatment")
    exposures = [(f"u{i}", arm, float(i)) for i, arm in enumerate(arms)]

    def purchases(rate_treatment: float) -> list:
        p = np.where(arms == "treatment", rate_treatment, 0.10)
        bought = np.flatnonzero(rng.random(units) < p)
        return [(f"u{i}", arms[i], "purchase", i + 0.5) for i in bought]

    effect = analyse(experiment, Log.from_rows(exposures, purchases(0.20)))
    null = analyse(experiment, Log.from_rows(exposures, purchases(0.10)))
    primary = next(c for c in effect.comparisons if c.primary)
    assert primary.decision == "better" and primary.p_value < 0.001
    assert primary.diff_low < primary.diff < primary.diff_high
    assert next(c for c in null.comparisons if c.primary).decision == "no difference"


def test_interleaving_report_counts_wins_from_credited_outcomes() -> None:
    experiment = ab_experiment(kind="interleave", horizon=50, metric="click")
    exposures = [(f"u{i}", INTERLEAVED, float(i)) for i in range(60)]
    outcomes = [(f"u{i}", "treatment", "click", i + 0.5) for i in range(40)]
    outcomes += [(f"u{i}", "control", "click", i + 0.6) for i in range(40, 45)]
    outcomes += [(f"u{i}", "control", "click", i + 0.6) for i in range(50, 60)]  # after horizon
    report = analyse(experiment, Log.from_rows(exposures, outcomes))
    result = report.interleave
    assert result is not None and not report.comparisons
    assert (result.units, result.wins_treatment, result.wins_control, result.ties) == (50, 40, 5, 5)
    assert result.decision == "better" and result.p_value == float(stats.sign_test(40, 5))


def test_report_on_100k_events_is_fast() -> None:
    rng = np.random.default_rng(0)
    n = 80_000
    arms = np.where(rng.random(n) < 0.5, "control", "treatment")
    exposures = [(f"u{i % 40_000}", arms[i % 40_000], float(i)) for i in range(n)]
    outcomes = [(f"u{i}", arms[i], "click", 50_000.0 + i) for i in range(20_000)]
    log = Log.from_rows(exposures, outcomes)
    started = time.perf_counter()
    report = analyse(ab_experiment(horizon=10_000), log)
    assert time.perf_counter() - started < 1.0
    assert report.events == 100_000
