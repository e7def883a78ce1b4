"""Whom a need is for, as shoppers name people (`wording.MORE_PEOPLE`, `PERSON_MODIFIER`,
`phrases.gifts_and_people.PERSON_SUBJECT`), and their sex for the catalog's "for men" and
"for women" products (`wording.sex_of`)."""

from __future__ import annotations

import re

import pytest

from assistant.dialogue.phrases.gifts_and_people import PERSON_SUBJECT, RECIPIENT
from assistant.dialogue.stated_needs import extract_attributes
from assistant.dialogue.wording import WHO_FOR, sex_of, tidy
from tests.assistant.dialogue.phrases.reading import group


@pytest.mark.parametrize(
    ("message", "who"),
    [
        ("i want to spoil my sister in law", "sister in law"),
        ("a gift for my son-in-law", "son-in-law"),
        ("something for my twin sister, she has oily skin", "sister"),
        ("for my soon-to-be wife", "wife"),
        ("my baby brother turns 18", "brother"),
        ("a thank you gift for my nurse", "nurse"),
        ("what can i get my bridesmaids", "bridesmaids"),
        ("a present for my mate, he's into hair gel", "mate"),
        ("for my stepdad", "stepdad"),
        ("for my friends", "friends"),
        ("my boyfriend's mom, budget $30", "boyfriend's mom"),
    ],
)
def test_recipient_names_more_people(message: str, who: str) -> None:
    assert group(RECIPIENT, message, 3) == who


@pytest.mark.parametrize(
    ("message", "who"),
    [
        ("grandma has really dry hands, hand cream for her?", "grandma"),
        ("mum's birthday is sunday, something with roses", "mum"),
        ("ok so dad needs a new razor", "dad"),
        ("my husband keeps stealing my moisturizer, get him his own", "husband"),
        ("a gift for him", "him"),
    ],
)
def test_whom_a_message_opens_with(message: str, who: str) -> None:
    """A person the message opens with stands for "her"/"him" later; "my X" stays first."""
    assert extract_attributes(message)["for"] == who


@pytest.mark.parametrize(
    "message",
    [
        "baby shampoo that doesn't sting",
        "girl's night out, a glitter liner",
        "team colours nail polish",
    ],
)
def test_no_person_subject(message: str) -> None:
    assert re.search(PERSON_SUBJECT, message) is None


@pytest.mark.parametrize(
    ("who", "sex"),
    [
        ("boyfriend", "men"),
        ("boyfriend's mom", "women"),
        ("father in law", "men"),
        ("mother-in-law", "women"),
        ("stepdad", "men"),
        ("step mum", "women"),
        ("brothers", "men"),
        ("bridesmaids", "women"),
        ("coworker", None),
        ("nurse", None),
        ("", None),
    ],
)
def test_sex_of_the_person_named_last(who: str, sex: str | None) -> None:
    assert sex_of(who) == sex


@pytest.mark.parametrize(
    ("message", "need"),
    [
        ("hand cream for my roommate", "hand cream"),
        ("a candle for my daughter's teacher", "a candle"),
        ("beard oil for my twin brother", "beard oil"),
    ],
)
def test_whom_is_no_word_of_the_need(message: str, need: str) -> None:
    assert tidy(WHO_FOR.sub(" ", message)) == need
