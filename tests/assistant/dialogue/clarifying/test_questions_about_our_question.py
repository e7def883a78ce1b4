"""A reply to our question that asks something back, naming no option and nothing the catalog
sells, is a question about the options (`answers.asks_about_the_options`), not "any". CONVO51's
probe: asked 'What's your skin type?', "idk, how do i tell?" was read as any option (off the
shop's topic)."""

from __future__ import annotations

import pytest

from assistant.dialogue.model.model_request import TurnSituation
from assistant.dialogue.model.validation import ANY
from assistant.dialogue.request import Intent
from assistant.dialogue.vocabulary import CatalogVocabulary
from tests.assistant.dialogue.readers import reader_over
from tests.catalog_paths import CREAMS_AND_MOISTURIZERS

VOCAB = CatalogVocabulary(
    categories=[CREAMS_AND_MOISTURIZERS, "Beauty > Skin Care > Body"],
    words=frozenset({"moisturizer", "cream", "face", "dry", "oily", "skin", "sensitive"}),
)
READER = reader_over(VOCAB)
OPTIONS = ("Dry", "Oily", "Combination", "Sensitive")
PENDING = TurnSituation(
    question="What's your skin type?",
    options=OPTIONS,
    so_far=f"need=moisturizer; category={CREAMS_AND_MOISTURIZERS}",
)


@pytest.mark.parametrize(
    "message",
    [
        "idk, how do i tell?",
        "how would i know?",
        "hmm what do you mean",
        "does it matter?",
        "whats combination mean",  # what an option's word means (CONVO85): asked, no answer
        "what does sensitive mean here?",
    ],
)
def test_a_question_back_asks_about_the_options(message: str) -> None:
    request = READER.read(message, PENDING, OPTIONS)
    assert request.intent == Intent.ASK and not request.answer, message


@pytest.mark.parametrize(
    ("message", "answer"),
    [
        ("idk", [ANY]),
        ("no idea, you choose", [ANY]),
        ("oily?", ["Oily"]),
    ],
)
def test_answers_stay_answers(message: str, answer: list[str]) -> None:
    assert READER.read(message, PENDING, OPTIONS).answer == answer, message
