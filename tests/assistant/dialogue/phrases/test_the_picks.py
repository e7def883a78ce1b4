"""`phrases.references.THE_PICKS`: the one way to say "of these picks" that the three readers of
every pick on screen share (`cart_and_likes.EVERY_PICK` for a like or a dislike,
`understanding.EVERY_PICK` for a reference, `handlers.questions.ALL_OF_THEM` for a question);
each names its own quantifiers before it (`of_the_picks`), and `EVERY_ONE_SHOWN` reads its
pronouns (`THEM`)."""

from __future__ import annotations

import re

import pytest

from assistant.dialogue.handlers.questions import ALL_OF_THEM
from assistant.dialogue.phrases.cart_and_likes import EVERY_PICK as LIKED_ALL
from assistant.dialogue.phrases.references import EVERY_ONE_SHOWN, THE_PICKS, of_the_picks
from assistant.dialogue.understanding import find_references

OBJECTS = ("these", "those", "them", "em", "'em", "the picks", "your picks")


@pytest.mark.parametrize("picks", OBJECTS)
def test_each_reader_reads_every_way_to_say_the_picks(picks: str) -> None:
    assert re.fullmatch(THE_PICKS, picks)
    assert re.search(LIKED_ALL, f"not feeling any of {picks} tbh")
    assert find_references(f"compare all of {picks}", 4) == [0, 1, 2, 3]
    assert find_references(f"add each of {picks} to my cart", 3) == [0, 1, 2]
    assert ALL_OF_THEM.search(f"are any of {picks} vegan?")
    assert ALL_OF_THEM.search(f"which of {picks} lasts longest")


@pytest.mark.parametrize(
    "message",
    [
        "any of these in a bigger size",  # a question's own words, not a reference's
        "none of them",
        "both of them",
    ],
)
def test_a_reference_keeps_its_own_words(message: str) -> None:
    # "any", "none" and "both" of the picks are a like's or a question's words: a reference to
    # every pick reads only "all" and "each" before them ("both" is the first two elsewhere)
    assert find_references(message, 4) != [0, 1, 2, 3]


@pytest.mark.parametrize("pronoun", ["these", "those", "them", "they", "'em"])
def test_every_one_shown_reads_the_pronouns_not_one_of_them(pronoun: str) -> None:
    assert re.search(EVERY_ONE_SHOWN, f"not loving {pronoun}")
    assert not re.search(EVERY_ONE_SHOWN, f"one of {pronoun}")
    assert not re.search(EVERY_ONE_SHOWN, "tem em estoque?")  # "em" only after "of"


def test_of_the_picks_reads_only_the_quantifiers_named() -> None:
    assert re.fullmatch(of_the_picks("any|all"), "any of em")
    assert re.fullmatch(of_the_picks("any|all"), "all of your picks")
    assert not re.fullmatch(of_the_picks("any|all"), "none of these")


def test_em_after_a_space_is_every_pick_and_inside_a_word_is_not() -> None:
    # "love 'em": "'em" begins with no word character, so a word boundary before it never
    # matched after a space; the look-behind reads it, and no word ending in "them" counts
    assert re.search(EVERY_ONE_SHOWN, "love 'em, which is cheapest?")
    assert not re.search(EVERY_ONE_SHOWN, "anthem of the summer")
