"""Whom a need is for, as shoppers name people (`wording.MORE_PEOPLE`, `PERSON_MODIFIER`,
`phrases.gifts_and_people.PERSON_SUBJECT`), and their sex for the catalog's "for men" and
"for women" products (`wording.sex_of`)."""

from __future__ import annotations

import pytest

from assistant.dialogue.needs.stated_needs import extract_attributes
from assistant.dialogue.needs.wording import WHO_FOR, sex_of, tidy
from assistant.dialogue.phrases.gifts_and_people import PERSON_SUBJECT, RECIPIENT
from tests.assistant.dialogue.phrases.reading import found_and_not_found, what_is_read

READ = [  # (pattern, its group, a message, whom it holds)
    (RECIPIENT, 3, "i want to spoil my sister in law", "sister in law"),
    (RECIPIENT, 3, "a gift for my son-in-law", "son-in-law"),
    (RECIPIENT, 3, "something for my twin sister, she has oily skin", "sister"),
    (RECIPIENT, 3, "for my soon-to-be wife", "wife"),
    (RECIPIENT, 3, "my baby brother turns 18", "brother"),
    (RECIPIENT, 3, "a thank you gift for my nurse", "nurse"),
    (RECIPIENT, 3, "what can i get my bridesmaids", "bridesmaids"),
    (RECIPIENT, 3, "a present for my mate, he's into hair gel", "mate"),
    (RECIPIENT, 3, "for my stepdad", "stepdad"),
    (RECIPIENT, 3, "for my friends", "friends"),
    (RECIPIENT, 3, "my boyfriend's mom, budget $30", "boyfriend's mom"),
    (RECIPIENT, 3, "a little something for my kid's teacher", "kid's teacher"),
    (RECIPIENT, 3, "something for my daughter's soccer coach", "daughter's soccer coach"),
    (RECIPIENT, 3, "a candle for my mum's best friend", "mum's best friend"),
    (RECIPIENT, 3, "my sister's birthday is friday", "sister"),
    (RECIPIENT, 3, "a shampoo for my sister's dry hair", "sister"),
    (PERSON_SUBJECT, 1, "grandma has really dry hands, hand cream for her?", "grandma"),
    (PERSON_SUBJECT, 1, "ok so dad needs a new razor", "dad"),
]

test_read = what_is_read(READ)

NOT_FOUND = [  # (pattern, a message that opens with no person)
    (PERSON_SUBJECT, "baby shampoo that doesn't sting"),
    (PERSON_SUBJECT, "girl's night out, a glitter liner"),
    (PERSON_SUBJECT, "team colours nail polish"),
]

_, test_not_found = found_and_not_found([], NOT_FOUND)


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
