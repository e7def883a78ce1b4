"""Tools named after the product or the part they are used with (`named_homes.NamedHomes.tool_home`,
`wording.TOOLS`): "eyeshadow brushes" are makeup brushes, not eye shadow; "a hair dye brush"
and "a cap for when i dye my hair" are hair colouring tools, not styling brushes or a dye. Of
the categories whose own name says the tool, the one whose path says most of the need's words
wins, then the one whose titles name its other words most often. A type that is no tool, and
a tool already read into a home of its own, are left as they were."""

from __future__ import annotations

import pytest

from assistant.adapters import query_parser
from assistant.dialogue.named_homes import NamedHomes
from assistant.dialogue.need_category import NeedCategory
from assistant.dialogue.request import Intent, Request
from retrieval.query import ParsedQuery
from tests.assistant.fakes import NoCategorySearch, titled_vocabulary

MAKEUP_BRUSHES = "Beauty > Tools & Accessories > Makeup Brushes & Tools > Brushes & Applicators"
HAIR_BRUSHES = "Beauty > Hair Care > Styling Tools > Brushes"
HOT_AIR = "Beauty > Hair Care > Styling Tools > Hot-Air Brushes"
DYE_BRUSHES = "Beauty > Tools & Accessories > Hair Coloring Tools > Brushes, Combs & Needles"
DYE_CAPS = "Beauty > Tools & Accessories > Hair Coloring Tools > Caps, Foils & Wraps"
SHOWER_CAPS = "Beauty > Bath & Body > Bathing Accessories > Shower Caps"
EYE_SHADOW = "Beauty > Makeup > Eyes > Eye Shadow"
DYES = "Beauty > Hair Care > Hair Color > Chemical Hair Dyes"
PATHS = [MAKEUP_BRUSHES, HAIR_BRUSHES, HOT_AIR, DYE_BRUSHES, DYE_CAPS, SHOWER_CAPS]
PATHS += [EYE_SHADOW, DYES]
TITLES = {
    "eyeshadow": {EYE_SHADOW: 80, MAKEUP_BRUSHES: 10, HAIR_BRUSHES: 1},
    "hair": {HAIR_BRUSHES: 60, HOT_AIR: 12, DYE_BRUSHES: 1, DYES: 60},
    "dryer": {HOT_AIR: 5, HAIR_BRUSHES: 2},
    "foundation": {MAKEUP_BRUSHES: 30},
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
        ("eyeshadow brushes", MAKEUP_BRUSHES),  # was Eye Shadow
        ("a brush for my eyeshadow", MAKEUP_BRUSHES),
        ("a foundation brush", MAKEUP_BRUSHES),
        ("hair dye brush and bowl", DYE_BRUSHES),  # was hair styling Brushes
        ("a tint brush for my hair dye", DYE_BRUSHES),
        ("a cap for when i dye my hair", DYE_CAPS),  # was Chemical Hair Dyes
        ("a dye cap", DYE_CAPS),
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
        ("a hair dryer brush", HOT_AIR),  # a home of brushes already, as near on the path
    ],
)
def test_no_tool_or_a_tool_at_home_is_left(need: str, stated: str | None) -> None:
    guess = _guess()
    assert NamedHomes(guess.parse, guess.vocabulary).tool_home(need, stated) is None
