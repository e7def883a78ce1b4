"""`deeper_category.type_its_name_lists`: under a branch whose name lists its types, the one the
need names by its own name, over the sibling search found; `twin_in_the_branch_said`: a type
whose name others of its department share, the one whose branch the need names."""

from __future__ import annotations

import pytest

from assistant.dialogue.category.deeper_category import twin_in_the_branch_said, type_its_name_lists

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
    "Beauty > Bath & Body > Bath > Bubble Bath",
    "Beauty > Bath & Body > Cleansers > Soaps",
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
        ("bath stuff", "Beauty > Bath & Body", None, None),  # a department
    ],
)
def test_the_type_a_branch_s_name_lists_is_the_one_said(
    need: str, category: str, found: str | None, named: str | None
) -> None:
    assert type_its_name_lists(need, category, found, PATHS) == named


HAIR = "Beauty > Hair Care"
LOSS = f"{HAIR} > Hair Loss Products"
TWINS = [
    f"{HAIR} > Shampoos",
    f"{HAIR} > Conditioners",
    f"{LOSS} > Shampoos",
    f"{LOSS} > Conditioners",
    f"{HAIR} > Hair Relaxers > Conditioners",
    "Beauty > Fragrance > Men's > Cologne",
    "Beauty > Fragrance > Women's > Cologne",
    "Beauty > Makeup > Eyes",
    "Beauty > Makeup > Makeup Remover > Eyes",
    "Beauty > Skin Care > Eyes > Creams",
    "Beauty > Skin Care > Body > Moisturizers > Creams",
]


@pytest.mark.parametrize(
    ("need", "category", "placed"),
    [
        # the CONVO93 split's (a): "shampoo" names Shampoos alone, no longer tied with the
        # sets (the tie left the search to find the hair-loss shampoos)
        ("a shampoo for hair loss", f"{HAIR} > Shampoos", f"{LOSS} > Shampoos"),
        ("a conditioner for hair loss", f"{HAIR} > Conditioners", f"{LOSS} > Conditioners"),
        ("conditioner for relaxed hair", f"{HAIR} > Conditioners", f"{HAIR} > Conditioners"),
        # must not change: no twin's branch said, a branch for whom, or no twin
        ("conditioner for really dry hair", f"{HAIR} > Conditioners", f"{HAIR} > Conditioners"),
        ("a dandruff shampoo", f"{HAIR} > Shampoos", f"{HAIR} > Shampoos"),
        ("remover for waterproof eye makeup", "Beauty > Makeup > Makeup Remover > Eyes",
         "Beauty > Makeup > Makeup Remover > Eyes"),  # the department is no twin's branch
        ("an eye cream moisturizer", "Beauty > Skin Care > Eyes > Creams",
         "Beauty > Skin Care > Eyes > Creams"),  # its own branch said
        ("a women's cologne", "Beauty > Fragrance > Men's > Cologne",
         "Beauty > Fragrance > Men's > Cologne"),
    ],
)  # fmt: skip
def test_a_type_shared_by_name_is_the_one_whose_branch_is_said(
    need: str, category: str, placed: str
) -> None:
    assert twin_in_the_branch_said(need, category, TWINS) == placed
