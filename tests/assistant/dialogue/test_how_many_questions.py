""" "How many watts is the 2nd?" asks about watts (`facts.QUESTION_WORDS`). CONVO33's probe:
beside hair dryers the reply said the listing "says nothing about many watts", even of a
listing titled "1600 Watt"."""

from __future__ import annotations

import pytest

from assistant.dialogue.facts import asked_topic, topic_answer
from catalog.schema import Product


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("how many watts is the 2nd", "watts"),
        ("how many colors does the third come in", "colors"),
        ("how many ml is it?", "ml"),
        ("is the first one good for thin hair?", "thin hair"),  # as before
    ],
)
def test_how_many_asks_about_what_it_counts(question: str, topic: str) -> None:
    assert asked_topic(question) == topic


def test_a_listing_that_names_it_is_quoted() -> None:
    dryer = Product(id="a", title="Andis 40055 Pro Style 1600 Watt Hair Dryer - White", price=14.0)
    answer = topic_answer(dryer, asked_topic("how many watts is the 2nd"))
    assert "1600 Watt" in answer and "says nothing" not in answer
