"""A pick chosen with a cheer and no verb ("yes the second one!", "ooh that first one",
"cheers, that's the one") is a choice (`phrases.cart_and_likes.CHOSEN`). CONVO51's probe: each
refined the lipsticks ('lipstick yes!')."""

from __future__ import annotations

import pytest

from assistant.dialogue.request import Intent
from assistant.dialogue.understanding import understand


@pytest.mark.parametrize(
    ("message", "references"),
    [
        ("yes the second one!", [1]),
        ("ooh that first one", [0]),
        ("yeah the last one defo", [2]),
        ("cheers mate, that's the one", []),
    ],
)
def test_a_pick_chosen_with_a_cheer(message: str, references: list[int]) -> None:
    request = understand(message, shown=3)
    assert request.intent == Intent.FEEDBACK and request.sentiment == 1, message
    assert request.references == references, message


@pytest.mark.parametrize("message", ["the second one", "oh the first one, is it vegan?"])
def test_a_pick_pointed_at_with_no_cheer_is_asked_about(message: str) -> None:
    assert understand(message, shown=3).intent == Intent.ASK, message
