"""Ranking metrics from the rank of the held-out item (0 = first)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np

KS = (5, 10, 20)


def target_ranks(scores: np.ndarray, targets: np.ndarray) -> np.ndarray:
    """Expected 0-based rank of each row's target under random tie-breaking.

    Args:
        scores: (B, n) scores; excluded items hold -inf.
        targets: (B,) item index of each row's target.
    """
    rows = np.arange(len(targets))
    t = scores[rows, targets][:, None]
    greater = (scores > t).sum(axis=1)
    ties = (scores == t).sum(axis=1) - 1
    return greater + ties / 2.0


def summarise(ranks: np.ndarray, ks: Sequence[int] = KS) -> dict[str, float]:
    """Recall@k, NDCG@k (one relevant item) and MRR from target ranks."""
    ranks = np.asarray(ranks, dtype=np.float64)
    out: dict[str, float] = {}
    for k in ks:
        out[f"recall@{k}"] = float((ranks < k).mean()) if len(ranks) else 0.0
    for k in ks:
        gain = np.where(ranks < k, 1.0 / np.log2(ranks + 2.0), 0.0)
        out[f"ndcg@{k}"] = float(gain.mean()) if len(ranks) else 0.0
    out["mrr"] = float((1.0 / (ranks + 1.0)).mean()) if len(ranks) else 0.0
    return out


def coverage(top_lists: Iterable[np.ndarray], n_items: int) -> float:
    """Share of the catalog that appears in at least one top list."""
    seen = np.zeros(n_items, dtype=bool)
    for top in top_lists:
        seen[np.asarray(top).ravel()] = True
    return float(seen.mean()) if n_items else 0.0
