"""Second-order transitions: what shoppers bought after the same two items in a row.

The context is the ordered pair of a shopper's last two items. ``P2(j | a, b)`` counts, over every
training sequence, j at gap g <= ``window`` after the consecutive pair (a, b) (weight
``gap_decay ** (g - 1)``), as a share of the pair's total. Most pairs are rare, so the score
backs off to first-order transitions from the last item, ``P1(j | b)``, in proportion to how
little the pair was seen: ``lam * P2 + (1 - lam) * P1`` with ``lam = c / (c + shrink)``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Self

import numpy as np
from scipy.sparse import csr_matrix, diags

from ranking.base import Recommender
from ranking.data import Interactions


class PairTransitions(Recommender):
    """Transitions from the last two items, backing off to the last item.

    Args:
        window: how many following positions count.
        gap_decay: weight of a follower at gap g is ``gap_decay ** (g - 1)``.
        shrink: pseudo-count of the back-off (larger trusts the pair less).
    """

    name = "pairs"
    reason_template = "follows your recent {item}"

    def __init__(self, window: int = 3, gap_decay: float = 0.8, shrink: float = 2.0) -> None:
        super().__init__()
        self.window = window
        self.gap_decay = gap_decay
        self.shrink = shrink
        self.contexts: dict[int, int] = {}
        self.second = csr_matrix((0, 0), dtype=np.float32)  # contexts x items, rows sum to 1
        self.confidence = np.zeros(0, dtype=np.float32)  # lam of each context
        self.first = csr_matrix((0, 0), dtype=np.float32)  # items x items, rows sum to 1

    def fit(self, data: Interactions) -> Self:
        """Count followers of every consecutive pair and of every single item."""
        self._set_vocabulary(data)
        n = data.n_items
        keys, pair_cols, pair_vals = [], [], []
        rows, cols, vals = [], [], []
        for seq in data.sequences:
            for g in range(1, self.window + 1):
                w = np.float32(self.gap_decay ** (g - 1))
                if len(seq) > g:
                    rows.append(seq[:-g])
                    cols.append(seq[g:])
                    vals.append(np.full(len(seq) - g, w, dtype=np.float32))
                if len(seq) > g + 1:
                    keys.append(seq[: -g - 1] * n + seq[1:-g])
                    pair_cols.append(seq[g + 1 :])
                    pair_vals.append(np.full(len(seq) - g - 1, w, dtype=np.float32))
        self.first = _row_normalised(_counts(rows, cols, vals, n, n))
        all_keys = np.concatenate(keys) if keys else np.zeros(0, dtype=np.int64)
        unique, ctx_rows = np.unique(all_keys, return_inverse=True)
        self.contexts = {int(key): r for r, key in enumerate(unique)}
        counts = _counts([ctx_rows], pair_cols, pair_vals, len(unique), n)
        totals = np.asarray(counts.sum(axis=1), dtype=np.float32).ravel()
        self.confidence = (totals / (totals + self.shrink)).astype(np.float32)
        self.second = _row_normalised(counts)
        return self

    def score_vector(self, history: np.ndarray, negatives: np.ndarray | None = None) -> np.ndarray:
        """Scores of every item for one history (oldest first)."""
        return self.score_batch([history])[0]

    def score_batch(self, histories: Sequence[np.ndarray]) -> np.ndarray:
        """``lam * P2[context] + (1 - lam) * P1[last]`` for each history."""
        self._check_fitted()
        n = len(self.item_ids)
        ctx = np.array([self._context(h) for h in histories], dtype=np.int64)
        last = np.array([h[-1] if len(h) else -1 for h in histories], dtype=np.int64)
        lam = np.where(ctx >= 0, self.confidence[np.maximum(ctx, 0)], 0.0).astype(np.float32)
        out = _select(self.first, last).multiply(1.0 - lam[:, None])
        out = out + diags(lam) @ _select(self.second, ctx)
        return np.asarray(out.todense(), dtype=np.float32).reshape(len(histories), n)

    def _context(self, history: np.ndarray) -> int:
        if len(history) < 2:
            return -1
        return self.contexts.get(int(history[-2]) * len(self.item_ids) + int(history[-1]), -1)

    def explain(self, history: np.ndarray, item: int) -> tuple[str, int] | None:
        """The last item, when it (or the pair ending in it) leads to ``item``."""
        if len(history) == 0 or self.score_vector(history)[item] <= 0:
            return None
        return self.reason_template or "", int(history[-1])


def _counts(
    rows: list[np.ndarray], cols: list[np.ndarray], vals: list[np.ndarray], n_rows: int, n: int
) -> csr_matrix:
    if not vals:
        return csr_matrix((n_rows, n), dtype=np.float32)
    m = csr_matrix(
        (np.concatenate(vals), (np.concatenate(rows), np.concatenate(cols))),
        shape=(n_rows, n),
        dtype=np.float32,
    )
    m.sum_duplicates()
    return m


def _row_normalised(m: csr_matrix) -> csr_matrix:
    totals = np.asarray(m.sum(axis=1), dtype=np.float32).ravel()
    scale = np.where(totals > 0, 1.0 / np.maximum(totals, 1e-9), 0.0).astype(np.float32)
    return csr_matrix(diags(scale) @ m, dtype=np.float32)


def _select(m: csr_matrix, rows: np.ndarray) -> csr_matrix:
    """Rows of ``m`` (an all-zero row where the index is -1)."""
    picked = m[np.maximum(rows, 0)].tocsr() if m.shape[0] else csr_matrix((len(rows), m.shape[1]))
    return csr_matrix(diags((rows >= 0).astype(np.float32)) @ picked, dtype=np.float32)
