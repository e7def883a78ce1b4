"""A need named by a brand of one kind (`brand_lines.kind_of_the_brand`, CONVO54): "q-tips" or
"a beauty blender thing for foundation" is what that brand makes, where search found no branch
for the word or the type named is only what it is for; a house of many kinds ("anything from
Revlon?") and a need that names its own type ("axe body spray") stay as they were.

A type said beside a brand: a kind with homes in many departments ("brushes") is the kind the
brand sells ("elf brushes": e.l.f.'s makeup brushes, not a need of no type;
`no_product.states_no_type`), and where the brand's name found every one of its products and
no one branch, what the need is finds it among the brand's (`NeedCategory.first_guess`:
"dermalogica cleanser")."""

from __future__ import annotations

from dataclasses import replace

import pytest

from assistant.adapters import query_parser
from assistant.dialogue.category.brand_lines import kind_of_the_brand, of_one_kind
from assistant.dialogue.category.need_category import NeedCategory
from assistant.dialogue.category.no_product import states_no_type
from assistant.dialogue.vocabulary import CatalogVocabulary
from retrieval.filters import Filters
from tests.assistant.dialogue.readers import search_request
from tests.assistant.dialogue.scenes import listed_brand_facts
from tests.catalog_paths import (
    BODY_SPRAYS,
    BODY_WASHES,
    BRUSHES_AND_APPLICATORS,
    COTTON_SWABS,
    FACE_CLEANSERS,
    FOUNDATION,
    HAIR_DRYERS,
    LIPSTICK,
    PUFFS_SPONGES_AND_WEDGES,
)

LISTINGS = [
    ("Q-Tips", "Q-tips Cotton Swabs 500 Count", COTTON_SWABS),
    ("Q-Tips", "Q-tips Precision Tips", COTTON_SWABS),
    ("BeautyBlender", "The Original Beautyblender Pink", PUFFS_SPONGES_AND_WEDGES),
    ("BeautyBlender", "Beautyblender Micro Mini", PUFFS_SPONGES_AND_WEDGES),
    ("BeautyBlender", "Beautyblender Red Carpet Duo", PUFFS_SPONGES_AND_WEDGES),
    ("BeautyBlender", "Beautyblender Nude", PUFFS_SPONGES_AND_WEDGES),
    ("BeautyBlender", "Beautyblender Blendercleanser", "Beauty > Skin Care > Face > Cleansers"),
    ("Revlon", "Revlon ColorStay Foundation", FOUNDATION),
    ("Revlon", "Revlon Super Lustrous Lipstick", LIPSTICK),
    ("Revlon", "Revlon 1875W Hair Dryer", HAIR_DRYERS),
    ("AXE", "Axe Shower Gel Apollo", BODY_WASHES),
    ("AXE", "Axe Shower Gel Phoenix", BODY_WASHES),
    ("Other", "Body Mist Spray Vanilla", BODY_SPRAYS),
    ("e.l.f.", "e.l.f. Studio Powder Brush", BRUSHES_AND_APPLICATORS),
    ("e.l.f.", "e.l.f. Lip Color Sheer", LIPSTICK),
    ("e.l.f.", "e.l.f. High Definition Powder", FOUNDATION),
    ("Denman", "Denman Classic Styling Brush", "Beauty > Hair Care > Styling Tools > Brushes"),
    ("Other", "Bamboo Bath Brush", "Beauty > Bath & Body > Bath > Bath Brushes"),
    ("Dermalogica", "Dermalogica Special Cleansing Gel", FACE_CLEANSERS),
    ("Dermalogica", "Dermalogica Active Moist", "Beauty > Skin Care > Body > Lotions"),
]
FACTS = listed_brand_facts(LISTINGS)
PATHS = sorted({p for _, _, p in LISTINGS})
VOCAB = CatalogVocabulary(
    brands=sorted({b for b, _, _ in LISTINGS}),
    categories=PATHS,
    words=frozenset(
        {"swab", "sponge", "foundation", "lipstick", "dryer", "spray", "wash", "brush", "cleanser"}
    ),
    brand_facts=FACTS,
)


class NoGuess:
    """Search that finds no one branch for any need."""

    def guess(self, need: str, filters: Filters) -> str | None:
        return None


@pytest.mark.parametrize(
    ("brands", "kind"),
    [
        (["Q-Tips"], COTTON_SWABS),
        (["BeautyBlender"], PUFFS_SPONGES_AND_WEDGES),
        (["Revlon"], None),
        (["Nobody"], None),
    ],
)
def test_a_brand_of_one_kind_names_where_its_products_lie(
    brands: list[str], kind: str | None
) -> None:
    assert kind_of_the_brand(FACTS, brands) == kind
    assert of_one_kind(brands, FACTS) is (kind is not None)


@pytest.mark.parametrize(
    ("said", "brands", "kind"),
    [
        ("q-tips", ["Q-Tips"], COTTON_SWABS),
        ("some qtips for my ears", ["Q-Tips"], COTTON_SWABS),
        ("a beautyblender", ["BeautyBlender"], PUFFS_SPONGES_AND_WEDGES),
        ("anything from revlon?", ["Revlon"], None),  # a house of many kinds
        ("a revlon hair dryer", ["Revlon"], None),  # names its own type: search's to find
    ],
)
def test_search_finding_nothing_a_brand_of_one_kind_is_its_kind(
    said: str, brands: list[str], kind: str | None
) -> None:
    guess = NeedCategory(NoGuess(), parse=query_parser(VOCAB), vocabulary=VOCAB)
    assert (
        guess.first_guess(search_request(said, brands=brands), Filters(brands=tuple(brands)), None)
        == kind
    )


@pytest.mark.parametrize(
    ("said", "brands", "stated", "kind"),
    [
        # the type named is what the brand's product is for: the brand's kind
        (
            "a beauty blender thing for foundation",
            ["BeautyBlender"],
            FOUNDATION,
            PUFFS_SPONGES_AND_WEDGES,
        ),
        # the brand said first, then only what it is for: the brand's kind (CONVO77)
        ("q tips for cleaning up foundation mistakes", ["Q-Tips"], FOUNDATION, COTTON_SWABS),
        # the type named is what it is: the brand sells none, no category (as before)
        ("axe body spray", ["AXE"], BODY_SPRAYS, None),
    ],
)
def test_a_type_named_only_as_its_purpose_leaves_the_brands_kind(
    said: str, brands: list[str], stated: str, kind: str | None
) -> None:
    guess = NeedCategory(NoGuess(), parse=query_parser(VOCAB), vocabulary=VOCAB)
    assert guess.of_its_line(search_request(said, stated, brands), stated, brands) == kind


@pytest.mark.parametrize(
    ("said", "no_type"),
    [
        ("elf brushes", False),  # brushes of every department; e.l.f.'s are makeup's
        ("a brush from elf", False),
        ("anything from elf?", True),  # the brand alone: what kind is the question
        ("elf stuff", True),
    ],
)
def test_a_kind_of_many_departments_beside_a_brand_that_sells_it(said: str, no_type: bool) -> None:
    titled = replace(VOCAB, title_counts={})  # (no title counts: no word is read as a line's)
    assert states_no_type(search_request(said, brands=["e.l.f."]), None, {}, titled) is no_type


class GuessByWhatItIs:
    """Search that finds no one branch where the brand's name is said (it found all of the
    brand's products), and the cleansers for 'cleanser' among the brand's."""

    def guess(self, need: str, filters: Filters) -> str | None:
        assert need.strip(), "no words left to guess by"
        said = need.lower().split()
        if "dermalogica" in said or "cleanser" not in said:
            return None
        return FACE_CLEANSERS if filters.brands == ("Dermalogica",) else None


@pytest.mark.parametrize(
    ("said", "category"),
    [("dermalogica cleanser", FACE_CLEANSERS), ("a cleanser by Dermalogica", FACE_CLEANSERS)],
)
def test_what_the_need_is_finds_its_type_among_the_brands(said: str, category: str) -> None:
    guess = NeedCategory(GuessByWhatItIs(), vocabulary=VOCAB)
    filters = Filters(brands=("Dermalogica",))
    assert (
        guess.first_guess(search_request(said, brands=["Dermalogica"]), filters, None) == category
    )
