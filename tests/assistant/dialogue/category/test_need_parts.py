"""`need_parts.what_it_is`: the words of a need before what it is for, read with the one split
of a need at its purpose (`retrieval.category_names.split_at_purpose`), the whole need kept."""

from __future__ import annotations

from assistant.dialogue.category.need_parts import what_it_is


def test_what_a_need_is_comes_before_its_purpose() -> None:
    assert what_it_is("A cap for when i dye my hair") == "a cap"
    assert what_it_is("a soak for sore muscles after running") == "a soak"
    assert what_it_is("a serum that fades dark spots") == "a serum"


def test_every_clause_before_the_purpose_is_kept() -> None:
    # the dialogue's split_purpose asks for the last clause only; what_it_is keeps them all
    assert what_it_is("a mascara, a lipstick and a blush for a night out") == (
        "a mascara, a lipstick and a blush"
    )


def test_to_before_whom_or_where_is_no_purpose() -> None:
    assert what_it_is("add to my cart") == "add to my cart"
    assert what_it_is("going to a baby shower saturday for a friend") == (
        "going to a baby shower saturday"
    )
    assert what_it_is("a red lipstick") == "a red lipstick"


def test_the_for_of_looking_for_is_no_purpose() -> None:
    """ "looking for shampoo oily hair" was what "looking" is, for "shampoo oily hair": read as
    no type, its category stayed Hair Care."""
    assert what_it_is("looking for shampoo oily hair") == "looking for shampoo oily hair"
    assert what_it_is("i'm looking for a powder for oily skin") == "a powder"
