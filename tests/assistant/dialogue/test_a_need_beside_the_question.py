"""A product type of its own said while our question is pending (`need_beside_the_question`):
"forget lips, i need mascara" to 'Which kind: Lipstick, Lip Glosses or Lip Stains?' was read as
an answer ("any") and the need so far kept; the type it asks for, read by the parser outside the
need and every option, is a new need. An option, a type under the need ("a lip liner") and words
the parser reads no type for stay answers."""

from __future__ import annotations

import pytest

from assistant.dialogue.model_request import TurnSituation
from assistant.dialogue.request import Intent
from assistant.dialogue.vocabulary import CatalogVocabulary
from tests.assistant.dialogue.readers import reader_over

LIPS = "Beauty > Makeup > Lips"
OPTIONS = (f"{LIPS} > Lipstick", f"{LIPS} > Lip Glosses", f"{LIPS} > Lip Stains")
MASCARA = "Beauty > Makeup > Eyes > Mascara"
VOCAB = CatalogVocabulary(
    categories=[*OPTIONS, f"{LIPS} > Lip Liners", MASCARA, "Beauty > Makeup > Face > Blush"],
    words=frozenset({"lip", "lips", "lipstick", "gloss", "stain", "liner", "mascara", "blush"}),
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
