"""Sequential item-to-item transitions: what shoppers buy next after an item.

``T[i, j]`` sums, over every sequence, ``gap_decay ** (g - 1)`` for each time j follows i at a
gap of g <= ``window`` positions (and ``backward`` times that when j precedes i). Rows are
normalised by their total to the power ``beta``. A user's score weights the rows of their last
items by recency, so what they bought most recently matters most.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Self

import numpy as np
from scipy.sparse import csr_matrix

from catalog.schema import Event
from ranking.base import Recommender
from ranking.data import Interactions
from ranking.models.neighbours import history_matrix, prune_rows, score_history, strongest_source


class Transitions(Recommender):
    """Recency-weighted item-to-item transitions.

    Args:
        window: how many following positions count as a transition.
        gap_decay: weight of a transition at gap g is ``gap_decay ** (g - 1)``.
        backward: weight of reverse transitions relative to forward ones.
        beta: rows are divided by ``rowsum ** beta`` (0: raw counts, 1: probabilities).
        decay: weight of the k-th most recent history item is ``decay ** k``.
        max_items: how many recent items score.
        top_k: successors kept per item.
    """

    name = "transitions"
    reason_template = "follows your recent {item}"

    def __init__(
        self,
        window: int = 5,
        gap_decay: float = 0.8,
        backward: float = 0.2,
        beta: float = 0.5,
        decay: float = 0.7,
        max_items: int = 10,
        top_k: int = 300,
    ) -> None:
        super().__init__()
        self.window = window
        self.gap_decay = gap_decay
        self.backward = backward
        self.beta = beta
        self.decay = decay
        self.max_items = max_items
        self.top_k = top_k
        self.sim = csr_matrix((0, 0), dtype=np.float32)
        self.counts = csr_matrix((0, 0), dtype=np.float32)
        self.last_item: dict[str, list[int]] = {}

    def fit(self, data: Interactions) -> Self:
        """Count the transitions within ``window`` positions of every sequence."""
        self._set_vocabulary(data)
        rows, cols, vals = [], [], []
        for seq in data.sequences:
            for g in range(1, self.window + 1):
                if len(seq) <= g:
                    break
                w = self.gap_decay ** (g - 1)
                rows.append(seq[:-g])
                cols.append(seq[g:])
                vals.append(np.full(len(seq) - g, w, dtype=np.float32))
                if self.backward:
                    rows.append(seq[g:])
                    cols.append(seq[:-g])
                    vals.append(np.full(len(seq) - g, w * self.backward, dtype=np.float32))
        n = data.n_items
        if rows:
            counts = csr_matrix(
                (np.concatenate(vals), (np.concatenate(rows), np.concatenate(cols))),
                shape=(n, n),
                dtype=np.float32,
            )
            counts.sum_duplicates()
            counts.setdiag(0)
            counts.eliminate_zeros()
        else:
            counts = csr_matrix((n, n), dtype=np.float32)
        self.counts = counts
        self._normalise()
        return self

    def _normalise(self) -> None:
        rowsum = np.asarray(self.counts.sum(axis=1)).ravel()
        scale = np.where(rowsum > 0, 1.0 / np.power(np.maximum(rowsum, 1e-9), self.beta), 0.0)
        sim = csr_matrix(self.counts.multiply(scale[:, None]).tocsr(), dtype=np.float32)
        self.sim = prune_rows(sim, self.top_k)

    def score_vector(self, history: np.ndarray, negatives: np.ndarray | None = None) -> np.ndarray:
        """Recency-weighted transition rows of the recent history."""
        return score_history(self.sim, history, self.decay, self.max_items, negatives)

    def score_batch(self, histories: Sequence[np.ndarray]) -> np.ndarray:
        """Vectorised: (recency-weighted history matrix) @ transitions."""
        h = history_matrix(histories, len(self.item_ids), self.decay, self.max_items)
        return np.asarray((h @ self.sim).todense(), dtype=np.float32)

    def explain(self, history: np.ndarray, item: int) -> tuple[str, int] | None:
        """The recent item this one most often follows."""
        src = strongest_source(self.sim, history, item, self.max_items)
        return None if src is None else (self.reason_template or "", src)

    def update(self, event: Event) -> bool:
        """Add the transition from the user's previous item(s) to this one.

        The row of the previous item is renormalised at once; nothing else is retrained.
        """
        i = self.index.get(event.item_id)
        if i is None or event.user_id is None:
            return False
        previous = self.last_item.setdefault(event.user_id, [])
        if previous:
            counts = self.counts.tolil()
            for g, p in enumerate(reversed(previous[-self.window :]), start=1):
                if p != i:
                    counts[p, i] += self.gap_decay ** (g - 1)
                    if self.backward:
                        counts[i, p] += self.gap_decay ** (g - 1) * self.backward
            self.counts = counts.tocsr()
            self._normalise()
        previous.append(i)
        del previous[: -self.window]
        return True
