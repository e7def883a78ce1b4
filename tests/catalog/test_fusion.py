"""Reciprocal-rank fusion: one formula for search, ranking and chat."""

from __future__ import annotations

import numpy as np

from catalog.fusion import reciprocal_rank, rrf
from ranking import fusion as ranking_fusion
from retrieval import fusion as retrieval_fusion


def test_one_formula_on_numbers_and_arrays() -> None:
    assert reciprocal_rank(1, k=60) == 1 / 61
    assert reciprocal_rank(2, k=9, weight=0.6) == 0.6 / 11
    ranks = np.array([1, 2, np.inf], dtype=np.float32)
    out = reciprocal_rank(ranks, k=60)
    assert out.dtype == np.float32
    assert out.tolist() == np.array([1 / 61, 1 / 62, 0.0], dtype=np.float32).tolist()


def test_every_layer_uses_it() -> None:
    assert retrieval_fusion.rrf is rrf
    scores = np.array([[0.9, 0.1, 0.5]], dtype=np.float32)
    fused = ranking_fusion.rrf({"m": scores}, k=60)
    assert (
        fused[0].tolist() == reciprocal_rank(np.array([1, 3, 2], dtype=np.float32), k=60).tolist()
    )


def test_weighted_lists_and_first_appearance_ties() -> None:
    fused = rrf({"a": [("x", 1.0), ("y", 0.5)], "b": [("y", 3.0), ("x", 2.0)]}, k=1)
    assert [item for item, _ in fused] == ["x", "y"]  # a tie: x appeared first
    weighted = rrf({"a": [("x", 1.0)], "b": [("y", 1.0)]}, k=1, weights={"a": 0.5})
    assert weighted == [("y", 0.5), ("x", 0.25)]
