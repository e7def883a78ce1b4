"""A reset that names the need it drops ("actually forget the moisturiser, i need a
sunscreen", "never mind the shampoo, show me conditioners") is a fresh start (`RESET_FIRST`):
the dropped need's words leave the query and its price and brands are not carried over.
Before, the query was 'forget moisturizer sunscreen'. "forget the budget" still drops only the
price, and "forget the moisturiser" alone is no reset (nothing new follows)."""

from __future__ import annotations

import pytest

from assistant.dialogue.request import Intent
from assistant.dialogue.understanding import understand


@pytest.mark.parametrize(
    ("message", "need"),
    [
        ("actually forget the moisturiser, i need a sunscreen", "i need a sunscreen"),
        ("never mind the shampoo, show me conditioners", "conditioners"),
        ("ok forget about the serum. eye cream?", "eye cream?"),
        ("nvm the lipstick. mascara under 10", "mascara under 10"),
        ("scrap my last request and show me hair oils", "hair oils"),
    ],
)
def test_a_reset_naming_the_last_need_starts_afresh(message: str, need: str) -> None:
    request = understand(message, shown=4)
    assert request.intent == Intent.SEARCH and request.text == need, message
    assert "price" in request.drop, message


@pytest.mark.parametrize(
    "message", ["forget the budget, show me the best", "ignore the price, what's best?"]
)
def test_forgetting_the_budget_is_no_reset(message: str) -> None:
    assert "brand" not in understand(message, shown=4).drop, message
