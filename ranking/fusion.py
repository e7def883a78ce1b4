"""Fusing the models' scores: weighted sum of normalised scores, reciprocal-rank fusion, cascade.

Scores of different models live on different scales, so each model's scores for one shopper are
standardised (z-scored over the items being ranked) before the weighted sum. The weights are
fitted on the validation split only (`fit_weights`: coordinate ascent on NDCG@10).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence

import numpy as np

from catalog.fusion import reciprocal_rank

logger = logging.getLogger(__name__)

WEIGHT_GRID = (0.0, 0.02, 0.05, 0.1, 0.2, 0.35, 0.5, 0.75, 1.0, 1.5, 2.0, 3.0, 5.0)
RRF_K = 60


def zscore(scores: np.ndarray, mask: np.ndarray | None = None) -> np.ndarray:
    """Standardise each row (mean 0, std 1) over the unmasked entries; masked entries -> 0.

    Args:
        scores: (n,) or (B, n) raw scores.
        mask: True where an item is excluded (history); same shape as ``scores``.
    """
    s = np.atleast_2d(np.asarray(scores, dtype=np.float32))
    if mask is None:
        mean = s.mean(axis=1, keepdims=True)
        std = s.std(axis=1, keepdims=True)
        out = (s - mean) / np.where(std > 1e-9, std, 1.0)
    else:
        m = np.atleast_2d(mask)
        keep = ~m
        n = np.maximum(keep.sum(axis=1, keepdims=True), 1)
        masked = np.where(keep, s, 0.0)
        mean = masked.sum(axis=1, keepdims=True) / n
        var = (np.where(keep, (s - mean) ** 2, 0.0)).sum(axis=1, keepdims=True) / n
        std = np.sqrt(var)
        out = np.where(keep, (s - mean) / np.where(std > 1e-9, std, 1.0), 0.0)
    out = out.astype(np.float32)
    return out if np.ndim(scores) == 2 else out[0]


def weighted_sum(normalised: Mapping[str, np.ndarray], weights: Mapping[str, float]) -> np.ndarray:
    """Σ weight[m] * normalised[m] over the models with a nonzero weight."""
    out: np.ndarray | None = None
    for name, w in weights.items():
        if w == 0 or name not in normalised:
            continue
        part = w * normalised[name]
        out = part if out is None else out + part
    if out is None:
        first = next(iter(normalised.values()))
        return np.zeros_like(first)
    return out


def rrf(raw: Mapping[str, np.ndarray], depth: int = 200, k: int = RRF_K) -> np.ndarray:
    """Reciprocal-rank fusion: Σ_m 1 / (k + rank_m(i)) over each model's top ``depth`` items
    (`catalog.fusion.reciprocal_rank` on score arrays).

    Args:
        raw: model name -> (B, n) scores (masked entries already set to -inf).
        depth: ranks beyond this contribute nothing.
        k: the RRF constant.
    """
    first = next(iter(raw.values()))
    out = np.zeros(first.shape, dtype=np.float32)
    rows = np.arange(first.shape[0])[:, None]
    for scores in raw.values():
        d = min(depth, scores.shape[1])
        top = np.argpartition(-scores, d - 1, axis=1)[:, :d]
        order = np.argsort(-np.take_along_axis(scores, top, axis=1), axis=1, kind="stable")
        ranked = np.take_along_axis(top, order, axis=1)
        out[rows, ranked] += reciprocal_rank(np.arange(1, d + 1, dtype=np.float32), k=k)[None, :]
    return out


def fit_weights(
    normalised: Mapping[str, np.ndarray],
    target_column: np.ndarray,
    *,
    passes: int = 3,
    grid: Sequence[float] = WEIGHT_GRID,
    k: int = 10,
) -> tuple[dict[str, float], float]:
    """Fit fusion weights by coordinate ascent on NDCG@k of the validation targets.

    Args:
        normalised: model -> (U, C) normalised scores of each validation user's C candidates
            (the union of the models' top items; padding entries hold -1e9 in every model).
        target_column: (U,) column of the validation item among the candidates, -1 when the
            item is not among them (counts as a miss).
        passes: rounds over the models.
        grid: the weights tried for each model.
        k: the cut-off of NDCG.

    Returns:
        (weights, validation NDCG@k at those weights).
    """
    names = list(normalised)
    stack = np.stack([normalised[n] for n in names], axis=-1)  # (U, C, M)
    present = target_column >= 0
    rows = np.arange(len(target_column))

    def objective(w: np.ndarray) -> float:
        fused = stack @ w
        target = fused[rows, np.maximum(target_column, 0)]
        rank = (fused > target[:, None]).sum(axis=1)
        gain = np.where(present & (rank < k), 1.0 / np.log2(rank + 2.0), 0.0)
        return float(gain.mean())

    # The weights stay Python floats (the grid's own values, 0.02 not float32's 0.0199999996);
    # each trial scores them as a float32 vector.
    weights = [1.0] * len(names)
    best = objective(np.array(weights, dtype=np.float32))
    for _ in range(passes):
        improved = False
        for m in range(len(names)):
            for value in grid:
                trial = [*weights[:m], float(value), *weights[m + 1 :]]
                if not any(trial):
                    continue
                score = objective(np.array(trial, dtype=np.float32))
                if score > best + 1e-6:
                    best, weights, improved = score, trial, True
        if not improved:
            break
    fitted = dict(zip(names, weights, strict=True))
    logger.info("fusion weights %s: validation NDCG@%d %.4f", fitted, k, best)
    return fitted, best
