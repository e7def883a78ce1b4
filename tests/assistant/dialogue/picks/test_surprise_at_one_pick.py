"""Surprise said by question marks alone ("??") is at one pick it names ("wait, the second one is
a body lotion??"): a question about the picks together with two marks ("any of them
waterproof??", "do these come off easy??") is no question why they were shown (CONVO58's
probe was read as one). Why-words and price surprise stay why."""

from __future__ import annotations

import pytest

from assistant.dialogue.request import Intent
from assistant.dialogue.understanding import understand


@pytest.mark.parametrize(
    "message", ["any of them waterproof?? i cry at every film", "do these come off easy??"]
)
def test_marks_about_them_all_are_no_why(message: str) -> None:
    assert understand(message, shown=3).intent != Intent.WHY


@pytest.mark.parametrize(
    "message",
    [
        "wait, the second one is a body lotion??",
        "wait, the second one is a body lotion?? why",
        "these are all black?? why",
        "the last one costs that much?",
    ],
)
def test_surprise_at_one_pick_or_said_why_stays_why(message: str) -> None:
    assert understand(message, shown=3).intent == Intent.WHY
