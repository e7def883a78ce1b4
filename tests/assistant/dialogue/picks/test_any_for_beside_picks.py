""" "Any for dark skin?" beside the picks asks for the type on screen with that detail
(`beside_picks.THE_SAME_TYPE`, `beside_picks.skin_only`). CONVO33's probe: beside concealers it was
a new search for 'dark skin' in Powder (the concealer lost): "skin" named Skin Care, another
department than the picks', and search guessed Powder for the rest."""

from __future__ import annotations

import pytest

from assistant.adapters import query_parser
from assistant.dialogue.model.model_request import PickLine, TurnSituation
from assistant.dialogue.reader import TurnReader
from assistant.dialogue.request import Intent
from assistant.dialogue.vocabulary import CatalogVocabulary
from tests.assistant.dialogue.readers import DeeperGuesser, picks_shown, reader_over
from tests.catalog_paths import HAIR_CARE_SHAMPOOS, POWDER

CONCEALERS = "Beauty > Makeup > Face > Concealers"
VOCAB = CatalogVocabulary(
    categories=[CONCEALERS, POWDER, HAIR_CARE_SHAMPOOS, "Beauty > Skin Care > Face > Creams"],
    words=frozenset({"concealer", "powder", "dark", "skin", "oily", "spf", "shampoo", "cream"}),
)


READER = reader_over(VOCAB, DeeperGuesser(POWDER))
SHOWN = picks_shown(
    (PickLine("A concealer", "Benefit", 20.0), PickLine("Another concealer", "NYX", 6.0)),
    "concealer",
    CONCEALERS,
)


@pytest.mark.parametrize(
    "message",
    [
        "any for dark skin?",
        "any for oily skin",
        "got any for dark skin?",
        "ok any ones for oily skin",
    ],
)
def test_any_for_a_skin_beside_the_picks_refines_them(message: str) -> None:
    request = READER.read(message, SHOWN)
    assert request.intent == Intent.REFINE and request.add_detail, message
    assert request.parsed.category == CONCEALERS, message


def test_a_need_of_its_own_or_nothing_on_screen_is_as_before() -> None:
    assert READER.read("a powder for oily skin", SHOWN).parsed.category == POWDER
    assert READER.read("any for dark skin?", TurnSituation()).intent == Intent.SEARCH
    creams = TurnReader(
        parse=query_parser(VOCAB), vocabulary=VOCAB, categories=DeeperGuesser(HAIR_CARE_SHAMPOOS)
    ).read("a cream for my face", SHOWN)
    assert creams.intent == Intent.SEARCH
