"""`phrases.references`: how a message points at the picks on screen, by place, by price,
as a subject or as the others; each read as `understanding` reads it (lower-cased)."""

from __future__ import annotations

import re

import pytest

from assistant.dialogue.phrases.references import (
    A_PICK,
    A_PLACE_ALONE,
    FOLLOW_UP,
    ORDINALS,
    POINTED,
    PRICE_PICK,
    THE_OTHERS,
    TOP_PICK,
)
from tests.assistant.dialogue.phrases.reading import found_and_not_found, group, lowered

PLACES = ("first", "second", "third", "fourth", "fifth", "1st", "2nd", "3rd", "4th", "5th")


def test_ordinals_say_each_place_three_ways() -> None:
    by_place: dict[int, set[str]] = {}
    for word, index in ORDINALS.items():
        by_place.setdefault(index, set()).add(word)
    assert by_place == {
        0: {"first", "1st", "one"},
        1: {"second", "2nd", "two"},
        2: {"third", "3rd", "three"},
        3: {"fourth", "4th", "four"},
        4: {"fifth", "5th", "five"},
    }


@pytest.mark.parametrize("place", PLACES)
def test_every_place_the_patterns_read_has_an_index(place: str) -> None:
    # understanding.find_references reads ORDINALS[place] for each place these patterns name
    assert place in ORDINALS
    assert re.fullmatch(A_PICK, f"the {place}")
    assert re.fullmatch(POINTED, f"the {place}")
    assert re.match(A_PLACE_ALONE, f"the {place} one")


@pytest.mark.parametrize(
    ("message", "pick"),
    [
        ("add the cheapest to my cart", "the cheapest"),
        ("the most expensive one", "the most expensive one"),
        ("is the priciest one worth it?", "the priciest one"),
        ("tell me about the least expensive", "the least expensive"),
        ("why you suggested the expensive one", "the expensive one"),
        ("is the cheap one any good", "the cheap one"),
    ],
)
def test_price_pick(message: str, pick: str) -> None:
    assert group(PRICE_PICK, message, 0) == pick


FOUND = [  # (pattern, a message it finds)
    # a place alone
    (A_PLACE_ALONE, "the second one"),
    (A_PLACE_ALONE, "#3"),
    (A_PLACE_ALONE, "and the last one?"),
    (A_PLACE_ALONE, "what about the 2nd?"),
    (A_PLACE_ALONE, "option 4"),
    (A_PLACE_ALONE, "hmm, first"),
    # the others
    (THE_OTHERS, "and the other ones?"),
    (THE_OTHERS, "not the first one, the others"),
    (THE_OTHERS, "what about the rest"),
    (THE_OTHERS, "how about the other"),
    (THE_OTHERS, "the other two?"),
    # top pick
    (TOP_PICK, "tell me more about your top pick"),
    (TOP_PICK, "the top one"),
    (TOP_PICK, "your favorite"),
    (TOP_PICK, "what's your favourite?"),
    (TOP_PICK, "is the #1 choice vegan?"),
    (TOP_PICK, "ur best recommendation please"),
    # pointed: at the picks, as a subject
    (POINTED, "these"),
    (POINTED, "those"),
    (POINTED, "they"),
    (POINTED, "the second one"),
    (POINTED, "the 3rd"),
    (POINTED, "that blue one"),
    (POINTED, "the pink ones"),
    # a pick: one on screen, or all of them
    (A_PICK, "it"),
    (A_PICK, "the second one"),
    (A_PICK, "the first"),
    (A_PICK, "the cheapest"),
    (A_PICK, "#3"),
    (A_PICK, "no. 3"),
    (A_PICK, "no 2"),
    (A_PICK, "them all"),
    (A_PICK, "all of them"),
    (A_PICK, "both"),
    (A_PICK, "both of them"),
    (A_PICK, "option 2"),
    (A_PICK, "number 4"),
    (A_PICK, "item 5"),
    (A_PICK, "that pink one"),
    (A_PICK, "your top pick"),
    (A_PICK, "the best one"),
]


NOT_FOUND = [  # (pattern, a message it does not find)
    # price pick is a pick on screen
    (PRICE_PICK, "cheaper"),
    (PRICE_PICK, "your cheapest shampoo"),
    (PRICE_PICK, "a cheap one"),  # a need, not a pick on screen
    (PRICE_PICK, "the cheaper one"),  # of two: `A_PICK`'s comparative
    # a place alone says nothing else
    (A_PLACE_ALONE, "the second one please"),  # a choice: `cart_and_likes.CHOSEN`
    (A_PLACE_ALONE, "the second one is nice"),
    (A_PLACE_ALONE, "number 10"),
    (A_PLACE_ALONE, "the first two"),
    (A_PLACE_ALONE, "the first one in red"),
    # the others are not other products
    (THE_OTHERS, "other ones"),
    (THE_OTHERS, "show me other ones"),
    (THE_OTHERS, "any other options"),
    (THE_OTHERS, "the other day i bought a serum"),
    # top pick is the first on screen
    (TOP_PICK, "your pick for a gift"),  # asks us to choose
    (TOP_PICK, "your favorite between these"),
    (TOP_PICK, "the top shelf"),
    (TOP_PICK, "top rated ones"),
    (TOP_PICK, "my favorite brand"),
    # pointed is a subject on screen
    (POINTED, "them"),
    (POINTED, "it"),
    (POINTED, "these ones"),
    (POINTED, "the sixth"),
    (POINTED, "a pink one"),
    # a pick is one on screen or all
    (A_PICK, "these"),
    (A_PICK, "#0"),
    (A_PICK, "#10"),
    (A_PICK, "the sixth"),
    (A_PICK, "a pink one"),
    (A_PICK, "all"),
]


test_found, test_not_found = found_and_not_found(
    FOUND, NOT_FOUND, opening={A_PLACE_ALONE}, whole={POINTED, A_PICK}
)


@pytest.mark.parametrize(
    ("message", "rest"),
    [
        ("and the other ones?", "the other ones?"),
        ("not the first one, the others", "the first one, the others"),
        ("ok, so what about the rest", "the rest"),
        ("but, no, the last", "the last"),
        ("nothing else", "nothing else"),
        ("another one", "another one"),
        ("soft ones", "soft ones"),
    ],
)
def test_follow_up_opening_is_cut(message: str, rest: str) -> None:
    assert re.sub(FOLLOW_UP, "", lowered(message)) == rest  # as understanding._follows_up
