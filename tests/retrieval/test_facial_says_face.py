""" "facial" said before a type names the face as "face" does (`CATEGORY_SYNONYMS`, CONVO55):
"facial oil" was no category (the body oils outnumber the face's for "oil" alone), "facial
oil for dry skin" Skin Care, "facial moisturizer" Skin Care; they are the face's branches now."""

from __future__ import annotations

import pytest

from retrieval.query import parse_query
from tests.catalog_paths import CREAMS_AND_MOISTURIZERS, EXFOLIATORS_AND_SCRUBS, OILS_AND_SERUMS

CATEGORIES = [
    OILS_AND_SERUMS,
    CREAMS_AND_MOISTURIZERS,
    EXFOLIATORS_AND_SCRUBS,
    "Beauty > Skin Care > Body > Moisturizers > Oils",
    "Beauty > Skin Care > Body > Moisturizers > Lotions",
    "Beauty > Bath & Body > Scrubs & Body Treatments > Body Scrubs",
    "Beauty > Hair Care > Hair & Scalp Treatments",
]


@pytest.mark.parametrize(
    ("query", "category"),
    [
        ("facial oil", OILS_AND_SERUMS),
        ("facial oil for dry skin", OILS_AND_SERUMS),
        ("a facial moisturizer", CREAMS_AND_MOISTURIZERS),
        ("facial scrub", EXFOLIATORS_AND_SCRUBS),
        ("face oil", OILS_AND_SERUMS),  # as before
    ],
)
def test_facial_names_the_faces_branch(query: str, category: str | None) -> None:
    assert parse_query(query, brands=[], categories=CATEGORIES).category == category
