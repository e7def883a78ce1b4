"""A kind of the picks' own type asked for by the name the catalog files it under
(`assistant/dialogue/picks/kind_of_theirs.py`): "a tinted one" beside face moisturizers is Tinted
Moisturizers. Not a refinement whose words name no category under theirs."""

from __future__ import annotations

import pytest

from assistant.dialogue.model.model_request import PickLine, TurnSituation
from assistant.dialogue.vocabulary import CatalogVocabulary
from tests.assistant.dialogue.readers import DeeperGuesser, picks_shown, reader_over
from tests.catalog_paths import (
    CLEANSERS_GELS,
    CREAMS_AND_MOISTURIZERS,
    FACE_CLEANSERS,
    NIGHT_CREAMS,
    TINTED_MOISTURIZERS,
)

VOCAB = CatalogVocabulary(
    categories=[
        CREAMS_AND_MOISTURIZERS,
        TINTED_MOISTURIZERS,
        NIGHT_CREAMS,
        f"{CREAMS_AND_MOISTURIZERS} > Day Creams",
        FACE_CLEANSERS,
        CLEANSERS_GELS,
    ],
    words=frozenset({"moisturizer", "cleanser", "tinted", "night", "gel", "cream", "matte"}),
)
READER = reader_over(VOCAB, DeeperGuesser(None))


def _beside(need: str, category: str) -> TurnSituation:
    picks = (PickLine(f"A {need}", "Olay", 12.0), PickLine(f"Another {need}", "Cetaphil", 9.0))
    return picks_shown(picks, need, category)


@pytest.mark.parametrize(
    ("message", "need", "shown", "kind"),
    [
        ("a tinted one", "moisturizer", CREAMS_AND_MOISTURIZERS, TINTED_MOISTURIZERS),
        ("the same but for night", "moisturizer", CREAMS_AND_MOISTURIZERS, NIGHT_CREAMS),
        ("the gel kind", "cleanser", FACE_CLEANSERS, CLEANSERS_GELS),
    ],
)
def test_a_kind_of_the_picks_type_is_its_category(
    message: str, need: str, shown: str, kind: str
) -> None:
    assert READER.read(message, _beside(need, shown)).parsed.category == kind, message


@pytest.mark.parametrize("message", ["a lighter one", "something cheaper", "for oily skin"])
def test_a_refinement_naming_no_kind_keeps_their_category(message: str) -> None:
    got = READER.read(message, _beside("moisturizer", CREAMS_AND_MOISTURIZERS)).parsed.category
    assert got in (CREAMS_AND_MOISTURIZERS, None), message
