"""`phrases.brands`: the shopper's usual brand, the picks' brand, not that brand, a brand
acceptable after all; each read as `understanding` and `beside_picks` read them."""

from __future__ import annotations

import re

import pytest

from assistant.dialogue.phrases.brands import ACCEPTED, NOT_THAT_BRAND, PICKS_BRAND, USUAL_BRAND
from tests.assistant.dialogue.phrases.reading import search


@pytest.mark.parametrize(
    "message",
    [
        "the same brand i usually get",
        "my usual brand",
        "a shampoo from the same brand as last time",
        "my favourite brand please",
        "the brand i always buy",
        "same brand which i bought before",
    ],
)
def test_usual_brand(message: str) -> None:
    assert search(USUAL_BRAND, message)


@pytest.mark.parametrize(
    "message",
    ["a conditioner from that brand", "not that brand", "a brand new palette", "any brand"],
)
def test_usual_brand_is_not_the_picks_nor_any(message: str) -> None:
    assert not search(USUAL_BRAND, message)


@pytest.mark.parametrize(
    "message",
    [
        "the same brand's conditioner",
        "a conditioner from that brand",
        "anything else by this brand?",
        "same brand as the first one",
        "that brand's shampoo please",
        "a mascara from the same brand as the second",
    ],
)
def test_picks_brand(message: str) -> None:
    assert search(PICKS_BRAND, message)


@pytest.mark.parametrize(
    "message",
    [
        "the same brand i usually get",  # theirs: USUAL_BRAND
        "same brand as before",
        "same brand as last time",  # its "as last" was a pick: 'time' searched
        "the same brand which i always buy",
        "not that brand",
        "a brand new palette",
    ],
)
def test_picks_brand_is_not_the_usual_one(message: str) -> None:
    assert not search(PICKS_BRAND, message)


@pytest.mark.parametrize(
    "message",
    [
        "not that brand",
        "other brands?",
        "another brand please",
        "something from a different brand",
        "no more of that brand",
    ],
)
def test_not_that_brand(message: str) -> None:
    assert search(NOT_THAT_BRAND, message)


@pytest.mark.parametrize(
    "message", ["that brand's conditioner", "the same brand", "a brand new palette", "any brand"]
)
def test_not_that_brand_needs_a_turn_away(message: str) -> None:
    assert not search(NOT_THAT_BRAND, message)


@pytest.mark.parametrize(
    ("message", "left"),
    [
        ("cetaphil is fine actually", "cetaphil"),
        ("olay's ok after all", "olay"),
        ("Neutrogena would be fine too", "Neutrogena"),
        ("garnier is okay with me", "garnier"),
        ("cerave is perfectly acceptable now", "cerave"),
    ],
)
def test_accepted_is_cut_leaving_the_brand(message: str, left: str) -> None:
    # beside_picks.about_the_picks: re.sub on the shopper's words, case-insensitive
    assert re.sub(ACCEPTED, " ", message, flags=re.I).split() == [left]


@pytest.mark.parametrize(
    "message",
    ["is it fine for oily skin?", "a fine mist spray", "that's not ok", "the finest one"],
)
def test_accepted_needs_a_verb_and_the_word(message: str) -> None:
    assert not re.search(ACCEPTED, message, flags=re.I)
