"""Deterministic, sticky assignment of a unit (a customer, or a session) to an arm.

A unit's position in [0, 1) is the first 8 bytes of ``sha256(salt + "\\x1f" + unit)`` read as an
unsigned integer over 2**64. Positions below the holdout share go to the holdout; the rest of the
interval is cut into the arms' shares, in the experiment's arm order. No state is kept: the same
salt and unit give the same arm on every server and after every restart, and a new salt
reshuffles every unit independently of any earlier experiment.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from experiments.errors import ExperimentError
from experiments.model import HOLDOUT, Experiment

SEPARATOR = "\x1f"  # unit separator: "ab" + "c" and "a" + "bc" hash differently
_SCALE = float(2**64)


def unit_position(salt: str, unit: str) -> float:
    """The unit's uniform position in [0, 1) under ``salt``."""
    digest = hashlib.sha256(f"{salt}{SEPARATOR}{unit}".encode()).digest()
    return int.from_bytes(digest[:8], "big") / _SCALE


def unit_positions(salt: str, units: Iterable[str]) -> np.ndarray:
    """`unit_position` of many units, as a float64 array."""
    prefix = f"{salt}{SEPARATOR}".encode()
    raw = b"".join(hashlib.sha256(prefix + u.encode()).digest()[:8] for u in units)
    return np.frombuffer(raw, dtype=">u8").astype(np.float64) / _SCALE


def arm_index(position: float | np.ndarray, shares: Sequence[float], holdout: float) -> np.ndarray:
    """The arm index of each position: -1 for the holdout, else 0..len(shares)-1.

    Args:
        position: positions in [0, 1) (a float or an array).
        shares: the arms' shares of the non-holdout units (they are normalised here).
        holdout: the share of units held out, in [0, 1).
    """
    pos = np.asarray(position, dtype=np.float64)
    weights = np.asarray(shares, dtype=np.float64)
    edges = holdout + (1.0 - holdout) * np.cumsum(weights / weights.sum())
    edges[-1] = np.inf  # rounding never pushes a position past the last arm
    index = np.searchsorted(edges, pos, side="right")
    return np.where(pos < holdout, -1, index)


@dataclass(frozen=True)
class Assignment:
    """Where a unit landed.

    Attributes:
        experiment: the experiment's name.
        arm: the arm to log (`HOLDOUT` for held-out units).
        served: the arm whose configuration to serve (the control for held-out units).
        config: the served arm's configuration.
        holdout: True when the unit is held out of the analysis.
    """

    experiment: str
    arm: str
    served: str
    config: dict[str, str]
    holdout: bool


def assign(experiment: Experiment, unit: str) -> Assignment:
    """The unit's arm in ``experiment``: deterministic, sticky, holdout first.

    Raises:
        ExperimentError: the unit is empty.
    """
    if not unit:
        raise ExperimentError("unit: expected a customer or session id, got an empty value")
    position = unit_position(experiment.salt, unit)
    index = int(arm_index(position, experiment.shares(), experiment.holdout))
    if index < 0:
        control = experiment.control
        return Assignment(experiment.name, HOLDOUT, control.name, dict(control.config), True)
    arm = experiment.arms[index]
    return Assignment(experiment.name, arm.name, arm.name, dict(arm.config), False)


def assign_many(experiment: Experiment, units: Sequence[str]) -> list[str]:
    """The logged arm name (or `HOLDOUT`) of each unit, vectorised."""
    positions = unit_positions(experiment.salt, units)
    index = arm_index(positions, experiment.shares(), experiment.holdout)
    names = np.array([HOLDOUT, *experiment.arm_names], dtype=object)
    return list(names[index + 1])
