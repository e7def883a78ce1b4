"""A logged experiment -> its report: per-arm rates, comparisons with the control, SRM.

The unit of analysis is the unit of assignment (a customer, or a session): a unit converts on a
metric when it has at least one outcome of that kind at or after its first exposure. Units are
independent draws, so per-unit rates satisfy the two-proportion tests' assumptions (per-impression
rates would not: one shopper's impressions are correlated). Everything is vectorised with numpy:
100k logged events take a few tens of milliseconds here; reading them from the database is most of
the time of `shopassist ab report`.

The plan fixed at creation decides the test:

- ``fixed``: only the first ``horizon`` units of each arm (by first exposure) are analysed, and
  a result is only declared once every arm has them. Before that the report shows the numbers
  as a peek, without a decision.
- ``sequential``: the mSPRT's always-valid p-value is the running minimum of 1/L along the units in
  the order they arrived (from ``MIN_UNITS`` units per arm on, where the normal approximation
  starts to hold), so the decision is valid whenever the report is read.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any

import numpy as np

from experiments import stats
from experiments.model import HOLDOUT, INTERLEAVED, Experiment, Kind, Metric, Plan

MIN_UNITS = 100
"""Units per arm before the sequential test starts looking (the plug-in variance is too rough
below that)."""
METRICS = tuple(Metric)


def factorize(values: Iterable[str]) -> tuple[np.ndarray, list[str]]:
    """Integer codes of ``values`` in order of first appearance, and the distinct values."""
    index: dict[str, int] = {}
    codes = np.fromiter((index.setdefault(v, len(index)) for v in values), dtype=np.int64)
    return codes, list(index)


def seconds(timestamps: Sequence[datetime | str]) -> np.ndarray:
    """Naive UTC datetimes, or their ISO strings as SQLite keeps them, -> float seconds
    (microsecond precision kept). Strings parse in numpy, ten times faster than datetimes."""
    if len(timestamps) == 0:
        return np.zeros(0)
    return np.asarray(timestamps, dtype="datetime64[us]").astype(np.int64) / 1e6


@dataclass(frozen=True)
class Log:
    """An experiment's log as arrays (what `experiments.store.ExperimentStore.log` returns).

    Unit codes are shared between exposures and outcomes; timestamps are float seconds.
    """

    exposure_unit: np.ndarray
    exposure_arm: np.ndarray
    exposure_ts: np.ndarray
    outcome_unit: np.ndarray
    outcome_arm: np.ndarray
    outcome_kind: np.ndarray
    outcome_ts: np.ndarray

    @classmethod
    def from_rows(
        cls,
        exposures: Sequence[tuple[str, str, float]],
        outcomes: Sequence[tuple[str, str, str, float]],
    ) -> Log:
        """From (unit, arm, seconds) and (unit, arm, kind, seconds) rows."""
        units, _ = factorize(
            [r[0] for r in exposures] + [r[0] for r in outcomes]
        )  # one code space for both
        n = len(exposures)

        def column(rows: Sequence[tuple[Any, ...]], i: int, dtype: Any) -> np.ndarray:
            return np.array([r[i] for r in rows], dtype=dtype) if rows else np.zeros(0, dtype)

        return cls(
            exposure_unit=units[:n],
            exposure_arm=column(exposures, 1, object).astype(str),
            exposure_ts=column(exposures, 2, np.float64),
            outcome_unit=units[n:],
            outcome_arm=column(outcomes, 1, object).astype(str),
            outcome_kind=column(outcomes, 2, object).astype(str),
            outcome_ts=column(outcomes, 3, np.float64),
        )

    @property
    def events(self) -> int:
        """Exposures plus outcomes."""
        return len(self.exposure_unit) + len(self.outcome_unit)


@dataclass(frozen=True)
class ArmSummary:
    """One arm's units and per-unit rates (``rates[kind]``: share of units with that outcome)."""

    name: str
    units: int
    exposures: int
    analysed: int
    conversions: dict[str, int]
    rates: dict[str, float]


@dataclass(frozen=True)
class Comparison:
    """An arm against the control on one metric.

    ``diff`` is the absolute difference of rates (arm - control), ``lift`` the relative one.
    ``decision`` is one of "better", "worse", "no difference", or "wait" (a fixed-horizon test
    before its horizon: the numbers are a peek, not a test).
    """

    metric: str
    primary: bool
    arm: str
    control: str
    rate_control: float
    rate_arm: float
    diff: float
    diff_low: float
    diff_high: float
    lift: float
    lift_low: float
    lift_high: float
    p_value: float
    decision: str
    method: str


@dataclass(frozen=True)
class InterleaveResult:
    """Team-draft interleaving: per-unit preferences from credited outcomes.

    ``delta`` is (wins_treatment + ties/2) / units - 1/2: positive when the treatment's picks are
    preferred. ``p_value`` comes from the sign test (fixed plan) or the mSPRT (sequential).
    """

    metric: str
    units: int
    wins_control: int
    wins_treatment: int
    ties: int
    credit_control: int
    credit_treatment: int
    delta: float
    p_value: float
    decision: str
    method: str


@dataclass(frozen=True)
class Report:
    """Everything `shopassist ab report` prints."""

    experiment: Experiment
    events: int
    arms: list[ArmSummary]
    holdout_units: int
    mixed_units: int
    srm: stats.SampleRatio
    comparisons: list[Comparison] = field(default_factory=list)
    interleave: InterleaveResult | None = None
    notes: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict (nan becomes None)."""

        def clean(value: Any) -> Any:
            if isinstance(value, float) and not np.isfinite(value):
                return None
            if isinstance(value, dict):
                return {k: clean(v) for k, v in value.items()}
            if isinstance(value, list):
                return [clean(v) for v in value]
            return value

        return clean(
            {
                "experiment": self.experiment.to_json(),
                "events": self.events,
                "arms": [asdict(a) for a in self.arms],
                "holdout_units": self.holdout_units,
                "mixed_units": self.mixed_units,
                "srm": asdict(self.srm),
                "comparisons": [asdict(c) for c in self.comparisons],
                "interleave": asdict(self.interleave) if self.interleave else None,
                "notes": list(self.notes),
            }
        )


@dataclass
class _Units:
    """Per-unit arrays: first exposure, arm index (-1 holdout), conversions per metric."""

    first_ts: np.ndarray
    arm: np.ndarray
    converted: np.ndarray  # (units, metrics) bool
    codes: np.ndarray  # the log's unit code of each row
    size: int  # unit codes in the log
    mixed: int
    exposures: np.ndarray  # exposures per arm index (holdout last)


def _units(log: Log, groups: list[str]) -> _Units:
    """One row per exposed unit, in order of first exposure."""
    n_groups = len(groups)
    arm_code = np.full(len(log.exposure_arm), -1, dtype=np.int64)
    for i, name in enumerate(groups):
        arm_code[log.exposure_arm == name] = i
    known = arm_code >= 0
    unit, ts, arm = log.exposure_unit[known], log.exposure_ts[known], arm_code[known]
    exposures = np.bincount(arm, minlength=n_groups)
    size = int(max(unit.max(initial=-1), log.outcome_unit.max(initial=-1))) + 1
    first = np.full(size, np.inf)
    np.minimum.at(first, unit, ts)
    lowest = np.full(size, n_groups, dtype=np.int64)
    highest = np.full(size, -1, dtype=np.int64)
    np.minimum.at(lowest, unit, arm)
    np.maximum.at(highest, unit, arm)
    seen = highest >= 0
    mixed = seen & (lowest != highest)
    keep = seen & ~mixed
    converted = np.zeros((size, len(METRICS)), dtype=bool)
    after = log.outcome_ts >= first[log.outcome_unit]
    for m, metric in enumerate(METRICS):
        hit = log.outcome_unit[after & (log.outcome_kind == metric.value)]
        converted[hit, m] = True
    ids = np.flatnonzero(keep)
    order = ids[np.argsort(first[ids], kind="stable")]
    return _Units(
        first[order], lowest[order], converted[order], order, size, int(mixed.sum()), exposures
    )


def _fixed_window(arm: np.ndarray, n_arms: int, horizon: int) -> np.ndarray:
    """Mask of the first ``horizon`` units of each arm (units are in arrival order)."""
    keep = np.zeros(len(arm), dtype=bool)
    for a in range(n_arms):
        keep[np.flatnonzero(arm == a)[:horizon]] = True
    return keep


def _sequential_p(is_b: np.ndarray, y: np.ndarray, tau: float) -> float:
    """Always-valid p-value of p_b = p_a along units in arrival order (``is_b``: in arm b)."""
    n_b = np.cumsum(is_b)
    n_a = np.arange(1, len(is_b) + 1) - n_b
    x_b = np.cumsum(y & is_b)
    x_a = np.cumsum(y & ~is_b)
    theta, var = stats.difference_variance(x_a, n_a, x_b, n_b)
    looks = (n_a >= MIN_UNITS) & (n_b >= MIN_UNITS)
    if not looks.any():
        return 1.0
    log_lr = stats.msprt_log_lr(theta[looks], var[looks], tau)
    return float(stats.always_valid_p(log_lr)[-1])


def _decide(p: float, diff: float, alpha: float) -> str:
    if not np.isfinite(p) or p > alpha:
        return "no difference"
    return "better" if diff > 0 else "worse"


@dataclass(frozen=True)
class _Test:
    """What a plan's test says of one arm against the control."""

    interval: tuple[float, float]
    """The difference of rates: its confidence interval (or sequence)."""
    lift: tuple[float, float, float]
    """The relative difference, and its interval."""
    p_value: float
    method: str


def _fixed_test(x_a: int, n_a: int, x_b: int, n_b: int, alpha: float) -> _Test:
    """Fixed horizon: the Newcombe interval of the difference, the delta-method interval of the
    lift, and the two-proportion z-test."""
    low, high = (float(v) for v in stats.newcombe_interval(x_a, n_a, x_b, n_b, alpha))
    lift, lift_low, lift_high = (float(v) for v in stats.lift_interval(x_a, n_a, x_b, n_b, alpha))
    return _Test(
        (low, high),
        (lift, lift_low, lift_high),
        p_value=float(stats.two_proportion_test(x_a, n_a, x_b, n_b)[1]),
        method="two-proportion z; Newcombe CI; delta-method lift CI",
    )


def _sequential_test(
    counts: tuple[int, int, int, int],
    rates: tuple[float, float],
    is_b: np.ndarray,
    y: np.ndarray,
    *,
    tau: float,
    alpha: float,
) -> _Test:
    """Sequential: the always-valid confidence sequence of the difference (the lift is it over
    the control's rate) and the mSPRT's always-valid p-value along the units.

    Args:
        counts: (x_a, n_a, x_b, n_b), conversions and units of the control and the arm.
        rates: (rate_a, rate_b), the control's and the arm's rates (`stats.rates` of counts).
        is_b: per analysed unit in arrival order, whether it is in the arm.
        y: per analysed unit, whether it converted.
        tau: the mSPRT mixing scale.
        alpha: the error rate.
    """
    x_a, n_a, x_b, n_b = counts
    rate_a, rate_b = rates
    diff = rate_b - rate_a
    theta, var = stats.difference_variance(x_a, n_a, x_b, n_b)
    low, high = (float(v) for v in stats.confidence_sequence(theta, var, tau, alpha))
    lift, lift_low, lift_high = (
        v / rate_a if rate_a > 0 else float("nan") for v in (diff, low, high)
    )
    return _Test(
        (low, high),
        (lift, lift_low, lift_high),
        p_value=_sequential_p(is_b, y, tau),
        method=f"mSPRT (tau={tau:g}); always-valid p and confidence sequence",
    )


def _comparisons(
    experiment: Experiment, units: _Units, analysed: np.ndarray, horizon_reached: bool
) -> list[Comparison]:
    out: list[Comparison] = []
    alpha = experiment.alpha
    arm = units.arm
    fixed = experiment.plan is Plan.FIXED
    for a in range(1, len(experiment.arms)):
        pair = analysed & ((arm == 0) | (arm == a))
        is_b = arm[pair] == a
        for m, metric in enumerate(METRICS):
            y = units.converted[pair, m]
            n_a, n_b = int((~is_b).sum()), int(is_b.sum())
            x_a, x_b = int((y & ~is_b).sum()), int((y & is_b).sum())
            rate_a, rate_b = float(stats.rates(x_a, n_a)), float(stats.rates(x_b, n_b))
            diff = rate_b - rate_a
            if fixed:
                test = _fixed_test(x_a, n_a, x_b, n_b, alpha)
            else:
                counts, rates = (x_a, n_a, x_b, n_b), (rate_a, rate_b)
                test = _sequential_test(counts, rates, is_b, y, tau=experiment.tau, alpha=alpha)
            decides = horizon_reached or not fixed  # a sequential test decides at every look
            (low, high), (lift, lift_low, lift_high) = test.interval, test.lift
            out.append(
                Comparison(
                    metric=metric.value,
                    primary=metric is experiment.metric,
                    arm=experiment.arms[a].name,
                    control=experiment.control.name,
                    rate_control=rate_a,
                    rate_arm=rate_b,
                    diff=diff,
                    diff_low=low,
                    diff_high=high,
                    lift=lift,
                    lift_low=lift_low,
                    lift_high=lift_high,
                    p_value=test.p_value,
                    decision=_decide(test.p_value, diff, alpha) if decides else "wait",
                    method=test.method,
                )
            )
    return out


def _sequential_preference_p(d: np.ndarray, tau: float) -> float:
    """Always-valid p-value of a zero mean preference along the units in arrival order (``d``:
    each unit's sign of treatment minus control credit); it looks from ``2 * MIN_UNITS`` on."""
    k = np.arange(1, len(d) + 1)
    mean = np.cumsum(d) / k
    var = np.maximum(np.cumsum(d * d) / k - mean * mean, 0.0) / k
    looks = k >= 2 * MIN_UNITS
    if not looks.any():
        return 1.0
    log_lr = stats.msprt_log_lr(mean[looks], var[looks], tau)
    return float(stats.always_valid_p(log_lr)[-1])


def _interleave(experiment: Experiment, log: Log, units: _Units) -> InterleaveResult:
    """Per-unit credit of the primary metric, the preference, and its test."""
    control, treatment = experiment.arm_names
    metric = experiment.metric.value
    size = len(units.first_ts)
    position = np.full(units.size, -1, dtype=np.int64)
    position[units.codes] = np.arange(size)
    pos = position[log.outcome_unit]
    valid = (pos >= 0) & (log.outcome_kind == metric)
    valid &= log.outcome_ts >= units.first_ts[np.maximum(pos, 0)]
    credit_a = np.bincount(pos[valid & (log.outcome_arm == control)], minlength=size)
    credit_b = np.bincount(pos[valid & (log.outcome_arm == treatment)], minlength=size)
    analysed = units.arm == 0  # interleaved units (holdout excluded)
    if experiment.plan is Plan.FIXED:
        analysed &= np.cumsum(analysed) <= (experiment.horizon or size)
    ca, cb = credit_a[analysed], credit_b[analysed]
    wins_a, wins_b = int((ca > cb).sum()), int((cb > ca).sum())
    n = int(analysed.sum())
    ties = n - wins_a - wins_b
    delta = (wins_b + ties / 2.0) / n - 0.5 if n else float("nan")
    if experiment.plan is Plan.FIXED:
        p = float(stats.sign_test(wins_b, wins_a))
        method = "sign test over units (exact binomial)"
        decides = n >= (experiment.horizon or 0)
    else:
        p = _sequential_preference_p(np.sign(cb - ca).astype(np.float64), experiment.tau)
        method = f"mSPRT on the mean preference (tau={experiment.tau:g})"
        decides = True  # a sequential test decides at every look
    return InterleaveResult(
        metric=metric,
        units=n,
        wins_control=wins_a,
        wins_treatment=wins_b,
        ties=ties,
        credit_control=int(ca.sum()),
        credit_treatment=int(cb.sum()),
        delta=float(delta),
        p_value=p,
        decision=_decide(p, delta, experiment.alpha) if decides else "wait",
        method=method,
    )


def analyse(experiment: Experiment, log: Log) -> Report:
    """The report of ``experiment`` over its ``log``.

    Args:
        experiment: the definition (arms, plan, metric, holdout).
        log: its exposures and outcomes (see `Log`).
    """
    interleave = experiment.kind is Kind.INTERLEAVE
    served = [INTERLEAVED] if interleave else experiment.arm_names
    groups = [*served, HOLDOUT]
    units = _units(log, groups)
    holdout_code = len(served)
    holdout_units = int((units.arm == holdout_code).sum())
    per_group = np.bincount(units.arm, minlength=len(groups))
    shares = [1.0] if interleave else experiment.shares()
    if experiment.holdout > 0:
        srm = stats.sample_ratio(
            [holdout_units, *per_group[: len(served)]],
            [experiment.holdout, *[(1 - experiment.holdout) * s for s in shares]],
        )
    else:
        srm = stats.sample_ratio(list(per_group[: len(served)]), shares)
    notes: list[str] = []
    if srm.flagged:
        notes.append(
            f"sample-ratio mismatch (chi-square p = {srm.p_value:.2g} < {stats.SRM_THRESHOLD}): "
            "units per arm are not the configured split; find the cause (bots, a broken log, "
            "assignment changed mid-test) before trusting any result"
        )
    if units.mixed:
        notes.append(f"{units.mixed} units were logged in more than one arm and are left out")
    in_test = units.arm < holdout_code
    analysed = in_test.copy()
    horizon_reached = True
    if experiment.plan is Plan.FIXED and not interleave:
        horizon = int(experiment.horizon or 0)
        analysed &= _fixed_window(units.arm, len(served), horizon)
        smallest = int(per_group[: len(served)].min())
        horizon_reached = smallest >= horizon
        if not horizon_reached:
            notes.append(
                f"fixed horizon not reached: {smallest} of {horizon} units in the smallest arm. "
                "These numbers are a peek, not a test: reading a fixed-horizon test early and "
                "stopping on significance inflates false positives."
            )
    arms = []
    for i, name in enumerate(served):
        mine = units.arm == i
        counted = mine & analysed
        conv = units.converted[counted].sum(axis=0)
        n = int(counted.sum())
        arms.append(
            ArmSummary(
                name=name,
                units=int(mine.sum()),
                exposures=int(units.exposures[i]),
                analysed=n,
                conversions={m.value: int(c) for m, c in zip(METRICS, conv, strict=True)},
                rates={
                    m.value: float(stats.rates(c, n)) for m, c in zip(METRICS, conv, strict=True)
                },
            )
        )
    report = Report(
        experiment=experiment,
        events=log.events,
        arms=arms,
        holdout_units=holdout_units,
        mixed_units=units.mixed,
        srm=srm,
        notes=notes,
    )
    if interleave:
        result = _interleave(experiment, log, units)
        return Report(**{**report.__dict__, "interleave": result})
    comparisons = _comparisons(experiment, units, analysed, horizon_reached)
    return Report(**{**report.__dict__, "comparisons": comparisons})
