"""A product type of its own said while our question is pending (`need_beside_the_question`):
"forget lips, i need mascara" to 'Which kind: Lipstick, Lip Glosses or Lip Stains?' was read as
an answer ("any") and the need so far kept; the type it asks for, read by the parser outside the
need and every option, is a new need. An option, a type under the need ("a lip liner") and words
the parser reads no type for stay answers."""

from __future__ import annotations

import pytest

from assistant.dialogue.clarifying.need_beside_the_question import a_type_after_a_reset
from assistant.dialogue.model.model_request import TurnSituation
from assistant.dialogue.request import Intent
from assistant.dialogue.vocabulary import CatalogVocabulary
from tests.assistant.dialogue.readers import reader_over
from tests.catalog_paths import CREAMS_AND_MOISTURIZERS, LIPS, MASCARA, TREATMENTS_AND_MASKS_MASKS

OPTIONS = (f"{LIPS} > Lipstick", f"{LIPS} > Lip Glosses", f"{LIPS} > Lip Stains")
VOCAB = CatalogVocabulary(
    categories=[
        *OPTIONS,
        f"{LIPS} > Lip Liners",
        MASCARA,
        "Beauty > Makeup > Face > Blush",
        CREAMS_AND_MOISTURIZERS,
        TREATMENTS_AND_MASKS_MASKS,
    ],
    words=frozenset(
        {"lip", "lips", "lipstick", "gloss", "stain", "liner", "mascara", "blush", "mask"}
    ),
    title_words={"mascara": frozenset({MASCARA, f"{LIPS} > Lip Liners"})},
    title_counts={"mascara": {MASCARA: 40, f"{LIPS} > Lip Liners": 1}},
)
READER = reader_over(VOCAB)
ASKED = TurnSituation(
    question="Which kind: Lipstick, Lip Glosses or Lip Stains?",
    options=("Lipstick", "Lip Glosses", "Lip Stains"),
    so_far=f"need=lip; category={LIPS}",
)


@pytest.mark.parametrize("message", ["forget lips, i need mascara", "ugh actually i want a blush"])
def test_a_type_of_its_own_is_a_new_need(message: str) -> None:
    request = READER.read(message, ASKED, OPTIONS)
    assert (request.intent, request.answer) == (Intent.SEARCH, [])
    assert request.parsed.category and not request.parsed.category.startswith(LIPS)


@pytest.mark.parametrize("message", ["gloss", "a lip liner", "whatever you think"])
def test_an_option_or_a_type_under_the_need_is_no_new_need(message: str) -> None:
    request = READER.read(message, ASKED, OPTIONS)
    assert request.answer or request.intent != Intent.SEARCH


SKIN_TYPE = TurnSituation(
    question="What's your skin type: oily, dry or sensitive?",
    options=("oily", "dry", "sensitive"),
    so_far=f"need=moisturizer; category={CREAMS_AND_MOISTURIZERS}",
)


def test_a_type_after_a_reset_is_a_new_need_whatever_the_question_offers() -> None:
    """CONVO61 probe: "actually forget moisturizer, i want a face mask" to a skin-type question
    was an answer, the moisturizers kept (the options are no categories)."""
    request = READER.read(
        "actually forget moisturizer, i want a face mask", SKIN_TYPE, ("oily", "dry", "sensitive")
    )
    assert (request.intent, request.answer) == (Intent.SEARCH, [])
    assert request.parsed.category in (
        TREATMENTS_AND_MASKS_MASKS,
        TREATMENTS_AND_MASKS_MASKS.rsplit(" > ", 1)[0],
    )


@pytest.mark.parametrize(
    "message", ["oily, and a mask too maybe", "forget it, oily i guess", "nvm the moisturizer"]
)
def test_no_reset_or_no_type_after_it_is_no_new_need(message: str) -> None:
    asked = [CREAMS_AND_MOISTURIZERS, "oily", "dry", "sensitive"]
    assert a_type_after_a_reset(message, asked, READER.parse, VOCAB) == ""
