"""`deeper_category.type_its_name_lists`: under a branch whose name lists its types, the one the
need names by its own name, over the sibling search found."""

from __future__ import annotations

import pytest

from assistant.dialogue.category.deeper_category import type_its_name_lists

FACE = "Beauty > Skin Care > Face"
SUN = f"{FACE} > Sunscreens & Self Tanners"
SCRUBS = f"{FACE} > Exfoliators & Scrubs"
MOISTURIZERS = f"{FACE} > Creams & Moisturizers"
PATHS = [
    f"{SUN} > Sunscreens",
    f"{SUN} > Self Tanners",
    f"{SCRUBS} > Exfoliators",
    f"{SCRUBS} > Polishes",
    f"{SCRUBS} > Scrubs",
    f"{MOISTURIZERS} > Night Creams",
    f"{MOISTURIZERS} > Tinted Moisturizers",
]


@pytest.mark.parametrize(
    ("need", "category", "found", "named"),
    [
        # CONVO98's probes: search found the larger sibling
        ("a self tanner for my face", SUN, f"{SUN} > Sunscreens", f"{SUN} > Self Tanners"),
        ("an exfoliator for my face", SCRUBS, f"{SCRUBS} > Scrubs", f"{SCRUBS} > Exfoliators"),
        ("a self tanner for my face", SUN, None, f"{SUN} > Self Tanners"),  # search found none
        # must not change: the one found is named, both or none are, or the name lists none
        ("a face scrub", SCRUBS, f"{SCRUBS} > Scrubs", None),
        ("sunscreen and self tanner in one", SUN, f"{SUN} > Sunscreens", None),
        ("a gentle facial polish", SCRUBS, f"{SCRUBS} > Scrubs", None),
        ("a night cream", MOISTURIZERS, f"{MOISTURIZERS} > Tinted Moisturizers", None),
    ],
)
def test_the_type_a_branch_s_name_lists_is_the_one_said(
    need: str, category: str, found: str | None, named: str | None
) -> None:
    assert type_its_name_lists(need, category, found, PATHS) == named
