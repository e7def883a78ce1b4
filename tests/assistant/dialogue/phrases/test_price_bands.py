"""Price bands as shoppers state them with no price (issue 17, the label contract's
``price_band`` and ``relative``): dear words read as a band and a floor for a new need, as
dearer than the picks beside them; "less expensive" as cheap; a complaint as cheaper. Phrasings
are our own, not the labelled set's."""

from __future__ import annotations

import re

import pytest

from assistant.dialogue.needs.avoid import find_avoided
from assistant.dialogue.needs.stated_traits import with_traits
from assistant.dialogue.phrases.price_bands import band_chosen, said_band
from assistant.dialogue.request import Intent, Request
from assistant.dialogue.understanding import understand
from retrieval.lexicon import to_catalog_words
from retrieval.query import ParsedQuery, parse_query
from tests.assistant.dialogue.phrases.reading import search
from tests.tables import reads_as


def _parsed(message: str) -> ParsedQuery:
    """The price reading of ``message`` in the catalog's words, as the reader parses it."""
    return parse_query(to_catalog_words(message.lower()), brands=[], categories=[])


@pytest.mark.parametrize(
    "message",
    [
        "a bougie face mask",
        "something boujee for my girlfriend",
        "a posh hand cream",
        "an expensive perfume for my wife",
        "a really pricey serum",
        "a high-end perfume, money is no object",
        "a splurgy moisturizer",
    ],
)
def test_dear_words_with_no_price_ask_for_the_dear_half(message: str) -> None:
    """ "a bougie face mask" and "an expensive perfume" read no band and searched every price
    (and 'bougie', a word no title has)."""
    parsed = _parsed(message)
    assert parsed.dear and not parsed.cheap


@pytest.mark.parametrize(
    "message",
    [
        "these are expensive",
        "that's too expensive",
        "not expensive please",
        "a perfume that smells expensive",
        "is it expensive?",
        "something more expensive",  # dearer than the picks: `PRICIER`
        "how pricey is the first one",
        "expensive for what it is",
    ],
)
def test_dear_words_of_the_picks_or_of_a_smell_are_no_band(message: str) -> None:
    assert not _parsed(message).dear


@pytest.mark.parametrize(
    "message",
    ["like Olay but less expensive", "a less pricey alternative", "a lower priced serum"],
)
def test_less_expensive_is_cheap(message: str) -> None:
    parsed = _parsed(message)
    assert parsed.cheap and not parsed.dear


def _band(message: str, shown: int = 0) -> str | None:
    words = to_catalog_words(message.lower())
    request = understand(words, shown=shown, parse=_parsed)
    return with_traits(request, words).attributes.get("price_band")


test_the_band_read = reads_as(
    _band,
    [
        ("a bougie perfume", "high"),
        ("an expensive perfume", "high"),
        ("a moisturiser like olay but less expensive", None),  # no longer "high"
        ("a drugstore foundation", "low"),
        ("a mid-range shampoo", "mid"),
        # more ways to say a band
        ("nothing cheap, a good quality serum", "mid"),
        ("a mid price perfume", "mid"),
        ("an average priced mascara", "mid"),
        ("something middle of the road price wise", "mid"),
        ("something from the drugstore", "low"),
        ("a quality perfume, don't mind paying more", "high"),
    ],
)


@pytest.mark.parametrize(
    "message",
    [
        "show me expensive ones",
        "the pricey ones",
        "bougie ones pls",
        "something fancy",
        "something a bit more upscale",
        "i want to splurge",
        "money is no object",
        "any high end options?",
    ],
)
def test_dear_ones_beside_the_picks_are_dearer_than_they(message: str) -> None:
    """ "show me expensive ones" beside picks searched the word 'expensive' at every price."""
    request = understand(to_catalog_words(message), shown=3)
    assert request.intent is Intent.REFINE
    assert request.pricier and not request.cheaper


@pytest.mark.parametrize("message", ["these are expensive", "a bit pricey tbh", "too expensive"])
def test_a_complaint_about_the_picks_stays_cheaper(message: str) -> None:
    request = understand(message, shown=3)
    assert request.cheaper and not request.pricier


@pytest.mark.parametrize("message", ["an expensive perfume", "something fancy for my face"])
def test_dear_words_with_nothing_on_screen_are_no_comparison(message: str) -> None:
    assert not understand(message, shown=0).pricier


def test_money_no_object_rules_nothing_out() -> None:
    """ "money no object" ruled out products that say "object"."""
    assert find_avoided("a high-end perfume, money no object")[0] == []


def test_a_request_is_left_as_it_was_for_a_band_said_of_someone_else() -> None:
    request = Request(intent=Intent.SEARCH, text="perfume", parsed=_parsed("a bougie perfume"))
    request.attributes["for"] = "wife"
    assert with_traits(request, "a bougie perfume for my wife").attributes["price_band"] == "high"


@pytest.mark.parametrize(
    "message", ["nothing cheap, a good quality serum", "not too cheap please", "not cheap stuff"]
)
def test_nothing_cheap_asks_for_no_cheap_half(message: str) -> None:
    """ "nothing cheap" searched the cheaper half of the matches."""
    assert not _parsed(message).cheap


# The one table of price-band words (`phrases/price_bands.py`): a need reads the words that say
# a band; a reply to our question about price reads those and the words that choose an option
# by where it lies, a band said as a phrase first.


@pytest.mark.parametrize(
    ("reply", "band"),
    [
        ("something mid range", "mid"),
        ("the cheapest", "low"),
        ("let's splurge", "high"),
        ("the most expensive", "high"),
        ("somewhere in the middle", "mid"),
        # a band said as a phrase wins over a word inside it
        ("not too expensive", "low"),
        ("doesn't have to be expensive", "low"),
        ("not too cheap", "mid"),
        ("nothing cheap, mid-range", "mid"),
        # the words a need says a band with choose an option too
        ("drugstore is fine", "low"),
        ("designer please", "high"),
        ("average priced", "mid"),
        # both ends and no middle: no band
        ("the least expensive", None),
        ("go all out", None),
    ],
)
def test_the_band_a_reply_chooses(reply: str, band: str | None) -> None:
    assert band_chosen(reply) == band


def test_a_need_reads_the_words_that_say_a_band_only() -> None:
    assert re.search(said_band("mid"), "a mid-range moisturizer")
    assert not re.search(said_band("low"), "the cheapest one")  # an order, not a band said
    assert not re.search(said_band("high"), "top rated mascara")


def test_price_bands() -> None:
    low, mid, high = said_band("low"), said_band("mid"), said_band("high")
    assert search(low, "a drugstore mascara") and search(low, "isn't too pricey")
    assert search(mid, "something mid-range") and search(high, "a designer perfume")
