"""The homes a need's words name by a tool or a part of the body
(`assistant/dialogue/category/named_homes.py`): a tool said after "with" comes with the type said
before it; a part of the body no branch is named for is read as the part whose branches hold
what is for it ("feet": the body's)."""

from __future__ import annotations

from assistant.adapters import query_parser
from assistant.dialogue.category.named_homes import NamedHomes
from assistant.dialogue.vocabulary import CatalogVocabulary
from retrieval.tokenize import stem

EYELINER = "Beauty > Makeup > Eyes > Eyeliner"
EYE_BASE = "Beauty > Makeup > Eyes > Concealer & Base"
PRIMERS = "Beauty > Makeup > Face > Foundation Primers"
BRUSHES = "Beauty > Tools & Accessories > Makeup Brushes & Tools > Brushes & Applicators"
FACE_SCRUBS = "Beauty > Skin Care > Face > Exfoliators & Scrubs > Scrubs"
BODY_SCRUBS = "Beauty > Bath & Body > Scrubs & Body Treatments > Body Scrubs"
FOOT_RASPS = "Beauty > Tools & Accessories > Nail Tools > Foot Rasps"
SUN = "Beauty > Skin Care > Sun > Skin Protection"
LOTIONS = "Beauty > Skin Care > Body > Moisturizers > Lotions"
PATHS = [EYELINER, EYE_BASE, PRIMERS, BRUSHES, FACE_SCRUBS, BODY_SCRUBS, FOOT_RASPS, SUN, LOTIONS]
VOCAB = CatalogVocabulary(
    categories=PATHS,
    category_sizes=[134, 13, 63, 277, 66, 158, 11, 72, 518],
    words=frozenset({"eyeliner", "brush", "scrub", "primer", "sunscreen", "rasp", "file"}),
    title_counts={
        stem("eyeliner"): {EYELINER: 90, BRUSHES: 6},
        stem("brush"): {BRUSHES: 200, EYELINER: 4},
        stem("scrub"): {FACE_SCRUBS: 50, BODY_SCRUBS: 120},
        stem("primer"): {EYE_BASE: 8, PRIMERS: 50},
        stem("sunscreen"): {SUN: 40, LOTIONS: 12},
        stem("file"): {FOOT_RASPS: 6},
    },
)
HOMES = NamedHomes(query_parser(VOCAB), VOCAB)


def test_a_tool_said_after_with_comes_with_the_type_before_it() -> None:
    """CONVO66 probe (#17 nearby): "a gel eyeliner pot with a brush" went to the makeup
    brushes, the brush said last; what follows "with" is no part of the type."""
    assert HOMES.tool_home("a gel eyeliner pot with a brush", EYELINER) is None
    assert HOMES.tool_home("a liquid eyeliner with a fine brush", None) is None
    assert HOMES.tool_home("something with a brush", None) == BRUSHES  # no type before it
    assert HOMES.tool_home("an eyeliner brush", EYELINER) == BRUSHES  # the brush is the type


def test_a_part_no_branch_is_named_for_is_the_part_that_holds_it() -> None:
    """CONVO66 probe (#17 nearby): "a scrub for my feet" stayed among the face's scrubs (no
    branch says "feet"); the feet are the body's. "a primer for my eyelids": the eyes'."""
    assert HOMES.part_said_for("a scrub for my feet", FACE_SCRUBS) == BODY_SCRUBS
    assert HOMES.part_said_for("a scrub for my feet", "Beauty > Skin Care") == BODY_SCRUBS
    assert HOMES.part_said_for("a primer for my eyelids", PRIMERS) == EYE_BASE


def test_a_held_part_moves_no_type_whose_path_says_no_other_part() -> None:
    assert HOMES.part_said_for("a sunscreen for my legs", SUN) is None  # Sun's, no body lotion
    assert HOMES.part_said_for("a file for my feet", FOOT_RASPS) is None  # the foot's own
    assert HOMES.part_said_for("a scrub for my body", FACE_SCRUBS) == BODY_SCRUBS  # as before


def test_a_branch_the_words_name_keeps_a_type_said_for_a_named_part() -> None:
    """CONVO87 probe (#17 nearby): "sun cream for the body" moved from the Sun branch the
    words named to the body creams (the body said, not held); a branch named by a kind said
    before the type holds it whatever part it is for. A branch named by the type itself still
    moves ("a scrub for my body" out of the face's Exfoliators & Scrubs)."""
    sun_branch = "Beauty > Skin Care > Sun"
    vocabulary = CatalogVocabulary(
        categories=[SUN, LOTIONS],
        category_sizes=[72, 518],
        words=frozenset({"lotion", "sun"}),
        title_counts={stem("lotion"): {LOTIONS: 300, SUN: 20}},
    )
    homes = NamedHomes(query_parser(vocabulary), vocabulary)
    assert homes.part_said_for("a sun lotion for the body", sun_branch) is None
    assert homes.part_said_for("a lotion for the body", None) == LOTIONS  # no branch named
    scrubs = FACE_SCRUBS.rsplit(" > ", 1)[0]
    assert HOMES.part_said_for("a scrub for my body", scrubs) == BODY_SCRUBS


def test_a_branch_the_words_name_moves_to_no_sibling_its_titles_name() -> None:
    """CONVO87 probe: "sun cream for my legs" named the Sun branch and moved to the face's,
    whose titles say "cream" more; a branch finds its own type deeper, by the search."""
    vocabulary = CatalogVocabulary(
        categories=[SUN, LOTIONS, "Beauty > Skin Care > Face > Creams & Moisturizers"],
        words=frozenset({"cream", "sun"}),
        title_counts={
            stem("cream"): {"Beauty > Skin Care > Face > Creams & Moisturizers": 300, SUN: 8},
            stem("sun"): {SUN: 60, "Beauty > Skin Care > Face > Creams & Moisturizers": 30},
        },
    )
    homes = NamedHomes(query_parser(vocabulary), vocabulary)
    assert homes.titled_beside("sun cream for my legs", "Beauty > Skin Care > Sun") is None
