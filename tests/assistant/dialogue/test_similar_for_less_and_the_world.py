"""Turns beside the picks that CONVO64's probes found read wrong: products like a pick asked
for less without "cheaper" (`intents.feedback.more_like`, `intents.prices.cheaper_or_pricier`),
one pick asked for by a superlative over a counted set ("which of the three lasts longest?":
`phrases.questions.WEIGH_PICKS`), a question about the world (`phrases.off_topic.WORLD_QUESTION`)
and the shopper's saved preferences wiped (`phrases.going_back.CLEAR`)."""

from __future__ import annotations

import pytest

from assistant.dialogue.model.model_request import PickLine, TurnSituation
from assistant.dialogue.request import Intent
from assistant.dialogue.vocabulary import CatalogVocabulary
from tests.assistant.dialogue.readers import intents_read, reader_over

VOCAB = CatalogVocabulary(
    categories=["Beauty > Fragrance > Women's"],
    words=frozenset({"perfume", "eau", "parfum", "spray", "flower", "kenzo", "curve", "soul"}),
)
READER = reader_over(VOCAB)
PICKS = TurnSituation(
    picks=(
        PickLine("Curve Soul Eau De Parfum Spray", "Liz Claiborne", 12.42),
        PickLine("Hidden Fantasy Eau De Parfum Spray", "Britney Spears", 14.0),
        PickLine("Kenzo Flower Eau De Parfum Spray", "Kenzo", 52.95),
    ),
    so_far="need=perfume",
)

SIMILAR_FOR_LESS = [
    "Have you anything similar for less?",
    "something like the first but not so dear",
    "anything along the lines of the Kenzo at a lower price?",
    "one like the kenzo but less pricey",
    "a similar scent to the third for less?",
    "something like the first one that costs a bit less",
]

test_a_turn_beside_the_picks_is_read_as = intents_read(
    READER,
    [
        (PICKS, Intent.MORE_LIKE, SIMILAR_FOR_LESS),
        # similar, but for someone else, stays a refinement
        (PICKS, Intent.REFINE, ["anything similar but for men"]),
        # cheaper alone is a refinement
        (PICKS, Intent.REFINE, ["anything cheaper?"]),
        (
            PICKS,
            Intent.COMPARE,
            [
                "Which of the three lasts longest?",
                "which of the three is the mildest",
                "Which of the three would you say is the easiest to wear?",
                "which of the two cheaper ones smells nicest",
            ],
        ),
        (
            PICKS,
            Intent.OFF_TOPIC,
            [
                "Who wrote Pride and Prejudice?",
                "how far is the moon from earth",
                "what year did the titanic sink",
                "What is the population of Canada?",
                "what's the biggest city in australia",
            ],
        ),
        # a question about the picks stays one
        (
            PICKS,
            Intent.ASK,
            ["what's the price of the kenzo one", "which one is the britney spears?"],
        ),
        (
            PICKS,
            Intent.CLEAR,
            [
                "clear my prefs",
                "Please delete my saved preferences",
                "erase everything you've stored about me",
            ],
        ),
    ],
)


@pytest.mark.parametrize("message", SIMILAR_FOR_LESS)
def test_products_like_a_pick_for_less_are_cheaper_than_it(message: str) -> None:
    assert READER.read(message, PICKS).cheaper, message


def test_more_like_a_pick_with_no_price_word_is_not_cheaper() -> None:
    assert not READER.read("more like the kenzo one", PICKS).cheaper
