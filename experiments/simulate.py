"""Simulations that check the statistics: A/A false positives, power, interleaving vs A/B.

Used by the tests (small sizes) and by ``bench/ab_bench.py`` (the published sizes). Everything is
vectorised over runs; each function takes a numpy generator so that results are reproducible.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy import stats as sps

from experiments import stats
from experiments.analysis import Log, analyse
from experiments.assignment import arm_index, unit_positions
from experiments.model import HOLDOUT, Experiment


def aa_through_pipeline(
    experiment: Experiment, runs: int, units: int, rate: float, rng: np.random.Generator
) -> np.ndarray:
    """P-values of the primary comparison of ``runs`` A/A tests run through the real code.

    Each run reshuffles the same unit ids with a new salt (salted-hash assignment), draws each
    unit's conversion on the primary metric with probability ``rate`` whatever its arm, builds
    the log and runs `experiments.analysis.analyse`. With a fixed plan, ``experiment.horizon``
    should be at most ``units * share`` of the smallest arm, so that the test is read at its
    horizon.
    """
    ids = [f"unit-{i}" for i in range(units)]
    names = np.array([HOLDOUT, *experiment.arm_names])
    metric = experiment.metric.value
    p_values = np.empty(runs)
    for run in range(runs):
        salt = f"{experiment.salt}-aa-{run}"
        index = arm_index(unit_positions(salt, ids), experiment.shares(), experiment.holdout)
        arms = names[index + 1]
        converted = rng.random(units) < rate
        ts = np.arange(units, dtype=np.float64)
        log = Log(
            exposure_unit=np.arange(units),
            exposure_arm=arms,
            exposure_ts=ts,
            outcome_unit=np.flatnonzero(converted),
            outcome_arm=arms[converted],
            outcome_kind=np.full(int(converted.sum()), metric),
            outcome_ts=ts[converted] + 0.5,
        )
        report = analyse(experiment, log)
        primary = next(c for c in report.comparisons if c.primary)
        p_values[run] = primary.p_value
    return p_values


def fixed_p_values(
    rng: np.random.Generator, runs: int, n: int, p_a: float, p_b: float
) -> np.ndarray:
    """Two-proportion z-test p-values of ``runs`` tests read once at ``n`` units per arm."""
    x_a, x_b = rng.binomial(n, p_a, runs), rng.binomial(n, p_b, runs)
    return stats.two_proportion_test(x_a, n, x_b, n)[1]


@dataclass(frozen=True)
class Paths:
    """``runs`` simulated tests seen at each of their looks: cumulative units (the same in both
    arms) and conversions per arm, each a (runs, looks) array."""

    units: np.ndarray
    x_a: np.ndarray
    x_b: np.ndarray


def simulate_paths(
    rng: np.random.Generator, runs: int, n: int, looks: int, p_a: float, p_b: float
) -> Paths:
    """Conversions with probability ``p_a`` and ``p_b`` at ``looks`` evenly spaced looks up to
    ``n`` units per arm."""
    edges = np.linspace(0, n, looks + 1).round().astype(np.int64)
    step = np.diff(edges)
    x_a = np.cumsum(rng.binomial(step, p_a, (runs, looks)), axis=1)
    x_b = np.cumsum(rng.binomial(step, p_b, (runs, looks)), axis=1)
    return Paths(np.broadcast_to(edges[1:], (runs, looks)), x_a, x_b)


def peeking_rejections(paths: Paths, alpha: float = 0.05) -> np.ndarray:
    """Whether each run is declared significant when a fixed-horizon z-test is read at every
    look and stopped at the first significant one (the misuse mSPRT fixes)."""
    p = stats.two_proportion_test(paths.x_a, paths.units, paths.x_b, paths.units)[1]
    return (p <= alpha).any(axis=1)


def sequential_rejections(
    paths: Paths, *, alpha: float = 0.05, tau: float = 0.01, min_units: int = 100
) -> tuple[np.ndarray, np.ndarray]:
    """The mSPRT read at every look: (rejected, units at stop) of each run."""
    units = paths.units
    runs, looks = units.shape
    theta, var = stats.difference_variance(paths.x_a, units, paths.x_b, units)
    log_lr = stats.msprt_log_lr(theta, var, tau)
    log_lr = np.where(units >= min_units, log_lr, -np.inf)
    p = stats.always_valid_p(log_lr, axis=1)
    hit = p <= alpha
    rejected = hit.any(axis=1)
    first = np.where(rejected, hit.argmax(axis=1), looks - 1)
    return rejected, units[np.arange(runs), first]


def rate_interval(hits: int, runs: int, alpha: float = 0.05) -> tuple[float, float, float]:
    """(share, Wilson interval low, high) of ``hits`` out of ``runs``."""
    low, high = stats.wilson(hits, runs, alpha)
    return hits / runs, float(low), float(high)


def binomial_acceptance(runs: int, rate: float, alpha: float = 0.05) -> tuple[float, float]:
    """The central (1 - alpha) range of the share of ``runs`` flagged when the true rate is
    ``rate``: an observed false-positive share inside it is consistent with the nominal rate."""
    low = sps.binom.ppf(alpha / 2, runs, rate) / runs
    high = sps.binom.ppf(1 - alpha / 2, runs, rate) / runs
    return float(low), float(high)


# -- click model: interleaving vs A/B ----------------------------------------------------------


@dataclass(frozen=True)
class ClickModel:
    """Shoppers who click under a position-based model, and two rankers of known quality.

    Each session brings ``candidates`` items with attractiveness drawn from Beta(a, b). A ranker
    orders them by logit(attractiveness) plus Gaussian noise of its own size (less noise: a
    better ranker). ``k`` items are shown; position j is examined with probability
    ``intent * examine[j]``, where the session's intent ~ Beta(intent_a, intent_b) (some shoppers
    browse, some are set on buying), and an examined item is clicked with its attractiveness. A
    session has ``turns`` requests (each with new candidates), all with the session's intent.
    """

    candidates: int = 20
    k: int = 4
    examine: tuple[float, ...] = (1.0, 0.7, 0.5, 0.35)
    beta_a: float = 0.6
    beta_b: float = 8.0
    intent_a: float = 1.0
    intent_b: float = 1.0
    turns: int = 1
    noise_control: float = 1.2
    noise_treatment: float = 1.0


@dataclass(frozen=True)
class Sessions:
    """Simulated sessions: A/B clicks under each ranker alone, and interleaved preferences.

    ``clicked_control[s]`` / ``clicked_treatment[s]``: the session clicked at least once when
    shown that ranker's top k (A/B metric); ``preference[s]``: +1 treatment, -1 control, 0 tie
    under team-draft interleaving of the two.
    """

    clicked_control: np.ndarray
    clicked_treatment: np.ndarray
    preference: np.ndarray


def _rankings(model: ClickModel, rng: np.random.Generator, sessions: int) -> tuple[np.ndarray, ...]:
    attract = rng.beta(model.beta_a, model.beta_b, (sessions, model.candidates))
    logit = np.log(attract) - np.log1p(-attract)
    noise = rng.standard_normal((2, sessions, model.candidates))
    rank_a = np.argsort(-(logit + model.noise_control * noise[0]), axis=1)
    rank_b = np.argsort(-(logit + model.noise_treatment * noise[1]), axis=1)
    return attract, rank_a, rank_b


def team_draft_many(
    rank_a: np.ndarray, rank_b: np.ndarray, k: int, coins: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Team-draft interleaving of many sessions at once (rankings of more than k items each).

    ``coins[s, r]`` decides who picks first in round r (0: a). Returns item indices (S, k) and
    teams (S, k), equal to `experiments.interleaving.team_draft` with the same coin flips.
    """
    sessions = rank_a.shape[0]
    rows = np.arange(sessions)
    taken = np.zeros(rank_a.shape, dtype=bool)
    items = np.empty((sessions, k), dtype=np.int64)
    teams = np.empty((sessions, k), dtype=np.int64)
    for j in range(k):
        first = coins[:, j // 2]
        team = first if j % 2 == 0 else 1 - first
        picks = []
        for ranking in (rank_a, rank_b):
            free = ~taken[rows[:, None], ranking]
            picks.append(ranking[rows, free.argmax(axis=1)])
        item = np.where(team == 0, picks[0], picks[1])
        taken[rows, item] = True
        items[:, j], teams[:, j] = item, team
    return items, teams


def simulate_sessions(model: ClickModel, rng: np.random.Generator, sessions: int) -> Sessions:
    """``sessions`` shoppers under the click model (see `Sessions`)."""
    lists = sessions * model.turns
    attract, rank_a, rank_b = _rankings(model, rng, lists)
    rows = np.arange(lists)[:, None]
    intent = np.repeat(rng.beta(model.intent_a, model.intent_b, sessions), model.turns)
    examine = intent[:, None] * np.asarray(model.examine[: model.k])

    def clicks(items: np.ndarray) -> np.ndarray:
        p = examine * attract[rows, items]
        return rng.random(p.shape) < p

    def per_session(values: np.ndarray) -> np.ndarray:
        return values.reshape(sessions, model.turns, -1).sum(axis=(1, 2))

    clicked_a = per_session(clicks(rank_a[:, : model.k])) > 0
    clicked_b = per_session(clicks(rank_b[:, : model.k])) > 0
    coins = rng.integers(0, 2, (lists, (model.k + 1) // 2))
    items, teams = team_draft_many(rank_a, rank_b, model.k, coins)
    hit = clicks(items)
    credit_a = per_session(hit & (teams == 0))
    credit_b = per_session(hit & (teams == 1))
    return Sessions(clicked_a, clicked_b, np.sign(credit_b - credit_a))


@dataclass(frozen=True)
class Sensitivity:
    """Sessions each design needs to detect the treatment ranker at ``power``.

    Attributes:
        rate_control: share of sessions with a click under the control ranker.
        rate_treatment: the same under the treatment ranker.
        wins_control: share of interleaved sessions the control wins.
        wins_treatment: share the treatment wins.
        ab_sessions: A/B sessions in total (both arms) for a two-proportion test.
        interleaving_sessions: interleaved sessions for the sign test.
        ratio: ab_sessions / interleaving_sessions.
    """

    rate_control: float
    rate_treatment: float
    wins_control: float
    wins_treatment: float
    ab_sessions: int
    interleaving_sessions: int
    ratio: float


def sensitivity(s: Sessions, *, alpha: float = 0.05, power: float = 0.8) -> Sensitivity:
    """Sessions needed by A/B and by interleaving, from simulated sessions' rates.

    A/B: the two-proportion sample size per arm (`stats.sample_size`) times two. Interleaving:
    the sign test's normal approximation over non-tied sessions, divided by the non-tie share:
    ``n = ((z_{1-a/2} / 2 + z_power sqrt(q (1 - q))) / (q - 1/2))^2 / (w_a + w_b)`` with
    ``q = w_b / (w_a + w_b)``.
    """
    p_a, p_b = float(s.clicked_control.mean()), float(s.clicked_treatment.mean())
    w_a, w_b = float((s.preference < 0).mean()), float((s.preference > 0).mean())
    per_arm = stats.sample_size(p_a, p_b / p_a - 1.0, alpha=alpha, power=power)
    q = w_b / (w_a + w_b)
    za, zb = float(sps.norm.ppf(1 - alpha / 2)), float(sps.norm.ppf(power))
    decided = ((za * 0.5 + zb * np.sqrt(q * (1 - q))) / (q - 0.5)) ** 2
    il = int(np.ceil(decided / (w_a + w_b)))
    return Sensitivity(p_a, p_b, w_a, w_b, 2 * per_arm, il, 2 * per_arm / il)


def detection_rates(
    sens: Sensitivity, rng: np.random.Generator, runs: int, *, alpha: float = 0.05
) -> tuple[float, float]:
    """Power of each design at its computed size, re-drawn from the per-session rates:
    (A/B two-proportion test, interleaving sign test), each over ``runs`` experiments."""
    n = sens.ab_sessions // 2
    p = fixed_p_values(rng, runs, n, sens.rate_control, sens.rate_treatment)
    ab = float((p <= alpha).mean())
    ties = 1.0 - sens.wins_control - sens.wins_treatment
    draws = rng.multinomial(
        sens.interleaving_sessions, [sens.wins_control, sens.wins_treatment, ties], runs
    )
    p_il = stats.sign_test(draws[:, 1], draws[:, 0])
    return ab, float((p_il <= alpha).mean())
