"""A need named by a brand of one kind (`brand_lines.kind_of_the_brand`, CONVO54): "q-tips" or
"a beauty blender thing for foundation" is what that brand makes, where search found no branch
for the word or the type named is only what it is for; a house of many kinds ("anything from
Revlon?") and a need that names its own type ("axe body spray") stay as they were."""

from __future__ import annotations

import pytest

from assistant.adapters import query_parser
from assistant.dialogue.brand_lines import kind_of_the_brand, of_one_kind
from assistant.dialogue.need_category import NeedCategory
from assistant.dialogue.request import Intent, Request
from assistant.dialogue.vocabulary import CatalogVocabulary
from retrieval.brand_facts import brand_facts
from retrieval.filters import Filters
from retrieval.query import ParsedQuery

SWABS = "Beauty > Tools & Accessories > Cotton & Swabs > Cotton Swabs"
SPONGES = "Beauty > Tools & Accessories > Makeup Brushes & Tools > Puffs, Sponges & Wedges"
FOUNDATION = "Beauty > Makeup > Face > Foundation"
LIPSTICK = "Beauty > Makeup > Lips > Lipstick"
DRYERS = "Beauty > Hair Care > Styling Tools > Hair Dryers"
SPRAYS = "Beauty > Fragrance > Women's > Body Sprays"
WASHES = "Beauty > Bath & Body > Cleansers > Body Washes"
LISTINGS = [
    ("Q-Tips", "Q-tips Cotton Swabs 500 Count", SWABS),
    ("Q-Tips", "Q-tips Precision Tips", SWABS),
    ("BeautyBlender", "The Original Beautyblender Pink", SPONGES),
    ("BeautyBlender", "Beautyblender Micro Mini", SPONGES),
    ("BeautyBlender", "Beautyblender Red Carpet Duo", SPONGES),
    ("BeautyBlender", "Beautyblender Nude", SPONGES),
    ("BeautyBlender", "Beautyblender Blendercleanser", "Beauty > Skin Care > Face > Cleansers"),
    ("Revlon", "Revlon ColorStay Foundation", FOUNDATION),
    ("Revlon", "Revlon Super Lustrous Lipstick", LIPSTICK),
    ("Revlon", "Revlon 1875W Hair Dryer", DRYERS),
    ("AXE", "Axe Shower Gel Apollo", WASHES),
    ("AXE", "Axe Shower Gel Phoenix", WASHES),
    ("Other", "Body Mist Spray Vanilla", SPRAYS),
]
FACTS = brand_facts((b, t, p.split(" > ")) for b, t, p in LISTINGS)
PATHS = sorted({p for _, _, p in LISTINGS})
VOCAB = CatalogVocabulary(
    brands=sorted({b for b, _, _ in LISTINGS}),
    categories=PATHS,
    words=frozenset({"swab", "sponge", "foundation", "lipstick", "dryer", "spray", "wash"}),
    brand_facts=FACTS,
)


class NoGuess:
    """Search that finds no one branch for any need."""

    def guess(self, need: str, filters: Filters) -> str | None:
        return None


def _request(text: str, brands: list[str], category: str | None = None) -> Request:
    parsed = ParsedQuery(text=text, brands=brands, category=category)
    return Request(intent=Intent.SEARCH, text=text, parsed=parsed)


@pytest.mark.parametrize(
    ("brands", "kind"),
    [(["Q-Tips"], SWABS), (["BeautyBlender"], SPONGES), (["Revlon"], None), (["Nobody"], None)],
)
def test_a_brand_of_one_kind_names_where_its_products_lie(
    brands: list[str], kind: str | None
) -> None:
    assert kind_of_the_brand(FACTS, brands) == kind
    assert of_one_kind(brands, FACTS) is (kind is not None)


@pytest.mark.parametrize(
    ("said", "brands", "kind"),
    [
        ("q-tips", ["Q-Tips"], SWABS),
        ("some qtips for my ears", ["Q-Tips"], SWABS),
        ("a beautyblender", ["BeautyBlender"], SPONGES),
        ("anything from revlon?", ["Revlon"], None),  # a house of many kinds
        ("a revlon hair dryer", ["Revlon"], None),  # names its own type: search's to find
    ],
)
def test_search_finding_nothing_a_brand_of_one_kind_is_its_kind(
    said: str, brands: list[str], kind: str | None
) -> None:
    guess = NeedCategory(NoGuess(), parse=query_parser(VOCAB), vocabulary=VOCAB)
    assert guess.first_guess(_request(said, brands), Filters(brands=tuple(brands)), None) == kind


@pytest.mark.parametrize(
    ("said", "brands", "stated", "kind"),
    [
        # the type named is what the brand's product is for: the brand's kind
        ("a beauty blender thing for foundation", ["BeautyBlender"], FOUNDATION, SPONGES),
        # the type named is what it is: the brand sells none, no category (as before)
        ("axe body spray", ["AXE"], SPRAYS, None),
    ],
)
def test_a_type_named_only_as_its_purpose_leaves_the_brands_kind(
    said: str, brands: list[str], stated: str, kind: str | None
) -> None:
    guess = NeedCategory(NoGuess(), parse=query_parser(VOCAB), vocabulary=VOCAB)
    assert guess.of_its_line(_request(said, brands, stated), stated, brands) == kind
