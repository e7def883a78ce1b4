"""The cart with every pick on screen named ("add them to my cart", "put those in my basket",
"add these to my bag") carts every pick; one pick named ("add it", "the second one in my cart")
carts that one. Before, "them" carted only the first pick and "put those in my basket" was a
new search for 'put those basket'."""

from __future__ import annotations

import pytest

from assistant.dialogue.request import Intent
from assistant.dialogue.understanding import understand


@pytest.mark.parametrize(
    "message",
    [
        "add them to my cart",
        "add these to my bag",
        "put those in my basket",
        "pop them all in the basket pls",
        "throw everything in my bag",
        "stick these in my cart",
    ],
)
def test_every_pick_named_goes_into_the_cart(message: str) -> None:
    request = understand(message, shown=4)
    assert request.intent == Intent.FEEDBACK and request.attributes.get("action") == "cart"
    assert request.references == [0, 1, 2, 3], message


@pytest.mark.parametrize(
    ("message", "references"),
    [("add it to my cart", []), ("the second one in my basket please", [1]), ("add #3", [2])],
)
def test_one_pick_named_goes_into_the_cart_alone(message: str, references: list[int]) -> None:
    request = understand(message, shown=4)
    assert request.intent == Intent.FEEDBACK and request.attributes.get("action") == "cart"
    assert request.references == references, message


def test_these_with_nothing_on_screen_carts_nothing() -> None:
    assert understand("add these to my cart", shown=0).references == []
