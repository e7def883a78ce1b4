"""`phrases.traits`: a trait the picks have too much of, or the need should have more or less
of, and the catalog's word for its milder side; each read as `understanding` and `milder`
read them (lower-cased)."""

from __future__ import annotations

import re

import pytest

from assistant.dialogue.needs.milder import milder, toned_trait
from assistant.dialogue.phrases.traits import (
    MILDER,
    MORE_OF_A_TRAIT,
    TONED_CLAUSE,
    TONED_DOWN,
    TOO_MUCH_OF_IT,
)
from tests.assistant.dialogue.phrases.reading import found, found_and_not_found

FOUND = [  # (pattern, a message it finds)
    # too much of it
    (TOO_MUCH_OF_IT, "too girly"),
    (TOO_MUCH_OF_IT, "a bit too bright"),
    (TOO_MUCH_OF_IT, "they're too shiny"),
    (TOO_MUCH_OF_IT, "way too loud"),
    (TOO_MUCH_OF_IT, "no, too many"),
    # more of a trait
    (MORE_OF_A_TRAIT, "more neutral please"),
    (MORE_OF_A_TRAIT, "a bit more natural"),
    (MORE_OF_A_TRAIT, "maybe more matte"),
    (MORE_OF_A_TRAIT, "more dewy, thanks"),
]


NOT_FOUND = [  # (pattern, a message it does not find)
    # too much of it opens the message
    (TOO_MUCH_OF_IT, "a mask too"),
    (TOO_MUCH_OF_IT, "toothpaste"),
    (TOO_MUCH_OF_IT, "not too loud please"),
    (TOO_MUCH_OF_IT, "i want one too"),
    # more of a trait is the trait alone
    (MORE_OF_A_TRAIT, "more please"),
    (MORE_OF_A_TRAIT, "more options"),
    (MORE_OF_A_TRAIT, "more expensive"),
    (MORE_OF_A_TRAIT, "more like the first"),
    (MORE_OF_A_TRAIT, "more natural lipsticks"),
    # toned down is a trait of the need
    (TONED_DOWN, "i hate greasy hair"),  # a state, not a trait the need should not have
    (TONED_DOWN, "not sticky hair"),
    (TONED_DOWN, "nothing glittery"),  # no glitter (`avoid.LOOK_WORDS`), not a matte one
    (TONED_DOWN, "a bright red lipstick"),
    (TONED_DOWN, "too bright"),  # `TOO_MUCH_OF_IT`
]


test_found, test_not_found = found_and_not_found(FOUND, NOT_FOUND, opening={TOO_MUCH_OF_IT})


@pytest.mark.parametrize(
    ("message", "trait"),
    [
        ("nothing too bright", "bright"),
        ("not too loud", "loud"),
        ("one that isn't greasy", "greasy"),
        ("doesn't feel greasy", "greasy"),
        ("won't leave my skin sticky", "sticky"),
        ("i hate greasy stuff", "greasy"),
        ("he hates anything sticky", "sticky"),
        ("he doesn't like anything greasy", "greasy"),
        ("not sticky", "sticky"),
        ("a body lotion, not sticky", "sticky"),
        ("light but not heavy please", "heavy"),
        ("nothing too glittery", "glittery"),
    ],
)
def test_toned_down(message: str, trait: str) -> None:
    assert toned_trait(found(TONED_DOWN, message)) == trait
    assert trait in MILDER  # understanding reads MILDER[toned_trait(...)]


@pytest.mark.parametrize("trait", sorted(MILDER))
def test_every_milder_trait_is_read_toned_down(trait: str) -> None:
    assert toned_trait(found(TONED_DOWN, f"nothing too {trait}")) == trait


@pytest.mark.parametrize(
    ("trait", "category", "word"),
    [
        ("bright", None, "natural"),
        ("loud", "Beauty > Makeup > Lips > Lipstick", "light"),
        ("loud", "Beauty > Hair Care > Styling Tools > Hair Dryers", "quiet"),  # `APPLIANCES`
        ("loud", "Beauty > Tools & Accessories > Nail Tools > Nail Dryers", "quiet"),
        ("greasy", None, "non-greasy"),
    ],
)
def test_milder_word_and_appliances(trait: str, category: str | None, word: str) -> None:
    assert milder(trait, category) == word


@pytest.mark.parametrize(
    ("message", "need"),
    [
        ("a hair dryer that's not too loud", "a hair dryer"),
        ("a foundation which isn't too heavy", "a foundation"),
        ("a moisturizer, not too greasy", "a moisturizer"),
        ("A Perfume That Is Not Too Sweet", "A Perfume"),
        ("a lotion that doesn't feel sticky", "a lotion"),
    ],
)
def test_toned_clause_is_cut_whole(message: str, need: str) -> None:
    # `milder_words` says the clause, "that's" and all, as the milder word
    assert re.sub(TONED_CLAUSE, " ", message, flags=re.I).strip() == need
