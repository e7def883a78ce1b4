"""`phrases.product_traits`: what a shopper wants the product to be; each read as
`stated_traits` reads it (lower-cased, in the catalog's words)."""

from __future__ import annotations

import re

import pytest

from assistant.dialogue.phrases.product_traits import (
    AMOUNT,
    COLOUR_CONTEXT,
    ETHICS,
    FLAVOUR,
    NEGATION,
    SIZES,
    SMELLS_LIKE,
    SPF,
    SPF_WANTED,
    UNSCENTED,
)
from tests.assistant.dialogue.phrases.reading import (
    found_and_not_found,
    group,
    lowered,
    names_found,
    search,
)

FOUND = [  # (pattern, a message it finds)
    # unscented
    (UNSCENTED, "unscented please"),
    (UNSCENTED, "fragrance-free"),
    (UNSCENTED, "no smell"),
    (UNSCENTED, "it shouldn't smell"),
    (UNSCENTED, "she hates anything scented"),
]


NOT_FOUND = [  # (pattern, a message it does not find)
    # not unscented
    (UNSCENTED, "a scented candle"),
    (UNSCENTED, "smells nice"),
    (UNSCENTED, "a fragrance for her"),
]


test_found, test_not_found = found_and_not_found(FOUND, NOT_FOUND)


def test_smells_like() -> None:
    assert group(SMELLS_LIKE, "a lotion that smells like the beach", 1) == "beach"
    assert group(SMELLS_LIKE, "smells of fresh linen please", 1) == "linen"


@pytest.mark.parametrize(
    ("message", "colour"),
    [("lavender nail polish", True), ("a cherry lipstick", True), ("a lavender body wash", False)],
)
def test_colour_context(message: str, colour: bool) -> None:
    assert bool(search(COLOUR_CONTEXT, message)) is colour


def test_flavour() -> None:
    assert re.match(FLAVOUR, " flavour lip balm") and not re.match(FLAVOUR, " nail polish")


@pytest.mark.parametrize(
    ("message", "size"),
    [
        ("travel size shampoo", "travel size"),
        ("something tsa friendly", "travel size"),
        ("mini lipsticks", "mini"),
        ("a full-size bottle", "full size"),
        ("a big bottle of conditioner", "large"),
    ],
)
def test_sizes(message: str, size: str) -> None:
    assert names_found(SIZES, message)[0] == size


def test_amounts_are_sizes_never_prices() -> None:
    assert re.findall(AMOUNT, lowered("a shampoo, 8 oz or 250ml")) == [("8", "oz"), ("250", "ml")]
    assert re.findall(AMOUNT, lowered("under $8 oz")) == []


def test_spf() -> None:
    assert [a or b for a, b in re.findall(SPF, "spf 30 or 50 spf")] == ["30", "50"]
    assert search(SPF_WANTED, "a moisturiser with spf") and not search(SPF_WANTED, "spf 30")


@pytest.mark.parametrize(
    ("message", "ethic"),
    [
        ("vegan lipstick", "vegan"),
        ("not tested on animals", "cruelty-free"),
        ("all natural soap", "natural"),
        ("eco friendly shampoo bar", "eco-friendly"),
    ],
)
def test_ethics(message: str, ethic: str) -> None:
    assert ethic in names_found(ETHICS, message)


def test_natural_looking_is_no_ethic() -> None:
    assert not names_found(ETHICS, "something natural looking")


@pytest.mark.parametrize("before", ["not ", "no ", "nothing too ", "i hate ", "allergic to "])
def test_negation_before_a_trait(before: str) -> None:
    assert re.search(NEGATION, before)
    assert not re.search(NEGATION, "a nice ")
