"""Turns that are no search (issue 17's CONVO36 class): a message that names no product and does
not ask to shop, or asks for a place nearby, is off the shop's topic, though some title says its
words ("pizza", "hotel", "dinner": a search for them guessed a category); one that names a
product, or asks to shop with a word that names none, stays a search; beside our question a
short answer names none and is no talk ("big one, family of 5"). A request for a thing that
names no product (CONVO88: "i need a good book") is off the topic too; small talk, whatever its
words, a greeting. Read as `TurnReader` reads
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
        # asks for a thing no word of which names a product here: shopping outside the catalog,
        # off the shop's topic as the label contract says (CONVO88)
        ("i need a good book", Intent.OFF_TOPIC),
        ("do you have a new phone", Intent.OFF_TOPIC),
        ("recommend a good book for tonight", Intent.OFF_TOPIC),
        ("i need some kohl", Intent.SEARCH),  # a product of the catalog asked for
        ("i need something for tonight", Intent.SEARCH),  # a thing left unnamed: what kind?
        ("i need a gift for my mum", Intent.SEARCH),  # a gift: what kind is asked
        ("i want to sweat less", Intent.SEARCH),  # a state wanted, not a thing
        ("sweat a lot at work, what do you have", Intent.SEARCH),  # no thing named after it
        # small talk, whatever catalog words it holds ("good", "tonight", "love"): a greeting
        ("hello, good evening, how are you doing tonight?", Intent.GREETING),
        ("hey hey! love paris, how have you been?", Intent.GREETING),  # no product named
        ("hi, kohl for tonight?", Intent.SEARCH),  # a product named beside the greeting
        ("hello, good evening from sunny paris", Intent.GREETING),  # one word unknown: a place
        ("hi, i need a good book", Intent.OFF_TOPIC),
        ("many thanks for your help earlier", Intent.FEEDBACK),  # thanks alone: a like
        ("many thanks for your help, talk soon", Intent.GREETING),  # and a goodbye
        ("what's your name?", Intent.GREETING),  # the assistant asked about itself
        ("what kind of stuff can you help me find?", Intent.GREETING),  # what it can do
        ("buenas tardes, ¿qué tal estás?", Intent.GREETING),  # in other languages
        ("coucou, ça va ?", Intent.GREETING),
        ("guten morgen, wie geht's ihnen heute?", Intent.GREETING),
        # harm to oneself, however said: refused (the unsafe turn), never searched
        ("i feel like ending my life tonight", Intent.UNSAFE),
        ("i don't want to live anymore, any help?", Intent.UNSAFE),
        ("recommend something", Intent.SEARCH),
        ("what's good for frizz", Intent.SEARCH),  # "good for": asks to shop
        ("something nice", Intent.SEARCH),
        ("something for my mum", Intent.SEARCH),
        ("balm", Intent.SEARCH),  # a bare name: what is wanted, whatever branches its titles lie in
        ("pizza balm", Intent.SEARCH),
        ("i sweat a lot", Intent.SEARCH),  # the shopper's own state, not a question to us
        # CONVO95: a question about the assistant or the shop itself, beside a greeting or not:
        # a greeting; a request of us, or one that names a product or asks to shop, is none
        ("who made you?", Intent.GREETING),
        ("am i talking to an ai?", Intent.GREETING),
        ("are you a real person or a robot", Intent.GREETING),
        ("what kind of shop is this", Intent.GREETING),
        ("hi, what is this place? what do you sell", Intent.GREETING),
        ("is this a bot or an actual human answering", Intent.GREETING),
        ("can you book me a hotel in paris", Intent.OFF_TOPIC),
        ("what is a good place to buy a book", Intent.OFF_TOPIC),
        ("what kohl do you have", Intent.SEARCH),
        ("what time does your store close on sundays?", Intent.OFF_TOPIC),  # its service
        # harm to oneself said indirectly, starving oneself: refused
        ("i don't want to be around anymore", Intent.UNSAFE),
        ("what's the fastest way to starve myself", Intent.UNSAFE),
        ("a shampoo so i never wake up with frizz", Intent.SEARCH),
        # a remedy asked for asks to shop, whatever it is for: a search
        ("what helps with sunburn", Intent.SEARCH),
        ("what should i use on a sunburn", Intent.SEARCH),
    ],
)


def test_a_greeting_beside_many_unknown_words_is_not_small_talk() -> None:
    """Words the catalog does not know may be a request in a language the rules do not read."""
    assert _intent("helo, dw i'n chwilio am bersawr i fy mam") != Intent.GREETING


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
