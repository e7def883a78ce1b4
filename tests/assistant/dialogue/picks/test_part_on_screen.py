"""A part of the body said beside picks whose category is already for it (`beside_picks.
a_part_on_screen`): the need on screen for that part. CONVO33's probe: beside face cleansers,
"for my face not body" searched 'face' in Makeup Remover > Face (the cleanser lost)."""

from __future__ import annotations

import pytest

from assistant.dialogue.model.model_request import PickLine, TurnSituation
from assistant.dialogue.request import Intent
from assistant.dialogue.vocabulary import CatalogVocabulary
from tests.assistant.dialogue.readers import DeeperGuesser, picks_shown, reader_over
from tests.catalog_paths import FACE_CLEANSERS, HAIR_CARE_SHAMPOOS, MAKEUP_REMOVER_FACE

SERUMS = "Beauty > Skin Care > Face > Serums"
VOCAB = CatalogVocabulary(
    categories=[
        FACE_CLEANSERS,
        MAKEUP_REMOVER_FACE,
        SERUMS,
        HAIR_CARE_SHAMPOOS,
        "Beauty > Skin Care > Body > Lotions",
    ],
    words=frozenset({"cleanser", "face", "body", "serum", "remover", "oily", "skin", "shampoo"}),
)


def _beside(need: str, category: str) -> TurnSituation:
    picks = (PickLine("A cleanser", "Biore", 8.0), PickLine("Another cleanser", "Olay", 9.0))
    return picks_shown(picks, need, category)


READER = reader_over(VOCAB, DeeperGuesser(MAKEUP_REMOVER_FACE))


@pytest.mark.parametrize(
    "message", ["for my face", "for my face not body", "face", "mostly for my face, oily skin"]
)
def test_the_part_the_picks_are_for_refines_them(message: str) -> None:
    request = READER.read(message, _beside("cleanser", FACE_CLEANSERS))
    assert request.intent == Intent.REFINE and request.add_detail, message
    assert request.parsed.category == FACE_CLEANSERS, message
    assert "face" in request.text and "body" not in request.text, message


def test_a_type_of_its_own_another_part_or_nothing_on_screen_is_left_alone() -> None:
    serums = DeeperGuesser(SERUMS)
    serum = reader_over(VOCAB, serums)
    assert serum.read("a face serum", _beside("cleanser", FACE_CLEANSERS)).parsed.category == SERUMS
    assert READER.read("for my body", _beside("cleanser", FACE_CLEANSERS)).parsed.category != (
        FACE_CLEANSERS
    )
    assert READER.read("for my face", TurnSituation()).intent == Intent.SEARCH
    # the department's own word says no part: "for my hair" beside shampoos is as it was
    hair = READER.read("for my hair", _beside("shampoo", HAIR_CARE_SHAMPOOS))
    assert hair.parsed.category != FACE_CLEANSERS
