"""A question about one pick named by its brand or by two words of its own title, with or without
"the" (`asked_of_a_pick`): "paris hilton smells floral?", "der von Paris Hilton, riecht der eher
blumig?", "fairy dust any good?", "jessica mcclintock - sweet or fresh?". CONVO58's probes: each
was a refinement to that brand, its words a need. Asking the shop for a brand ("any paris
hilton?", "britney spears only?", "got more from britney spears?"), another type of a pick's
brand ("paris hilton body spray?") or a brand not on screen stay what they were."""

from __future__ import annotations

import pytest

from assistant.dialogue.model.model_request import PickLine
from assistant.dialogue.picks.asked_of_a_pick import a_pick_asked_by_name
from assistant.dialogue.request import Intent, Request
from assistant.dialogue.vocabulary import CatalogVocabulary
from retrieval.query import ParsedQuery
from tests.assistant.dialogue.readers import intent_not_read, intents_read, picks_shown, reader_over
from tests.catalog_paths import WOMENS_EAU_DE_PARFUM

VOCAB = CatalogVocabulary(
    categories=[
        WOMENS_EAU_DE_PARFUM,
        "Beauty > Fragrance > Women's > Body Sprays",
        "Beauty > Skin Care > Body > Lotions",
        "Beauty > Skin Care > Face > Creams",
        "Beauty > Skin Care > Sun > Skin Protection",
    ],
    brands=["Britney Spears", "Paris Hilton", "Jessica McClintock", "Usher"],
    words=frozenset({"perfume", "parfum", "spray", "body", "skin", "lotion", "cream"}),
)
READER = reader_over(VOCAB)
PICKS = picks_shown(
    (
        PickLine(
            "Midnight Fantasy By Britney Spears for Women, Eau De Parfum", "Britney Spears", 26.88
        ),
        PickLine(
            "Fairy Dust by Paris Hilton for Women - 3.4 Ounce EDP Spray", "Paris Hilton", 13.79
        ),
        PickLine("Jessica Mcclintock By Jessica Mcclintock For Women", "Jessica McClintock", 26.21),
    ),
    "perfume",
    WOMENS_EAU_DE_PARFUM,
)

test_a_pick_asked_by_name = intents_read(
    READER,
    [
        (
            PICKS,
            Intent.ASK,
            [
                "paris hilton smells floral?",
                "der von Paris Hilton, riecht der eher blumig?",
                "jessica mcclintock - sweet or fresh?",
                "fairy dust any good?",
                "midnight fantasy, does it last?",
                "is britney spears too sweet for a 20 year old?",
            ],
        ),
    ],
)


@pytest.mark.parametrize(
    ("message", "named"),
    [
        ("paris hilton smells floral?", [1]),
        ("fairy dust any good?", [1]),
        ("jessica mcclintock - sweet or fresh?", [2]),
        ("fairy dust - is it more sweet or fresh", [1]),  # asked already: 'is it'
        ("midnight fantasy one, is it strong?", [0]),
    ],
)
def test_the_pick_named_is_the_reference_and_no_brand_wanted(
    message: str, named: list[int]
) -> None:
    request = READER.read(message, PICKS)
    assert request.references == named
    assert request.parsed.brands == []


test_asking_for_a_brand_another_type_or_a_brand_not_on_screen_is_no_question = intent_not_read(
    READER,
    PICKS,
    Intent.ASK,
    [
        "any paris hilton?",
        "paris hilton only?",
        "got more from britney spears?",
        "paris hilton body spray?",
        "usher smells nice?",
        "britney spears please",
        "not a paris hilton fan, others?",
    ],
)


def test_a_department_said_beside_the_pick_named_is_no_other_type() -> None:
    """CONVO61 probe: "pure dkny, does it last long on skin?" was a search of Skin Care ('skin'
    names a department, no product type beside the perfumes)."""
    said = "midnight fantasy, does it last long on skin?"
    searched = Request(intent=Intent.SEARCH, text=said, parsed=ParsedQuery(text=said))
    request = a_pick_asked_by_name(searched, said, PICKS, READER.parse, VOCAB)
    assert (request.intent, request.references) == (Intent.ASK, [0])
