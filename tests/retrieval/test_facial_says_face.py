""" "facial" said before a type names the face as "face" does (`CATEGORY_SYNONYMS`, CONVO55):
"facial oil" was no category (the body oils outnumber the face's for "oil" alone), "facial
oil for dry skin" Skin Care, "facial moisturizer" Skin Care; they are the face's branches now."""

from __future__ import annotations

import pytest

from retrieval.query import parse_query

OILS = "Beauty > Skin Care > Face > Oils & Serums"
MOISTURIZERS = "Beauty > Skin Care > Face > Creams & Moisturizers"
SCRUBS = "Beauty > Skin Care > Face > Exfoliators & Scrubs"
CATEGORIES = [
    OILS,
    MOISTURIZERS,
    SCRUBS,
    "Beauty > Skin Care > Body > Moisturizers > Oils",
    "Beauty > Skin Care > Body > Moisturizers > Lotions",
    "Beauty > Bath & Body > Scrubs & Body Treatments > Body Scrubs",
    "Beauty > Hair Care > Hair & Scalp Treatments",
]


@pytest.mark.parametrize(
    ("query", "category"),
    [
        ("facial oil", OILS),
        ("facial oil for dry skin", OILS),
        ("a facial moisturizer", MOISTURIZERS),
        ("facial scrub", SCRUBS),
        ("face oil", OILS),  # as before
    ],
)
def test_facial_names_the_faces_branch(query: str, category: str | None) -> None:
    assert parse_query(query, brands=[], categories=CATEGORIES).category == category
