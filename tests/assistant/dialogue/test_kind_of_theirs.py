"""A kind of the picks' own type asked for by the name the catalog files it under
(`assistant/dialogue/kind_of_theirs.py`): "a tinted one" beside face moisturizers is Tinted
Moisturizers. Not a refinement whose words name no category under theirs."""

from __future__ import annotations

import pytest

from assistant.dialogue.model_request import PickLine, TurnSituation
from assistant.dialogue.vocabulary import CatalogVocabulary
from tests.assistant.dialogue.readers import picks_shown, reader_over
from tests.assistant.dialogue.test_reader import DeeperGuesser

MOISTURIZERS = "Beauty > Skin Care > Face > Creams & Moisturizers"
TINTED = f"{MOISTURIZERS} > Tinted Moisturizers"
NIGHT = f"{MOISTURIZERS} > Night Creams"
CLEANSERS = "Beauty > Skin Care > Face > Cleansers"
GELS = f"{CLEANSERS} > Gels"
VOCAB = CatalogVocabulary(
    categories=[MOISTURIZERS, TINTED, NIGHT, f"{MOISTURIZERS} > Day Creams", CLEANSERS, GELS],
    words=frozenset({"moisturizer", "cleanser", "tinted", "night", "gel", "cream", "matte"}),
)
READER = reader_over(VOCAB, DeeperGuesser(None))


def _beside(need: str, category: str) -> TurnSituation:
    picks = (PickLine(f"A {need}", "Olay", 12.0), PickLine(f"Another {need}", "Cetaphil", 9.0))
    return picks_shown(picks, need, category)


@pytest.mark.parametrize(
    ("message", "need", "shown", "kind"),
    [
        ("a tinted one", "moisturizer", MOISTURIZERS, TINTED),
        ("the same but for night", "moisturizer", MOISTURIZERS, NIGHT),
        ("the gel kind", "cleanser", CLEANSERS, GELS),
    ],
)
def test_a_kind_of_the_picks_type_is_its_category(
    message: str, need: str, shown: str, kind: str
) -> None:
    assert READER.read(message, _beside(need, shown)).parsed.category == kind, message


@pytest.mark.parametrize("message", ["a lighter one", "something cheaper", "for oily skin"])
def test_a_refinement_naming_no_kind_keeps_their_category(message: str) -> None:
    got = READER.read(message, _beside("moisturizer", MOISTURIZERS)).parsed.category
    assert got in (MOISTURIZERS, None), message
