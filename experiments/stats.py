"""The statistics of an A/B test: rates, differences with intervals, p-values, SRM, sample size.

Every function takes counts (numbers or numpy arrays of the same shape) so that one call analyses
one test or ten thousand simulated ones.

- Fixed horizon: the p-value of the pooled two-proportion z-test, Newcombe's hybrid score
  interval (his method 10, from two Wilson intervals) for the absolute difference, and the
  delta-method (Katz log ratio) interval for the relative lift. Valid when read once, at the
  planned sample size.
- Sequential: the mixture sequential probability ratio test (mSPRT; Johari, Koomen, Pekelis and
  Walsh, "Always valid inference", 2017/2022) on the normal approximation of the difference,
  with a N(0, tau^2) mixture over the true difference. Its running-minimum p-value and its
  confidence sequence stay valid however often and whenever the test is looked at.
- Sample-ratio mismatch: Pearson's chi-square of the units per arm (holdout included) against the
  configured shares; flagged below p = 0.001.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy import special  # lighter to import than scipy.stats: the CLI starts faster

SRM_THRESHOLD = 0.001

ArrayLike = float | int | np.ndarray


def _z(alpha: float) -> float:
    return float(special.ndtri(1.0 - alpha / 2.0))


def rates(x: ArrayLike, n: ArrayLike) -> np.ndarray:
    """x / n, with nan where n is 0."""
    x, n = np.asarray(x, dtype=np.float64), np.asarray(n, dtype=np.float64)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(n > 0, x / np.where(n > 0, n, 1.0), np.nan)


def wilson(x: ArrayLike, n: ArrayLike, alpha: float = 0.05) -> tuple[np.ndarray, np.ndarray]:
    """Wilson score interval of a proportion x / n (nan where n is 0)."""
    x, n = np.asarray(x, dtype=np.float64), np.asarray(n, dtype=np.float64)
    z = _z(alpha)
    safe = np.where(n > 0, n, 1.0)
    centre = (x + z * z / 2.0) / (safe + z * z)
    half = z / (safe + z * z) * np.sqrt(np.maximum(x * (safe - x) / safe, 0.0) + z * z / 4.0)
    bad = n <= 0
    return np.where(bad, np.nan, centre - half), np.where(bad, np.nan, centre + half)


def newcombe_interval(
    x_a: ArrayLike, n_a: ArrayLike, x_b: ArrayLike, n_b: ArrayLike, alpha: float = 0.05
) -> tuple[np.ndarray, np.ndarray]:
    """Newcombe's hybrid score interval (method 10) for p_b - p_a."""
    p_a, p_b = rates(x_a, n_a), rates(x_b, n_b)
    lo_a, hi_a = wilson(x_a, n_a, alpha)
    lo_b, hi_b = wilson(x_b, n_b, alpha)
    d = p_b - p_a
    lower = d - np.sqrt((p_b - lo_b) ** 2 + (hi_a - p_a) ** 2)
    upper = d + np.sqrt((hi_b - p_b) ** 2 + (p_a - lo_a) ** 2)
    return lower, upper


def two_proportion_test(
    x_a: ArrayLike, n_a: ArrayLike, x_b: ArrayLike, n_b: ArrayLike
) -> tuple[np.ndarray, np.ndarray]:
    """The pooled two-proportion z-test of p_b = p_a: (z, two-sided p-value)."""
    x_a, n_a = np.asarray(x_a, dtype=np.float64), np.asarray(n_a, dtype=np.float64)
    x_b, n_b = np.asarray(x_b, dtype=np.float64), np.asarray(n_b, dtype=np.float64)
    pooled = rates(x_a + x_b, n_a + n_b)
    with np.errstate(invalid="ignore", divide="ignore"):
        se = np.sqrt(pooled * (1.0 - pooled) * (1.0 / n_a + 1.0 / n_b))
        z = (rates(x_b, n_b) - rates(x_a, n_a)) / se
    z = np.where(se > 0, z, 0.0)  # no variance (all 0 or all 1): no evidence of a difference
    return z, 2.0 * special.ndtr(-np.abs(z))


def lift_interval(
    x_a: ArrayLike, n_a: ArrayLike, x_b: ArrayLike, n_b: ArrayLike, alpha: float = 0.05
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Relative lift p_b / p_a - 1 with its delta-method interval on the log ratio (Katz).

    Returns (lift, lower, upper); nan where either arm has no conversions.
    """
    x_a, n_a = np.asarray(x_a, dtype=np.float64), np.asarray(n_a, dtype=np.float64)
    x_b, n_b = np.asarray(x_b, dtype=np.float64), np.asarray(n_b, dtype=np.float64)
    ok = (x_a > 0) & (x_b > 0) & (n_a > 0) & (n_b > 0)
    xa, xb = np.where(ok, x_a, 1.0), np.where(ok, x_b, 1.0)
    na, nb = np.where(ok, n_a, 1.0), np.where(ok, n_b, 1.0)
    log_ratio = np.log((xb / nb) / (xa / na))
    se = np.sqrt(np.maximum(1.0 / xb - 1.0 / nb + 1.0 / xa - 1.0 / na, 0.0))
    z = _z(alpha)
    nan = np.nan
    return (
        np.where(ok, np.expm1(log_ratio), nan),
        np.where(ok, np.expm1(log_ratio - z * se), nan),
        np.where(ok, np.expm1(log_ratio + z * se), nan),
    )


def difference_variance(
    x_a: ArrayLike, n_a: ArrayLike, x_b: ArrayLike, n_b: ArrayLike
) -> tuple[np.ndarray, np.ndarray]:
    """(p_b - p_a, its plug-in variance p_a(1-p_a)/n_a + p_b(1-p_b)/n_b)."""
    p_a, p_b = rates(x_a, n_a), rates(x_b, n_b)
    n_a, n_b = np.asarray(n_a, dtype=np.float64), np.asarray(n_b, dtype=np.float64)
    with np.errstate(invalid="ignore", divide="ignore"):
        var = p_a * (1.0 - p_a) / n_a + p_b * (1.0 - p_b) / n_b
    return p_b - p_a, var


def msprt_log_lr(theta: ArrayLike, var: ArrayLike, tau: float) -> np.ndarray:
    """Log mixture likelihood ratio of H1 (theta ~ N(0, tau^2)) against theta = 0.

    For an estimate ``theta`` with variance ``var`` (normal approximation):
    ``log L = 0.5 log(V / (V + tau^2)) + theta^2 tau^2 / (2 V (V + tau^2))``; -inf (no
    evidence) where V is 0 or undefined.
    """
    theta, var = np.asarray(theta, dtype=np.float64), np.asarray(var, dtype=np.float64)
    t2 = tau * tau
    ok = np.isfinite(var) & (var > 0) & np.isfinite(theta)
    v = np.where(ok, var, 1.0)
    t = np.where(ok, theta, 0.0)
    log_lr = 0.5 * np.log(v / (v + t2)) + t * t * t2 / (2.0 * v * (v + t2))
    return np.where(ok, log_lr, -np.inf)


def always_valid_p(log_lr_path: np.ndarray, axis: int = -1) -> np.ndarray:
    """The always-valid p-value after each look: running minimum of min(1, 1 / L)."""
    p = np.minimum(1.0, np.exp(-np.asarray(log_lr_path, dtype=np.float64)))
    return np.minimum.accumulate(p, axis=axis)


def confidence_sequence(
    theta: ArrayLike, var: ArrayLike, tau: float, alpha: float = 0.05
) -> tuple[np.ndarray, np.ndarray]:
    """The mSPRT's (1 - alpha) confidence sequence for the difference at this look.

    The set of differences theta0 that the mixture test would not reject:
    ``theta +- sqrt(V (V + tau^2) / tau^2 * (2 log(1/alpha) + log((V + tau^2) / V)))``.
    """
    theta, var = np.asarray(theta, dtype=np.float64), np.asarray(var, dtype=np.float64)
    t2 = tau * tau
    with np.errstate(invalid="ignore", divide="ignore"):
        spread = 2.0 * np.log(1.0 / alpha) + np.log((var + t2) / var)
        half = np.sqrt(var * (var + t2) / t2 * spread)
    half = np.where(np.isfinite(half), half, np.inf)
    return theta - half, theta + half


@dataclass(frozen=True)
class SampleRatio:
    """The sample-ratio-mismatch check.

    Attributes:
        observed: units per group (holdout first when there is one).
        expected: units expected from the configured shares.
        chi2: Pearson's statistic.
        p_value: its p-value (degrees of freedom: groups - 1).
        flagged: p_value < 0.001: the split is not what was configured; do not trust the result.
    """

    observed: list[int]
    expected: list[float]
    chi2: float
    p_value: float
    flagged: bool


def sample_ratio(observed: Sequence[int], shares: Sequence[float]) -> SampleRatio:
    """Pearson's chi-square of ``observed`` against ``shares`` (normalised here)."""
    obs = np.asarray(observed, dtype=np.float64)
    share = np.asarray(shares, dtype=np.float64)
    share = share / share.sum()
    total = obs.sum()
    if total <= 0:
        return SampleRatio([int(o) for o in obs], [0.0] * len(obs), 0.0, 1.0, False)
    expected = total * share
    keep = expected > 0
    chi2 = float((((obs - expected) ** 2)[keep] / expected[keep]).sum())
    p = float(special.chdtrc(max(int(keep.sum()) - 1, 1), chi2))
    return SampleRatio(
        [int(o) for o in obs], [float(e) for e in expected], chi2, p, p < SRM_THRESHOLD
    )


def sample_size(
    baseline: float, relative_lift: float, *, alpha: float = 0.05, power: float = 0.8
) -> int:
    """Units per arm for a two-sided two-proportion test to find ``relative_lift``.

    The normal-approximation formula (Fleiss, without continuity correction):
    ``n = (z_{1-a/2} sqrt(2 pbar qbar) + z_{power} sqrt(p1 q1 + p2 q2))^2 / (p2 - p1)^2``.
    """
    p1 = baseline
    p2 = baseline * (1.0 + relative_lift)
    if not (0 < p1 < 1 and 0 < p2 < 1) or p1 == p2:
        raise ValueError(
            f"baseline and lift: expected rates in (0, 1) that differ, got {p1:g} and {p2:g}"
        )
    pbar = (p1 + p2) / 2.0
    za, zb = _z(alpha), float(special.ndtri(power))
    num = za * np.sqrt(2 * pbar * (1 - pbar)) + zb * np.sqrt(p1 * (1 - p1) + p2 * (1 - p2))
    return int(np.ceil(num * num / (p2 - p1) ** 2))


def sign_test(wins_b: ArrayLike, wins_a: ArrayLike) -> np.ndarray:
    """Two-sided exact binomial (sign) test of P(B wins) = 1/2 over units that prefer one side."""
    wins_b = np.asarray(wins_b, dtype=np.int64)
    wins_a = np.asarray(wins_a, dtype=np.int64)
    n = wins_a + wins_b
    k = np.minimum(wins_a, wins_b)
    p = 2.0 * special.bdtr(k, np.maximum(n, 1), 0.5)
    return np.where(n > 0, np.minimum(p, 1.0), 1.0)
