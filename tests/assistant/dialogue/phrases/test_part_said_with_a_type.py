"""A part of the body said with a product type in what the need is ("eyebrow powder", "an eye
primer") is read where the category named for that part holds the titles naming the type
(`named_homes.NamedHomes.part_home`): "eyebrow powder" named the face powders, "an eyebrow
pencil" nothing. A need whose category already says the part and a type no title there names
("eyebrow tweezers") are left as they were; a part said only after "for" is read by
`NamedHomes.part_said_for` (test_part_said_for_a_type.py)."""

from __future__ import annotations

import pytest

from assistant.adapters import query_parser
from assistant.dialogue.category.need_category import NeedCategory
from assistant.dialogue.request import Intent, Request
from retrieval.query import ParsedQuery
from tests.assistant.fakes import NoCategorySearch, titled_vocabulary
from tests.catalog_paths import (
    CONCEALER_AND_BASE,
    EYE_SHADOW,
    EYEBROW_COLOR,
    EYES_CREAMS,
    FOUNDATION_PRIMERS,
    HAIR_EXTENSIONS,
    NAIL_ART_EQUIPMENT,
    POWDER,
)

PATHS = [
    EYEBROW_COLOR,
    EYE_SHADOW,
    CONCEALER_AND_BASE,
    POWDER,
    FOUNDATION_PRIMERS,
    EYES_CREAMS,
    NAIL_ART_EQUIPMENT,
    HAIR_EXTENSIONS,
]
TITLES = {
    "powder": {POWDER: 90, EYEBROW_COLOR: 9, EYE_SHADOW: 2},
    "pencil": {EYEBROW_COLOR: 20, "Beauty > Makeup > Eyes > Eyeliner": 40},
    "primer": {FOUNDATION_PRIMERS: 45, EYE_SHADOW: 12, CONCEALER_AND_BASE: 9},
    "cream": {EYES_CREAMS: 50, EYE_SHADOW: 20, POWDER: 1},
    "new": {HAIR_EXTENSIONS: 5},
    "tweezer": {NAIL_ART_EQUIPMENT: 6},
}
VOCAB = titled_vocabulary(PATHS, [68, 177, 13, 111, 63, 69, 219, 68], TITLES)


def _named(need: str) -> str | None:
    guess = NeedCategory(NoCategorySearch(), parse=query_parser(VOCAB), vocabulary=VOCAB)
    parsed = ParsedQuery(text=need, category=guess.parse(need).category)
    return guess.named(Request(intent=Intent.SEARCH, text=need, parsed=parsed), picks_shown=False)


@pytest.mark.parametrize(
    ("need", "category"),
    [
        ("eyebrow powder", EYEBROW_COLOR),  # was Face > Powder
        ("a brow powder, ash blonde", EYEBROW_COLOR),
        ("an eyebrow pencil", EYEBROW_COLOR),  # was none
        ("waterproof eyebrow pencil for my sister", EYEBROW_COLOR),
        ("an eye primer", EYE_SHADOW),  # was Foundation Primers
        # left as they were
        ("eyebrow tweezers", None),  # no title under a brow's category says tweezers
        ("eye cream", EYES_CREAMS),  # the category says the eyes already
        ("eye cream for puffy eyes, i look like i cried", EYES_CREAMS),  # not cream eyeshadows
        ("hair new flat iron", "Beauty > Hair Care"),  # "new" is no type: no Hair Extensions
        ("a powder for my brows", EYEBROW_COLOR),  # the part said after "for": `part_said_for`
        ("setting powder", POWDER),
    ],
)
def test_a_part_said_with_a_type_is_read_where_its_titles_are(
    need: str, category: str | None
) -> None:
    assert _named(need) == category
