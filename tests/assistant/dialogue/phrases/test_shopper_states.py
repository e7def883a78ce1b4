"""`phrases.shopper_states`: what a message says of someone's skin, hair or body; each read as
`stated_needs`, `understanding`, the reader and the search handler read it (lower-cased)."""

from __future__ import annotations

import re

import pytest

from assistant.dialogue.phrases.shopper_states import (
    BARE_STATE,
    BREAKS_OUT,
    CONCERN_HAD,
    HAIR,
    HAS_CONCERN,
    HAVE_STATE,
    SKIN,
    SORE,
    SORE_STATES,
    STATE_OF,
    STATES,
    SWEATING,
)
from tests.assistant.dialogue.phrases.reading import group, match, search


@pytest.mark.parametrize(
    ("message", "skin"),
    [
        ("a moisturizer for dry skin", "dry"),
        ("acne prone skin", "acne prone"),
        ("acne-prone skin", "acne-prone"),
        ("i have Combination skin", "combination"),
        ("combo skin", "combo"),  # stated_needs names it combination
    ],
)
def test_skin(message: str, skin: str) -> None:
    assert group(SKIN, message, 1) == skin


@pytest.mark.parametrize("message", ["skin care", "dry hair", "skinny jeans", "dry, itchy skin"])
def test_skin_is_a_type_of_skin(message: str) -> None:
    assert not search(SKIN, message)


@pytest.mark.parametrize(
    ("message", "hair"),
    [
        ("shampoo for frizzy hair", "frizzy"),
        ("color-treated hair", "color-treated"),
        ("my grey hair", "grey"),
        ("gray hair", "gray"),
        ("bleached hair", "bleached"),
    ],
)
def test_hair(message: str, hair: str) -> None:
    assert group(HAIR, message, 1) == hair


@pytest.mark.parametrize("message", ["a hair dryer", "dry skin", "long hair", "hairy legs"])
def test_hair_is_a_type_of_hair(message: str) -> None:
    assert not search(HAIR, message)


@pytest.mark.parametrize(
    ("message", "part", "state", "states"),
    [
        ("my hair is bleached and super damaged", "hair", "damaged", ["damaged"]),
        ("my eyes are sensitive tho", "eyes", "sensitive", ["sensitive"]),
        ("my skin gets really oily", "skin", "oily", ["oily"]),
        ("my scalp is itchy", "scalp", "itchy", ["itchy"]),
        ("my hair is curly and thick", "hair", "thick", ["curly", "thick"]),
    ],
)
def test_state_of(message: str, part: str, state: str, states: list[str]) -> None:
    assert group(STATE_OF, message, 1, 2) == (part, state)
    said = group(STATE_OF, message, 0)
    assert re.findall(rf"\b{STATES}\b", said) == states  # `own_state` says them all


@pytest.mark.parametrize(
    "message", ["my hair is long", "her skin is dry", "my skin care routine", "is my skin dry?"]
)
def test_state_of_is_their_own_said(message: str) -> None:
    assert not search(STATE_OF, message)


@pytest.mark.parametrize(
    ("message", "state", "part"),
    [
        ("i have oily skin", "oily", "skin"),
        ("i've got super dry hair", "dry", "hair"),
        ("i do have really sensitive skin", "sensitive", "skin"),
        ("i have thin and frizzy hair", "frizzy", "hair"),
    ],
)
def test_have_state(message: str, state: str, part: str) -> None:
    assert group(HAVE_STATE, message, 1, 2) == (state, part)


@pytest.mark.parametrize(
    "message",
    [
        "i have a shampoo",
        "she has oily skin",
        "i have skin",
        "i have oily hands",
        "i got a flaky scalp",
    ],
)
def test_have_state_is_the_shoppers(message: str) -> None:
    assert not search(HAVE_STATE, message)


@pytest.mark.parametrize(
    ("message", "state", "part"),
    [
        ("oops, combination skin", "combination", "skin"),  # owning up to a `SLIP`
        ("dry skin, sorry", "dry", "skin"),
        ("for oily hair please", "oily", "hair"),
        ("actually, sensitive skin", "sensitive", "skin"),
        ("it's acne-prone skin, my bad", "acne-prone", "skin"),
    ],
)
def test_bare_state(message: str, state: str, part: str) -> None:
    assert group(BARE_STATE, message, 1, 2) == (state, part)


@pytest.mark.parametrize(
    "message", ["dry skin cream", "dry skin and a lipstick", "for my oily skin", "oily"]
)
def test_bare_state_is_the_state_alone(message: str) -> None:
    assert not search(BARE_STATE, message)


@pytest.mark.parametrize(
    ("message", "concern"),
    [
        ("she's into skincare, has some acne", "acne"),
        ("my wife gets rosacea", "rosacea"),
        ("he suffers from eczema", "eczema"),
        ("i'm worried about wrinkles", "wrinkles"),
        ("i'm worried about fine lines", "fine lines"),  # `WORRIED` about one of `CONCERNS`
        ("she struggles with dark circles and puffy eyes", "dark circles"),
        ("my dad has really bad dandruff", "dandruff"),
        ("they're prone to breakouts", "breakouts"),
    ],
)
def test_concern_had(message: str, concern: str) -> None:
    assert group(CONCERN_HAD, message, "concern") == concern


@pytest.mark.parametrize(
    "message",
    ["a cream for acne", "he has a beard", "a serum for fine lines", "acne patches please"],
)
def test_concern_had_is_someone_having_it(message: str) -> None:
    assert not search(CONCERN_HAD, message)


@pytest.mark.parametrize(
    ("message", "concern"),
    [
        ("he has dandruff", "dandruff"),
        ("my wife gets rosacea", "rosacea"),
        ("i'm 45, worried about wrinkles", "wrinkles"),  # `WORRIED_ABOUT` after a comma
        ("and she has split ends too", "split ends"),
        ("oh, he's 16 and has acne", "acne"),
    ],
)
def test_has_concern(message: str, concern: str) -> None:
    # the reader and `beside_picks` read it at the start of the lowered message
    assert group(HAS_CONCERN, message, "concern", opens=True) == concern


@pytest.mark.parametrize(
    "message",
    ["he has dandruff, need a shampoo", "a shampoo for someone who has dandruff", "dandruff"],
)
def test_has_concern_is_the_whole_message(message: str) -> None:
    assert not match(HAS_CONCERN, message)


@pytest.mark.parametrize(
    "message",
    ["i have oily skin and i break out", "prone to breakouts", "it breaks out my skin", "acne"],
)
def test_breaks_out(message: str) -> None:
    assert search(BREAKS_OUT, message)


@pytest.mark.parametrize("message", ["breaking news", "an outbreak", "it won't break the bank"])
def test_breaks_out_is_the_skin(message: str) -> None:
    assert not search(BREAKS_OUT, message)


@pytest.mark.parametrize(
    "message",
    [
        "i sweat a lot, need something",
        "my son is always sweaty",
        "body odor",
        "my armpits smell",
        "heavy sweating",
        "he sweats so much at the gym",
    ],
)
def test_sweating(message: str) -> None:
    assert search(SWEATING, message)


@pytest.mark.parametrize(
    "message", ["a sweatshirt", "sweat-proof mascara", "something sweet", "a sweatproof primer"]
)
def test_sweating_is_someone_sweating(message: str) -> None:
    assert not search(SWEATING, message)


@pytest.mark.parametrize(
    ("message", "sore"),
    [
        ("i wash my hands 50 times a day, they're cracking", "cracked hands"),
        ("chapped hands", "chapped hands"),  # the state before one of `SORE_PARTS`
        ("my heels are splitting", "cracked heels"),
        ("the skin on my feet is peeling", "peeling feet"),
        ("my hands bleed in winter, so cracked", "cracked hands"),
    ],
)
def test_sore_and_its_state(message: str, sore: str) -> None:
    said = search(SORE, message)
    assert said
    state = SORE_STATES[said.group("state") or said.group("before")]  # as `sore_state`
    assert f"{state} {said.group('part') or said.group('after')}" == sore


@pytest.mark.parametrize(
    "message", ["chapped lips", "a hand cream", "my feet hurt", "cracking jokes", "peeling mask"]
)
def test_sore_is_a_sore_part(message: str) -> None:
    assert not search(SORE, message)
