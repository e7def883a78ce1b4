"""The experiment tables (definitions, exposures, outcomes) over the catalog store's database.

The tables live in `catalog.tables` so that the catalog store creates them with the others and
``users forget`` removes a customer's exposures and outcomes with the rest of their data.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import numpy as np
from sqlalchemy import Engine, String, Table, delete, func, insert, select, type_coerce, update

from catalog import tables
from catalog.store import CatalogStore
from experiments.analysis import Log, factorize, seconds
from experiments.errors import ExperimentError
from experiments.model import INTERLEAVED, Experiment, Exposure, Outcome, Status

_EXPOSURES = tables.experiment_exposures
_OUTCOMES = tables.experiment_outcomes
_EXPERIMENTS = tables.experiments


def utc_naive(when: datetime | None) -> datetime:
    """``when`` (now when None) as a naive UTC datetime, the way the tables keep time."""
    if when is None:
        return datetime.now(UTC).replace(tzinfo=None)
    if when.tzinfo is not None:
        return when.astimezone(UTC).replace(tzinfo=None)
    return when


def _logged(record: Exposure | Outcome) -> dict[str, Any]:
    """The columns every experiment log row has: who, in which test and arm, and when."""
    return {
        "experiment": record.experiment,
        "arm": record.arm,
        "unit": record.unit,
        "user_id": record.user_id,
        "session_id": record.session_id,
        "timestamp": utc_naive(record.timestamp),
    }


@dataclass(frozen=True)
class ArmCounts:
    """Live counts of one logged arm (`HOLDOUT` and `INTERLEAVED` included)."""

    arm: str
    exposures: int
    units: int


@dataclass(frozen=True)
class LoggedExposure:
    """One exposure row as read back (for offline replay)."""

    unit: str
    session_id: str | None
    arm: str
    items: tuple[str, ...]
    teams: tuple[str, ...] | None
    propensity: float | None
    timestamp: datetime


class ExperimentStore:
    """Experiments and their logs, in the same database as the catalog."""

    def __init__(self, engine: Engine) -> None:
        """Use ``engine`` (the catalog store's; its tables already exist)."""
        self._engine = engine

    @classmethod
    def of(cls, store: CatalogStore) -> ExperimentStore:
        """The experiment store over a catalog store's engine."""
        return cls(store.engine)

    # -- definitions ---------------------------------------------------------------------------

    def create(self, experiment: Experiment) -> Experiment:
        """Save a new experiment.

        Raises:
            ExperimentError: the name is taken, or another experiment is running (one runs at a
                time, so every shopper is in at most one test).
        """
        with self._engine.begin() as c:
            taken = c.execute(
                select(_EXPERIMENTS.c.name).where(_EXPERIMENTS.c.name == experiment.name)
            ).first()
            if taken:
                raise ExperimentError(
                    f"name: an experiment called {experiment.name!r} exists already; pick "
                    "another name"
                )
            if experiment.status is Status.RUNNING:
                running = c.execute(
                    select(_EXPERIMENTS.c.name).where(_EXPERIMENTS.c.status == Status.RUNNING.value)
                ).first()
                if running:
                    raise ExperimentError(
                        f"experiment {running[0]!r} is running; one test runs at a time. Stop it "
                        f"first (shopassist ab stop {running[0]})"
                    )
            now = utc_naive(None)
            c.execute(
                insert(_EXPERIMENTS).values(
                    name=experiment.name,
                    spec=experiment.to_json(),
                    status=experiment.status.value,
                    created_at=now,
                    updated_at=now,
                )
            )
        return experiment

    @staticmethod
    def _experiment(row: Any) -> Experiment:
        return Experiment.from_json({**row.spec, "status": row.status})

    def get(self, name: str) -> Experiment:
        """The experiment called ``name``.

        Raises:
            ExperimentError: there is none; the message lists the known names.
        """
        with self._engine.connect() as c:
            row = c.execute(select(_EXPERIMENTS).where(_EXPERIMENTS.c.name == name)).first()
        if row is None:
            known = [e.name for e in self.list()]
            hint = f"known: {', '.join(known)}" if known else "none yet (shopassist ab create)"
            raise ExperimentError(f"experiment: no experiment called {name!r}; {hint}")
        return self._experiment(row)

    def list(self) -> list[Experiment]:
        """Every experiment, newest first."""
        with self._engine.connect() as c:
            rows = c.execute(select(_EXPERIMENTS).order_by(_EXPERIMENTS.c.created_at.desc())).all()
        return [self._experiment(r) for r in rows]

    def running(self) -> Experiment | None:
        """The running experiment, if any."""
        with self._engine.connect() as c:
            row = c.execute(
                select(_EXPERIMENTS).where(_EXPERIMENTS.c.status == Status.RUNNING.value)
            ).first()
        return self._experiment(row) if row else None

    def set_status(self, name: str, status: Status) -> Experiment:
        """Start or stop an experiment; returns it with the new status."""
        experiment = self.get(name)
        if status is Status.RUNNING:
            other = self.running()
            if other is not None and other.name != name:
                raise ExperimentError(
                    f"experiment {other.name!r} is running; stop it first "
                    f"(shopassist ab stop {other.name})"
                )
        with self._engine.begin() as c:
            c.execute(
                update(_EXPERIMENTS)
                .where(_EXPERIMENTS.c.name == name)
                .values(status=status.value, updated_at=utc_naive(None))
            )
        return Experiment.from_json({**experiment.to_json(), "status": status.value})

    def drop(self, name: str) -> dict[str, int]:
        """Delete an experiment and its logs; returns rows deleted per table."""
        with self._engine.begin() as c:
            return {
                "exposures": c.execute(
                    delete(_EXPOSURES).where(_EXPOSURES.c.experiment == name)
                ).rowcount,
                "outcomes": c.execute(
                    delete(_OUTCOMES).where(_OUTCOMES.c.experiment == name)
                ).rowcount,
                "experiments": c.execute(
                    delete(_EXPERIMENTS).where(_EXPERIMENTS.c.name == name)
                ).rowcount,
            }

    # -- logging -------------------------------------------------------------------------------

    def _append(self, table: Table, rows: list[dict[str, Any]]) -> int:
        """Insert ``rows`` into a log table in one transaction; returns how many."""
        if rows:
            with self._engine.begin() as c:
                c.execute(insert(table), rows)
        return len(rows)

    def log_exposures(self, exposures: Sequence[Exposure]) -> int:
        """Append exposures; returns how many."""
        return self._append(
            _EXPOSURES,
            [
                {
                    **_logged(e),
                    "items": list(e.items),
                    "teams": list(e.teams) if e.teams is not None else None,
                    "propensity": e.propensity,
                }
                for e in exposures
            ],
        )

    def log_outcomes(self, outcomes: Sequence[Outcome]) -> int:
        """Append outcomes; returns how many."""
        return self._append(
            _OUTCOMES,
            [{**_logged(o), "item_id": o.item_id, "kind": o.kind.value} for o in outcomes],
        )

    def team_of(self, experiment: str, unit: str, item_id: str, *, recent: int = 20) -> str:
        """The arm whose pick ``item_id`` was in the unit's latest interleaved list showing it;
        `INTERLEAVED` when none of the last ``recent`` lists showed it."""
        with self._engine.connect() as c:
            rows = c.execute(
                select(_EXPOSURES.c["items"], _EXPOSURES.c.teams)
                .where(_EXPOSURES.c.experiment == experiment, _EXPOSURES.c.unit == unit)
                .order_by(_EXPOSURES.c.id.desc())
                .limit(recent)
            ).all()
        for items, teams in rows:
            if teams and item_id in items:
                return str(teams[list(items).index(item_id)])
        return INTERLEAVED

    # -- reading -------------------------------------------------------------------------------

    def counts(self, name: str) -> list[ArmCounts]:
        """Exposures and distinct units per logged arm."""
        e = _EXPOSURES
        with self._engine.connect() as c:
            rows = c.execute(
                select(e.c.arm, func.count(), func.count(e.c.unit.distinct()))
                .where(e.c.experiment == name)
                .group_by(e.c.arm)
                .order_by(e.c.arm)
            ).all()
        return [ArmCounts(arm, int(n), int(units)) for arm, n, units in rows]

    def log(self, name: str) -> Log:
        """The experiment's exposures and outcomes as arrays, for `experiments.analysis`."""
        e, o = _EXPOSURES, _OUTCOMES
        # timestamps as the driver returns them: SQLite's ISO strings skip the per-row datetime
        # conversion (numpy parses them at once); PostgreSQL's driver returns datetimes anyway
        with self._engine.connect() as c:
            exposures = c.execute(
                select(e.c.unit, e.c.arm, type_coerce(e.c.timestamp, String)).where(
                    e.c.experiment == name
                )
            ).all()
            outcomes = c.execute(
                select(o.c.unit, o.c.arm, o.c.kind, type_coerce(o.c.timestamp, String)).where(
                    o.c.experiment == name
                )
            ).all()
        codes, _ = factorize([r[0] for r in exposures] + [r[0] for r in outcomes])
        n = len(exposures)
        return Log(
            exposure_unit=codes[:n],
            exposure_arm=np.array([r[1] for r in exposures], dtype=str),
            exposure_ts=seconds([r[2] for r in exposures]),
            outcome_unit=codes[n:],
            outcome_arm=np.array([r[1] for r in outcomes], dtype=str),
            outcome_kind=np.array([r[2] for r in outcomes], dtype=str),
            outcome_ts=seconds([r[3] for r in outcomes]),
        )

    def exposures(self, name: str, *, randomised_only: bool = False) -> Iterator[LoggedExposure]:
        """The experiment's exposures in time order (only those with a propensity, on request)."""
        e = _EXPOSURES
        stmt = select(
            e.c.unit,
            e.c.session_id,
            e.c.arm,
            e.c["items"],
            e.c.teams,
            e.c.propensity,
            e.c.timestamp,
        ).where(e.c.experiment == name)
        if randomised_only:
            stmt = stmt.where(e.c.propensity.is_not(None))
        with self._engine.connect() as c:
            for unit, session_id, arm, items, teams, propensity, when in c.execute(
                stmt.order_by(e.c.timestamp, e.c.id)
            ):
                yield LoggedExposure(
                    unit=unit,
                    session_id=session_id,
                    arm=arm,
                    items=tuple(items),
                    teams=tuple(teams) if teams is not None else None,
                    propensity=propensity,
                    timestamp=when,
                )

    def outcomes(self, name: str) -> list[tuple[str, str, str, datetime]]:
        """(unit, item_id, kind, timestamp) of every outcome, in time order."""
        o = _OUTCOMES
        with self._engine.connect() as c:
            rows = c.execute(
                select(o.c.unit, o.c.item_id, o.c.kind, o.c.timestamp)
                .where(o.c.experiment == name)
                .order_by(o.c.timestamp, o.c.id)
            ).all()
        return [(r[0], r[1], r[2], r[3]) for r in rows]
