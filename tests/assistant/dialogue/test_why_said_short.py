"""Why the picks were shown, asked in short spoken forms ("why'd you pick the revlon one",
"whyd u show me these", "why would you suggest the second one"): WHY, as "why did you" is
(`phrases.questions.WHY`). CONVO51's probe: "why'd you pick the tom ford one" refined the
perfumes."""

from __future__ import annotations

import pytest

from assistant.dialogue.request import Intent
from assistant.dialogue.understanding import understand


@pytest.mark.parametrize(
    "message",
    [
        "why'd you pick the second one",
        "whyd u show me these",
        "why would you suggest the first one",
        "why did u pick that",
    ],
)
def test_why_said_short_asks_why(message: str) -> None:
    assert understand(message, shown=3).intent == Intent.WHY, message


def test_why_would_you_want_is_no_question_about_the_picks() -> None:
    assert understand("why would you want a lipstick", shown=3).intent != Intent.WHY
