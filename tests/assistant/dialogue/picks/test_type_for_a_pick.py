"""Another product type asked of a pick on screen (`assistant/dialogue/picks/type_for_a_pick.py`):
"like the mac one but a liner" beside lipsticks is a lip liner, like the pick, not another
lipstick. Not "the same but cheaper", "but in pink", nor a question about the pick."""

from __future__ import annotations

import pytest

from assistant.adapters import query_parser
from assistant.dialogue.model.model_request import PickLine, TurnSituation
from assistant.dialogue.picks.type_for_a_pick import a_type_for_a_pick
from assistant.dialogue.request import Intent, Request
from assistant.dialogue.vocabulary import CatalogVocabulary
from retrieval.query import ParsedQuery
from tests.assistant.dialogue.readers import DeeperGuesser, picks_shown, reader_over
from tests.catalog_paths import (
    BARS,
    CONCEALERS_AND_NEUTRALIZERS,
    CREAMS_GELS_AND_LOTIONS,
    EYELINER,
    FACE_CLEANSERS,
    FOUNDATION,
    HAIR_CARE_SHAMPOOS,
    HAND_SOAPS,
    LIP_GLOSSES,
    LIP_LINERS,
    LIPSTICK,
)

VOCAB = CatalogVocabulary(
    brands=["MAC", "Revlon", "Maybelline"],
    categories=[
        LIPSTICK,
        LIP_LINERS,
        LIP_GLOSSES,
        EYELINER,
        FOUNDATION,
        CONCEALERS_AND_NEUTRALIZERS,
    ],
    words=frozenset({"lipstick", "liner", "gloss", "foundation", "concealer", "pink"}),
)
READER = reader_over(VOCAB, DeeperGuesser(None))


def _beside(need: str, category: str, *brands: str) -> TurnSituation:
    picks = tuple(PickLine(f"{b} {need}", b, 10.0 + i) for i, b in enumerate(brands))
    return picks_shown(picks, need, category)


LIPSTICKS = _beside("lipstick", LIPSTICK, "MAC", "Revlon")
FOUNDATIONS = _beside("foundation", FOUNDATION, "Maybelline", "Revlon")


@pytest.mark.parametrize(
    ("message", "situation", "category"),
    [
        ("something like the mac one but a liner", LIPSTICKS, LIP_LINERS),
        ("like the revlon one but a gloss", LIPSTICKS, LIP_GLOSSES),
        ("the maybelline one but a concealer", FOUNDATIONS, CONCEALERS_AND_NEUTRALIZERS),
        ("similar to the revlon one but as a concealer", FOUNDATIONS, CONCEALERS_AND_NEUTRALIZERS),
    ],
)
def test_another_type_asked_of_a_pick_is_that_type(
    message: str, situation: TurnSituation, category: str
) -> None:
    request = READER.read(message, situation)
    assert request.parsed.category == category, message
    assert request.intent in (Intent.SEARCH, Intent.REFINE), message


@pytest.mark.parametrize(
    "message",
    ["like the mac one but cheaper", "the revlon one but in pink", "more like the mac one"],
)
def test_no_type_said_keeps_the_picks_type(message: str) -> None:
    assert READER.read(message, LIPSTICKS).parsed.category in (LIPSTICK, None), message


WASHES = CatalogVocabulary(
    brands=["Eucerin", "Shea Moisture", "Garnier"],
    categories=[
        FACE_CLEANSERS,
        BARS,
        f"{FACE_CLEANSERS} > Washes",
        HAND_SOAPS,
        HAIR_CARE_SHAMPOOS,
        CREAMS_GELS_AND_LOTIONS,
    ],
    words=frozenset({"cleanser", "bar", "soap", "shampoo", "cream", "curl", "wash"}),
)
WASHES_READER = reader_over(WASHES, DeeperGuesser(None))


def test_another_type_said_in_a_refinement_is_a_new_search() -> None:
    picks = (
        PickLine("Kinky Curly Curl Custard Gel", "Kinky Curly", 18.58),
        PickLine("Shea Moisture Curl Enhancing Smoothie", "Shea Moisture", 15.45),
    )
    said = "shea moisture one but a shampoo"  # read as a refinement: a brand of the picks'
    request = a_type_for_a_pick(
        Request(intent=Intent.REFINE, parsed=ParsedQuery(text=said, brands=["Shea Moisture"])),
        said,
        picks_shown(picks, "curl cream", CREAMS_GELS_AND_LOTIONS),
        query_parser(WASHES),
        None,
        WASHES,
    )
    assert (request.intent, request.parsed.category) == (Intent.SEARCH, HAIR_CARE_SHAMPOOS)


def test_a_kind_of_their_own_type_is_not_widened_to_another() -> None:
    picks = (
        PickLine("Eucerin Redness Relief Soothing Cleanser", "Eucerin", 7.18),
        PickLine("Burt's Bees Acne Purifying Gel Cleanser", "Burt's Bees", 12.92),
    )
    request = WASHES_READER.read(
        "the eucerin one but as a bar soap", picks_shown(picks, "cleanser", FACE_CLEANSERS)
    )
    assert request.parsed.category == BARS  # their Bars, not Hand Soaps
