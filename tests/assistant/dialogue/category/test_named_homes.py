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
