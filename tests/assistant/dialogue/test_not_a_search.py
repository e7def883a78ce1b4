"""Turns that are no search (issue 17's CONVO36 class): a message that names no product and does
not ask to shop, or asks for a place nearby, is off the shop's topic, though some title says its
words ("pizza", "hotel", "dinner": a search for them guessed a category); one that names a
product, or asks to shop with a word that names none, stays a search; beside our question a
short answer names none and is no talk ("big one, family of 5"). Read as `TurnReader` reads
them, over a small catalog whose titles say those words."""

from __future__ import annotations

import pytest

from assistant.dialogue.model.model_request import TurnSituation
from assistant.dialogue.needs.shopping_words import names_a_product
from assistant.dialogue.reader import TurnReader
from assistant.dialogue.request import Intent
from assistant.dialogue.vocabulary import CatalogVocabulary
from tests.tables import reads_as

SHAMPOOS, EYELINER, POLISH, LOTIONS = (
    f"Beauty > {branch}"
    for branch in (
        "Hair Care > Shampoos",
        "Makeup > Eyes > Eyeliner",
        "Makeup > Nails > Nail Polish",
        "Skin Care > Body > Lotions",
    )
)

VOCABULARY = CatalogVocabulary(
    categories=[SHAMPOOS, EYELINER, POLISH, LOTIONS],
    words=frozenset(
        [
            "shampoo",
            "kohl",
            "pizza",
            "hotel",
            "paris",
            "dinner",
            "love",
            "good",
            "president",
            "france",
            "times",
            "taxes",
            "help",
            "cook",
            "tonight",
            "phone",
            "book",
            "place",
            "family",
            "balm",
            "sweat",
        ]
    ),
    title_counts={
        "kohl": {EYELINER: 10},  # all in one branch: a product
        "pizza": {POLISH: 1},  # a polish named "Pizza Party": one title
        "hotel": {LOTIONS: 2},  # hotel-size lotions
        "love": {SHAMPOOS: 6, EYELINER: 6, POLISH: 6, LOTIONS: 6},  # any title may say it
        "help": {SHAMPOOS: 8, LOTIONS: 8},
        "paris": {SHAMPOOS: 40, EYELINER: 40, LOTIONS: 40},  # a third in each department
        "dinner": {POLISH: 1},
        "balm": {SHAMPOOS: 9, EYELINER: 9, LOTIONS: 9},  # lip, body, beard balms: all over
        "sweat": {LOTIONS: 3},
        "france": {POLISH: 5},
        "tonight": {POLISH: 2},
    },
)


def _intent(message: str, situation: TurnSituation | None = None) -> Intent:
    return TurnReader(vocabulary=VOCABULARY).read(message, situation or TurnSituation()).intent


test_the_intent_read = reads_as(
    _intent,
    [
        # names no product and asks for none: off the shop's topic
        ("who is the president of france", Intent.OFF_TOPIC),
        ("what should i cook for dinner tonight", Intent.OFF_TOPIC),
        ("can you help me with my taxes", Intent.OFF_TOPIC),
        ("whats 25 times 17", Intent.OFF_TOPIC),
        ("what's a good hotel in paris", Intent.OFF_TOPIC),
        # a place nearby, naming no product: off the shop's topic
        ("can you recommend a good pizza place near me", Intent.OFF_TOPIC),
        ("recommend a good dentist near me", Intent.OFF_TOPIC),
        ("where can i get a good burger around here", Intent.OFF_TOPIC),
        ("any good restaurants nearby?", Intent.OFF_TOPIC),
        # a product, or a request to shop, stays a search
        ("kohl", Intent.SEARCH),  # a title word all in one branch names a product
        ("kohl for tonight", Intent.SEARCH),
        ("shampoo near me", Intent.SEARCH),  # a product nearby: still the product
        ("any good shampoo around here?", Intent.SEARCH),
        ("i need a good book", Intent.SEARCH),  # asks to shop: the search says what it finds
        ("recommend something", Intent.SEARCH),
        ("what's good for frizz", Intent.SEARCH),  # "good for": asks to shop
        ("something nice", Intent.SEARCH),
        ("something for my mum", Intent.SEARCH),
        ("balm", Intent.SEARCH),  # a bare name: what is wanted, whatever branches its titles lie in
        ("pizza balm", Intent.SEARCH),
        ("i sweat a lot", Intent.SEARCH),  # the shopper's own state, not a question to us
    ],
)


def test_an_answer_to_our_question_is_no_talk() -> None:
    situation = TurnSituation(
        question="Travel size or full size?",
        options=("Travel size", "Full size"),
        so_far="need=body wash",
    )
    assert _intent("big one, family of 5 lol", situation) != Intent.OFF_TOPIC


@pytest.mark.parametrize(
    ("word", "named"),
    [
        ("shampoos", True),  # a word of a category's name
        ("hair", True),  # of a level above it
        ("kohl", True),
        ("pizza", False),  # one title
        ("love", False),  # spread over the branches
        ("paris", False),
        ("help", False),
        ("hotel", False),
    ],
)
def test_names_a_product(word: str, named: bool) -> None:
    assert names_a_product(word, VOCABULARY) is named
