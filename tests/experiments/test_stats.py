"""The statistics against scipy and published values."""

from __future__ import annotations

import numpy as np
import pytest
from scipy import stats as sps
from scipy.stats.contingency import relative_risk

from experiments import stats


def test_wilson_matches_scipy() -> None:
    for x, n in [(81, 263), (0, 10), (10, 10), (3, 1000)]:
        ci = sps.binomtest(x, n).proportion_ci(0.95, method="wilson")
        low, high = stats.wilson(x, n)
        assert low == pytest.approx(ci.low, abs=1e-9) and high == pytest.approx(ci.high, abs=1e-9)


def test_newcombe_interval_matches_the_published_example() -> None:
    # Newcombe (1998), Statistics in Medicine 17:873, example (a): 56/70 - 48/80, method 10
    low, high = stats.newcombe_interval(48, 80, 56, 70)
    assert float(low) == pytest.approx(0.0524, abs=5e-5)
    assert float(high) == pytest.approx(0.3339, abs=5e-5)


def test_two_proportion_test_matches_the_chi_square_test() -> None:
    table = np.array([[120, 880], [150, 850]])
    chi2, p, _, _ = sps.chi2_contingency(table, correction=False)
    z, p_z = stats.two_proportion_test(120, 1000, 150, 1000)
    assert float(z) ** 2 == pytest.approx(chi2) and float(p_z) == pytest.approx(p)
    # vectorised: one call, many tests
    z_many, _ = stats.two_proportion_test([120, 120], 1000, [150, 120], 1000)
    assert z_many[0] == pytest.approx(float(z)) and z_many[1] == 0.0


def test_lift_interval_matches_scipys_relative_risk() -> None:
    lift, low, high = stats.lift_interval(48, 80, 56, 70)
    rr = relative_risk(56, 70, 48, 80)
    ci = rr.confidence_interval(0.95)
    assert float(lift) == pytest.approx(rr.relative_risk - 1)
    assert float(low) == pytest.approx(ci.low - 1) and float(high) == pytest.approx(ci.high - 1)
    assert np.isnan(stats.lift_interval(0, 100, 5, 100)[0])


def test_msprt_evidence_and_confidence_sequence() -> None:
    theta, var = stats.difference_variance(1000, 10_000, 1300, 10_000)
    strong = stats.msprt_log_lr(theta, var, 0.01)
    assert float(np.exp(-strong)) < 1e-6
    same_theta, same_var = stats.difference_variance(1000, 10_000, 1000, 10_000)
    assert float(np.exp(-stats.msprt_log_lr(same_theta, same_var, 0.01))) >= 1.0
    low, high = stats.confidence_sequence(theta, var, 0.01)
    fixed_low, fixed_high = stats.newcombe_interval(1000, 10_000, 1300, 10_000)
    assert low < 0.03 < high  # holds the observed difference ...
    assert low < fixed_low and high > fixed_high  # ... and is wider than a fixed-n interval
    path = stats.always_valid_p(np.array([0.1, 2.0, 1.0, 3.0]))
    assert np.all(np.diff(path) <= 0) and path[-1] == pytest.approx(np.exp(-3.0))


def test_sample_ratio_mismatch() -> None:
    fine = stats.sample_ratio([5000, 5040], [0.5, 0.5])
    assert not fine.flagged and fine.p_value > 0.5
    skewed = stats.sample_ratio([5000, 5500], [0.5, 0.5])
    assert skewed.flagged
    chi2, p = sps.chisquare([5000, 5500], [5250, 5250])
    assert skewed.chi2 == pytest.approx(chi2) and skewed.p_value == pytest.approx(p)
    with_holdout = stats.sample_ratio([500, 4750, 4750], [0.05, 0.475, 0.475])
    assert with_holdout.expected == pytest.approx([500, 4750, 4750]) and not with_holdout.flagged


def test_sample_size_formula() -> None:
    # 10% -> 12% (a 20% lift), two-sided 5%, power 80%: 3,841 per arm (Fleiss, no correction)
    assert stats.sample_size(0.10, 0.20) == 3841
    with pytest.raises(ValueError, match="expected rates"):
        stats.sample_size(0.9, 0.2)


def test_sign_test_matches_scipy() -> None:
    for b, a in [(60, 40), (10, 0), (5, 5), (0, 0)]:
        expected = sps.binomtest(b, a + b).pvalue if a + b else 1.0
        assert float(stats.sign_test(b, a)) == pytest.approx(expected)
