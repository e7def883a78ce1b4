"""Matrix factorisation with the `implicit` library (ALS or BPR).

Item factors come from training; a user's vector is folded in from their history at scoring
time (one small least-squares solve for ALS, the mean of item factors for BPR), so new users and
in-session feedback are scored without retraining.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Self

import numpy as np

from ranking.base import Recommender
from ranking.data import Interactions
from ranking.errors import RankingError

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class ImplicitMFParams:
    """The hyper-parameters of :class:`ImplicitMF`.

    Attributes:
        method: "als" or "bpr".
        factors: latent dimensions.
        regularization: L2 weight.
        alpha: confidence of an observed interaction (ALS: c = 1 + alpha).
        iterations: training epochs.
        seed: random seed.
        threads: CPU threads for implicit (0: all).

    Raises:
        RankingError: ``method`` is neither "als" nor "bpr".
    """

    method: str = "als"
    factors: int = 256
    regularization: float = 0.1
    alpha: float = 20.0
    iterations: int = 15
    seed: int = 42
    threads: int = 2

    def __post_init__(self) -> None:
        if self.method not in ("als", "bpr"):
            raise RankingError(f"mf method: expected 'als' or 'bpr', got {self.method!r}")


class ImplicitMF(Recommender[ImplicitMFParams]):
    """ALS (default) or BPR from `implicit`, with user vectors folded in from the history."""

    name = "mf"
    reason_template = None
    item_factors: np.ndarray
    gram: np.ndarray
    """``item_factors.T @ item_factors`` (float64)."""

    def fit(self, data: Interactions) -> Self:
        """Train item factors on the users x items matrix."""
        import implicit  # lazy: heavy import

        self._set_vocabulary(data)
        x = data.user_item_matrix(binary=True).astype(np.float32).tocsr()
        # implicit's own threads do the work; a second BLAS thread pool inside each of them
        # oversubscribes the CPU (implicit warns about it) and made ALS about 2x slower here.
        from threadpoolctl import threadpool_limits

        p = self.params
        shared: dict[str, Any] = {  # what ALS and BPR are both given
            "factors": p.factors,
            "regularization": p.regularization,
            "iterations": p.iterations,
            "random_state": p.seed,
            "num_threads": p.threads,
        }
        with threadpool_limits(1, "blas"):
            if p.method == "als":
                model = implicit.cpu.als.AlternatingLeastSquares(
                    alpha=p.alpha, calculate_training_loss=False, **shared
                )
            else:
                model = implicit.cpu.bpr.BayesianPersonalizedRanking(**shared)
            model.fit(x, show_progress=False)
        y = np.asarray(model.item_factors, dtype=np.float32)
        self.item_factors = y
        self.gram = y.astype(np.float64).T @ y.astype(np.float64)
        # A refit (training fits on the split, then on all data) must not serve the old caches.
        self.__dict__.pop("_base_inverse", None)
        self.__dict__.pop("_col_sum", None)
        return self

    def user_vector(self, history: np.ndarray) -> np.ndarray:
        """Fold a history into a user vector (ALS normal equations, or the BPR mean)."""
        y = self.item_factors
        if len(history) == 0:
            return np.zeros(y.shape[1], dtype=np.float32)
        items = np.unique(history)
        yh = y[items].astype(np.float64)
        if self.params.method == "bpr":
            return yh.mean(axis=0).astype(np.float32)
        # (G + reg I + alpha Yh^T Yh)^-1 b by the Woodbury identity: only an h x h solve
        # (h = distinct history items) next to the precomputed (G + reg I)^-1.
        alpha = self.params.alpha
        b = (1.0 + alpha) * yh.sum(axis=0)
        p = self.base_inverse @ yh.T
        small = np.eye(len(items)) / alpha + yh @ p
        return (self.base_inverse @ b - p @ np.linalg.solve(small, p.T @ b)).astype(np.float32)

    @property
    def base_inverse(self) -> np.ndarray:
        """(YᵀY + reg·I)⁻¹, computed once."""
        inv = self.__dict__.get("_base_inverse")
        if inv is None:
            eye = np.eye(self.gram.shape[0])
            inv = np.linalg.inv(self.gram + self.params.regularization * eye)
            self.__dict__["_base_inverse"] = inv
        return inv

    def score(self, state, item_ids):
        """Dot products of the folded-in user vector with the candidates only (fast path)."""
        self._check_fitted()
        history, _ = self.encode_state(state)
        idx = np.fromiter((self.index.get(i, -1) for i in item_ids), np.int64, len(item_ids))
        out = np.zeros(len(item_ids), dtype=np.float32)
        known = idx >= 0
        out[known] = self.item_factors[idx[known]] @ self.user_vector(history)
        return out

    def catalog_zscores(self, state, item_ids):
        """Catalog z-scores of the candidates without scoring the catalog: the mean and the
        second moment of ``Y u`` over all items are ``u . sum(Y)`` and ``u' Y'Y u`` (the Gram
        matrix is kept), less the masked history items' own scores."""
        self._check_fitted()
        history, _ = self.encode_state(state)
        u = self.user_vector(history).astype(np.float64)
        col_sum = self.__dict__.get("_col_sum")
        if col_sum is None:
            col_sum = self.item_factors.astype(np.float64).sum(axis=0)
            self.__dict__["_col_sum"] = col_sum
        hist = np.unique(history)
        own = self.item_factors[hist].astype(np.float64) @ u
        n = len(self.item_ids) - len(hist)
        mean = (col_sum @ u - own.sum()) / max(n, 1)
        var = (u @ self.gram @ u - (own**2).sum()) / max(n, 1) - mean**2
        std = np.sqrt(max(var, 0.0))
        idx = np.fromiter((self.index.get(i, -1) for i in item_ids), np.int64, len(item_ids))
        known = idx >= 0
        raw = np.zeros(len(item_ids), dtype=np.float64)
        raw[known] = self.item_factors[idx[known]].astype(np.float64) @ u
        z = (raw - mean) / (std if std > 1e-9 else 1.0)
        # Unknown and masked (history) candidates get 0, as `gather` of the z-scored vector does.
        z[np.isin(idx, hist) | ~known] = 0.0
        return z.astype(np.float32)

    def score_vector(self, history: np.ndarray, negatives: np.ndarray | None = None) -> np.ndarray:
        """Dot products of the folded-in user vector with every item."""
        return self.item_factors @ self.user_vector(history)

    def score_batch(self, histories: Sequence[np.ndarray]) -> np.ndarray:
        """One fold-in per history, then one matrix product."""
        users = np.stack([self.user_vector(h) for h in histories])
        return (users @ self.item_factors.T).astype(np.float32)
