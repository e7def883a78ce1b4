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
from tests.assistant.dialogue.phrases.reading import lowered, match, search


@pytest.mark.parametrize(
    "message",
    [
        "anything is fine",
        "you choose",
        "whatever",
        "it doesn't really matter",
        "no preference",
        "up to you",
        "idk",
        "either one",
        "both",
        "i don't mind",
        "not fussed tbh",
        "surprise me",
        "me da igual",
    ],
)
def test_any_answer(message: str) -> None:
    assert search(ANY_ANSWER, message)


@pytest.mark.parametrize(
    "message",
    [
        "anything with spf",  # a detail of the answer
        "any under $20",
        "anything under 20",
        "anything without fragrance",
        "any from cerave",
        "anything made in france",
        "face",
        "anyway, a toner",
        "botanical ones",
    ],
)
def test_any_answer_is_not_one_with_a_detail(message: str) -> None:
    assert not search(ANY_ANSWER, message)


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


@pytest.mark.parametrize(
    "message",
    [
        "you choose the colour",
        "up to you, but nothing pink",
        "anything is fine",  # `ANY_ANSWER`: an answer to our question
        "i can't choose",
        "which would you pick?",
    ],
)
def test_left_to_us_is_said_alone(message: str) -> None:
    assert not match(LEFT_TO_US, message)


@pytest.mark.parametrize(
    "message",
    [
        "price doesn't matter",
        "any price",
        "a serum, money is no object",
        "forget the budget",
        "the cost doesn't really matter",
        "no budget",
    ],
)
def test_drop_price(message: str) -> None:
    assert search(DROP_PRICE, message)


@pytest.mark.parametrize(
    "message", ["what's the price?", "does price matter?", "the price matters", "under budget"]
)
def test_drop_price_drops_it(message: str) -> None:
    assert not search(DROP_PRICE, message)


@pytest.mark.parametrize(
    "message",
    [
        "any brand",
        "brand doesn't matter",
        "i don't really care about the brand",
        "whatever brand",
        "no brand preference",
        "don't care which brand",
    ],
)
def test_drop_brand(message: str) -> None:
    assert search(DROP_BRAND, message)


@pytest.mark.parametrize(
    "message",
    ["not that brand", "same brand", "the brand i usually get", "which brand is it?"],
)
def test_drop_brand_drops_it(message: str) -> None:
    assert not search(DROP_BRAND, message)
