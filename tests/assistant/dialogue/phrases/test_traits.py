"""`phrases.traits`: a trait the picks have too much of, or the need should have more or less
of, and the catalog's word for its milder side; each read as `understanding` and `milder`
read them (lower-cased)."""

from __future__ import annotations

import re

import pytest

from assistant.dialogue.milder import milder, toned_trait
from assistant.dialogue.phrases.traits import (
    MILDER,
    MORE_OF_A_TRAIT,
    TONED_CLAUSE,
    TONED_DOWN,
    TOO_MUCH_OF_IT,
)
from tests.assistant.dialogue.phrases.reading import match, search


@pytest.mark.parametrize(
    "message",
    ["too girly", "a bit too bright", "they're too shiny", "way too loud", "no, too many"],
)
def test_too_much_of_it(message: str) -> None:
    assert match(TOO_MUCH_OF_IT, message)


@pytest.mark.parametrize(
    "message", ["a mask too", "toothpaste", "not too loud please", "i want one too"]
)
def test_too_much_of_it_opens_the_message(message: str) -> None:
    assert not match(TOO_MUCH_OF_IT, message)


@pytest.mark.parametrize(
    "message",
    ["more neutral please", "a bit more natural", "maybe more matte", "more dewy, thanks"],
)
def test_more_of_a_trait(message: str) -> None:
    assert search(MORE_OF_A_TRAIT, message)


@pytest.mark.parametrize(
    "message",
    [
        "more please",
        "more options",
        "more expensive",
        "more like the first",
        "more natural lipsticks",
    ],
)
def test_more_of_a_trait_is_the_trait_alone(message: str) -> None:
    assert not search(MORE_OF_A_TRAIT, message)


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
    toned = search(TONED_DOWN, message)
    assert toned
    assert toned_trait(toned) == trait
    assert trait in MILDER  # understanding reads MILDER[toned_trait(...)]


@pytest.mark.parametrize(
    "message",
    [
        "i hate greasy hair",  # a state, not a trait the need should not have
        "not sticky hair",
        "nothing glittery",  # no glitter (`avoid.LOOK_WORDS`), not a matte one
        "a bright red lipstick",
        "too bright",  # `TOO_MUCH_OF_IT`
    ],
)
def test_toned_down_is_a_trait_of_the_need(message: str) -> None:
    assert not search(TONED_DOWN, message)


@pytest.mark.parametrize("trait", sorted(MILDER))
def test_every_milder_trait_is_read_toned_down(trait: str) -> None:
    toned = search(TONED_DOWN, f"nothing too {trait}")
    assert toned
    assert toned_trait(toned) == trait


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
