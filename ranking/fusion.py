"""Fusing the models' scores: weighted sum of normalised scores, reciprocal-rank fusion, cascade.

Scores of different models live on different scales, so each model's scores for one shopper are
standardised (z-scored over the items being ranked) before the weighted sum. The weights are
fitted on the validation split only (`fit_weights`: coordinate ascent on NDCG@10).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence

import numpy as np

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
    """Reciprocal-rank fusion: Σ_m 1 / (k + rank_m(i)) over each model's top ``depth`` items.

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
        out[rows, ranked] += 1.0 / (k + 1 + np.arange(d, dtype=np.float32))[None, :]
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

    w = np.ones(len(names), dtype=np.float32)
    best = objective(w)
    for _ in range(passes):
        improved = False
        for m in range(len(names)):
            for value in grid:
                trial = w.copy()
                trial[m] = value
                if not trial.any():
                    continue
                score = objective(trial)
                if score > best + 1e-6:
                    best, w, improved = score, trial, True
        if not improved:
            break
    logger.info(
        "fusion weights %s: validation NDCG@%d %.4f", dict(zip(names, w, strict=False)), k, best
    )
    return {n: float(x) for n, x in zip(names, w, strict=True)}, best


class LearnedFusion:
    """A small learned fusion: a one-hidden-layer MLP over each model's z-score (plus the log of
    the history length), trained with a softmax over each validation user's candidates.

    A weighted sum can only trade the models off linearly; the MLP can, say, trust the sequential
    model when it is confident and the neighbour models when it is not. It is fitted on the same
    validation candidates as `fit_weights` (never on test items), with a fixed seed, and its
    parameters are plain lists (saved in ``ranker.json``); scoring needs numpy only.

    Args:
        names: the models, in feature order.
        hidden: hidden units.
        epochs: full-batch Adam steps.
        seed: torch seed.
    """

    def __init__(
        self, names: Sequence[str], hidden: int = 32, epochs: int = 300, seed: int = 0
    ) -> None:
        self.names = list(names)
        self.hidden = hidden
        self.epochs = epochs
        self.seed = seed
        self.params: dict[str, np.ndarray] = {}

    @staticmethod
    def length_feature(lengths: np.ndarray) -> np.ndarray:
        """The history-length feature: log(1 + len) / 3."""
        return (np.log1p(np.asarray(lengths, dtype=np.float32)) / 3.0).astype(np.float32)

    def fit(
        self,
        normalised: Mapping[str, np.ndarray],
        target_column: np.ndarray,
        lengths: np.ndarray,
    ) -> LearnedFusion:
        """Fit on (U, C) z-scores per model (padding: -1e9), the target's column (-1: absent)
        and each user's history length."""
        import torch  # lazy: only fitting needs it

        present = target_column >= 0
        if not present.any():
            raise ValueError("learned fusion: no validation target among the candidates")
        feats = self._features({n: normalised[n][present] for n in self.names}, lengths[present])
        valid = normalised[self.names[0]][present] > -1e8
        gen = torch.Generator().manual_seed(self.seed)
        n_in = feats.shape[-1]
        w1 = torch.nn.Parameter(torch.randn(n_in, self.hidden, generator=gen) / np.sqrt(n_in))
        b1 = torch.nn.Parameter(torch.zeros(self.hidden))
        w2 = torch.nn.Parameter(torch.randn(self.hidden, 1, generator=gen) / np.sqrt(self.hidden))
        b2 = torch.nn.Parameter(torch.zeros(1))
        x = torch.from_numpy(feats)
        mask = torch.from_numpy(valid)
        y = torch.from_numpy(target_column[present].astype(np.int64))
        opt = torch.optim.Adam([w1, b1, w2, b2], lr=0.01, weight_decay=1e-5)
        for _ in range(self.epochs):
            opt.zero_grad()
            s = (torch.relu(x @ w1 + b1) @ w2 + b2).squeeze(-1).masked_fill(~mask, -1e9)
            loss = torch.nn.functional.cross_entropy(s, y)
            loss.backward()
            opt.step()
        self.params = {
            k: v.detach().numpy().astype(np.float32).copy()
            for k, v in {"w1": w1, "b1": b1, "w2": w2, "b2": b2}.items()
        }
        return self

    def _features(self, normalised: Mapping[str, np.ndarray], lengths: np.ndarray) -> np.ndarray:
        first = normalised[self.names[0]]
        hl = self.length_feature(lengths).reshape((-1,) + (1,) * (first.ndim - 1))
        cols = [np.asarray(normalised[n], dtype=np.float32) for n in self.names]
        cols.append(np.broadcast_to(hl, first.shape).astype(np.float32))
        return np.stack(cols, axis=-1)

    def score(
        self, normalised: Mapping[str, np.ndarray], lengths: np.ndarray, chunk: int = 64
    ) -> np.ndarray:
        """Fused scores, shaped like each model's (B, n) (or (n,) with one length) z-scores."""
        p = self.params
        single = np.ndim(normalised[self.names[0]]) == 1
        norm = {n: np.atleast_2d(normalised[n]) for n in self.names}
        lengths = np.atleast_1d(lengths)
        rows = norm[self.names[0]].shape[0]
        out = np.empty(norm[self.names[0]].shape, dtype=np.float32)
        for s in range(0, rows, chunk):
            part = {n: v[s : s + chunk] for n, v in norm.items()}
            f = self._features(part, lengths[s : s + chunk])
            h = np.maximum(f @ p["w1"] + p["b1"], 0.0)
            out[s : s + chunk] = (h @ p["w2"])[..., 0] + p["b2"][0]
        return out[0] if single else out

    def to_dict(self) -> dict[str, object]:
        """JSON-able parameters."""
        return {
            "names": self.names,
            "hidden": self.hidden,
            "epochs": self.epochs,
            "seed": self.seed,
            "params": {k: v.tolist() for k, v in self.params.items()},
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, object]) -> LearnedFusion:
        """Inverse of :meth:`to_dict`."""
        out = cls(d["names"], d["hidden"], d["epochs"], d["seed"])  # type: ignore[arg-type]
        out.params = {
            k: np.asarray(v, dtype=np.float32)
            for k, v in d["params"].items()  # type: ignore[union-attr]
        }
        return out
