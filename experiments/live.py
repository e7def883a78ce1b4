"""The live-traffic hook: one `ExperimentLog` per process, and the two calls the chat path makes.

The chat path needs three things and nothing else from this package:

- `serve_picks(log, session_id=..., user_id=..., turn=..., rank=..., k=...)` where the picks are
  chosen: it assigns the unit, ranks with the arm's configuration (or interleaves both rankers),
  logs the exposure and returns the item ids to show;
- `record_feedback(log, session_id, user_id, item_id, kind)` where a card's like or cart button
  (or a purchase) is recorded;
- ``ExperimentLog(ExperimentStore.of(store))`` built once with the other services.

Logging never breaks a turn: a database error is logged as a warning and the shopper is served
the control.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Mapping, Sequence

import numpy as np
from sqlalchemy.exc import SQLAlchemyError

from core.errors import ShopAssistError
from experiments.assignment import Assignment, assign
from experiments.interleaving import seed_for, team_draft
from experiments.model import INTERLEAVED, Experiment, Exposure, Kind, Metric, Outcome
from experiments.replay import shuffled
from experiments.store import ExperimentStore

logger = logging.getLogger(__name__)

FEEDBACK_OUTCOMES: dict[str, Metric] = {
    "click": Metric.CLICK,
    "like": Metric.CLICK,  # a thumbs-up on a card is the chat's click
    "cart": Metric.CART,
    "purchase": Metric.PURCHASE,
}
"""Feedback kinds that count as outcomes ('dislike' does not)."""


def unit_of(session_id: str, user_id: str | None) -> str:
    """The assignment unit: the customer when signed in (sticky across sessions and devices),
    else the chat session."""
    return user_id or session_id


class ExperimentLog:
    """Assigns units and logs exposures and outcomes for the running experiment.

    The running experiment is read from the store at most every ``refresh_s`` seconds, so that
    ``shopassist ab create`` and ``ab stop`` reach every server process without a restart.
    """

    def __init__(
        self,
        store: ExperimentStore,
        *,
        refresh_s: float = 30.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        """Log into ``store``; ``clock`` is injectable for tests."""
        self.store = store
        self._refresh_s = refresh_s
        self._clock = clock
        self._lock = threading.Lock()
        self._cached: Experiment | None = None
        self._read_at: float | None = None

    def experiment(self) -> Experiment | None:
        """The running experiment (None when none runs or the store cannot be read)."""
        with self._lock:
            now = self._clock()
            if self._read_at is None or now - self._read_at >= self._refresh_s:
                try:
                    self._cached = self.store.running()
                except (SQLAlchemyError, ShopAssistError) as e:
                    logger.warning("experiments: cannot read the running experiment: %s", e)
                    self._cached = None
                self._read_at = now
            return self._cached

    def assign(self, unit: str) -> Assignment | None:
        """The unit's arm in the running experiment, or None when none runs."""
        experiment = self.experiment()
        return assign(experiment, unit) if experiment is not None else None

    def exposed(
        self,
        assignment: Assignment,
        unit: str,
        items: Sequence[str],
        *,
        session_id: str | None = None,
        user_id: str | None = None,
        teams: Sequence[str] | None = None,
        propensity: float | None = None,
    ) -> None:
        """Log that ``unit`` was shown ``items`` under ``assignment``."""
        arm = INTERLEAVED if teams is not None and not assignment.holdout else assignment.arm
        exposure = Exposure(
            assignment.experiment, arm, unit, tuple(items), user_id, session_id,
            tuple(teams) if teams is not None else None, propensity,
        )  # fmt: skip
        try:
            self.store.log_exposures([exposure])
        except (SQLAlchemyError, ShopAssistError) as e:
            logger.warning("experiments: exposure not logged: %s", e)

    def outcome(
        self,
        unit: str,
        item_id: str,
        kind: Metric | str,
        *,
        session_id: str | None = None,
        user_id: str | None = None,
    ) -> None:
        """Log a click, cart or purchase of ``item_id`` by ``unit`` (nothing when no test runs).

        For interleaving the outcome is credited to the arm whose pick the item was.
        """
        experiment = self.experiment()
        if experiment is None:
            return
        assignment = assign(experiment, unit)
        try:
            arm = assignment.arm
            if experiment.kind is Kind.INTERLEAVE and not assignment.holdout:
                arm = self.store.team_of(experiment.name, unit, item_id)
            self.store.log_outcomes(
                [Outcome(experiment.name, arm, unit, item_id, Metric(kind), user_id, session_id)]
            )
        except (SQLAlchemyError, ShopAssistError) as e:
            logger.warning("experiments: outcome not logged: %s", e)


def serve_picks(
    log: ExperimentLog | None,
    *,
    session_id: str,
    user_id: str | None,
    turn: int,
    rank: Callable[[Mapping[str, str]], Sequence[str]],
    k: int,
) -> list[str]:
    """The item ids to show this turn, under the running experiment, with the exposure logged.

    Args:
        log: the process's experiment log (None: no experiments; ``rank({})`` is served).
        session_id: the chat session.
        user_id: the signed-in customer, or None.
        turn: the turn number in the session (seeds interleaving and shuffles, so a turn
            rebuilds the same list).
        rank: ``config -> item ids, best first``: ranks the turn's candidates with an arm's
            configuration (``{}`` is the control's defaults). A caller that does not vary the
            ranking may ignore ``config``; the exposure is still logged.
        k: how many items to show.
    """
    experiment = log.experiment() if log is not None else None
    if log is None or experiment is None:
        return list(rank({}))[:k]
    unit = unit_of(session_id, user_id)
    assignment = assign(experiment, unit)
    seed = seed_for(session_id, turn)
    teams: tuple[str, ...] | None = None
    propensity: float | None = None
    if experiment.kind is Kind.INTERLEAVE and not assignment.holdout:
        control, treatment = experiment.arms
        mixed = team_draft(list(rank(control.config)), list(rank(treatment.config)), k, seed)
        items = list(mixed.items)
        teams = mixed.team_names(control.name, treatment.name)
    else:
        items = list(rank(assignment.config))[:k]
        if assignment.config.get("explore") == "shuffle" and items:
            items, propensity = shuffled(items, np.random.default_rng(seed))
    log.exposed(
        assignment, unit, items, session_id=session_id, user_id=user_id, teams=teams,
        propensity=propensity,
    )  # fmt: skip
    return items


def record_feedback(
    log: ExperimentLog | None, session_id: str, user_id: str | None, item_id: str, kind: str
) -> None:
    """Log a card's feedback as an outcome ('like' -> click, 'cart' -> cart; 'dislike' is not)."""
    if log is None or kind not in FEEDBACK_OUTCOMES:
        return
    log.outcome(
        unit_of(session_id, user_id), item_id, FEEDBACK_OUTCOMES[kind],
        session_id=session_id, user_id=user_id,
    )  # fmt: skip
