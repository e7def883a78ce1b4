"""Tools, accessories and hair care said in a shopper's own words (CONVO40's probes, issue 17:
the held-out sets' weakest departments were Tools & Accessories and Hair Care).

- A tool said by what the shopper does with it ("something to push back my cuticles", "a thing
  to trim my nails") is read as the tool's noun, the one titles say (`retrieval/data/
  lexicon.yaml`, English): a pusher, a trimmer, a nail dryer, a heat protectant. Words that
  already say the tool, or a use no tool is named by, stay as written.
- Everyday names no category is named by ("edge control", "a uv lamp", "purple shampoo", "a
  blow dry brush") are read where the catalog's titles file them (`titled_types.said_types`,
  `said_as`); a tool said before what it is used with stays the tool where its home is kin to
  that product's ("a nail lamp for gel polish": a nail dryer, not a polish), and not where it
  is not ("tweezers for my lipstick": the titles' tweezers are for nail art).
- "second day hair" says when, not which pick.
"""

from __future__ import annotations

import pytest

from assistant.dialogue.category.need_category import NeedCategory
from assistant.dialogue.category.titled_types import titled_homes, titled_type
from assistant.dialogue.request import Intent, Request
from assistant.dialogue.understanding import find_references
from assistant.dialogue.vocabulary import CatalogVocabulary
from retrieval.lexicon import to_catalog_words
from retrieval.query import ParsedQuery
from tests.assistant.fakes import NoCategorySearch
from tests.catalog_paths import (
    CREAMS_GELS_AND_LOTIONS,
    CUTICLE_PUSHERS,
    HAIR_AND_SCALP_TREATMENTS,
    HAIR_CARE_SHAMPOOS,
    HAIR_DRYING_TOWELS,
    HOME_PERMANENT_KITS,
    HOT_AIR_BRUSHES,
    LIPSTICK,
    NAIL_ART_EQUIPMENT,
    NAIL_DRYERS,
    NAIL_POLISH,
    NAIL_TOOLS_SETS_AND_KITS,
    SHOWER_CAPS,
    TREATMENTS_AND_MASKS,
    WIGS,
)

PATHS = [
    NAIL_DRYERS,
    NAIL_ART_EQUIPMENT,
    CUTICLE_PUSHERS,
    NAIL_TOOLS_SETS_AND_KITS,
    NAIL_POLISH,
    LIPSTICK,
    CREAMS_GELS_AND_LOTIONS,
    HAIR_CARE_SHAMPOOS,
]
PATHS += [
    HOT_AIR_BRUSHES,
    HOME_PERMANENT_KITS,
    WIGS,
    SHOWER_CAPS,
    HAIR_AND_SCALP_TREATMENTS,
    TREATMENTS_AND_MASKS,
    HAIR_DRYING_TOWELS,
]
TITLED = {  # three titles or more naming each type, in its home
    NAIL_DRYERS: ["Professional UV Lamp 36 Watt Gel Nail Dryer", "UV Lamp, 9W", "UV Lamp Pro"],
    NAIL_ART_EQUIPMENT:
        ["Precision Tweezers, Curved", "Tweezers, Straight", "Nail Art Tweezers Set"],
    CUTICLE_PUSHERS: ["Stainless Cuticle Pusher", "Cuticle Pusher Duo", "Cuticle Pusher and Spoon"],
    CREAMS_GELS_AND_LOTIONS:
        ["Edge Control Gel 4oz", "Edge Control, Strong Hold", "Edge Control Smoother"],
    HAIR_CARE_SHAMPOOS:
        ["Silver Shampoo for Blondes", "Toning Silver Shampoo", "Silver Shampoo 8 oz"],
    HOT_AIR_BRUSHES:
        ["One Step Hot Air Brush", "Hot Air Brush, Round", "Hot Air Brush and Volumizer"],
    WIGS: ["Stocking Wig Cap, Nude", "Wig Cap 2 Pack", "Mesh Dome Wig Cap"],
    HAIR_AND_SCALP_TREATMENTS:
        ["Hot Oil Treatment, 3 Tubes", "Argan Hot Oil", "Hot Oil Scalp Treatment 8 oz"],
    HAIR_DRYING_TOWELS: ["Microfiber Hair Turban", "Turban Twist, 2 Pack", "Spa Turban Towel"],
    NAIL_POLISH: ["Gel Nail Polish, Red"],
    LIPSTICK: ["Matte Lipstick, Nude"],
}  # fmt: skip
PRODUCTS = [(title, path.split(" > ")) for path, titles in TITLED.items() for title in titles]
TITLES = {  # how many titles say each word, per category: "home" of the kits ("Spa at Home")
    "home": {NAIL_TOOLS_SETS_AND_KITS: 2, NAIL_ART_EQUIPMENT: 1},
    "gel": {NAIL_DRYERS: 28, NAIL_TOOLS_SETS_AND_KITS: 5},
    "nail": {NAIL_DRYERS: 36, NAIL_TOOLS_SETS_AND_KITS: 16, NAIL_ART_EQUIPMENT: 211},
}


@pytest.mark.parametrize(
    ("message", "read"),
    [
        ("something to push back my cuticles", "something pusher for my cuticles"),
        ("a thing to push my cuticles back", "a thing pusher for my cuticles"),
        ("something to trim my toenails", "something trimmer for my toenails"),
        ("a tool to sharpen my eyeliner", "a tool sharpener for my eyeliner"),
        ("to dry my nail polish faster", "nail dryer for my nail polish faster"),
        ("something to dry my nails", "something nail dryer for my nails"),
        ("a spray to protect my hair from my flat iron", "a spray heat protectant for my hair"),
        ("something to protect my hair from heat", "something heat protectant for my hair"),
        ("a gel to lay my edges", "a gel edge control for my edges"),
        ("something to tame my edges", "something edge control for my edges"),
        ("something to cover my grays", "something hair color for my grays"),
        ("something to smooth my heels", "something foot file for my heels"),
        ("something to soak up oil on my nose", "something blotting paper for oil on my nose"),
        ("something to hold my hairstyle all day", "something hairspray for my hairstyle all day"),
        ("cheap blowdrier", "cheap blow dryer"),
        # a brush said before the use is the brush ("a brush cleaner for my face" was read)
        (
            "a brush to clean my face, like the spinny ones",
            "a cleansing brush for my face, like the spinny ones",
        ),
        ("a brush to wash my face", "a cleansing brush for my face"),
        ("a hair drier that folds", "a hair dryer that folds"),
        # shoppers' names of a type, in the titles' words
        ("toe spreaders for my pedicure", "toe separators for my pedicure"),
        ("a co-wash for curly hair", "a cleansing conditioner for curly hair"),
        ("something to make my hair pin straight", "something to make my hair very straight"),
        ("gel for my edges", "gel for my hair edges"),  # the hairline: was a gel nail polish
        ("something for my baby hairs", "something for my hair edges"),
    ],
)
def test_a_tool_said_by_its_use_is_read_as_its_noun(message: str, read: str) -> None:
    assert to_catalog_words(message) == read


@pytest.mark.parametrize(
    "message",
    [
        "hair turban to dry my hair faster",  # the turban is what it is; drying is its use
        "something to make my hair grow",
        "a cuticle pusher",
        "something to protect my hair from the sun",  # no heat protectant
        "a lash curler",
        "curling iron with a big barrel",
        "a nail file for smooth edges",
    ],
)
def test_other_uses_and_tools_named_stay_as_written(message: str) -> None:
    assert to_catalog_words(message) == message


def _named(need: str, category: str | None) -> str | None:
    vocab = CatalogVocabulary(
        categories=PATHS,
        words=frozenset(),
        titled_types=titled_homes(PRODUCTS),
        title_counts=TITLES,
    )
    guess = NeedCategory(NoCategorySearch(), parse=_parse, vocabulary=vocab)
    parsed = ParsedQuery(text=need, category=category)
    return guess.named(Request(intent=Intent.SEARCH, text=need, parsed=parsed), picks_shown=False)


def _parse(text: str) -> ParsedQuery:
    """A stub of the query parser: Nail Polish for a need that says "polish", Lipstick for one
    that says "lipstick", the face's Treatments for one that says "treatment"."""
    said = text.lower()
    types = (("polish", NAIL_POLISH), ("lipstick", LIPSTICK), ("treatment", TREATMENTS_AND_MASKS))
    named = (p for w, p in types if w in said)
    return ParsedQuery(text=text, category=next(named, None))


@pytest.mark.parametrize(
    ("said", "home"),
    [
        ("edge control", CREAMS_GELS_AND_LOTIONS),
        ("a gel edge control for my edges", CREAMS_GELS_AND_LOTIONS),
        ("an edge tamer", CREAMS_GELS_AND_LOTIONS),  # the shopper's name, the titles' type
        ("purple shampoo for my blonde", HAIR_CARE_SHAMPOOS),
        ("toning shampoo", HAIR_CARE_SHAMPOOS),
        ("a uv lamp", NAIL_DRYERS),
        ("led lamp for my gel manicure", NAIL_DRYERS),
        ("something pusher for my cuticles", None),  # the pusher's own category names it
        ("a cuticle pusher", CUTICLE_PUSHERS),
        ("a blow dry brush", HOT_AIR_BRUSHES),
        ("blowout brush for volume", HOT_AIR_BRUSHES),
        ("the round brush i use for blowouts", None),  # no hot air brush said
        ("a hair towel for after the shower", HAIR_DRYING_TOWELS),  # the titles' turbans
        ("a microfiber hair wrap", HAIR_DRYING_TOWELS),
    ],
)
def test_everyday_names_lie_where_their_titles_do(said: str, home: str | None) -> None:
    found = titled_type(said, titled_homes(PRODUCTS))
    assert (found[1] if found else None) == home


def test_a_tool_said_first_is_the_tool_beside_what_it_is_used_with() -> None:
    """ "a nail lamp for gel polish" named Nail Polish by its words; the lamp is the nail tools'
    (a home kin to Nails); "tweezers for my lipstick" are no nail art tweezers."""
    assert _named("nail lamp for gel polish", NAIL_POLISH) == NAIL_DRYERS
    assert _named("a uv lamp for my gel polish", NAIL_POLISH) == NAIL_DRYERS
    assert _named("tweezers for my lipstick", LIPSTICK) == LIPSTICK
    assert _named("a gel nail polish", NAIL_POLISH) == NAIL_POLISH  # no tool said: as named


def test_a_type_the_titles_placed_is_not_moved_beside() -> None:
    """blind2-011's class: "uv lamp for doing gel nails at home" was moved from Nail Dryers to
    the nail kits beside them, whose titles say "home" (a word of Home Permanent Kits), and "a
    wig cap" to the shower caps (a cap, `wording.TOOLS`): the titles naming the lamp and the
    wig cap placed them already."""
    assert _named("a wig cap", None) == WIGS
    # a word of the type's kind ("treatment", "tool") names no other type beside it
    assert _named("hot oil treatment", None) == HAIR_AND_SCALP_TREATMENTS
    assert _named("wig caps for my lace fronts", None) == WIGS
    assert _named("uv lamp for doing gel nails at home", None) == NAIL_DRYERS
    assert _named("a nail lamp so i can do gel manis at home", None) == NAIL_DRYERS


@pytest.mark.parametrize(
    ("message", "picks"),
    [
        ("texturizing spray for second day hair", []),
        ("dry shampoo for 2nd day hair", []),
        ("my first time dyeing my hair", []),
        ("is the second one good for curls", [1]),  # a pick still
        ("the first and the third", [0, 2]),
    ],
)
def test_a_day_or_a_time_is_no_pick(message: str, picks: list[int]) -> None:
    assert find_references(message, 3) == picks
