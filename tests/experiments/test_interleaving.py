"""Team-draft interleaving: no duplicates, balanced teams, fair in expectation, reproducible."""

from __future__ import annotations

import numpy as np
from scipy import stats as sps

from experiments.interleaving import (
    credit,
    preference,
    preference_test,
    seed_for,
    team_draft,
)
from experiments.simulate import team_draft_many

A = [f"a{i}" for i in range(10)]
B = [f"b{i}" for i in range(10)]


def test_lists_have_no_duplicates_and_balanced_teams() -> None:
    overlapping = ["x", "a1", "b1", "a2", "y", "b2"]
    other = ["y", "x", "b1", "a1", "z"]
    for seed in range(200):
        mixed = team_draft(overlapping, other, 5, seed)
        assert len(mixed.items) == len(set(mixed.items)) == 5
        assert set(mixed.items) <= set(overlapping) | set(other)
        assert abs(mixed.teams.count(0) - mixed.teams.count(1)) <= 1
        # each team's items keep that ranker's order
        for team, ranking in ((0, overlapping), (1, other)):
            mine = [i for i, t in zip(mixed.items, mixed.teams, strict=True) if t == team]
            assert mine == sorted(mine, key=ranking.index)


def test_short_rankings_fill_from_the_other_one() -> None:
    mixed = team_draft(["a"], B, 4, 1)
    assert mixed.items[0] in {"a", "b0"} and len(mixed.items) == 4 and "a" in mixed.items


def test_deterministic_given_the_seed() -> None:
    seed = seed_for("session-1", 3)
    assert team_draft(A, B, 4, seed) == team_draft(A, B, 4, seed)
    lists = {team_draft(A, B, 4, seed_for("session-1", turn)).items for turn in range(20)}
    assert len(lists) > 1  # other turns flip other coins
    assert team_draft(A, B, 4, seed).propensity == 0.25  # two coin-decided rounds


def test_each_ranker_contributes_equally_in_expectation() -> None:
    firsts = [team_draft(A, B, 4, seed).teams[0] for seed in range(4000)]
    share = float(np.mean(firsts))
    assert sps.binomtest(sum(firsts), len(firsts)).pvalue > 0.001 and 0.45 < share < 0.55
    # clicks that ignore the teams give no preference: wins split evenly
    rng = np.random.default_rng(5)
    prefs = []
    for seed in range(3000):
        mixed = team_draft(A, B, 4, seed)
        clicked = [p for p in range(4) if rng.random() < 0.3]
        prefs.append(preference(*credit(mixed.teams, clicked)))
    assert preference_test(prefs).p_value > 0.001


def test_a_better_ranker_wins() -> None:
    # the shopper clicks only items from A's list; A must win every decided session
    prefs = []
    for seed in range(100):
        mixed = team_draft(A, B, 4, seed)
        clicked = [p for p, item in enumerate(mixed.items) if item.startswith("a")]
        prefs.append(preference(*credit(mixed.teams, clicked)))
    result = preference_test(prefs)
    assert result.wins_a == 100 and result.delta == -0.5 and result.p_value < 1e-20


def test_vectorised_team_draft_equals_the_reference() -> None:
    rng = np.random.default_rng(2)
    sessions, m, k = 200, 12, 4
    rank_a = np.argsort(rng.random((sessions, m)), axis=1)
    rank_b = np.argsort(rng.random((sessions, m)), axis=1)
    seeds = list(range(sessions))
    coins = np.array(
        [[g.integers(2) for _ in range(k // 2)] for g in map(np.random.default_rng, seeds)]
    )
    items, teams = team_draft_many(rank_a, rank_b, k, coins)
    for s in range(sessions):
        ref = team_draft([str(i) for i in rank_a[s]], [str(i) for i in rank_b[s]], k, seeds[s])
        assert [str(i) for i in items[s]] == list(ref.items)
        assert list(teams[s]) == list(ref.teams)
