"""Messages that name no product type (issue 17, round twenty-one, CONVO52), read as
`TurnReader` reads them over a small catalog: whom it is for said first is a new need, not a
refinement of nothing; a product asked for without its name ("something sparkly") is a want
whose kind the chat asks for, not off the shop's topic."""

from __future__ import annotations

from assistant.dialogue.model_request import PickLine, TurnSituation
from assistant.dialogue.reader import TurnReader
from assistant.dialogue.request import Intent
from assistant.dialogue.vocabulary import CatalogVocabulary
from tests.tables import reads_as

SHAMPOOS, SERUMS = "Beauty > Hair Care > Shampoos", "Beauty > Skin Care > Face > Oils & Serums"

VOCABULARY = CatalogVocabulary(
    categories=[SHAMPOOS, SERUMS],
    words=frozenset({"shampoo", "serum", "sofa", "groceries"}),
    title_counts={
        "60": {SERUMS: 30},  # "60 ml": every title saying it a serum's
        "serum": {SERUMS: 30},
        "sofa": {SHAMPOOS: 1},
    },
)
PICKS = (PickLine(title="Silk Shampoo", brand="Silk", price=9.0),)
BESIDE_PICKS = TurnSituation(picks=PICKS, so_far=f"need=shampoo; category={SHAMPOOS}")
SO_FAR = TurnSituation(so_far=f"need=shampoo; category={SHAMPOOS}")


def _intent(message: str, situation: TurnSituation | None = None) -> Intent:
    return TurnReader(vocabulary=VOCABULARY).read(message, situation or TurnSituation()).intent


test_whom_said_first_is_a_new_need = reads_as(
    _intent,
    [
        ("for my husband", Intent.SEARCH),  # nothing on screen, nothing so far: a new need
        ("for him", Intent.SEARCH),
        ("what about for my dad", Intent.SEARCH),
    ],
)


def test_whom_said_beside_a_need_still_refines_it() -> None:
    """Must not change: beside the picks, or after a need with nothing on screen, whom it is
    for refines the need."""
    assert _intent("what about for my dad", BESIDE_PICKS) == Intent.REFINE
    assert _intent("for my husband", SO_FAR) == Intent.REFINE


test_a_product_asked_for_without_its_name_is_a_want = reads_as(
    _intent,
    [
        ("something sparkly", Intent.SEARCH),  # no catalog word, but a thing asked for
        ("anything cute", Intent.SEARCH),
        ("im looking for something", Intent.SEARCH),
        ("smth for a job interview tomorrow", Intent.SEARCH),
        ("any stuff for my road trip", Intent.SEARCH),
        # must not change: a thing named that the shop does not sell, or no thing asked for
        ("i need a new laptop", Intent.OFF_TOPIC),
        ("do you sell garden chairs", Intent.OFF_TOPIC),
        ("what's 25 times 17", Intent.OFF_TOPIC),
    ],
)


def test_a_product_asked_for_without_its_name_beside_picks_refines_them() -> None:
    """Must not change: beside the picks, "something subtle" is about them."""
    assert _intent("something subtle", BESIDE_PICKS) == Intent.REFINE
