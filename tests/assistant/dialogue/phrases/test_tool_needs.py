"""Tools named after the product or the part they are used with (`named_homes.NamedHomes.tool_home`,
`wording.TOOLS`): "eyeshadow brushes" are makeup brushes, not eye shadow; "a hair dye brush"
and "a cap for when i dye my hair" are hair colouring tools, not styling brushes or a dye. Of
the categories whose own name says the tool, the one whose path says most of the need's words
wins, then the one whose titles name its other words most often. A type that is no tool, and
a tool already read into a home of its own, are left as they were."""

from __future__ import annotations

import pytest

from assistant.adapters import query_parser
from assistant.dialogue.category.named_homes import NamedHomes
from assistant.dialogue.category.need_category import NeedCategory
from assistant.dialogue.request import Intent, Request
from retrieval.query import ParsedQuery
from tests.assistant.fakes import NoCategorySearch, titled_vocabulary
from tests.catalog_paths import (
    BRUSHES,
    BRUSHES_AND_APPLICATORS,
    BRUSHES_COMBS_AND_NEEDLES,
    CAPS_FOILS_AND_WRAPS,
    CHEMICAL_HAIR_DYES,
    EYE_SHADOW,
    HOT_AIR_BRUSHES,
    SHOWER_CAPS,
)

PATHS = [
    BRUSHES_AND_APPLICATORS,
    BRUSHES,
    HOT_AIR_BRUSHES,
    BRUSHES_COMBS_AND_NEEDLES,
    CAPS_FOILS_AND_WRAPS,
    SHOWER_CAPS,
]
PATHS += [EYE_SHADOW, CHEMICAL_HAIR_DYES]
TITLES = {
    "eyeshadow": {EYE_SHADOW: 80, BRUSHES_AND_APPLICATORS: 10, BRUSHES: 1},
    "hair": {
        BRUSHES: 60,
        HOT_AIR_BRUSHES: 12,
        BRUSHES_COMBS_AND_NEEDLES: 1,
        CHEMICAL_HAIR_DYES: 60,
    },
    "dryer": {HOT_AIR_BRUSHES: 5, BRUSHES: 2},
    "foundation": {BRUSHES_AND_APPLICATORS: 30},
    "shower": {SHOWER_CAPS: 15},
}
VOCAB = titled_vocabulary(PATHS, [277, 129, 17, 3, 4, 20, 177, 118], TITLES)


def _guess() -> NeedCategory:
    return NeedCategory(NoCategorySearch(), parse=query_parser(VOCAB), vocabulary=VOCAB)


def _named(need: str) -> str | None:
    guess = _guess()
    parsed = ParsedQuery(text=need, category=guess.parse(need).category)
    return guess.named(Request(intent=Intent.SEARCH, text=need, parsed=parsed), picks_shown=False)


@pytest.mark.parametrize(
    ("need", "home"),
    [
        ("eyeshadow brushes", BRUSHES_AND_APPLICATORS),  # was Eye Shadow
        ("a brush for my eyeshadow", BRUSHES_AND_APPLICATORS),
        ("a foundation brush", BRUSHES_AND_APPLICATORS),
        ("hair dye brush and bowl", BRUSHES_COMBS_AND_NEEDLES),  # was hair styling Brushes
        ("a tint brush for my hair dye", BRUSHES_COMBS_AND_NEEDLES),
        ("a cap for when i dye my hair", CAPS_FOILS_AND_WRAPS),  # was Chemical Hair Dyes
        ("a dye cap", CAPS_FOILS_AND_WRAPS),
        ("a shower cap", SHOWER_CAPS),
    ],
)
def test_a_tool_is_read_among_tools(need: str, home: str) -> None:
    assert _named(need) == home


@pytest.mark.parametrize(
    ("need", "stated"),
    [
        ("brushes", None),  # no word says which: search decides
        ("a brush cleaner", None),  # a cleaner, no brush
        ("a hair brush", "Beauty > Hair Care"),  # search goes deeper, to the styling brushes
        ("eyeshadow", EYE_SHADOW),
        ("a hair dryer brush", HOT_AIR_BRUSHES),  # a home of brushes already, as near on the path
    ],
)
def test_no_tool_or_a_tool_at_home_is_left(need: str, stated: str | None) -> None:
    guess = _guess()
    assert NamedHomes(guess.parse, guess.vocabulary).tool_home(need, stated) is None
