"""`phrases.their_history`: picks from the shopper's history or with no need named, what they
bought, their usual again or not their usual; each read as `understanding` reads it."""

from __future__ import annotations

import re

import pytest

from assistant.dialogue.phrases.their_history import (
    AGAIN,
    BOUGHT_WHAT,
    FOR_ME,
    HELP_WITH_NO_NEED,
    NOT_THEIR_USUAL,
)
from tests.assistant.dialogue.phrases.reading import lowered, search


def _asked(message: str) -> str:
    """The message as `understand` tries `FOR_ME` and `HELP_WITH_NO_NEED` on it: lower-cased,
    without the question's marks at its ends."""
    return lowered(message).strip(" ?!.")


@pytest.mark.parametrize(
    "message",
    [
        "reorder my usual lashes",
        "I ran out of my shampoo",
        "buy it again",
        "running low on my moisturizer",
        "stocking up on razors",
        "the same one as last time",
        "i need to restock",
    ],
)
def test_again(message: str) -> None:
    assert search(AGAIN, message)


@pytest.mark.parametrize(
    "message", ["something unusual", "in order of price", "the same one in red", "a new one"]
)
def test_again_is_what_they_bought(message: str) -> None:
    assert not search(AGAIN, message)


@pytest.mark.parametrize(
    "message",
    [
        "what did i buy last time?",
        "show me my last order",
        "what i ordered in may",
        "my past purchases",
    ],
)
def test_bought_what(message: str) -> None:
    assert search(BOUGHT_WHAT, message)


@pytest.mark.parametrize(
    "message",
    ["something like what i bought last time", "the same as what i bought", "what should i buy"],
)
def test_bought_what_is_not_like_it(message: str) -> None:
    assert not search(BOUGHT_WHAT, message)


@pytest.mark.parametrize(
    "message",
    [
        "not the one i always buy, something new",
        "different from what i usually get",
        "nothing like what i normally use",
        "besides the stuff i bought",
        "Not the brand I usually buy",
    ],
)
def test_not_their_usual_is_cut_whole(message: str) -> None:
    assert search(NOT_THEIR_USUAL, message)
    # the search handler: re.sub on the shopper's words, case-insensitive; nothing is left
    assert re.sub(NOT_THEIR_USUAL, " ", message, flags=re.I).strip(" ,") == ""


@pytest.mark.parametrize(
    "message",
    ["the one i always buy", "not what i asked for", "not the first one", "something new"],
)
def test_not_their_usual_turns_their_usual_down(message: str) -> None:
    assert not search(NOT_THEIR_USUAL, message)


@pytest.mark.parametrize(
    "message",
    [
        "any recommendations for me?",
        "what do you recommend?",
        "surprise me",
        "what should I get next",
        "anything new for me?",
        "something like what i bought last time",
        "can you recommend something based on what i usually buy",
        "hi, some suggestions please",
        "what would you suggest for me",
        "stuff from my order history",
    ],
)
def test_for_me(message: str) -> None:
    assert re.fullmatch(FOR_ME, _asked(message))


@pytest.mark.parametrize(
    "message",
    [
        "recommend a shampoo",
        "something like chanel no 5",
        "any recommendations for dry skin?",
        "surprise me with a lipstick",
    ],
)
def test_for_me_names_no_need(message: str) -> None:
    assert not re.fullmatch(FOR_ME, _asked(message))


@pytest.mark.parametrize(
    "message",
    [
        "help",
        "can you help me find something?",
        "just browsing",
        "what's good?",
        "what's popular right now?",
        "i don't know what i want",
        "something nice",
        "what's on sale?",
        "any deals?",
        "what brands do you carry?",
        "i'm just looking around, thanks",
        "help me please",
    ],
)
def test_help_with_no_need(message: str) -> None:
    assert HELP_WITH_NO_NEED.fullmatch(_asked(message))


@pytest.mark.parametrize(
    "message",
    [
        "help me find a shampoo",
        "something nice for my mum",
        "any deals on shampoo?",
        "what's good for dry skin?",
    ],
)
def test_help_with_no_need_names_no_need(message: str) -> None:
    assert not HELP_WITH_NO_NEED.fullmatch(_asked(message))
