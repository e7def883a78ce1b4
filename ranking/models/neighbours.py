"""Item-to-item score matrices shared by the co-occurrence and transition models."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from scipy.sparse import csr_matrix

from ranking.base import P, Recommender, recency_weights


class SimilarityModel(Recommender[P]):
    """A model whose scores are the recency-weighted rows of an item x item matrix ``sim``.

    Subclasses build ``sim`` in :meth:`fit`; their hyper-parameters include ``decay`` (weight
    of the k-th most recent history item is ``decay ** k``) and ``max_items`` (how many recent
    items score). The reason :meth:`explain` gives is the class's ``reason_template``.
    """

    sim: csr_matrix

    def score_vector(self, history: np.ndarray, negatives: np.ndarray | None = None) -> np.ndarray:
        """Recency-weighted rows of the recent history; disliked items subtract."""
        return score_history(self.sim, history, self.params.decay, self.params.max_items, negatives)

    def score_batch(self, histories: Sequence[np.ndarray]) -> np.ndarray:
        """Vectorised: (recency-weighted history matrix) @ sim."""
        p = self.params
        h = history_matrix(histories, len(self.item_ids), p.decay, p.max_items)
        return np.asarray((h @ self.sim).todense(), dtype=np.float32)

    def explain(self, history: np.ndarray, item: int) -> tuple[str, int] | None:
        """The recent item whose row lifts ``item`` the most."""
        src = strongest_source(self.sim, history, item, self.params.max_items)
        return None if src is None else (self.reason_template or "", src)


def prune_rows(matrix: csr_matrix, top_k: int) -> csr_matrix:
    """Keep the ``top_k`` largest entries of each row (a sparse matrix with sorted rows)."""
    matrix = matrix.tocsr()
    matrix.sort_indices()
    indptr, indices, data = matrix.indptr, matrix.indices, matrix.data
    rows, cols, vals = [], [], []
    for r in range(matrix.shape[0]):
        start, end = indptr[r], indptr[r + 1]
        if end == start:
            continue
        d = data[start:end]
        if end - start > top_k:
            keep = np.argpartition(-d, top_k - 1)[:top_k]
        else:
            keep = np.arange(end - start)
        rows.append(np.full(len(keep), r, dtype=np.int64))
        cols.append(indices[start:end][keep])
        vals.append(d[keep])
    if not rows:
        return csr_matrix(matrix.shape, dtype=np.float32)
    return csr_matrix(
        (np.concatenate(vals), (np.concatenate(rows), np.concatenate(cols))),
        shape=matrix.shape,
        dtype=np.float32,
    )


def history_matrix(
    histories: Sequence[np.ndarray], n_items: int, decay: float, max_items: int
) -> csr_matrix:
    """A (len(histories), n_items) sparse matrix of recency-weighted history items."""
    rows, cols, vals = [], [], []
    for r, h in enumerate(histories):
        if len(h) == 0:
            continue
        tail = h[-max_items:]
        rows.append(np.full(len(tail), r, dtype=np.int64))
        cols.append(tail)
        vals.append(recency_weights(len(h), decay, max_items))
    if not rows:
        return csr_matrix((len(histories), n_items), dtype=np.float32)
    m = csr_matrix(
        (np.concatenate(vals), (np.concatenate(rows), np.concatenate(cols))),
        shape=(len(histories), n_items),
        dtype=np.float32,
    )
    m.sum_duplicates()
    return m


def score_history(
    sim: csr_matrix,
    history: np.ndarray,
    decay: float,
    max_items: int,
    negatives: np.ndarray | None = None,
    negative_weight: float = 0.5,
) -> np.ndarray:
    """Recency-weighted sum of the similarity rows of the history items (dense float32)."""
    out = np.zeros(sim.shape[1], dtype=np.float32)
    if len(history):
        tail = history[-max_items:]
        weights = recency_weights(len(history), decay, max_items)
        indptr, indices, data = sim.indptr, sim.indices, sim.data
        for item, w in zip(tail, weights, strict=True):
            s, e = indptr[item], indptr[item + 1]
            _add(out, indices[s:e], w * data[s:e])
    if negatives is not None and len(negatives):
        indptr, indices, data = sim.indptr, sim.indices, sim.data
        for item in negatives:
            s, e = indptr[item], indptr[item + 1]
            _add(out, indices[s:e], -negative_weight * data[s:e])
    return out


def _add(out: np.ndarray, idx: np.ndarray, vals: np.ndarray) -> None:
    # Row indices within one CSR row are unique, so fancy-index addition is exact.
    out[idx] += vals


def strongest_source(sim: csr_matrix, history: np.ndarray, item: int, max_items: int) -> int | None:
    """The recent history item whose row gives ``item`` the largest score, or None."""
    best, best_val = None, 0.0
    for h in history[-max_items:][::-1]:
        s, e = sim.indptr[h], sim.indptr[h + 1]
        cols = sim.indices[s:e]
        hit = np.nonzero(cols == item)[0]
        if len(hit) and sim.data[s + hit[0]] > best_val:
            best, best_val = int(h), float(sim.data[s + hit[0]])
    return best
