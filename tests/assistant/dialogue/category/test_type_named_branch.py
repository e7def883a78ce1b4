"""The type a need names, beyond the department what it is for names
(`assistant/dialogue/category/type_named_branch.py`, `home_beyond_the_purpose`): "a sharpener
that fits my makeup pencils" is a tool's, where search under Makeup found concealers."""

from __future__ import annotations

from assistant.dialogue.category.type_named_branch import home_beyond_the_purpose
from assistant.dialogue.vocabulary import CatalogVocabulary
from retrieval.tokenize import stem
from tests.catalog_paths import CONCEALERS_AND_NEUTRALIZERS, EYELINER, FOUNDATION, SHARPENERS

HAIR_SPRAYS = "Beauty > Hair Care > Styling Products > Hair Sprays"
VOCAB = CatalogVocabulary(
    categories=[SHARPENERS, EYELINER, CONCEALERS_AND_NEUTRALIZERS, FOUNDATION, HAIR_SPRAYS],
    category_sizes=[4, 134, 92, 196, 168],
    title_counts={
        stem("sharpener"): {SHARPENERS: 4, EYELINER: 2},  # as the catalog
        stem("spray"): {HAIR_SPRAYS: 120, FOUNDATION: 6},
    },
)


def test_a_branch_no_title_of_the_type_lies_in_gives_way_to_the_type_s_home() -> None:
    found = CONCEALERS_AND_NEUTRALIZERS
    need = "a sharpener for my makeup pencils"
    assert home_beyond_the_purpose(need, found, VOCAB) == SHARPENERS


def test_a_branch_where_titles_name_the_type_stands() -> None:
    need = "a sharpener for my makeup pencils"
    assert home_beyond_the_purpose(need, EYELINER, VOCAB) is None
    assert home_beyond_the_purpose("a spray for setting my makeup", FOUNDATION, VOCAB) is None


def test_a_need_naming_no_type_or_its_own_branch_stands() -> None:
    need = "something nice for my makeup"
    assert home_beyond_the_purpose(need, CONCEALERS_AND_NEUTRALIZERS, VOCAB) is None
    assert home_beyond_the_purpose("a sharpener for my pencils", SHARPENERS, VOCAB) is None


def test_words_before_the_purpose_that_end_in_no_type_name_none() -> None:
    need = "she keeps sharpener-ing my pencils so i want to get her a sharpener"
    assert home_beyond_the_purpose(need, CONCEALERS_AND_NEUTRALIZERS, VOCAB) is None
    need = "a sharpener that fits both fat and skinny makeup pencils"
    assert home_beyond_the_purpose(need, CONCEALERS_AND_NEUTRALIZERS, VOCAB) == SHARPENERS


def test_a_need_that_says_no_purpose_stands() -> None:
    need = "an organic concealer without a ton of sharpener"  # "... of chemicals": no hair dye
    assert home_beyond_the_purpose(need, CONCEALERS_AND_NEUTRALIZERS, VOCAB) is None
