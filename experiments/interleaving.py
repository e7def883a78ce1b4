"""Team-draft interleaving of two rankings, click credit, and per-unit preferences.

Team draft (Radlinski, Kurup and Joachims, CIKM 2008): the two rankers pick in rounds like
captains choosing teams; in each round a fair coin decides who picks first, and each adds its
highest-ranked item not in the list yet. Every shown item belongs to the team that picked it; a
click credits that team. Over a session, the ranker whose picks got more credit wins it. Under
the null hypothesis (the shopper's clicks do not depend on which team placed an item) each
ranker wins a non-tied unit with probability 1/2, whatever the click model.

The coin flips are drawn from a generator seeded by (session, turn), so a list can be rebuilt
exactly from the log, and the same turn served twice shows the same list.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from experiments import stats


def seed_for(*parts: str | int) -> int:
    """A 64-bit seed from ``parts`` (e.g. the session id and the turn number)."""
    text = "\x1f".join(str(p) for p in parts)
    return int.from_bytes(hashlib.sha256(text.encode()).digest()[:8], "big")


@dataclass(frozen=True)
class Interleaved:
    """An interleaved list: ``items[i]`` was placed by ``teams[i]`` (0: ranking a, 1: ranking b).

    ``propensity`` is the probability of exactly this list given the two rankings: 1/2 per round
    whose order a coin decided.
    """

    items: tuple[str, ...]
    teams: tuple[int, ...]
    propensity: float

    def team_names(self, a: str, b: str) -> tuple[str, ...]:
        """The teams as arm names."""
        return tuple(a if t == 0 else b for t in self.teams)


def team_draft(
    a: Sequence[str], b: Sequence[str], k: int, rng: np.random.Generator | int
) -> Interleaved:
    """Interleave rankings ``a`` and ``b`` into at most ``k`` distinct items.

    Args:
        a: the first ranker's items, best first (the control).
        b: the second ranker's items, best first (the treatment).
        k: the list length (fewer when the two rankings hold fewer distinct items).
        rng: a generator, or a seed (see `seed_for`).
    """
    gen = rng if isinstance(rng, np.random.Generator) else np.random.default_rng(rng)
    items: list[str] = []
    teams: list[int] = []
    taken: set[str] = set()
    pointers = [0, 0]
    rankings = (a, b)
    counts = [0, 0]
    coins = 0

    def next_of(team: int) -> str | None:
        ranking = rankings[team]
        while pointers[team] < len(ranking) and ranking[pointers[team]] in taken:
            pointers[team] += 1
        return ranking[pointers[team]] if pointers[team] < len(ranking) else None

    while len(items) < k:
        heads: int
        if counts[0] < counts[1]:
            heads = 0
        elif counts[1] < counts[0]:
            heads = 1
        else:
            heads = int(gen.integers(2))
            coins += 1
        order = (heads, 1 - heads)
        picked = False
        for team in order:
            item = next_of(team)
            if item is not None:
                items.append(item)
                teams.append(team)
                taken.add(item)
                counts[team] += 1
                picked = True
                break
        if not picked:
            break
    return Interleaved(tuple(items), tuple(teams), 0.5**coins)


def credit(teams: Sequence[int], clicked: Iterable[int]) -> tuple[int, int]:
    """Clicks credited to (a, b), from the clicked positions of one list."""
    got = [0, 0]
    for position in clicked:
        got[teams[position]] += 1
    return got[0], got[1]


def preference(credit_a: int, credit_b: int) -> int:
    """+1 when b got more credit, -1 when a did, 0 for a tie."""
    return int(np.sign(credit_b - credit_a))


@dataclass(frozen=True)
class PreferenceTest:
    """Per-unit preferences summed: wins of each ranker, ties, delta and the sign test."""

    wins_a: int
    wins_b: int
    ties: int
    delta: float
    p_value: float


def preference_test(preferences: Sequence[int] | np.ndarray) -> PreferenceTest:
    """The sign test over units' preferences (+1 b, -1 a, 0 tie).

    ``delta`` = (wins_b + ties / 2) / units - 1/2 (positive: b preferred).
    """
    prefs = np.asarray(preferences, dtype=np.int64)
    wins_a, wins_b = int((prefs < 0).sum()), int((prefs > 0).sum())
    n = len(prefs)
    ties = n - wins_a - wins_b
    delta = (wins_b + ties / 2.0) / n - 0.5 if n else float("nan")
    return PreferenceTest(wins_a, wins_b, ties, delta, float(stats.sign_test(wins_b, wins_a)))
