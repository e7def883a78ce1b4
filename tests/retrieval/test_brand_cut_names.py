"""A brand named by an everyday word once its generic ending is cut ("Natural" of Natural
Cosmetics, "Botanical" of Botanical Beauty) is meant only when written as a name, never read
from the product type after it: "natural face wash" asks for a natural one, of any brand. A
brand whose whole name is the word ("Simple") still is meant before a type it sells."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from retrieval.brand_facts import brand_facts
from retrieval.query import parse_query

WASH = ["Beauty", "Skin Care", "Face", "Cleansers", "Washes"]
LOTION = ["Beauty", "Skin Care", "Body", "Moisturizers", "Lotions"]

LISTINGS: list[tuple[str | None, str, list[str]]] = [
    ("Natural Cosmetics", "Natural Cosmetics Rose Face Wash", WASH),
    ("Natural Cosmetics", "Natural Cosmetics Green Tea Face Wash", WASH),
    ("Botanical Beauty", "Botanical Beauty Body Lotion", LOTION),
    ("Botanical Beauty", "Botanical Beauty Shea Body Lotion", LOTION),
    ("Simple", "Simple Kind to Skin Facial Wash", WASH),
    ("Simple", "Simple Moisturizing Facial Wash", WASH),
    ("Cetaphil", "Cetaphil Gentle Face Wash", WASH),
]


@pytest.fixture(scope="module")
def brands_in() -> Callable[[str], list[str]]:
    """The brands `parse_query` reads in a text, with the facts of `LISTINGS`."""
    facts = brand_facts(LISTINGS)
    names = sorted({b for b, _, _ in LISTINGS if b})
    paths = sorted({" > ".join(p) for _, _, p in LISTINGS})
    return lambda text: parse_query(text, brands=names, categories=paths, facts=facts).brands


@pytest.mark.parametrize("text", ["natural face wash", "a botanical body lotion"])
def test_an_everyday_word_of_a_longer_name_before_a_type_is_no_brand(
    text: str, brands_in: Callable[[str], list[str]]
) -> None:
    """ "natural face wash" kept only Natural Cosmetics' and Natural Beauty's washes."""
    assert brands_in(text) == []


@pytest.mark.parametrize(
    ("text", "brand"),
    [
        ("a face wash by Natural Cosmetics", "Natural Cosmetics"),
        ("natural cosmetics face wash", "Natural Cosmetics"),
        ("a body lotion by Botanical", "Botanical Beauty"),  # said as a name
        ("simple face wash", "Simple"),  # the whole name, before a type it sells
    ],
)
def test_the_brand_said_as_a_name_is_still_read(
    text: str, brand: str, brands_in: Callable[[str], list[str]]
) -> None:
    assert brands_in(text) == [brand]
