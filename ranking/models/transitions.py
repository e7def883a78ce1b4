"""Sequential item-to-item transitions: what shoppers buy next after an item.

``T[i, j]`` sums, over every sequence, ``gap_decay ** (g - 1)`` for each time j follows i at a
gap of g <= ``window`` positions (and ``backward`` times that when j precedes i). Rows are
normalised by their total to the power ``beta``. A user's score weights the rows of their last
items by recency, so what they bought most recently matters most.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Self

import numpy as np
from scipy.sparse import csr_matrix

from catalog.schema import Event
from ranking.data import Interactions
from ranking.models.neighbours import SimilarityModel, prune_rows


@dataclass(frozen=True)
class TransitionsParams:
    """The hyper-parameters of :class:`Transitions`.

    Attributes:
        window: how many following positions count as a transition.
        gap_decay: weight of a transition at gap g is ``gap_decay ** (g - 1)``.
        backward: weight of reverse transitions relative to forward ones.
        beta: rows are divided by ``rowsum ** beta`` (0: raw counts, 1: probabilities).
        decay: weight of the k-th most recent history item is ``decay ** k``.
        max_items: how many recent items score.
        top_k: successors kept per item.
    """

    window: int = 5
    gap_decay: float = 0.8
    backward: float = 0.2
    beta: float = 0.5
    decay: float = 0.7
    max_items: int = 10
    top_k: int = 300


class Transitions(SimilarityModel[TransitionsParams]):
    """Recency-weighted item-to-item transitions."""

    name = "transitions"
    reason_template = "follows your recent {item}"
    reason_again = "often bought next after it"
    counts: csr_matrix
    last_item: dict[str, list[int]]
    """Each user's latest items since the model was fitted, for :meth:`update`."""

    def fit(self, data: Interactions) -> Self:
        """Count the transitions within ``window`` positions of every sequence."""
        p = self.params
        self._set_vocabulary(data)
        rows, cols, vals = [], [], []
        for seq in data.sequences:
            for g in range(1, p.window + 1):
                if len(seq) <= g:
                    break
                w = p.gap_decay ** (g - 1)
                rows.append(seq[:-g])
                cols.append(seq[g:])
                vals.append(np.full(len(seq) - g, w, dtype=np.float32))
                if p.backward:
                    rows.append(seq[g:])
                    cols.append(seq[:-g])
                    vals.append(np.full(len(seq) - g, w * p.backward, dtype=np.float32))
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
        self.last_item = {}
        self._normalise()
        return self

    def _normalise(self) -> None:
        rowsum = np.asarray(self.counts.sum(axis=1)).ravel()
        beta = self.params.beta
        scale = np.where(rowsum > 0, 1.0 / np.power(np.maximum(rowsum, 1e-9), beta), 0.0)
        sim = csr_matrix(self.counts.multiply(scale[:, None]).tocsr(), dtype=np.float32)
        self.sim = prune_rows(sim, self.params.top_k)

    def update(self, event: Event) -> bool:
        """Add the transition from the user's previous item(s) to this one.

        The row of the previous item is renormalised at once; nothing else is retrained.
        """
        i = self.index.get(event.item_id)
        if i is None or event.user_id is None:
            return False
        p = self.params
        previous = self.last_item.setdefault(event.user_id, [])
        if previous:
            counts = self.counts.tolil()
            for g, prev in enumerate(reversed(previous[-p.window :]), start=1):
                if prev != i:
                    counts[prev, i] += p.gap_decay ** (g - 1)
                    if p.backward:
                        counts[i, prev] += p.gap_decay ** (g - 1) * p.backward
            self.counts = counts.tocsr()
            self._normalise()
        previous.append(i)
        del previous[: -p.window]
        return True
