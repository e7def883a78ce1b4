"""`phrases.no_preference`: what the shopper leaves to us: any option of our question, the
choice among the picks, any price, any brand; each read as `understanding` and the reader
read them (lower-cased)."""

from __future__ import annotations

import re

import pytest

from assistant.dialogue.phrases.no_preference import (
    ANY_ANSWER,
    DROP_BRAND,
    DROP_PRICE,
    LEFT_TO_US,
)
from tests.assistant.dialogue.phrases.reading import found_and_not_found, lowered

FOUND = [  # (pattern, a message it finds)
    # any answer
    (ANY_ANSWER, "anything is fine"),
    (ANY_ANSWER, "you choose"),
    (ANY_ANSWER, "whatever"),
    (ANY_ANSWER, "it doesn't really matter"),
    (ANY_ANSWER, "no preference"),
    (ANY_ANSWER, "up to you"),
    (ANY_ANSWER, "idk"),
    (ANY_ANSWER, "either one"),
    (ANY_ANSWER, "both"),
    (ANY_ANSWER, "i don't mind"),
    (ANY_ANSWER, "not fussed tbh"),
    (ANY_ANSWER, "surprise me"),
    (ANY_ANSWER, "me da igual"),
    # drop price
    (DROP_PRICE, "price doesn't matter"),
    (DROP_PRICE, "any price"),
    (DROP_PRICE, "a serum, money is no object"),
    (DROP_PRICE, "forget the budget"),
    (DROP_PRICE, "the cost doesn't really matter"),
    (DROP_PRICE, "no budget"),
    # drop brand
    (DROP_BRAND, "any brand"),
    (DROP_BRAND, "brand doesn't matter"),
    (DROP_BRAND, "i don't really care about the brand"),
    (DROP_BRAND, "whatever brand"),
    (DROP_BRAND, "no brand preference"),
    (DROP_BRAND, "don't care which brand"),
]


NOT_FOUND = [  # (pattern, a message it does not find)
    # any answer is not one with a detail
    (ANY_ANSWER, "anything with spf"),  # a detail of the answer
    (ANY_ANSWER, "any under $20"),
    (ANY_ANSWER, "anything under 20"),
    (ANY_ANSWER, "anything without fragrance"),
    (ANY_ANSWER, "any from cerave"),
    (ANY_ANSWER, "anything made in france"),
    (ANY_ANSWER, "face"),
    (ANY_ANSWER, "anyway, a toner"),
    (ANY_ANSWER, "botanical ones"),
    # left to us is said alone
    (LEFT_TO_US, "you choose the colour"),
    (LEFT_TO_US, "up to you, but nothing pink"),
    (LEFT_TO_US, "anything is fine"),  # `ANY_ANSWER`: an answer to our question
    (LEFT_TO_US, "i can't choose"),
    (LEFT_TO_US, "which would you pick?"),
    # drop price drops it
    (DROP_PRICE, "what's the price?"),
    (DROP_PRICE, "does price matter?"),
    (DROP_PRICE, "the price matters"),
    (DROP_PRICE, "under budget"),
    # drop brand drops it
    (DROP_BRAND, "not that brand"),
    (DROP_BRAND, "same brand"),
    (DROP_BRAND, "the brand i usually get"),
    (DROP_BRAND, "which brand is it?"),
    (DROP_BRAND, "cuticle oil, any brand except OPI"),  # a brand ruled out, none dropped
    (DROP_BRAND, "any brand but revlon"),
    (DROP_BRAND, "any brand other than pantene"),
    (DROP_BRAND, "whatever brand, but not maybelline"),
    (DROP_BRAND, "any brand apart from loreal"),
]


test_found, test_not_found = found_and_not_found(FOUND, NOT_FOUND, opening={LEFT_TO_US})


@pytest.mark.parametrize(
    "message",
    [
        "you choose",
        "up to you",
        "idk, pick one for me",
        "either is fine",
        "ok you decide then",
        "surprise me please",
        "whichever one works",
        "any of these would be fine",
        "hmm, your call",
    ],
)
def test_left_to_us(message: str) -> None:
    assert re.match(LEFT_TO_US, lowered(message).strip())  # as the reader
