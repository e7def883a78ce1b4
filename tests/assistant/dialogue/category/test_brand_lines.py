"""`brand_lines`: a need named by a brand's product line is read by where that brand's products
are filed ("moroccanoil treatment" is a hair treatment, "Axe body spray" none of the women's
body sprays, "a dupe for MAC Studio Fix" a foundation); a brand ruled out only as such is no
line ("a face treatment, no moroccanoil")."""

from __future__ import annotations

import pytest

from assistant.dialogue.category.brand_lines import (
    all_in,
    branch_of_its_line,
    home_of_its_line,
    line_brands,
)
from tests.assistant.dialogue.readers import search_request
from tests.assistant.dialogue.scenes import listed_brand_facts
from tests.catalog_paths import (
    BLUSH,
    BODY_SPRAYS,
    CLEANSERS_GELS,
    FOUNDATION,
    FRAGRANCE,
    HAIR_AND_SCALP_TREATMENTS,
    MAKEUP_FACE,
    MENS_COLOGNE,
    TREATMENTS_AND_MASKS,
    WASHES,
)

LISTINGS = [
    ("Moroccanoil", "Moroccanoil Treatment Original", HAIR_AND_SCALP_TREATMENTS),
    ("Moroccanoil", "Moroccanoil Treatment Light", HAIR_AND_SCALP_TREATMENTS),
    ("Moroccanoil", "Moroccanoil Hydrating Styling Cream", "Beauty > Hair Care > Styling"),
    ("AXE", "Axe Shower Gel Apollo", "Beauty > Bath & Body > Cleansers > Body Washes"),
    ("AXE", "Axe Spiking Glue", "Beauty > Hair Care > Styling"),
    ("M.A.C", "MAC Studio Fix Powder Plus Foundation", FOUNDATION),
    ("M.A.C", "MAC Powder Blush", BLUSH),
    ("M.A.C", "MAC Matte Lipstick Ruby Woo", "Beauty > Makeup > Lips > Lipstick"),
    ("Kiss", "Kiss Him By Kiss For Men, Cologne Spray", MENS_COLOGNE),
    ("Simple", "Simple Kind To Skin Facial Wash", WASHES),
    ("Simple", "Simple Refreshing Facial Wash", WASHES),
    ("Other", "Body Mist Spray Vanilla", BODY_SPRAYS),
]
FACTS = listed_brand_facts(LISTINGS)
TITLE_COUNTS = {
    "studio": {FOUNDATION: 3, BLUSH: 1},
    "fix": {FOUNDATION: 2},
}


@pytest.mark.parametrize(
    ("said", "brands", "excluded", "line"),
    [
        ("moroccanoil treatment", ["Moroccanoil"], [], ["Moroccanoil"]),
        ("a dupe for moroccanoil treatment", [], ["Moroccanoil"], ["Moroccanoil"]),
        ("a cheap dupe for MAC Studio Fix", [], ["M.A.C"], ["M.A.C"]),
        ("something like mac studio fix but cheaper", [], ["M.A.C"], ["M.A.C"]),
        ("a face treatment, no moroccanoil", [], ["Moroccanoil"], []),  # no dupe: no line
        ("a shampoo", [], [], []),
    ],
)
def test_line_brands_are_the_wanted_or_the_original_of_a_dupe(
    said: str, brands: list[str], excluded: list[str], line: list[str]
) -> None:
    request = search_request(said, brands=brands, excluded=excluded)
    assert line_brands(request, said, FACTS) == line


@pytest.mark.parametrize(
    ("brands", "need", "stated", "home"),
    [
        # "treatment" named the face's treatments; Moroccanoil's are its hair treatments
        (["Moroccanoil"], "moroccanoil treatment", TREATMENTS_AND_MASKS, HAIR_AND_SCALP_TREATMENTS),
        (
            ["Moroccanoil"],
            "treatment? the real one costs a fortune",
            TREATMENTS_AND_MASKS,
            HAIR_AND_SCALP_TREATMENTS,
        ),
        # AXE sells no body spray, nor anything near the women's ones
        (["AXE"], "axe body spray", BODY_SPRAYS, None),
        # must not change: the brand has products there
        (
            ["Moroccanoil"],
            "moroccanoil hair treatment",
            HAIR_AND_SCALP_TREATMENTS,
            HAIR_AND_SCALP_TREATMENTS,
        ),
        # must not change: a branch near holds the brand's products; search widens there
        (["Simple"], "simple face wash gel", CLEANSERS_GELS, CLEANSERS_GELS),
    ],
)
def test_home_of_its_line(brands: list[str], need: str, stated: str, home: str | None) -> None:
    assert home_of_its_line(FACTS, brands, need, stated) == home


def test_the_branch_of_a_line_is_the_brand_s_whose_titles_name_it() -> None:
    """Probe: "a cheap dupe for MAC Studio Fix" stopped at Makeup > Face (search among every
    brand's face makeup found no one branch): M.A.C's Foundation, not its Blush."""
    found = branch_of_its_line(FACTS, ["M.A.C"], {"studio", "fix"}, MAKEUP_FACE, TITLE_COUNTS)
    assert found == FOUNDATION
    assert branch_of_its_line(FACTS, ["M.A.C"], {"matte"}, MAKEUP_FACE, TITLE_COUNTS) is None
    assert branch_of_its_line(FACTS, ["AXE"], {"studio"}, MAKEUP_FACE, TITLE_COUNTS) is None


def test_a_brand_whose_products_all_lie_in_a_branch_for_whom_says_whom() -> None:
    """ "kiss him cologne by kiss": Kiss's one fragrance is a men's cologne."""
    assert all_in(FACTS, ["Kiss"], FRAGRANCE, f"{FRAGRANCE} > Men's")
    assert not all_in(FACTS, ["Kiss"], FRAGRANCE, f"{FRAGRANCE} > Women's")
    assert not all_in(FACTS, ["AXE"], FRAGRANCE, f"{FRAGRANCE} > Men's")  # none there
