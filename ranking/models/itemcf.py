"""Item-to-item collaborative filtering: co-occurrence normalised to (asymmetric) cosine.

Two items are similar when the same shoppers (or baskets) hold both. The same matrix answers
"frequently bought together" (:meth:`ItemCF.bought_with`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Self

import numpy as np
from scipy.sparse import csr_matrix

from ranking.data import Interactions
from ranking.models.neighbours import SimilarityModel, prune_rows


@dataclass(frozen=True)
class ItemCFParams:
    """The hyper-parameters of :class:`ItemCF`.

    Attributes:
        alpha: asymmetry of the normalisation (0.5 = cosine).
        top_k: neighbours kept per item.
        decay: weight of the k-th most recent history item is ``decay ** k``.
        max_items: how many recent items score.
        shrink: added to the denominator, damping pairs of rare items.
    """

    alpha: float = 0.7
    top_k: int = 200
    decay: float = 0.8
    max_items: int = 20
    shrink: float = 0.0


class ItemCF(SimilarityModel[ItemCFParams]):
    """Co-occurrence item-item CF.

    ``sim[i, j] = C[i, j] / (n_i ** alpha * n_j ** (1 - alpha))`` where ``C`` counts the users
    (or baskets) holding both items and ``n`` each item's user count; alpha = 0.5 is cosine.
    A user's score is the recency-weighted sum of the rows of their last ``max_items`` items.

    """

    name = "itemcf"
    reason_template = "often bought with {item}"
    reason_again = "often bought with it"
    item_counts: np.ndarray

    def fit(self, data: Interactions) -> Self:
        """Build the pruned similarity matrix from who holds which items."""
        p = self.params
        self._set_vocabulary(data)
        x = data.user_item_matrix(binary=True).astype(np.float32)
        co = (x.T @ x).tocsr()
        co.setdiag(0)
        co.eliminate_zeros()
        n = np.asarray(x.sum(axis=0)).ravel().astype(np.float32)
        self.item_counts = n
        co = co.tocoo()
        denom = np.power(n[co.row], p.alpha) * np.power(n[co.col], 1 - p.alpha) + p.shrink
        vals = co.data / np.maximum(denom, 1e-9)
        sim = csr_matrix((vals.astype(np.float32), (co.row, co.col)), shape=co.shape)
        self.sim = prune_rows(sim, p.top_k)
        return self

    def bought_with(self, item_ids: Sequence[str], k: int = 10) -> list[tuple[str, float]]:
        """Items most often bought together with ``item_ids`` (excluding them), best first.

        Args:
            item_ids: the basket or the items being looked at.
            k: how many to return.

        Returns:
            ``[(item_id, score), ...]``; empty when none of the items is known.
        """
        self._check_fitted()
        idx = np.array([self.index[i] for i in item_ids if i in self.index], dtype=np.int64)
        if len(idx) == 0:
            return []
        sim = self.sim
        cols = [sim.indices[sim.indptr[i] : sim.indptr[i + 1]] for i in idx]
        vals = [sim.data[sim.indptr[i] : sim.indptr[i + 1]] for i in idx]
        if not cols or sum(len(c) for c in cols) == 0:
            return []
        all_cols = np.concatenate(cols)
        all_vals = np.concatenate(vals)
        uniq, inv = np.unique(all_cols, return_inverse=True)
        scores = np.zeros(len(uniq), dtype=np.float32)
        np.add.at(scores, inv, all_vals)
        keep = ~np.isin(uniq, idx)
        uniq, scores = uniq[keep], scores[keep]
        order = np.argsort(-scores, kind="stable")[:k]
        return [(self.item_ids[uniq[o]], float(scores[o])) for o in order]
