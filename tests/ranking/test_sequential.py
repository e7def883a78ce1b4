"""Known answers of the second-order transitions and the sequence kNN."""

from __future__ import annotations

import numpy as np

from ranking.data import Interactions
from ranking.models.pairs import PairTransitions
from ranking.models.seqknn import SequenceKNN
from ranking.state import UserState
from tests.ranking.synthetic import chain_data


def best(model, state: UserState, cands: list[str]) -> str:
    return cands[int(np.argmax(model.score(state, cands)))]


def forks() -> Interactions:
    """After "m", shoppers who came from "a" buy "x"; those who came from "b" buy "y"."""
    seqs = {f"a{n}": ["a", "m", "x"] for n in range(3)}
    seqs |= {f"b{n}": ["b", "m", "y"] for n in range(3)}
    seqs |= {f"c{n}": ["c", "m", "y"] for n in range(3)}
    return Interactions.from_sequences(seqs)


def test_pairs_use_the_item_before_the_last() -> None:
    model = PairTransitions().fit(forks())
    assert best(model, UserState.of(["a", "m"]), ["x", "y"]) == "x"
    assert best(model, UserState.of(["b", "m"]), ["x", "y"]) == "y"


def test_pairs_back_off_to_the_last_item() -> None:
    model = PairTransitions().fit(forks())
    # the pair (z, m) was never seen: first-order m -> y (6 of 9) beats m -> x (3 of 9)
    scores = model.score(UserState.of(["x", "m"]), ["x", "y", "a"])
    assert scores[1] > scores[0] > 0 and scores[2] == 0


def test_pairs_trust_a_pair_more_the_more_it_was_seen() -> None:
    model = PairTransitions(shrink=1.0).fit(forks())
    seen_three_times = model.score(UserState.of(["a", "m"]), ["x"])[0]
    loose = PairTransitions(shrink=100.0).fit(forks()).score(UserState.of(["a", "m"]), ["x"])[0]
    assert seen_three_times > loose


def test_seqknn_scores_what_neighbours_bought_next() -> None:
    model = SequenceKNN().fit(forks())
    assert best(model, UserState.of(["a", "m"]), ["x", "y"]) == "x"
    assert best(model, UserState.of(["c", "m"]), ["x", "y"]) == "y"


def test_seqknn_prefers_items_after_the_match() -> None:
    model = SequenceKNN(backward=0.1).fit(chain_data())
    scores = model.score(UserState.of(["i4"]), ["i3", "i5"])
    assert scores[1] > scores[0] > 0


def test_seqknn_ignores_neighbours_with_nothing_new() -> None:
    data = Interactions.from_sequences({"me": ["a", "b"], "other": ["a", "c"]})
    model = SequenceKNN(k=1).fit(data)
    # "me" holds only items already in the history, so the one neighbour slot goes to "other"
    assert model.score(UserState.of(["a", "b"]), ["c"])[0] > 0
