"""The cart with every pick on screen named ("add them to my cart", "put those in my basket",
"add these to my bag") carts every pick; one pick named ("add it", "the second one in my cart",
"stick the cetaphil in my basket") carts that one. Before, "them" carted only the first pick,
"put those in my basket" was a new search for 'put those basket' and "add the mary kay one to
my bag" a search in Cosmetic Bags."""

from __future__ import annotations

import pytest

from assistant.dialogue.model.model_request import TurnSituation
from assistant.dialogue.request import Intent
from assistant.dialogue.understanding import understand
from assistant.dialogue.vocabulary import CatalogVocabulary
from tests.assistant.dialogue.readers import reader_over
from tests.assistant.dialogue.scenes import picks_listed

VOCAB = CatalogVocabulary(
    brands=["Cetaphil", "Garnier", "Mary Kay"],
    categories=["Beauty > Skin Care > Face > Creams", "Beauty > Bags & Cases > Cosmetic Bags"],
    words=frozenset({"cream", "moisturizer", "bag"}),
)
CREAMS = picks_listed(
    """
    Garnier Moisture Rescue Gel-Cream for Dry Skin | Garnier | 14.99
    Mary Kay Intense Moisturizing Cream (Dry Skin) | Mary Kay | 17.96
    Cetaphil Moisturizing Cream for Dry, Sensitive Skin | Cetaphil | 31.5
"""
)
READER = reader_over(VOCAB)


EVERY = [0, 1, 2]


@pytest.mark.parametrize(
    ("message", "references"),
    [
        ("add them to my cart", EVERY),
        ("add these to my bag", EVERY),
        ("put those in my basket", EVERY),
        ("pop them all in the basket pls", EVERY),
        ("throw everything in my bag", EVERY),
        ("stick these in my cart", EVERY),
        ("add it to my cart", []),
        ("the second one in my basket please", [1]),
        ("add #3", [2]),
        ("stick the cetaphil in my basket", [2]),
        ("add the mary kay one to my bag", [1]),
        ("put that garnier cream in my cart", [0]),
    ],
)
def test_the_picks_named_go_into_the_cart(message: str, references: list[int]) -> None:
    read = READER.read(message, TurnSituation(picks=CREAMS))
    assert read.intent == Intent.FEEDBACK and read.attributes.get("action") == "cart", message
    assert read.references == references, message


def test_these_with_nothing_on_screen_carts_nothing() -> None:
    assert understand("add these to my cart", shown=0).references == []


def test_a_thing_named_into_the_cart_with_nothing_on_screen_is_searched() -> None:
    read = READER.read("add the blue mascara to my cart", TurnSituation())
    assert read.intent != Intent.FEEDBACK
