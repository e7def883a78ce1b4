"""Sequence kNN: what shoppers with the same recent items bought next.

A shopper's last ``max_items`` items (weighted ``decay ** age``) are matched against every
training sequence; a neighbour's similarity is the weighted overlap divided by its length to the
power ``length_pow``. Of the ``k`` most similar neighbours (those holding something the shopper
does not already have), each item is scored by the neighbour's similarity times its distance from
the neighbour's last matched position: ``step_decay ** (d - 1)`` for the d-th item after it,
``backward`` times that for items before it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Self

import numpy as np
from scipy.sparse import csr_matrix

from ranking.base import Recommender
from ranking.data import Interactions
from ranking.models.neighbours import history_matrix


@dataclass(frozen=True)
class SequenceKNNParams:
    """The hyper-parameters of :class:`SequenceKNN`.

    Attributes:
        k: neighbours per shopper.
        decay: weight of the k-th most recent history item is ``decay ** k``.
        max_items: how many recent items find neighbours.
        length_pow: a neighbour's overlap is divided by ``len ** length_pow``.
        step_decay: weight of the d-th item after the match is ``step_decay ** (d - 1)``.
        backward: weight of items before the match, relative to those after it.
    """

    k: int = 100
    decay: float = 0.7
    max_items: int = 5
    length_pow: float = 0.25
    step_decay: float = 0.8
    backward: float = 0.2


class SequenceKNN(Recommender[SequenceKNNParams]):
    """Neighbours by recent overlap, scored from the items around where they matched."""

    name = "seqknn"
    reason_template = "shoppers with your recent {item} bought this"
    reason_again = "shoppers who bought it bought this"
    flat: np.ndarray
    """Every training sequence, one after the other."""
    offsets: np.ndarray
    """Where each sequence starts in ``flat`` (one more entry than sequences)."""
    holders: csr_matrix
    """Items x users, 1 where the user holds the item."""
    distinct: np.ndarray
    """How many distinct items each user holds."""

    def fit(self, data: Interactions) -> Self:
        """Index every training sequence by the items it holds."""
        self._set_vocabulary(data)
        seqs = data.sequences
        lengths = np.array([len(s) for s in seqs], dtype=np.int64)
        self.offsets = np.concatenate([[0], np.cumsum(lengths)])
        self.flat = (np.concatenate(seqs) if seqs else np.zeros(0)).astype(np.int32)
        users_x_items = data.user_item_matrix(binary=True).astype(np.float32).tocsr()
        self.distinct = np.asarray(users_x_items.sum(axis=1), dtype=np.float32).ravel()
        self.holders = users_x_items.T.tocsr()
        return self

    def score_vector(self, history: np.ndarray, negatives: np.ndarray | None = None) -> np.ndarray:
        """Scores of every item for one history (oldest first); disliked items are already out
        of the history and of the picks, so ``negatives`` is not used."""
        return self.score_batch([history])[0]

    def score_batch(self, histories: Sequence[np.ndarray]) -> np.ndarray:
        """Neighbours of each history (sparse products), then one vectorised pass over each
        history's neighbours' sequences."""
        self._check_fitted()
        p = self.params
        n = len(self.item_ids)
        out = np.zeros((len(histories), n), dtype=np.float32)
        recent = history_matrix(histories, n, p.decay, p.max_items)
        held = history_matrix(histories, n, 1.0, n)
        held.data[:] = 1.0
        overlap = (recent @ self.holders).tocsr()
        contained = (held @ self.holders).tocsr()
        norm = np.power(np.maximum(self.distinct, 1.0), p.length_pow)
        for row, history in enumerate(histories):
            s, e = overlap.indptr[row], overlap.indptr[row + 1]
            if s == e:
                continue
            users = overlap.indices[s:e]
            sims = overlap.data[s:e] / norm[users]
            # neighbours with nothing new (e.g. the shopper's own training sequence) add nothing
            shared = _row_lookup(contained, row, users)
            sims = np.where(shared >= self.distinct[users], 0.0, sims)
            if len(users) > p.k:
                keep = np.argpartition(-sims, p.k - 1)[: p.k]
                users, sims = users[keep], sims[keep]
            live = sims > 0
            out[row] = self._neighbour_scores(users[live], sims[live], history, n)
        return out

    def _neighbour_scores(
        self, users: np.ndarray, sims: np.ndarray, history: np.ndarray, n: int
    ) -> np.ndarray:
        p = self.params
        if len(users) == 0:
            return np.zeros(n, dtype=np.float32)
        starts, ends = self.offsets[users], self.offsets[users + 1]
        lengths = ends - starts
        owner = np.repeat(np.arange(len(users)), lengths)
        first = np.repeat(starts, lengths)
        pos = np.arange(lengths.sum()) - np.repeat(np.cumsum(lengths) - lengths, lengths)
        items = self.flat[first + pos]
        matched = np.isin(items, history[-p.max_items :])
        anchor = np.full(len(users), -1, dtype=np.int64)
        np.maximum.at(anchor, owner[matched], pos[matched])
        d = pos - anchor[owner]
        after = p.step_decay ** np.maximum(d - 1, 0)
        before = p.backward * p.step_decay ** np.maximum(-d - 1, 0)
        weight = np.where(d > 0, after, np.where(d < 0, before, 0.0)) * sims[owner]
        return np.bincount(items, weights=weight, minlength=n).astype(np.float32)

    def explain(self, history: np.ndarray, item: int) -> tuple[str, int] | None:
        """The most recent history item whose neighbours bought ``item``."""
        holders = self.holders
        s, e = holders.indptr[item], holders.indptr[item + 1]
        with_item = set(holders.indices[s:e].tolist())
        for h in history[-self.params.max_items :][::-1]:
            hs, he = holders.indptr[h], holders.indptr[h + 1]
            if with_item.intersection(holders.indices[hs:he].tolist()):
                return self.reason_template or "", int(h)
        return None


def _row_lookup(matrix: csr_matrix, row: int, cols: np.ndarray) -> np.ndarray:
    """``matrix[row, cols]`` as a dense array (zeros where absent)."""
    s, e = matrix.indptr[row], matrix.indptr[row + 1]
    if s == e:
        return np.zeros(len(cols), dtype=np.float32)
    order = np.argsort(matrix.indices[s:e])
    idx, vals = matrix.indices[s:e][order], matrix.data[s:e][order]
    pos = np.minimum(np.searchsorted(idx, cols), len(idx) - 1)
    return np.where(idx[pos] == cols, vals[pos], 0.0).astype(np.float32)
