"""A type said in answer to our question is looked for under the need's own category first
(`AnswerCategory.branch_not_offered`). CONVO33's probe: asked 'Styling Tools, Shampoos or
Conditioners?' of "something for my hair", "neither, i need a brush" and "a brush" searched
Makeup Brushes & Tools (the shallowest branch named "brush" in the whole catalog)."""

from __future__ import annotations

import pytest

from assistant.dialogue.model.model_request import TurnSituation
from assistant.dialogue.request import Intent
from assistant.dialogue.vocabulary import CatalogVocabulary
from tests.assistant.dialogue.readers import reader_over
from tests.catalog_paths import BRUSHES, HAIR_CARE, MAKEUP_BRUSHES_AND_TOOLS

OPTIONS = tuple(f"{HAIR_CARE} > {n}" for n in ("Styling Tools", "Shampoos", "Conditioners"))
VOCAB = CatalogVocabulary(
    categories=[
        *OPTIONS,
        BRUSHES,
        f"{HAIR_CARE} > Styling Tools > Hot-Air Brushes",
        f"{MAKEUP_BRUSHES_AND_TOOLS} > Brushes & Applicators",
        "Beauty > Bath & Body > Bath",
    ],
    words=frozenset({"brush", "brushes", "hair", "shampoo", "bath"}),
)
READER = reader_over(VOCAB)
PENDING = TurnSituation(
    question="Which kind: Styling Tools, Shampoos or Conditioners?",
    options=OPTIONS,
    so_far=f"need=something for my hair; category={HAIR_CARE}",
)


@pytest.mark.parametrize("message", ["a brush", "neither, i need a brush", "hmm a brush maybe"])
def test_a_type_under_the_need_answers_with_its_option(message: str) -> None:
    request = READER.read(message, PENDING, OPTIONS)
    assert request.intent == Intent.SEARCH and request.answer == [OPTIONS[0]], message
    assert request.parsed.category == BRUSHES, message


def test_a_branch_elsewhere_is_read_as_before() -> None:
    gift = TurnSituation(
        question="Which kind: Styling Tools, Shampoos or Conditioners?",
        options=OPTIONS,
        so_far="need=a gift for my mom; category=",
    )
    request = READER.read("she loves baths", gift, OPTIONS)
    assert request.parsed.category == "Beauty > Bath & Body"
