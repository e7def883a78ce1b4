"""What goes with the picks and more like one, however it is said beside them: "a shampoo to
match the AG one", "anything that complements it", "a matching lip liner", "what else would I
need with the T3", an anchor left unsaid ("a mascara to go with", "got a shampoo to pair?": the
picks on screen); "similar ones to the T3", "ones like the AG", "more in that vein", "stuff
along those lines". CONVO56's probes: each was a refinement (its words a need) or a question.
A like, a price against a pick or a need of its own stays what it was."""

from __future__ import annotations

import pytest

from assistant.dialogue.request import Intent
from tests.assistant.dialogue.readers import intents_read
from tests.assistant.dialogue.scenes import THREE_CONDITIONERS

READER = THREE_CONDITIONERS.reader(
    categories=["Beauty > Hair Care > Shampoos", "Beauty > Makeup > Eyes > Mascara"],
    words={"conditioner", "shampoo", "hair", "mascara", "leave"},
)
PICKS = THREE_CONDITIONERS.shown()

test_bundles_and_more_like_beside_picks = intents_read(
    READER,
    [
        (
            PICKS,
            Intent.BUNDLE,
            [
                "shampoo to match the first one",
                "anything that complements the alba one",
                "a matching shampoo",
                "what else would i need with the alba one",
                "what else should i buy with it",
                "a shampoo to go with",
                "got a shampoo to pair?",
                "a shampoo from the same line as the first one",
            ],
        ),
        (
            PICKS,
            Intent.MORE_LIKE,
            [
                "similar ones to the alba",
                "ones like the second one",
                "anything like the third",
                "more in that vein",
                "stuff along those lines",
                "same kind of thing as the alba one",
            ],
        ),
        # not changed: a like, a price set against a pick
        (PICKS, Intent.FEEDBACK, ["i like the alba one"]),
        # one like a pick for less is more like it, cheaper (CONVO64; `test_similar_for_less...`)
        (PICKS, Intent.MORE_LIKE, ["something like the alba but cheaper"]),
    ],
)


@pytest.mark.parametrize("message", ["a shampoo to go with", "got a shampoo to pair?"])
def test_an_unsaid_anchor_is_the_picks_on_screen(message: str) -> None:
    assert READER.read(message, PICKS).references == [0, 1, 2]


def test_a_named_anchor_is_kept() -> None:
    assert READER.read("a shampoo to go with the second one", PICKS).references == [1]
