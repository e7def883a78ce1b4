"""Fusing ranked lists: reciprocal-rank fusion (`catalog.fusion.rrf`) and a weighted score blend."""

from __future__ import annotations

from collections.abc import Mapping

from catalog.fusion import Ranking, rrf

__all__ = ["Ranking", "rrf", "weighted"]


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
