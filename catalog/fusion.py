"""Reciprocal-rank fusion: the one formula that search, ranking and chat fuse rankings with.

It sits in the bottom layer because retrieval, ranking and the assistant may all import it
(DESIGN.md §3: arrows point to catalog). `reciprocal_rank` is the formula and works on plain
numbers and on numpy arrays alike (ranking fuses (users x items) score arrays with it);
`rrf` sums it over ranked lists of ids (hybrid search, the chat's query-versus-personal order).
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping, Sequence
from typing import Any, TypeVar

Item = TypeVar("Item", bound=Hashable)

Ranking = Sequence[tuple[Any, float]]
"""(id, score) pairs, best first."""


def reciprocal_rank(rank: Any, *, k: float, weight: float = 1.0) -> Any:
    """``weight / (k + rank)``, the contribution of one ranking at ``rank`` (counted from 1).

    Args:
        rank: a rank, or an array of ranks (``inf`` where a ranking leaves an item out: 0).
        k: the RRF constant (larger flattens the head).
        weight: the ranking's weight.

    Returns:
        A number, or an array of the shape and float type of ``rank``.
    """
    return weight / (k + rank)


def rrf(
    rankings: Mapping[str, Sequence[tuple[Item, float]]],
    *,
    k: float = 60.0,
    weights: Mapping[str, float] | None = None,
) -> list[tuple[Item, float]]:
    """Reciprocal-rank fusion of ranked lists: score(d) = sum over sources of w_s / (k + rank_s(d)).

    Args:
        rankings: source name -> its (id, score) pairs, best first (only the order counts).
        k: the RRF constant (larger flattens the head).
        weights: source name -> weight (default 1 each).

    Returns:
        (id, fused score) pairs, best first; ties keep the order of first appearance (the
        sources in the order given).
    """
    fused: dict[Item, float] = {}
    for source, ranking in rankings.items():
        w = 1.0 if weights is None else weights.get(source, 1.0)
        for rank, (item, _) in enumerate(ranking, start=1):
            fused[item] = fused.get(item, 0.0) + reciprocal_rank(rank, k=k, weight=w)
    return sorted(fused.items(), key=lambda kv: -kv[1])
