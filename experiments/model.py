"""The types of an experiment: its definition (arms, plan, metric), exposures and outcomes.

Everything a test's analysis depends on is fixed here when the experiment is created: the arms
and their weights, the holdout share, the primary metric, and the analysis plan (a fixed horizon
of N units per arm, or a sequential always-valid test that may be looked at any time).
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from experiments.errors import ExperimentError

HOLDOUT = "holdout"
"""The arm name logged for units in the holdout (they are served the control, not analysed)."""
INTERLEAVED = "interleaved"
"""The arm name logged for exposures of an interleaving experiment (both rankers in one list)."""
RESERVED_ARMS = frozenset({HOLDOUT, INTERLEAVED})
CONFIG_KEYS = ("fusion", "personal_weight", "explore")
"""What an arm may configure, each honoured by the chat's ranking (`assistant.dialogue.context`):
``fusion`` (the ranker's fusion method: weighted, rrf or learned), ``personal_weight`` (the
personal order's weight against the query's order, default 0.6) and ``explore=shuffle`` (show
the arm's picks in a random order, for offline replay). Embedder, prompt and model arms need a
second index or model loaded side by side and are not offered yet."""
NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,63}")


class Kind(StrEnum):
    """How the arms meet the shopper."""

    AB = "ab"  # each unit sees one arm
    INTERLEAVE = "interleave"  # each unit sees both rankers' picks, team-draft interleaved


class Plan(StrEnum):
    """The analysis plan, chosen before the first exposure."""

    FIXED = "fixed"  # read once, at N units per arm; earlier looks are not valid tests
    SEQUENTIAL = "sequential"  # mixture SPRT: always-valid p-values, read any time


class Metric(StrEnum):
    """Outcome kinds; a unit converts on a kind when it has at least one after its exposure."""

    CLICK = "click"
    CART = "cart"
    PURCHASE = "purchase"


class Status(StrEnum):
    """Whether the experiment is serving traffic."""

    RUNNING = "running"
    STOPPED = "stopped"


def _enum(kind: type[StrEnum], value: Any, field_name: str) -> Any:
    try:
        return kind(value)
    except ValueError:
        names = "|".join(m.value for m in kind)  # type: ignore[attr-defined]
        raise ExperimentError(f"{field_name}: expected {names}, got {value!r}") from None


def check_name(value: str, field_name: str) -> str:
    """``value`` if it is a valid experiment or arm name; ExperimentError naming the field."""
    if not isinstance(value, str) or not NAME.fullmatch(value):
        raise ExperimentError(
            f"{field_name}: expected 1-64 letters, digits, '_', '-' or '.', starting with a letter "
            f"or digit, got {value!r}"
        )
    return value


@dataclass(frozen=True)
class Arm:
    """One configuration under test.

    Attributes:
        name: the arm's name; the first arm of an experiment is its control.
        weight: relative share of the analysed traffic (normalised over the arms).
        config: what the arm changes, by `CONFIG_KEYS` (e.g. ``{"fusion": "learned"}``).
    """

    name: str
    weight: float = 1.0
    config: Mapping[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        check_name(self.name, "arms")
        if self.name in RESERVED_ARMS:
            raise ExperimentError(
                f"arms: {self.name!r} is reserved for the log; give the arm another name"
            )
        if not (isinstance(self.weight, int | float) and math.isfinite(self.weight)) or (
            self.weight <= 0
        ):
            raise ExperimentError(
                f"weights: expected a positive number for arm {self.name!r}, got {self.weight!r}"
            )
        unknown = sorted(set(self.config) - set(CONFIG_KEYS))
        if unknown:
            raise ExperimentError(
                f"config of arm {self.name!r}: unknown key {unknown[0]!r}; expected one of "
                f"{', '.join(CONFIG_KEYS)}"
            )
        object.__setattr__(self, "config", {str(k): str(v) for k, v in self.config.items()})


@dataclass(frozen=True)
class Experiment:
    """An A/B test or an interleaving test, with its analysis plan stated up front.

    Attributes:
        name: unique name (1-64 letters, digits, ``_-.``).
        salt: mixed into the assignment hash; a new salt reshuffles every unit.
        arms: two or more arms; ``arms[0]`` is the control. Interleaving takes exactly two
            rankers (control and treatment).
        kind: ``ab`` or ``interleave``.
        metric: the primary metric, decided before the data are seen.
        plan: ``fixed`` (read at ``horizon`` units per arm) or ``sequential`` (mSPRT).
        horizon: units per arm at which a fixed-horizon test is read (required for ``fixed``).
        holdout: share of units served the control and left out of the analysis, in [0, 0.5].
        alpha: the test's significance level (two-sided).
        tau: the mSPRT mixture's standard deviation of the effect on the test's scale (the
            absolute difference of rates for A/B, the mean preference in [-1, 1] for
            interleaving): about the size of effect the test should be quick to find
            (sequential plan only).
        status: ``running`` or ``stopped``.
        description: free text for the team.
    """

    name: str
    salt: str
    arms: tuple[Arm, ...]
    kind: Kind = Kind.AB
    metric: Metric = Metric.PURCHASE
    plan: Plan = Plan.FIXED
    horizon: int | None = None
    holdout: float = 0.0
    alpha: float = 0.05
    tau: float = 0.01
    status: Status = Status.RUNNING
    description: str = ""

    def __post_init__(self) -> None:
        check_name(self.name, "name")
        set_ = object.__setattr__
        set_(self, "kind", _enum(Kind, self.kind, "kind"))
        set_(self, "metric", _enum(Metric, self.metric, "metric"))
        set_(self, "plan", _enum(Plan, self.plan, "plan"))
        set_(self, "status", _enum(Status, self.status, "status"))
        if not isinstance(self.salt, str) or not self.salt:
            raise ExperimentError(f"salt: expected a non-empty string, got {self.salt!r}")
        arms = tuple(self.arms)
        set_(self, "arms", arms)
        if len(arms) < 2:
            raise ExperimentError(
                f"arms: expected at least two (control first), got {len(arms)}; e.g. "
                "--arms control,treatment"
            )
        names = [a.name for a in arms]
        if len(set(names)) != len(names):
            raise ExperimentError(f"arms: names must differ, got {', '.join(names)}")
        if self.kind is Kind.INTERLEAVE and len(arms) != 2:
            raise ExperimentError(
                f"arms: interleaving compares exactly two rankers, got {len(arms)}"
            )
        if not (isinstance(self.holdout, int | float) and 0.0 <= self.holdout <= 0.5):
            raise ExperimentError(f"holdout: expected a share in [0, 0.5], got {self.holdout!r}")
        if not (isinstance(self.alpha, int | float) and 0.0 < self.alpha < 0.5):
            raise ExperimentError(f"alpha: expected a level in (0, 0.5), got {self.alpha!r}")
        if self.plan is Plan.FIXED:
            if not isinstance(self.horizon, int) or self.horizon < 1:
                raise ExperimentError(
                    f"horizon: a fixed-horizon plan needs the units per arm at which it is read, "
                    f"got {self.horizon!r}; pass --horizon N (see `ab plan` for N), or choose "
                    "--plan sequential"
                )
        elif not (isinstance(self.tau, int | float) and 0.0 < self.tau < 1.0):
            raise ExperimentError(
                f"tau: expected the mixture's sd on the rate difference in (0, 1), got {self.tau!r}"
            )

    @property
    def control(self) -> Arm:
        """The first arm."""
        return self.arms[0]

    @property
    def arm_names(self) -> list[str]:
        """The arms' names, control first."""
        return [a.name for a in self.arms]

    def shares(self) -> list[float]:
        """Each arm's share of the analysed (non-holdout) units: weights normalised to 1."""
        total = sum(a.weight for a in self.arms)
        return [a.weight / total for a in self.arms]

    def arm(self, name: str) -> Arm:
        """The arm called ``name`` (the control for the holdout and interleaved exposures)."""
        for a in self.arms:
            if a.name == name:
                return a
        if name in RESERVED_ARMS:
            return self.control
        raise ExperimentError(f"arm: {self.name} has no arm {name!r}; arms: {self.arm_names}")

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict (the ``spec`` column)."""
        return {
            "name": self.name,
            "salt": self.salt,
            "arms": [
                {"name": a.name, "weight": a.weight, "config": dict(a.config)} for a in self.arms
            ],
            "kind": self.kind.value,
            "metric": self.metric.value,
            "plan": self.plan.value,
            "horizon": self.horizon,
            "holdout": self.holdout,
            "alpha": self.alpha,
            "tau": self.tau,
            "status": self.status.value,
            "description": self.description,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Experiment:
        """The experiment `to_json` wrote."""
        arms = tuple(
            Arm(a["name"], float(a.get("weight", 1.0)), a.get("config", {})) for a in data["arms"]
        )
        fields = {k: v for k, v in data.items() if k != "arms"}
        return cls(arms=arms, **fields)


@dataclass(frozen=True)
class Logged:
    """What every row of an experiment's log names (`Exposure`, `Outcome`).

    Attributes:
        experiment: the experiment's name.
        arm: the arm the row counts for.
        unit: the assignment unit: the customer id, or the session id for anonymous shoppers.
    """

    experiment: str
    arm: str
    unit: str

    def __post_init__(self) -> None:
        if not self.unit:
            raise ExperimentError("unit: expected a customer or session id, got an empty value")


@dataclass(frozen=True)
class Exposure(Logged):
    """A unit was shown a list of items under an arm.

    Attributes:
        arm: the arm served, `HOLDOUT`, or `INTERLEAVED`.
        items: the item ids shown, in order.
        user_id: the customer, when known (``users forget`` removes their rows).
        session_id: the chat session.
        teams: interleaving only: the arm that placed each item, aligned with ``items``.
        propensity: randomised arms only: the probability that ``items[0]`` was shown first.
        timestamp: when it was shown (UTC; now when None).
    """

    items: tuple[str, ...]
    user_id: str | None = None
    session_id: str | None = None
    teams: tuple[str, ...] | None = None
    propensity: float | None = None
    timestamp: datetime | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "items", tuple(self.items))
        if self.teams is not None:
            object.__setattr__(self, "teams", tuple(self.teams))
            if len(self.teams) != len(self.items):
                raise ExperimentError(
                    f"teams: expected one team per item shown ({len(self.items)}), "
                    f"got {len(self.teams)}"
                )
        if self.propensity is not None and not 0.0 < self.propensity <= 1.0:
            raise ExperimentError(
                f"propensity: expected a probability in (0, 1], got {self.propensity!r}"
            )
        super().__post_init__()


@dataclass(frozen=True)
class Outcome(Logged):
    """What a unit did with an item after an exposure.

    Attributes:
        arm: the unit's arm; for interleaving, the arm whose pick it was (credit), or
            `INTERLEAVED` when the item came from neither list.
        item_id: the item clicked, carted or bought.
        kind: ``click``, ``cart`` or ``purchase``.
        user_id: the customer, when known.
        session_id: the chat session.
        timestamp: when (UTC; now when None).
    """

    item_id: str
    kind: Metric
    user_id: str | None = None
    session_id: str | None = None
    timestamp: datetime | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "kind", _enum(Metric, self.kind, "kind"))
        super().__post_init__()


def parse_arms(names: str, weights: str | None = None) -> list[tuple[str, float]]:
    """``"control,treatment"`` and ``"50,50"`` -> ``[("control", 50.0), ("treatment", 50.0)]``.

    Raises:
        ExperimentError: a name is invalid or the weights do not match the arms.
    """
    arm_names = [n.strip() for n in names.split(",") if n.strip()]
    if weights is None:
        return [(n, 1.0) for n in arm_names]
    parts = [w.strip() for w in weights.split(",") if w.strip()]
    if len(parts) != len(arm_names):
        raise ExperimentError(
            f"weights: expected one weight per arm ({len(arm_names)}), got {len(parts)}; "
            "e.g. --weights 50,50"
        )
    try:
        return [(n, float(w)) for n, w in zip(arm_names, parts, strict=True)]
    except ValueError:
        raise ExperimentError(f"weights: expected numbers, got {weights!r}") from None


def parse_configs(entries: Sequence[str], arm_names: Sequence[str]) -> dict[str, dict[str, str]]:
    """``["treatment.fusion=learned"]`` -> ``{"treatment": {"fusion": "learned"}}``.

    Raises:
        ExperimentError: an entry is not ``ARM.KEY=VALUE`` or names an unknown arm.
    """
    configs: dict[str, dict[str, str]] = {n: {} for n in arm_names}
    for entry in entries:
        target, sep, value = entry.partition("=")
        arm, dot, key = target.partition(".")
        if not sep or not dot or not arm or not key:
            raise ExperimentError(
                f"set: expected ARM.KEY=VALUE (e.g. treatment.fusion=learned), got {entry!r}"
            )
        if arm not in configs:
            raise ExperimentError(f"set: unknown arm {arm!r} in {entry!r}; arms: {list(configs)}")
        configs[arm][key.strip()] = value.strip()
    return configs
