"""`phrases.going_back`: to the start, one step back, or to an earlier need; each read as
`understanding` reads it (lower-cased)."""

from __future__ import annotations

import re

import pytest

from assistant.dialogue.phrases.going_back import BACK_TO, CLEAR, UNDO
from tests.assistant.dialogue.phrases.reading import group, match, search


@pytest.mark.parametrize(
    "message",
    [
        "start over",
        "can we start again please",
        "clear the chat",
        "reset",
        "new search",
        "forget everything",
        "forget what i said",
        "clear my history",
        "forget my preferences",
    ],
)
def test_clear(message: str) -> None:
    assert search(CLEAR, message)


@pytest.mark.parametrize(
    "message",
    ["something for clear skin", "a clear mascara", "forget the price", "new searches"],
)
def test_clear_is_not_clear_skin_or_a_dropped_price(message: str) -> None:
    assert not search(CLEAR, message)


@pytest.mark.parametrize(
    ("message", "need"),
    [
        ("Start over, i need a hair dryer", "i need a hair dryer"),
        ("forget everything: show me lipsticks", "show me lipsticks"),
    ],
)
def test_clear_leaves_the_need_said_beside_it(message: str, need: str) -> None:
    # understanding._after_a_reset: re.sub on the shopper's words, case-insensitive
    rest = re.sub(CLEAR, " ", message, flags=re.I)
    assert " ".join(rest.split()).strip(" :;,.-!") == need


@pytest.mark.parametrize(
    ("message", "place", "words"),
    [
        ("go back to the first search", "first", None),
        ("back to the previous one", "previous", None),
        ("return to the original please", "original", None),
        ("switch back to the 1st results", "1st", None),
        ("ok back to the lipsticks", None, "lipsticks"),
        ("let's go back to the shampoos please", None, "shampoos"),
        ("going back to my red lipstick idea again", None, "red lipstick idea"),
    ],
)
def test_back_to(message: str, place: str | None, words: str | None) -> None:
    assert group(BACK_TO, message, "place", "words") == (place, words)


@pytest.mark.parametrize(
    "message", ["go back", "my back hurts", "a back massager", "back to before? no, cheaper ones"]
)
def test_back_to_names_where(message: str) -> None:
    assert not search(BACK_TO, message)


@pytest.mark.parametrize(
    "message",
    [
        "go back",
        "undo that",
        "back to before",
        "ugh, undo it please",
        "can we go back",
        "show me the previous results",
        "hmm no, back",
        "as it was before please",
    ],
)
def test_undo(message: str) -> None:
    assert match(UNDO, message)


@pytest.mark.parametrize(
    "message",
    [
        "go back to the first search",  # `BACK_TO`
        "back to the lipsticks",
        "my back hurts",
        "a backpack",
        "go back and show me cheaper ones",
    ],
)
def test_undo_is_one_step_said_alone(message: str) -> None:
    assert not match(UNDO, message)
