"""`phrases.no_preference.IN_BETWEEN`: an answer between our question's options ("something
in between", "a bit of both") chooses any of them and adds no words. CONVO33's probe: to
'Styling Tools, Shampoos or Conditioners?', "in between" searched 'hair between'."""

from __future__ import annotations

import pytest

from assistant.dialogue.model.model_request import TurnSituation
from assistant.dialogue.phrases.no_preference import IN_BETWEEN
from assistant.dialogue.request import Intent
from assistant.dialogue.vocabulary import CatalogVocabulary
from tests.assistant.dialogue.phrases.reading import found_and_not_found
from tests.assistant.dialogue.readers import reader_over
from tests.catalog_paths import HAIR_CARE

FOUND = [
    (IN_BETWEEN, "in between"),
    (IN_BETWEEN, "something in between"),
    (IN_BETWEEN, "somewhere in-between i guess"),
    (IN_BETWEEN, "a mix of both maybe"),
    (IN_BETWEEN, "a bit of each"),
    (IN_BETWEEN, "half and half"),
]
NOT_FOUND = [
    (IN_BETWEEN, "the middle one"),  # the middle option by its place (`MIDDLE`)
    (IN_BETWEEN, "in between 10 and 20"),  # a price
    (IN_BETWEEN, "a mix of shampoo and conditioner"),  # the options named
    (IN_BETWEEN, "both"),
]
test_found, test_not_found = found_and_not_found(FOUND, NOT_FOUND, opening={IN_BETWEEN})

OPTIONS = tuple(f"{HAIR_CARE} > {n}" for n in ("Styling Tools", "Shampoos", "Conditioners"))
VOCAB = CatalogVocabulary(categories=list(OPTIONS), words=frozenset({"hair", "shampoo"}))


@pytest.mark.parametrize("message", ["in between", "something in between", "a bit of both"])
def test_an_answer_in_between_is_any_option_with_no_words(message: str) -> None:
    reader = reader_over(VOCAB)
    pending = TurnSituation(question="Styling Tools, Shampoos or Conditioners?", options=OPTIONS)
    request = reader.read(message, pending, OPTIONS)
    assert (request.intent, request.answer, request.text) == (Intent.SEARCH, ["any"], "")
