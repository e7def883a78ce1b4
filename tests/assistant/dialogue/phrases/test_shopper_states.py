"""`phrases.shopper_states`: what a message says of someone's skin, hair or body; each read as
`stated_needs`, `understanding`, the reader and the search handler read it (lower-cased)."""

from __future__ import annotations

import re

import pytest

from assistant.dialogue.clarifying.answers import options_named
from assistant.dialogue.needs.stated_needs import extract_attributes, sore_state
from assistant.dialogue.phrases.shopper_states import (
    BARE_STATE,
    BREAKS_OUT,
    CONCERN_HAD,
    HAIR,
    HAS_CONCERN,
    HAVE_STATE,
    SKIN,
    SORE,
    STATE_OF,
    STATE_SAID_AS,
    STATE_WORDS,
    STATES,
    SWEATING,
)
from tests.assistant.dialogue.phrases.reading import (
    found_and_not_found,
    group,
    lowered,
    what_is_read,
)

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


OPENING = {HAS_CONCERN}  # the reader and `beside_picks` read it at the lowered message's start
test_found, test_not_found = found_and_not_found(FOUND, NOT_FOUND, OPENING)


READ = [  # (pattern, its groups, a message, what they hold there)
    # skin
    (SKIN, 1, "a moisturizer for dry skin", "dry"),
    (SKIN, 1, "acne prone skin", "acne prone"),
    (SKIN, 1, "acne-prone skin", "acne-prone"),
    (SKIN, 1, "i have Combination skin", "combination"),
    (SKIN, 1, "combo skin", "combo"),  # stated_needs names it combination
    # hair
    (HAIR, 1, "shampoo for frizzy hair", "frizzy"),
    (HAIR, 1, "color-treated hair", "color-treated"),
    (HAIR, 1, "my grey hair", "grey"),
    (HAIR, 1, "gray hair", "gray"),
    (HAIR, 1, "bleached hair", "bleached"),
    # have state
    (HAVE_STATE, (1, 2), "i have oily skin", ("oily", "skin")),
    (HAVE_STATE, (1, 2), "i've got super dry hair", ("dry", "hair")),
    (HAVE_STATE, (1, 2), "i do have really sensitive skin", ("sensitive", "skin")),
    (HAVE_STATE, (1, 2), "i have thin and frizzy hair", ("frizzy", "hair")),
    # bare state
    # owning up to a `SLIP`
    (BARE_STATE, (1, 2), "oops, combination skin", ("combination", "skin")),
    (BARE_STATE, (1, 2), "dry skin, sorry", ("dry", "skin")),
    (BARE_STATE, (1, 2), "for oily hair please", ("oily", "hair")),
    (BARE_STATE, (1, 2), "actually, sensitive skin", ("sensitive", "skin")),
    (BARE_STATE, (1, 2), "it's acne-prone skin, my bad", ("acne-prone", "skin")),
    # concern had
    (CONCERN_HAD, "concern", "she's into skincare, has some acne", "acne"),
    (CONCERN_HAD, "concern", "my wife gets rosacea", "rosacea"),
    (CONCERN_HAD, "concern", "he suffers from eczema", "eczema"),
    (CONCERN_HAD, "concern", "i'm worried about wrinkles", "wrinkles"),
    # `WORRIED` about one of `CONCERNS`
    (CONCERN_HAD, "concern", "i'm worried about fine lines", "fine lines"),
    (CONCERN_HAD, "concern", "she struggles with dark circles and puffy eyes", "dark circles"),
    (CONCERN_HAD, "concern", "my dad has really bad dandruff", "dandruff"),
    (CONCERN_HAD, "concern", "they're prone to breakouts", "breakouts"),
    # has concern
    (HAS_CONCERN, "concern", "he has dandruff", "dandruff"),
    (HAS_CONCERN, "concern", "my wife gets rosacea", "rosacea"),
    # `WORRIED_ABOUT` after a comma
    (HAS_CONCERN, "concern", "i'm 45, worried about wrinkles", "wrinkles"),
    (HAS_CONCERN, "concern", "and she has split ends too", "split ends"),
    (HAS_CONCERN, "concern", "oh, he's 16 and has acne", "acne"),
]
test_read = what_is_read(READ, OPENING)


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
    assert sore_state(lowered(message), vocabulary=None) == sore


STATE_OPTIONS = {state: state.capitalize() for state in STATE_WORDS if state != "colour-treated"}
"""An option named by each state, as our question offers it ('Dry or oily?'); one spelling of
color-treated (both have the same words)."""
SAID_OF_A_STATE = [
    (state, word)
    for state, words in STATE_WORDS.items()
    if state in STATE_OPTIONS
    for word in (state, *words.split())
]


@pytest.mark.parametrize(("state", "word"), SAID_OF_A_STATE)
def test_a_state_word_names_the_same_state_to_our_question_and_of_a_part(
    state: str, word: str
) -> None:
    """One table (`STATE_WORDS`): a word for a state chooses that state's option of our question
    (`answers.options_named`), and said of a part of the body, where that reading reads it, is
    skin of that state (`stated_needs.extract_attributes`)."""
    options = list(STATE_OPTIONS.values())  # "oily" also ends "coily", a word of curly's
    assert STATE_OPTIONS[state] in options_named(f"honestly super {word} tbh", options)
    assert STATE_SAID_AS.get(word, word) == state
    of_a_part = extract_attributes(f"my face gets really {word}").get("skin")
    assert of_a_part in (None, state), word


def test_the_words_a_part_of_the_body_is_said_to_be_are_the_table_s() -> None:
    """The words a part of the body is said to be that are no state's own name ("my face gets
    shiny") read as the state the table gives them, so none is read from a second table."""
    read = {
        word: skin
        for _, word in SAID_OF_A_STATE
        if (skin := extract_attributes(f"my face gets {word}").get("skin")) and skin != word
    }
    assert read == {word: STATE_SAID_AS[word] for word in read}
    assert {"shiny", "greasy", "flaky", "cracked", "tight", "stings", "delicate"} <= set(read)
