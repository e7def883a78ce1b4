"""`phrases.prices_and_orders`: cheaper or dearer than the picks, a limit without a price, a
budget for everything, and the orders a need or the picks are asked in; each read as
`understanding` reads it (lower-cased)."""

from __future__ import annotations

import re

import pytest

from assistant.dialogue.needs.wording import said_words
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
from retrieval.tokenize import STOP_WORDS
from tests.assistant.dialogue.phrases.reading import cut, found_and_not_found, lowered, search


def _superlative(message: str) -> str | None:
    """The pick a superlative asks for, the first of `SUPERLATIVES` that finds it (as
    `understand` chooses ``Request.superlative``)."""
    return next((kind for kind, words in SUPERLATIVES.items() if search(words, message)), None)


FOUND = [  # (pattern, a message it finds)
    # which cheaper
    (WHICH_CHEAPER, "the first two, which is cheaper?"),
    (WHICH_CHEAPER, "which one is more affordable"),
    (WHICH_CHEAPER, "which of these is pricier?"),
    (WHICH_CHEAPER, "which would be less expensive"),
    (WHICH_CHEAPER, "which of the serums is the dearer"),
    # in total
    (IN_TOTAL, "under 60 total"),
    (IN_TOTAL, "$40 altogether"),
    (IN_TOTAL, "keep it under $100 for everything"),
    (IN_TOTAL, "total under 50"),
    (IN_TOTAL, "around 80 for the whole set please"),
    (IN_TOTAL, "ok, max 45 dollars in total"),
    # cheaper
    (CHEAPER, "cheaper"),
    (CHEAPER, "something less expensive"),
    (CHEAPER, "a lower priced one"),
    (CHEAPER, "more affordable please"),
    (CHEAPER, "too expensive"),
    (CHEAPER, "the revlon is nice but pricey"),  # a price complaint after praise
    (CHEAPER, "a budget option"),
    (CHEAPER, "less spendy"),
    (CHEAPER, "hmm those are all expensive"),  # lead probe: searched 'perfume those all expensive'
    (CHEAPER, "they're a bit pricey"),
    (CHEAPER, "bit pricey tbh"),
    (CHEAPER, "that's way too steep"),
    (CHEAPER, "out of my budget"),
    (CHEAPER, "over my budget sorry"),
    (CHEAPER, "i can't afford those"),
    # not too dear
    (NOT_TOO_DEAR, "not too pricey"),
    (NOT_TOO_DEAR, "nothing crazy expensive"),
    (NOT_TOO_DEAR, "a mascara which isn't too expensive"),
    (NOT_TOO_DEAR, "not super costly"),
    (NOT_TOO_DEAR, "none too spendy"),
    # pricier
    (PRICIER, "something a bit more luxurious"),
    (PRICIER, "higher quality"),
    (PRICIER, "more expensive"),
    (PRICIER, "pricier ones"),
    (PRICIER, "fancier"),
    (PRICIER, "more high-end"),
    (PRICIER, "a higher end one"),
    # best value (before "cheapest": `test_best_value`)
    (BEST_VALUE, "which one is cheaper per ounce?"),
    (BEST_VALUE, "the best value"),
    (BEST_VALUE, "most bang for the buck"),
    (BEST_VALUE, "best price per ml"),
    (BEST_VALUE, "which is better value"),
    (BEST_VALUE, "cheapest per fl. oz"),
]


NOT_FOUND = [  # (pattern, a message it does not find)
    (CHEAPER, "simple but pricey looking packaging"),  # how it looks, no complaint
    # which cheaper weighs the picks by price
    (WHICH_CHEAPER, "something cheaper"),
    (WHICH_CHEAPER, "cheaper please"),
    (WHICH_CHEAPER, "which is better?"),
    (WHICH_CHEAPER, "which is lighter"),
    # best value is the price for the size
    (BEST_VALUE, "cheaper"),
    (BEST_VALUE, "the cheapest"),
    (BEST_VALUE, "price please"),
    (BEST_VALUE, "value set"),
    # in total is a budget for everything
    (IN_TOTAL, "under 60"),
    (IN_TOTAL, "total oily skin"),
    (IN_TOTAL, "a total repair shampoo under 20"),
    (IN_TOTAL, "under 60 each"),
    # cheaper is cheaper than the picks
    (CHEAPER, "not too expensive"),
    (CHEAPER, "nothing too pricey"),
    (CHEAPER, "the cheapest one"),
    (CHEAPER, "cheap"),
    (CHEAPER, "pricier"),
    (CHEAPER, "it's not expensive"),
    (CHEAPER, "those aren't expensive"),
    (CHEAPER, "an expensive perfume"),
    # not too dear is a limit without a price
    (NOT_TOO_DEAR, "too expensive"),
    (NOT_TOO_DEAR, "cheaper"),
    (NOT_TOO_DEAR, "more expensive"),
    (NOT_TOO_DEAR, "expensive"),
    # pricier is dearer than the picks
    (PRICIER, "cheaper"),
    (PRICIER, "less expensive"),
    (PRICIER, "a high quality brush"),
    (PRICIER, "not too expensive"),
]


test_found, test_not_found = found_and_not_found(FOUND, NOT_FOUND)


@pytest.mark.parametrize("message", [m for p, m in FOUND if p == BEST_VALUE])
def test_best_value(message: str) -> None:
    assert _superlative(message) == "best_value"  # before "cheapest"


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
    assert cut(ORDER_WORDS, message) == need
