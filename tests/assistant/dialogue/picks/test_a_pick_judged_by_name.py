"""A pick named by its brand or two words of its own title and praised or scorned, wherever the
word stands (`asked_of_a_pick.a_pick_judged_by_name`): "copperglow berry is gorgeous", "lime
crime looks amazing", "revlon is boring tbh", "meh the loreal" are a like or a dislike of that
pick. CONVO58's scratch phrasings: refinements to the brand or a question about the pick. A
question, a reservation or a request for more of the brand stays what it was."""

from __future__ import annotations

import pytest

from assistant.dialogue.request import Intent
from tests.assistant.dialogue.readers import intent_not_read, intents_read
from tests.assistant.dialogue.scenes import THREE_LIPSTICKS, reader_beside_lipsticks

READER = reader_beside_lipsticks()
PICKS = THREE_LIPSTICKS.shown()

test_a_pick_judged_by_name = intents_read(
    READER,
    [
        (
            PICKS,
            Intent.FEEDBACK,
            [
                "copperglow berry is gorgeous",
                "lime crime looks amazing",
                "revlon is boring tbh",
                "meh the loreal",
            ],
        ),
    ],
)


@pytest.mark.parametrize(
    ("message", "named", "sentiment"),
    [("copperglow berry is gorgeous", [1], 1), ("revlon is boring tbh", [1], -1)],
)
def test_the_pick_and_the_sentiment(message: str, named: list[int], sentiment: int) -> None:
    request = READER.read(message, PICKS)
    assert (request.references, request.sentiment, request.parsed.brands) == (named, sentiment, [])


test_a_question_more_of_the_brand_or_a_reservation_is_no_like = intent_not_read(
    READER,
    PICKS,
    Intent.FEEDBACK,
    ["revlon nice?", "lime crime is gorgeous, show me more from them", "revlon is nice but pricey"],
)
