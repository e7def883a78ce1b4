"""`phrases.gifts_and_people`: whom a need is for, the occasion, a small gift, a name the
person likes; each read as `understanding` and `stated_needs` read them (lower-cased)."""

from __future__ import annotations

import re

import pytest

from assistant.dialogue.needs.wording import sex_of
from assistant.dialogue.phrases.gifts_and_people import (
    FOR_A_SEX,
    FOR_SOMEONE_ELSE,
    LIKES_A_NAME,
    OCCASION,
    RECIPIENT,
    SMALL_GIFT,
    THEY_LIKE,
)
from tests.assistant.dialogue.phrases.reading import (
    found_and_not_found,
    group,
    lowered,
    what_is_left,
)


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
        ("for my father in law", "father in law"),  # a man: `wording.sex_of`
    ],
)
def test_recipient(message: str, who: str) -> None:
    assert group(RECIPIENT, message, 3) == who


def test_a_father_in_law_is_a_man() -> None:
    assert sex_of(group(RECIPIENT, "for my father in law", 3)) == "men"


FOUND = [  # (pattern, a message it finds)
    # for someone else
    (FOR_SOMEONE_ELSE, "what about for my dad"),
    (FOR_SOMEONE_ELSE, "and for my sister?"),
    (FOR_SOMEONE_ELSE, "same for my mum"),
    (FOR_SOMEONE_ELSE, "it's for my husband"),
    (FOR_SOMEONE_ELSE, "for my daughter, she's 6"),
    (FOR_SOMEONE_ELSE, "for my mom actually"),
    (FOR_SOMEONE_ELSE, "ok, for him then"),
]


NOT_FOUND = [  # (pattern, a message it does not find)
    # recipient is a person
    (RECIPIENT, "a formula for dry hair"),
    (RECIPIENT, "good for everyday"),
    (RECIPIENT, "perfect for summer"),
    # for someone else says nothing but whom
    (FOR_SOMEONE_ELSE, "a moisturizer for my dad"),  # a need of its own
    (FOR_SOMEONE_ELSE, "for my dad's dry skin"),
    (FOR_SOMEONE_ELSE, "what about for men"),  # `FOR_A_SEX`
    (FOR_SOMEONE_ELSE, "for my mum, something with spf"),
    # for a sex says nothing but the sex
    (FOR_A_SEX, "a razor for men"),
    (FOR_A_SEX, "for men with sensitive skin"),
    (FOR_A_SEX, "for mens skin"),
    (FOR_A_SEX, "for my dad"),
    # likes a name said alone
    (LIKES_A_NAME, "she loves red lipstick"),
    (LIKES_A_NAME, "she is 40"),
    (LIKES_A_NAME, "he likes his beard soft"),
    (LIKES_A_NAME, "i love chanel"),
    # what the person a gift is for likes: a verb of liking before it
    (THEY_LIKE, "a gift for my brother, sports fan"),
    (THEY_LIKE, "a lipstick she can wear to work"),
]


@pytest.mark.parametrize(
    ("message", "what"),
    [
        ("my best friend's bridal shower, she loves bath stuff, around 35?", "bath stuff"),
        ("present for my brother, likes sports, 30ish", "sports"),
        ("gift for my dad, he's really into golf", "golf"),
        ("my niece is obsessed with lip gloss", "lip gloss"),
        ("my aunt is a huge fan of candles. under 20", "candles"),
        ("she adores lavender", "lavender"),
    ],
)
def test_what_they_like_runs_to_the_end_of_its_clause(message: str, what: str) -> None:
    assert group(THEY_LIKE, message, "what").strip() == what


test_found, test_not_found = found_and_not_found(FOUND, NOT_FOUND)


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


LEFT = [  # (pattern, put in its place, a message, what is left of it): a small gift is a gift
    (SMALL_GIFT, "a gift", "stocking stuffers under 10", "a gift under 10"),
    (SMALL_GIFT, "a gift", "Stocking Stuffers under 10", "a gift under 10"),
    (SMALL_GIFT, "a gift", "a stocking stuffer for my mum", "a gift for my mum"),
    (SMALL_GIFT, "a gift", "stocking-stuffer ideas", "a gift ideas"),
]
test_left = what_is_left(LEFT)  # as `understand`


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
