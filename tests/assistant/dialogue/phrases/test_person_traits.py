"""`phrases.person_traits`: gender, age group, skin tone and whose a clause speaks of; each
read as `stated_traits` reads it (lower-cased)."""

from __future__ import annotations

import re

import pytest

from assistant.dialogue.phrases.person_traits import (
    AGE,
    AGE_GROUPS,
    CLAUSE_BREAK,
    GENDERS,
    MORE_CONCERNS,
    OWN_CLAUSE,
    SKIN_TONE,
    SKIN_TONE_OF,
    THEIR_CLAUSE,
    UNDERTONE,
)
from tests.assistant.dialogue.phrases.reading import found, group, names_found, search


@pytest.mark.parametrize(
    ("message", "gender"),
    [
        ("a razor for him", "men"),
        ("women's deodorant", "women"),
        ("a unisex scent", "unisex"),
        ("something for thinning hair, guy here", "men"),  # CONVO76: who says it, in passing
        ("as a woman with short hair, which dry shampoo", "women"),
    ],
)
def test_genders(message: str, gender: str) -> None:
    assert gender in names_found(GENDERS, message)


@pytest.mark.parametrize(
    ("message", "age_group"),
    [("for my toddler", "baby"), ("kids shampoo", "kids"), ("a teenage girl", "teen")],
)
def test_age_groups(message: str, age_group: str) -> None:
    assert names_found(AGE_GROUPS, message)[0] == age_group


def test_baby_oil_is_no_babys() -> None:
    assert not search(AGE_GROUPS[0][0], "baby oil for my legs")


@pytest.mark.parametrize(
    ("message", "age"),
    [
        ("she turns 60", "60"),
        ("his 30th birthday", "30"),
        ("my 14 year old", "14"),
        ("for my mum's 70th", "70"),
        ("in her 40s", "4"),
    ],
)
def test_ages(message: str, age: str) -> None:
    assert age in found(AGE, message).groups()


@pytest.mark.parametrize("message", ["the budget is 30", "under 25 bucks", "she's 5'4"])
def test_numbers_that_are_no_age(message: str) -> None:
    assert not search(AGE, message)


def test_skin_tones() -> None:
    assert group(SKIN_TONE, "foundation for olive skin", 2) == "olive"
    assert not search(SKIN_TONE, "dark spots on my skin")
    assert search(SKIN_TONE_OF, "i'm super pale") and group(UNDERTONE, "warm undertones", 1)


def test_more_concerns() -> None:
    assert search(MORE_CONCERNS, "crow's feet and greasy roots")


def test_whose_clause() -> None:
    clauses = re.split(CLAUSE_BREAK, "i have oily skin but she has dry skin")
    assert clauses == ["i have oily skin", "but she has dry skin"]
    assert search(OWN_CLAUSE, clauses[0]) and not search(THEIR_CLAUSE, clauses[0])
    assert search(THEIR_CLAUSE, clauses[1]) and search(THEIR_CLAUSE, "for my sister")
    assert not search(THEIR_CLAUSE, "my skin is dry")
