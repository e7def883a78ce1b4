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
from tests.assistant.dialogue.phrases.reading import found_and_not_found, lowered


def _asked(message: str) -> str:
    """The message as `understand` tries `FOR_ME` and `HELP_WITH_NO_NEED` on it: lower-cased,
    without the question's marks at its ends."""
    return lowered(message).strip(" ?!.")


FOUND = [  # (pattern, a message it finds)
    # again
    (AGAIN, "reorder my usual lashes"),
    (AGAIN, "I ran out of my shampoo"),
    (AGAIN, "buy it again"),
    (AGAIN, "running low on my moisturizer"),
    (AGAIN, "stocking up on razors"),
    (AGAIN, "the same one as last time"),
    (AGAIN, "i need to restock"),
    # bought what
    (BOUGHT_WHAT, "what did i buy last time?"),
    (BOUGHT_WHAT, "show me my last order"),
    (BOUGHT_WHAT, "what i ordered in may"),
    (BOUGHT_WHAT, "my past purchases"),
    # not their usual (cut whole: `test_not_their_usual_is_cut_whole`)
    (NOT_THEIR_USUAL, "not the one i always buy, something new"),
    (NOT_THEIR_USUAL, "different from what i usually get"),
    (NOT_THEIR_USUAL, "nothing like what i normally use"),
    (NOT_THEIR_USUAL, "besides the stuff i bought"),
    (NOT_THEIR_USUAL, "Not the brand I usually buy"),
]


NOT_FOUND = [  # (pattern, a message it does not find)
    # again is what they bought
    (AGAIN, "something unusual"),
    (AGAIN, "in order of price"),
    (AGAIN, "the same one in red"),
    (AGAIN, "a new one"),
    # bought what is not like it
    (BOUGHT_WHAT, "something like what i bought last time"),
    (BOUGHT_WHAT, "the same as what i bought"),
    (BOUGHT_WHAT, "what should i buy"),
    # not their usual turns their usual down
    (NOT_THEIR_USUAL, "the one i always buy"),
    (NOT_THEIR_USUAL, "not what i asked for"),
    (NOT_THEIR_USUAL, "not the first one"),
    (NOT_THEIR_USUAL, "something new"),
]


test_found, test_not_found = found_and_not_found(FOUND, NOT_FOUND)


@pytest.mark.parametrize("message", [m for p, m in FOUND if p == NOT_THEIR_USUAL])
def test_not_their_usual_is_cut_whole(message: str) -> None:
    # the search handler: re.sub on the shopper's words, case-insensitive; nothing is left
    assert re.sub(NOT_THEIR_USUAL, " ", message, flags=re.I).strip(" ,") == ""


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
