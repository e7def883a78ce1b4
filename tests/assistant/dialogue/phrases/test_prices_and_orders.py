"""`phrases.prices_and_orders`: cheaper or dearer than the picks, a limit without a price, a
budget for everything, and the orders a need or the picks are asked in; each read as
`understanding` reads it (lower-cased)."""

from __future__ import annotations

import re

import pytest

from assistant.dialogue.phrases.prices_and_orders import (
    BEST_VALUE,
    BY_RECORD,
    CHEAPER,
    FAIR_ENOUGH,
    IN_TOTAL,
    NOT_TOO_DEAR,
    ORDER_WORDS,
    PACKAGES,
    PICK_SUPERLATIVE,
    PRICIER,
    SUPERLATIVES,
    WHICH_CHEAPER,
)
from assistant.dialogue.wording import said_words
from retrieval.tokenize import STOP_WORDS
from tests.assistant.dialogue.phrases.reading import lowered, search


def _superlative(message: str) -> str | None:
    """The pick a superlative asks for, the first of `SUPERLATIVES` that finds it (as
    `understand` chooses ``Request.superlative``)."""
    return next((kind for kind, words in SUPERLATIVES.items() if search(words, message)), None)


@pytest.mark.parametrize(
    "message",
    [
        "the first two, which is cheaper?",
        "which one is more affordable",
        "which of these is pricier?",
        "which would be less expensive",
        "which of the serums is the dearer",
    ],
)
def test_which_cheaper(message: str) -> None:
    assert search(WHICH_CHEAPER, message)


@pytest.mark.parametrize(
    "message", ["something cheaper", "cheaper please", "which is better?", "which is lighter"]
)
def test_which_cheaper_weighs_the_picks_by_price(message: str) -> None:
    assert not search(WHICH_CHEAPER, message)


@pytest.mark.parametrize(
    "message",
    [
        "which one is cheaper per ounce?",
        "the best value",
        "most bang for the buck",
        "best price per ml",
        "which is better value",
        "cheapest per fl. oz",
    ],
)
def test_best_value(message: str) -> None:
    assert search(BEST_VALUE, message)
    assert _superlative(message) == "best_value"  # before "cheapest"


@pytest.mark.parametrize("message", ["cheaper", "the cheapest", "price please", "value set"])
def test_best_value_is_the_price_for_the_size(message: str) -> None:
    assert not search(BEST_VALUE, message)


@pytest.mark.parametrize(
    ("message", "kind"),
    [
        ("the cheapest one?", "cheapest"),
        ("least expensive", "cheapest"),
        ("the lowest priced one", "cheapest"),
        ("the priciest", "dearest"),
        ("most expensive one please", "dearest"),
        ("best rated", "best_rated"),
        ("the top-rated one", "best_rated"),
        ("whatever's popular", "most_bought"),
        ("the best seller", "most_bought"),
        ("which sells the most", "most_bought"),
        ("the biggest one", "biggest"),
        ("the largest bottle", "biggest"),
        ("the tiniest", "smallest"),
        ("the best value", "best_value"),
    ],
)
def test_pick_superlative_and_the_pick_it_asks_for(message: str, kind: str) -> None:
    assert search(PICK_SUPERLATIVE, message)
    assert _superlative(message) == kind


@pytest.mark.parametrize(
    "message", ["cheaper", "a bigger one", "the best", "popularity", "small", "cheap ones"]
)
def test_pick_superlative_is_a_superlative(message: str) -> None:
    assert not search(PICK_SUPERLATIVE, message)
    assert _superlative(message) is None


def _beside_the_superlative(message: str) -> set[str]:
    """The words beside a `PICK_SUPERLATIVE` that `understand` weighs as asking for another
    product: neither stop words nor short."""
    rest = re.sub(PICK_SUPERLATIVE + r"|['’]s\b", " ", lowered(message))
    return {w for w in said_words(rest) if w not in STOP_WORDS and len(w) > 2}


@pytest.mark.parametrize(
    ("message", "fair"),
    [
        ("the biggest bottle", PACKAGES),
        ("the cheapest tube", PACKAGES),
        ("the smallest jar", PACKAGES),
        ("the cheapest decent one", FAIR_ENOUGH),
        ("the best rated option", FAIR_ENOUGH),
        ("the most affordable quality product", FAIR_ENOUGH),
    ],
)
def test_packages_and_fair_enough_ask_for_no_other_product(message: str, fair: frozenset) -> None:
    assert _beside_the_superlative(message) <= fair


@pytest.mark.parametrize(
    "message", ["the biggest bottle of shampoo", "the cheapest brush", "the best rated serum"]
)
def test_a_product_beside_a_superlative_is_neither(message: str) -> None:
    assert _beside_the_superlative(message) - PACKAGES - FAIR_ENOUGH


def test_weighing_the_picks_is_no_superlative_of_the_table() -> None:
    # "which one would you pick?" weighs them (`WEIGH_PICKS`: best_match), by no order here
    assert _superlative("which one would you pick?") is None


def test_orders_by_record_are_superlatives() -> None:
    assert set(BY_RECORD) <= set(SUPERLATIVES)
    assert _superlative("whatever's popular") in BY_RECORD
    assert _superlative("the best rated") in BY_RECORD
    assert _superlative("the cheapest") not in BY_RECORD  # chooses among priced options


@pytest.mark.parametrize(
    ("message", "need"),
    [
        ("your best selling moisturizer", "moisturizer"),
        ("top rated mascara", "mascara"),
        ("the cheapest shampoo", "shampoo"),
        ("Most Popular lipstick", "lipstick"),
        ("best value conditioner", "conditioner"),
        ("time to reorder my shampoo", "my shampoo"),
        ("the biggest bottle of conditioner", "bottle of conditioner"),
        ("best shampoo for dry hair", "best shampoo for dry hair"),  # no order asked
        ("a cheap highlighter", "a cheap highlighter"),
    ],
)
def test_order_words_are_cut_from_the_need(message: str, need: str) -> None:
    assert " ".join(re.sub(ORDER_WORDS, " ", message, flags=re.I).split()) == need


@pytest.mark.parametrize(
    "message",
    [
        "under 60 total",
        "$40 altogether",
        "keep it under $100 for everything",
        "total under 50",
        "around 80 for the whole set please",
        "ok, max 45 dollars in total",
    ],
)
def test_in_total(message: str) -> None:
    assert search(IN_TOTAL, message)


@pytest.mark.parametrize(
    "message", ["under 60", "total oily skin", "a total repair shampoo under 20", "under 60 each"]
)
def test_in_total_is_a_budget_for_everything(message: str) -> None:
    assert not search(IN_TOTAL, message)


@pytest.mark.parametrize(
    "message",
    [
        "cheaper",
        "something less expensive",
        "a lower priced one",
        "more affordable please",
        "too expensive",
        "a budget option",
        "less spendy",
        "hmm those are all expensive",  # lead probe: searched 'perfume those all expensive'
        "they're a bit pricey",
        "bit pricey tbh",
        "that's way too steep",
        "out of my budget",
        "over my budget sorry",
        "i can't afford those",
    ],
)
def test_cheaper(message: str) -> None:
    assert search(CHEAPER, message)


@pytest.mark.parametrize(
    "message",
    [
        "not too expensive",
        "nothing too pricey",
        "the cheapest one",
        "cheap",
        "pricier",
        "it's not expensive",
        "those aren't expensive",
        "an expensive perfume",
    ],
)
def test_cheaper_is_cheaper_than_the_picks(message: str) -> None:
    assert not search(CHEAPER, message)


@pytest.mark.parametrize(
    "message",
    [
        "not too pricey",
        "nothing crazy expensive",
        "a mascara which isn't too expensive",
        "not super costly",
        "none too spendy",
    ],
)
def test_not_too_dear(message: str) -> None:
    assert search(NOT_TOO_DEAR, message)


@pytest.mark.parametrize("message", ["too expensive", "cheaper", "more expensive", "expensive"])
def test_not_too_dear_is_a_limit_without_a_price(message: str) -> None:
    assert not search(NOT_TOO_DEAR, message)


@pytest.mark.parametrize(
    "message",
    [
        "something a bit more luxurious",
        "higher quality",
        "more expensive",
        "pricier ones",
        "fancier",
        "more high-end",
        "a higher end one",
    ],
)
def test_pricier(message: str) -> None:
    assert search(PRICIER, message)


@pytest.mark.parametrize(
    "message", ["cheaper", "less expensive", "a high quality brush", "not too expensive"]
)
def test_pricier_is_dearer_than_the_picks(message: str) -> None:
    assert not search(PRICIER, message)
