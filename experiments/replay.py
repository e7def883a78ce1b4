"""Offline screening: what would a candidate ranker have earned on logged, randomised traffic?

The estimator is inverse propensity scoring over logged decisions (Horvitz-Thompson), with its
self-normalised form, which is the replay method of Li, Chu, Langford and Wang (WSDM 2011) when
the logging policy is uniform: keep the logged decisions where the candidate would have made
the same choice, weight each by 1 / (its logging probability), and average the outcomes.

What is a decision here: an arm with ``explore=shuffle`` shows its picks in a uniformly random
order and logs the propensity of the item shown first (1/k for k picks). The context is the set
of shown items, the action the first item, and the reward whether the unit clicked (or carted,
or bought) that item before its next exposure. A candidate ranker is a policy that picks the
first item from the same set.

Assumptions (what makes the estimate unbiased):

1. the logged propensity is the true probability that the logging policy chose the action,
   and it is positive for every item the candidate may choose (the shuffle guarantees both);
2. the shopper's response depends on the context and the action, not on how the action was
   chosen (no interference between decisions; a shopper's own history may enter the context);
3. the candidate's choice depends only on the context (it does not peek at the outcome).

It answers "which item should go first among these picks", a top-1 counterfactual; changes that
alter the candidate set itself (a new retriever) need a live test.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

import numpy as np
from scipy import special

from experiments.model import Metric
from experiments.store import ExperimentStore

Policy = Callable[[str, tuple[str, ...]], str]
"""(unit, candidate items) -> the item the candidate ranker would show first."""


@dataclass(frozen=True)
class Decision:
    """One logged randomised choice.

    Attributes:
        unit: the customer or session.
        context: the items the logging policy chose among (sorted, so order leaks nothing).
        action: the item it showed first.
        propensity: the probability it chose ``action`` in this context.
        reward: the outcome credited to the action (1.0 clicked, 0.0 not).
    """

    unit: str
    context: tuple[str, ...]
    action: str
    propensity: float
    reward: float


@dataclass(frozen=True)
class Estimate:
    """A counterfactual estimate of the candidate's mean reward per decision.

    Attributes:
        value: the estimate.
        variance: its estimated variance.
        stderr: sqrt(variance).
        low: lower end of the normal (1 - alpha) interval.
        high: upper end.
        matched: decisions where the candidate agreed with the log.
        decisions: decisions in the log.
        method: "ips" or "replay" (self-normalised).
    """

    value: float
    variance: float
    stderr: float
    low: float
    high: float
    matched: int
    decisions: int
    method: str


def shuffled(items: Sequence[str], rng: np.random.Generator) -> tuple[list[str], float]:
    """``items`` in a uniformly random order, and the propensity of the first (1 / len)."""
    order = rng.permutation(len(items))
    return [items[i] for i in order], 1.0 / len(items) if items else 1.0


def _weights(decisions: Sequence[Decision], policy: Policy) -> tuple[np.ndarray, np.ndarray]:
    w = np.array(
        [(policy(d.unit, d.context) == d.action) / d.propensity for d in decisions], dtype=float
    )
    r = np.array([d.reward for d in decisions], dtype=float)
    return w, r


def _interval(value: float, variance: float, alpha: float) -> tuple[float, float, float]:
    se = math.sqrt(max(variance, 0.0))
    z = float(special.ndtri(1 - alpha / 2))
    return se, value - z * se, value + z * se


def ips(decisions: Sequence[Decision], policy: Policy, *, alpha: float = 0.05) -> Estimate:
    """The inverse-propensity estimate (unbiased under the module's assumptions).

    ``value = mean(1[policy = action] * reward / propensity)``; its variance is the sample
    variance of those terms over n.
    """
    n = len(decisions)
    if n == 0:
        return Estimate(math.nan, math.nan, math.nan, math.nan, math.nan, 0, 0, "ips")
    w, r = _weights(decisions, policy)
    terms = w * r
    value = float(terms.mean())
    variance = float(terms.var(ddof=1) / n) if n > 1 else math.inf
    se, low, high = _interval(value, variance, alpha)
    return Estimate(value, variance, se, low, high, int((w > 0).sum()), n, "ips")


def replay(decisions: Sequence[Decision], policy: Policy, *, alpha: float = 0.05) -> Estimate:
    """The self-normalised estimate ``sum(w r) / sum(w)`` (Li et al.'s replay when the log is
    uniform: the mean reward over matched decisions). Lower variance than `ips`, a bias of order
    1/n; its variance is the delta method's ``mean(w^2 (r - value)^2) / (n mean(w)^2)``."""
    n = len(decisions)
    w, r = _weights(decisions, policy) if n else (np.zeros(0), np.zeros(0))
    matched = int((w > 0).sum())
    if matched == 0:
        return Estimate(math.nan, math.nan, math.nan, math.nan, math.nan, 0, n, "replay")
    value = float((w * r).sum() / w.sum())
    variance = float((w * w * (r - value) ** 2).mean() / (n * w.mean() ** 2))
    se, low, high = _interval(value, variance, alpha)
    return Estimate(value, variance, se, low, high, matched, n, "replay")


def decisions_from_log(
    store: ExperimentStore, experiment: str, metric: Metric = Metric.CLICK
) -> list[Decision]:
    """The randomised decisions of an experiment's log, with their rewards.

    A decision's reward is 1 when its unit had a ``metric`` outcome on the first item at or after
    the exposure and before the unit's next exposure, else 0.
    """
    outcomes: dict[tuple[str, str], list[datetime]] = defaultdict(list)
    for unit, item, kind, when in store.outcomes(experiment):
        if kind == metric.value:
            outcomes[(unit, item)].append(when)
    exposures = list(store.exposures(experiment))
    next_seen: dict[int, datetime] = {}
    last: dict[str, int] = {}
    for i, e in enumerate(exposures):
        if e.unit in last:
            next_seen[last[e.unit]] = e.timestamp
        last[e.unit] = i
    decisions = []
    for i, e in enumerate(exposures):
        if e.propensity is None or not e.items:
            continue
        end = next_seen.get(i)
        hit = any(
            e.timestamp <= t and (end is None or t < end)
            for t in outcomes.get((e.unit, e.items[0]), ())
        )
        decisions.append(
            Decision(e.unit, tuple(sorted(e.items)), e.items[0], e.propensity, float(hit))
        )
    return decisions


def scored_policy(score: Callable[[str, Sequence[str]], Iterable[float]]) -> Policy:
    """A policy from a ranker's scores: the highest-scored candidate goes first.

    Args:
        score: ``(unit, item_ids) -> scores`` (e.g. a closure over a `ranking` model and the
            unit's history).
    """

    def policy(unit: str, context: tuple[str, ...]) -> str:
        scores = np.asarray(list(score(unit, context)), dtype=float)
        return context[int(np.argmax(scores))]

    return policy
