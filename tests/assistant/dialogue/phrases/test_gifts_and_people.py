"""`phrases.gifts_and_people`: whom a need is for, the occasion, a small gift, a name the
person likes; each read as `understanding` and `stated_needs` read them (lower-cased)."""

from __future__ import annotations

import re

import pytest

from assistant.dialogue.phrases.gifts_and_people import (
    FOR_A_SEX,
    FOR_SOMEONE_ELSE,
    LIKES_A_NAME,
    OCCASION,
    RECIPIENT,
    SMALL_GIFT,
)
from assistant.dialogue.wording import MEN
from tests.assistant.dialogue.phrases.reading import group, lowered, search


@pytest.mark.parametrize(
    ("message", "who"),
    [
        ("something for my mum", "mum"),
        ("a lip gloss for my teenage niece", "niece"),
        ("for my 10 year old son", "son"),
        ("a treat for myself", "myself"),
        ("for me please", "me"),
        ("a gift for him", "him"),
        ("my sister's birthday is coming", "sister"),
        # `MORE_PEOPLE`: the recipient only
        ("for my mother-in-law", "mother-in-law"),
        ("a candle for my roommate", "roommate"),
        ("something for my other half", "other half"),
        ("for my nana", "nana"),
        ("for my brother", "brother"),  # not "bro"
        ("for my father in law", "father"),  # "father": men's products (`wording.MEN`)
    ],
)
def test_recipient(message: str, who: str) -> None:
    assert group(RECIPIENT, message, 3) == who


def test_a_father_in_law_is_a_man() -> None:
    assert group(RECIPIENT, "for my father in law", 3) in MEN


@pytest.mark.parametrize(
    "message", ["a formula for dry hair", "good for everyday", "perfect for summer"]
)
def test_recipient_is_a_person(message: str) -> None:
    assert not search(RECIPIENT, message)


@pytest.mark.parametrize(
    "message",
    [
        "what about for my dad",
        "and for my sister?",
        "same for my mum",
        "it's for my husband",
        "for my daughter, she's 6",
        "for my mom actually",
        "ok, for him then",
    ],
)
def test_for_someone_else(message: str) -> None:
    assert search(FOR_SOMEONE_ELSE, message)


@pytest.mark.parametrize(
    "message",
    [
        "a moisturizer for my dad",  # a need of its own
        "for my dad's dry skin",
        "what about for men",  # `FOR_A_SEX`
        "for my mum, something with spf",
    ],
)
def test_for_someone_else_says_nothing_but_whom(message: str) -> None:
    assert not search(FOR_SOMEONE_ELSE, message)


@pytest.mark.parametrize(
    ("message", "men"),
    [
        ("for men", "men"),
        ("it's for a man", "man"),
        ("what about for men?", "men"),
        ("any for men?", "men"),
        ("do you have it for women?", None),
        ("and for ladies please", None),
        ("but for guys", "guys"),
    ],
)
def test_for_a_sex(message: str, men: str | None) -> None:
    assert group(FOR_A_SEX, message, "men") == men


@pytest.mark.parametrize(
    "message", ["a razor for men", "for men with sensitive skin", "for mens skin", "for my dad"]
)
def test_for_a_sex_says_nothing_but_the_sex(message: str) -> None:
    assert not search(FOR_A_SEX, message)


@pytest.mark.parametrize(
    ("message", "occasions"),
    [
        ("for mother's day", ["mother's day"]),
        ("a secret santa gift", ["secret santa", "gift"]),
        ("something for the beach", ["beach"]),
        ("a gift for her birthday", ["gift", "birthday"]),  # a birthday: the first not a gift
        ("a present for our anniversary", ["present", "anniversary"]),
        ("travelling next week, need a sunscreen", ["travelling"]),
        ("valentine's day date night", ["valentine's day", "date night"]),
    ],
)
def test_occasion(message: str, occasions: list[str]) -> None:
    assert re.findall(OCCASION, lowered(message)) == occasions  # `stated_needs`' findall


@pytest.mark.parametrize(
    "message",
    ["a travel size shampoo", "a travel-size mascara", "travel kit", "a presentation", "giftset"],
)
def test_occasion_is_not_a_size_or_a_kit(message: str) -> None:
    assert re.findall(OCCASION, lowered(message)) == []


@pytest.mark.parametrize(
    ("message", "said"),
    [
        ("stocking stuffers under 10", "a gift under 10"),
        ("Stocking Stuffers under 10", "a gift under 10"),
        ("a stocking stuffer for my mum", "a gift for my mum"),
        ("stocking-stuffer ideas", "a gift ideas"),
    ],
)
def test_small_gift_is_a_gift(message: str, said: str) -> None:
    assert re.sub(SMALL_GIFT, "a gift", message, flags=re.I) == said  # as `understand`


@pytest.mark.parametrize("message", ["sheer stockings", "a stocking cap", "stuffed animals"])
def test_small_gift_is_not_stockings(message: str) -> None:
    assert not re.search(SMALL_GIFT, message, flags=re.I)


@pytest.mark.parametrize(
    ("message", "name"),
    [
        ("she loves chanel", "chanel"),
        ("he's obsessed with fenty", "fenty"),
        ("she's a huge fan of dior, any ideas?", "dior"),
        ("she swears by clinique", "clinique"),
        ("they're really into k-beauty and skincare", "k-beauty"),
    ],
)
def test_likes_a_name(message: str, name: str) -> None:
    assert group(LIKES_A_NAME, message, "name") == name


@pytest.mark.parametrize(
    "message", ["she loves red lipstick", "she is 40", "he likes his beard soft", "i love chanel"]
)
def test_likes_a_name_said_alone(message: str) -> None:
    assert not search(LIKES_A_NAME, message)
