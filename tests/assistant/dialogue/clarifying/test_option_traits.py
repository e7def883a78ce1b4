"""The options of our question chosen in answer are stated needs when the question says what
they are of (`option_traits.traits_of_the_options`). CONVO51's probe: "oily" to 'What's your
skin type?' chose Oily but kept no oily skin for the search or the profile."""

from __future__ import annotations

import pytest

from assistant.dialogue.model.model_request import TurnSituation
from assistant.dialogue.model.validation import ANY
from assistant.dialogue.vocabulary import CatalogVocabulary
from tests.assistant.dialogue.readers import reader_over
from tests.catalog_paths import CREAMS_AND_MOISTURIZERS, HAIR_CARE_SHAMPOOS

VOCAB = CatalogVocabulary(
    categories=[CREAMS_AND_MOISTURIZERS, HAIR_CARE_SHAMPOOS],
    words=frozenset({"moisturizer", "shampoo", "dry", "oily", "curly", "skin", "hair"}),
)
READER = reader_over(VOCAB)
SKIN = ("Dry", "Oily", "Combination", "Sensitive")
HAIR = ("Dry", "Oily", "Normal", "Curly", "Color-treated")
ASKED_SKIN = TurnSituation(
    question="What's your skin type?",
    options=SKIN,
    so_far=f"need=moisturizer; category={CREAMS_AND_MOISTURIZERS}",
)
ASKED_HAIR = TurnSituation(
    question="What's your hair like?",
    options=HAIR,
    so_far=f"need=shampoo; category={HAIR_CARE_SHAMPOOS}",
)


@pytest.mark.parametrize(
    ("message", "situation", "options", "key", "value"),
    [
        ("oily", ASKED_SKIN, SKIN, "skin", "oily"),
        ("combination i think", ASKED_SKIN, SKIN, "skin", "combination"),
        ("curly", ASKED_HAIR, HAIR, "hair", "curly"),
        ("dry and curly", ASKED_HAIR, HAIR, "hair", "dry, curly"),
    ],
)
def test_an_option_chosen_is_a_stated_need(
    message: str, situation: TurnSituation, options: tuple[str, ...], key: str, value: str
) -> None:
    request = READER.read(message, situation, options)
    assert request.answer and request.answer != [ANY], message
    assert request.attributes.get(key) == value, message


def test_any_option_states_nothing() -> None:
    request = READER.read("no idea, you choose", ASKED_SKIN, SKIN)
    assert request.answer == [ANY] and "skin" not in request.attributes


def test_options_that_are_categories_state_nothing() -> None:
    options = ("Beauty > Skin Care > Face", "Beauty > Skin Care > Body")
    asked = TurnSituation(question="Face or body?", options=("Face", "Body"), so_far="need=scrub")
    assert "skin" not in READER.read("face", asked, options).attributes
