"""Fusing ranked lists: reciprocal-rank fusion and a weighted score blend."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

Ranking = Sequence[tuple[str, float]]
"""(id, score) pairs, best first."""


def rrf(
    rankings: Mapping[str, Ranking], *, k: float = 60.0, weights: Mapping[str, float] | None = None
) -> list[tuple[str, float]]:
    """Reciprocal-rank fusion: score(d) = sum over sources of w_s / (k + rank_s(d)), rank from 1.

    Args:
        rankings: source name -> its ranking.
        k: the RRF constant (larger flattens the head).
        weights: source name -> weight (default 1 each).

    Returns:
        (id, fused score) pairs, best first; ties keep the order of first appearance.
    """
    fused: dict[str, float] = {}
    for source, ranking in rankings.items():
        w = 1.0 if weights is None else weights.get(source, 1.0)
        for rank, (item, _) in enumerate(ranking, start=1):
            fused[item] = fused.get(item, 0.0) + w / (k + rank)
    return sorted(fused.items(), key=lambda kv: -kv[1])


def weighted(
    rankings: Mapping[str, Ranking], *, weights: Mapping[str, float] | None = None
) -> list[tuple[str, float]]:
    """A weighted sum of min-max normalised scores (an item missing from a list scores 0 there).

    Args:
        rankings: source name -> its ranking.
        weights: source name -> weight (default 1 each).
    """
    fused: dict[str, float] = {}
    for source, ranking in rankings.items():
        if not ranking:
            continue
        w = 1.0 if weights is None else weights.get(source, 1.0)
        scores = [s for _, s in ranking]
        low, high = min(scores), max(scores)
        span = high - low
        for item, score in ranking:
            norm = (score - low) / span if span > 0 else 1.0
            fused[item] = fused.get(item, 0.0) + w * norm
    return sorted(fused.items(), key=lambda kv: -kv[1])
