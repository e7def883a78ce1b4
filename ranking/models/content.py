"""Content: similarity between a shopper's recent items and the candidates, from item vectors.

The vectors are the retrieval embeddings of the product texts (passed in: ranking does not
import retrieval). Products with no interactions at all can still be ranked, as long as they
have a vector.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Self

import numpy as np

from ranking.base import Recommender, recency_weights
from ranking.data import Interactions
from ranking.errors import RankingError


@dataclass(frozen=True)
class ContentParams:
    """The hyper-parameters of :class:`Content`.

    Attributes:
        decay: weight of the k-th most recent history item is ``decay ** k``.
        max_items: how many recent items form the profile.
        negative_weight: how much disliked items pull the profile away.
    """

    decay: float = 0.7
    max_items: int = 10
    negative_weight: float = 0.5


class Content(Recommender[ContentParams]):
    """Cosine similarity between a recency-weighted profile vector and each item's vector.

    Args:
        vectors: ``{item_id: vector}`` for the catalog (all of the same length).
        params: the hyper-parameters (:class:`ContentParams`).
        **overrides: hyper-parameters to change from ``params``.
    """

    name = "content"
    reason_template = "similar to {item} you liked"
    reason_again = "similar to it"

    def __init__(
        self,
        vectors: Mapping[str, np.ndarray] | None = None,
        params: ContentParams | None = None,
        **overrides: Any,
    ) -> None:
        super().__init__(params, **overrides)
        self.vectors_in = dict(vectors or {})
        self.matrix = np.zeros((0, 0), dtype=np.float32)

    def fit(self, data: Interactions) -> Self:
        """Align the vectors with the vocabulary (items without a vector get zeros).

        Raises:
            RankingError: no vectors were given, or none matches the vocabulary.
        """
        if not self.vectors_in:
            raise RankingError(
                "content model: expected item vectors, got none; build the retrieval index "
                "(`shopassist index build`) or pass vectors={item_id: vector}"
            )
        self._set_vocabulary(data)
        # Items with a vector but no interactions join the vocabulary, so they can be ranked.
        for item in self.vectors_in:
            if item not in self.index:
                self.index[item] = len(self.item_ids)
                self.item_ids.append(item)
        dim = len(next(iter(self.vectors_in.values())))
        m = np.zeros((len(self.item_ids), dim), dtype=np.float32)
        for item, vec in self.vectors_in.items():
            v = np.asarray(vec, dtype=np.float32)
            if v.shape != (dim,):
                raise RankingError(
                    f"content vector of {item!r}: expected shape ({dim},), got {v.shape}"
                )
            m[self.index[item]] = v
        norms = np.linalg.norm(m, axis=1, keepdims=True)
        self.matrix = m / np.maximum(norms, 1e-9)
        return self  # vectors_in stays: training fits once on the split, then on all data

    def _state(self) -> dict[str, Any]:
        state = super()._state()
        state["vectors_in"] = {}  # the fitted matrix holds them; no need to save them twice
        return state

    def profile(self, history: np.ndarray, negatives: np.ndarray | None = None) -> np.ndarray:
        """The recency-weighted mean of the recent items' vectors, minus the disliked ones'."""
        params = self.params
        p = np.zeros(self.matrix.shape[1], dtype=np.float32)
        if len(history):
            tail = history[-params.max_items :]
            p = recency_weights(len(history), params.decay, params.max_items) @ self.matrix[tail]
        if negatives is not None and len(negatives):
            p = p - params.negative_weight * self.matrix[negatives].mean(axis=0) * max(
                1.0, float(np.linalg.norm(p))
            )
        return p.astype(np.float32)

    def score_vector(self, history: np.ndarray, negatives: np.ndarray | None = None) -> np.ndarray:
        """Similarity of every item to the profile."""
        return self.matrix @ self.profile(history, negatives)

    def score_batch(self, histories: Sequence[np.ndarray]) -> np.ndarray:
        """One profile per history, then one matrix product."""
        profiles = np.stack([self.profile(h) for h in histories])
        return (profiles @ self.matrix.T).astype(np.float32)

    def explain(self, history: np.ndarray, item: int) -> tuple[str, int] | None:
        """The recent item most similar to this one."""
        if len(history) == 0:
            return None
        tail = history[-self.params.max_items :]
        sims = self.matrix[tail] @ self.matrix[item]
        best = int(np.argmax(sims))
        return (self.reason_template or "", int(tail[best])) if sims[best] > 0.3 else None

    def vectors_for(self, item_ids: Sequence[str]) -> np.ndarray:
        """The normalised vectors of ``item_ids`` (zeros for unknown ones)."""
        out = np.zeros((len(item_ids), self.matrix.shape[1]), dtype=np.float32)
        for r, item in enumerate(item_ids):
            if item in self.index:
                out[r] = self.matrix[self.index[item]]
        return out
