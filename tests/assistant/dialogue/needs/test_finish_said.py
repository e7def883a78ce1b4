"""A finish said of a need places it only where the titles of the branch search found say it
(`assistant/dialogue/needs/finish_said.py`)."""

from __future__ import annotations

from assistant.dialogue.needs.finish_said import without_an_unsaid_finish
from assistant.dialogue.vocabulary import CatalogVocabulary
from retrieval.tokenize import stem

FACE_SUN = "Beauty > Skin Care > Face > Sunscreens"
LOTIONS = "Beauty > Skin Care > Body > Moisturizers > Lotions"
MOISTURIZERS = "Beauty > Skin Care > Face > Creams & Moisturizers"
GLITTER = "Beauty > Makeup > Body > Body Glitter"
VOCAB = CatalogVocabulary(
    categories=[FACE_SUN, LOTIONS, MOISTURIZERS, GLITTER],
    title_counts={stem("matte"): {FACE_SUN: 5, LOTIONS: 1}, stem("mattifying"): {LOTIONS: 1}},
)


def test_a_finish_the_found_branch_s_titles_do_not_say_is_left_out() -> None:
    assert without_an_unsaid_finish("A Mattifying moisturizer", LOTIONS, VOCAB) == "a moisturizer"
    assert without_an_unsaid_finish("a matte moisturizer", LOTIONS, VOCAB) == "a moisturizer"


def test_a_finish_is_kept_where_the_titles_say_it_or_it_names_a_type() -> None:
    assert without_an_unsaid_finish("a matte sunscreen", FACE_SUN, VOCAB) is None  # 5 say it
    assert without_an_unsaid_finish("a glitter lotion", LOTIONS, VOCAB) is None  # a type
    assert without_an_unsaid_finish("something matte", LOTIONS, VOCAB) is None  # no type left
    assert without_an_unsaid_finish("a matte moisturizer", None, VOCAB) is None
    assert without_an_unsaid_finish("a matte moisturizer", LOTIONS, CatalogVocabulary()) is None


def test_a_finish_is_cut_as_a_word_never_inside_one() -> None:
    """The cut reads the finishes as the pattern that found them does, whole words and the
    longest first: "mattifying" is not cut to "ifying" beside "matte", nor "dewytree" to "tree"."""
    dewy = CatalogVocabulary(
        categories=[LOTIONS, MOISTURIZERS], title_counts={stem("dewy"): {MOISTURIZERS: 4}}
    )
    assert without_an_unsaid_finish("a dewy moisturizer by dewytree", LOTIONS, dewy) == (
        "a moisturizer by dewytree"
    )
    assert without_an_unsaid_finish("a matte mattifying moisturizer", LOTIONS, VOCAB) == (
        "a moisturizer"
    )
    assert without_an_unsaid_finish("a matte moisturizer for matted skin", LOTIONS, VOCAB) == (
        "a moisturizer for matted skin"
    )
