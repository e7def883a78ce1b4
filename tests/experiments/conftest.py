"""Fixtures of the experiments tests: an experiment store over a real SQLite catalog store."""

from __future__ import annotations

import pytest

from catalog.store import CatalogStore
from experiments.model import Arm, Experiment
from experiments.store import ExperimentStore


@pytest.fixture
def experiments(store: CatalogStore) -> ExperimentStore:
    """The experiment tables in the temporary store's database."""
    return ExperimentStore.of(store)


def ab_experiment(name: str = "t1", **fields: object) -> Experiment:
    """A two-arm A/B test with a fixed horizon of 1,000 units per arm, unless overridden."""
    spec: dict[str, object] = {
        "name": name,
        "salt": "s1",
        "arms": (Arm("control"), Arm("treatment", config={"fusion": "learned"})),
        "horizon": 1000,
    }
    spec.update(fields)
    return Experiment(**spec)  # type: ignore[arg-type]
