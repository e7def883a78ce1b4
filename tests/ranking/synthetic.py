"""Tiny synthetic interaction data with known answers, shared by the ranking tests."""

from __future__ import annotations

import numpy as np

from ranking.attributes import FEATURES
from ranking.data import Interactions

CHAIN = [f"i{n}" for n in range(10)]
"""Every synthetic user walks along this chain: after i3 comes i4, and so on."""


def chain_sequences(n_users: int = 60, seed: int = 0) -> dict[str, list[str]]:
    """Users who buy consecutive runs of the chain (lengths 4..8), starting anywhere."""
    rng = np.random.default_rng(seed)
    out = {}
    for u in range(n_users):
        length = int(rng.integers(4, 9))
        start = int(rng.integers(0, len(CHAIN) - length + 1))
        out[f"u{u}"] = CHAIN[start : start + length]
    return out


def chain_data(n_users: int = 60, seed: int = 0) -> Interactions:
    """`Interactions` of :func:`chain_sequences` plus two items nobody bought (x1, x2)."""
    return Interactions.from_sequences(
        chain_sequences(n_users, seed), item_ids=[*CHAIN, "x1", "x2"]
    )


def item_vectors(dim: int = 8) -> dict[str, np.ndarray]:
    """Vectors where chain neighbours are similar and x1 is close to i5, x2 to nothing."""
    rng = np.random.default_rng(1)
    base = rng.normal(size=(len(CHAIN), dim))
    vecs = {}
    for n, item in enumerate(CHAIN):
        vecs[item] = base[n] + (base[n - 1] if n else 0)
    vecs["x1"] = vecs["i5"] + 0.05 * rng.normal(size=dim)
    vecs["x2"] = rng.normal(size=dim)
    return {k: np.asarray(v, dtype=np.float32) for k, v in vecs.items()}


def reranker_data(users: int = 400, cands: int = 20, seed: int = 0):
    """z-scores where "good" marks the target weakly and an attribute marks it too."""
    rng = np.random.default_rng(seed)
    target = rng.integers(0, cands, size=users)
    rows = np.arange(users)
    good = rng.normal(size=(users, cands)).astype(np.float32)
    good[rows, target] += 1.0
    noise = rng.normal(size=(users, cands)).astype(np.float32)
    attrs = rng.random(size=(users, cands, len(FEATURES))).astype(np.float32)
    attrs[:, :, 0] = 0.0
    attrs[rows, target, 0] = 1.0  # "same brand as the last item"
    lengths = rng.integers(1, 20, size=users)
    return {"good": good, "noise": noise}, lengths, attrs, target
