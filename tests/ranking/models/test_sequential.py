"""Known answers of the sequence kNN."""

from __future__ import annotations

import numpy as np

from ranking.data import Interactions
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


def test_seqknn_scores_what_the_closest_neighbours_bought_next() -> None:
    # the 3 shoppers who share both recent items outweigh the 6 who share only "m"
    model = SequenceKNN(k=3).fit(forks())
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
