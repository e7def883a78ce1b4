"""Popularity: how often each item was bought, optionally decayed by age."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Self

import numpy as np

from catalog.schema import Event
from ranking.base import Recommender
from ranking.data import Interactions


@dataclass(frozen=True)
class PopularityParams:
    """The hyper-parameters of :class:`Popularity`.

    Attributes:
        half_life_days: weight an event ``0.5 ** (age / half_life_days)``, age measured from the
            newest event in the data; None for plain counts.
    """

    half_life_days: float | None = None


class Popularity(Recommender[PopularityParams]):
    """Item counts (log-scaled), with an optional half-life on event age when timestamps exist."""

    name = "popularity"
    reason_template = "popular with other shoppers"
    counts: np.ndarray
    newest: float | None
    """The newest event's time (epoch seconds) when counts decay with age."""

    def fit(self, data: Interactions) -> Self:
        """Count each item's events (decayed by age when ``half_life_days`` and times exist)."""
        half_life = self.params.half_life_days
        self._set_vocabulary(data)
        self.newest = None
        counts = np.zeros(data.n_items, dtype=np.float64)
        if half_life and data.times is not None:
            stamps = np.concatenate(data.times) if data.times else np.zeros(0)
            self.newest = float(np.nanmax(stamps)) if np.isfinite(stamps).any() else None
        for u, seq in enumerate(data.sequences):
            if self.newest is not None and data.times is not None:
                age_days = (self.newest - data.times[u]) / 86_400.0
                w = np.where(np.isfinite(age_days), 0.5 ** (age_days / half_life), 1.0)
                np.add.at(counts, seq, w)
            else:
                np.add.at(counts, seq, 1.0)
        self.counts = counts
        return self

    def _vector(self) -> np.ndarray:
        return np.log1p(self.counts).astype(np.float32)

    def score_vector(self, history: np.ndarray, negatives: np.ndarray | None = None) -> np.ndarray:
        """log(1 + count) for every item; the history does not matter."""
        return self._vector()

    def score_batch(self, histories: list[np.ndarray]) -> np.ndarray:  # type: ignore[override]
        """The same popularity row for every history."""
        return np.broadcast_to(self._vector(), (len(histories), len(self.item_ids))).copy()

    def update(self, event: Event) -> bool:
        """Count one more event for a known item (at full weight: it is the newest)."""
        i = self.index.get(event.item_id)
        if i is None:
            return False
        half_life = self.params.half_life_days
        if self.newest is not None and event.timestamp is not None and half_life:
            # Rescale so the new event counts 1 relative to the old reference time.
            shift = (event.timestamp.timestamp() - self.newest) / 86_400.0
            if shift > 0:
                self.counts *= math.pow(0.5, shift / half_life)
                self.newest = event.timestamp.timestamp()
        self.counts[i] += 1.0
        return True
