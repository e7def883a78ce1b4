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
from tests.assistant.dialogue.phrases.reading import found_and_not_found, group, search


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


FOUND = [  # (pattern, a message it finds)
    # breaks out
    (BREAKS_OUT, "i have oily skin and i break out"),
    (BREAKS_OUT, "prone to breakouts"),
    (BREAKS_OUT, "it breaks out my skin"),
    (BREAKS_OUT, "acne"),
    # sweating
    (SWEATING, "i sweat a lot, need something"),
    (SWEATING, "my son is always sweaty"),
    (SWEATING, "body odor"),
    (SWEATING, "my armpits smell"),
    (SWEATING, "heavy sweating"),
    (SWEATING, "he sweats so much at the gym"),
]


NOT_FOUND = [  # (pattern, a message it does not find)
    # skin is a type of skin
    (SKIN, "skin care"),
    (SKIN, "dry hair"),
    (SKIN, "skinny jeans"),
    (SKIN, "dry, itchy skin"),
    # hair is a type of hair
    (HAIR, "a hair dryer"),
    (HAIR, "dry skin"),
    (HAIR, "long hair"),
    (HAIR, "hairy legs"),
    # state of is their own said
    (STATE_OF, "my hair is long"),
    (STATE_OF, "her skin is dry"),
    (STATE_OF, "my skin care routine"),
    (STATE_OF, "is my skin dry?"),
    # have state is the shoppers
    (HAVE_STATE, "i have a shampoo"),
    (HAVE_STATE, "she has oily skin"),
    (HAVE_STATE, "i have skin"),
    (HAVE_STATE, "i have oily hands"),
    (HAVE_STATE, "i got a flaky scalp"),
    # bare state is the state alone
    (BARE_STATE, "dry skin cream"),
    (BARE_STATE, "dry skin and a lipstick"),
    (BARE_STATE, "for my oily skin"),
    (BARE_STATE, "oily"),
    # concern had is someone having it
    (CONCERN_HAD, "a cream for acne"),
    (CONCERN_HAD, "he has a beard"),
    (CONCERN_HAD, "a serum for fine lines"),
    (CONCERN_HAD, "acne patches please"),
    # has concern is the whole message
    (HAS_CONCERN, "he has dandruff, need a shampoo"),
    (HAS_CONCERN, "a shampoo for someone who has dandruff"),
    (HAS_CONCERN, "dandruff"),
    # breaks out is the skin
    (BREAKS_OUT, "breaking news"),
    (BREAKS_OUT, "an outbreak"),
    (BREAKS_OUT, "it won't break the bank"),
    # sweating is someone sweating
    (SWEATING, "a sweatshirt"),
    (SWEATING, "sweat-proof mascara"),
    (SWEATING, "something sweet"),
    (SWEATING, "a sweatproof primer"),
    # sore is a sore part
    (SORE, "chapped lips"),
    (SORE, "a hand cream"),
    (SORE, "my feet hurt"),
    (SORE, "cracking jokes"),
    (SORE, "peeling mask"),
]


test_found, test_not_found = found_and_not_found(FOUND, NOT_FOUND, opening={HAS_CONCERN})


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
