"""Brands in a shopper's words with what the listings say of them (`retrieval.brand_facts`):
one house spelt several ways, everyday-word brands before a type they sell, a brand named by an
everyday word once its generic ending is cut, and the query parser reading them
(`parse_query(..., facts=...)`)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from retrieval.brand_facts import BrandFacts, brand_facts
from retrieval.filters import Filters
from retrieval.query import parse_query

HAIR = ["Beauty", "Hair Care", "Shampoos"]
POLISH = ["Beauty", "Makeup", "Nails", "Nail Polish"]
WASH = ["Beauty", "Skin Care", "Face", "Cleansers", "Washes"]
GEL = ["Beauty", "Skin Care", "Face", "Cleansers", "Gels"]
LIPSTICK = ["Beauty", "Makeup", "Lips", "Lipstick"]
MASCARA = ["Beauty", "Makeup", "Eyes", "Mascara"]
PERFUME = ["Beauty", "Fragrance", "Women's", "Eau de Parfum"]
LOTION = ["Beauty", "Skin Care", "Body", "Moisturizers", "Lotions"]

LISTINGS: list[tuple[str | None, str, list[str]]] = [
    ("Clear", "Clear Scalp Therapy Anti-Dandruff Shampoo 12.9 oz", HAIR),
    ("Clear", "Clear Men Scalp Therapy Shampoo", HAIR),
    ("CLEAR", "Clear Nourishing Shampoo", HAIR),
    ("DHS", "DHS Clear Shampoo 8 oz", HAIR),
    ("Clean & Clear", "Clean & Clear Morning Burst Facial Cleanser", WASH),
    ("Clean & Clear", "Clean & Clear Foaming Facial Wash", WASH),
    ("Essie", "Essie Nail Polish, Clear", POLISH),
    ("Essie", "Essie Top Coat Clear", POLISH),
    ("Organic", "Organic Shampoo by Organic", HAIR),
    ("Organic Excellence", "Organic Excellence Mint Shampoo", HAIR),
    ("Avalon", "Avalon Organic Lavender Shampoo", HAIR),
    ("Simple", "Simple Kind to Skin Facial Wash", WASH),
    ("Simple", "Simple Moisturizing Facial Wash", WASH),
    ("Natural Cosmetics", "Natural Cosmetics Rose Face Wash", WASH),
    ("Natural Cosmetics", "Natural Cosmetics Green Tea Face Wash", WASH),
    ("Botanical Beauty", "Botanical Beauty Body Lotion", LOTION),
    ("Botanical Beauty", "Botanical Beauty Shea Body Lotion", LOTION),
    ("Cetaphil", "Cetaphil Gentle Face Wash", WASH),
    ("Dior", "Christian Dior Diorshow Mascara Black", MASCARA),
    ("Dior", "Pure Poison by Christian Dior Eau de Parfum", PERFUME),
    ("Christian Dior", "Christian Dior Diorshow Waterproof Mascara", MASCARA),
    ("Christian Dior", "Jadore by Christian Dior Eau de Parfum", PERFUME),
    ("Christian Audigier", "Christian Audigier Eau de Parfum for Women", PERFUME),
    ("Christian Audigier", "Ed Hardy by Christian Audigier", PERFUME),
    ("Harmony", "Harmony Gelish Soak Off Gel Polish Ivory", POLISH),
    ("Harmony", "Harmony Gelish Soak Off Gel Polish Red", POLISH),
    ("Gelish", "Harmony Gelish Top It Off", POLISH),
    ("Gelish", "Harmony Gelish Foundation Base Gel", POLISH),
    ("M.A.C", "MAC Matte Lipstick Russian Red", LIPSTICK),
    ("MAC", "MAC Satin Lipstick", LIPSTICK),
    ("1234", "1234 Clip In Hair Extensions", HAIR),
]
BRANDS = sorted({b for b, _, _ in LISTINGS if b})
CATEGORIES = sorted({" > ".join(p) for _, _, p in LISTINGS})


@pytest.fixture(scope="module")
def facts() -> BrandFacts:
    return brand_facts(LISTINGS)


def _parse(text: str, facts: BrandFacts | None):
    return parse_query(text, brands=BRANDS, categories=CATEGORIES, facts=facts)


@pytest.fixture(scope="module")
def brands_in(facts: BrandFacts) -> Callable[[str], list[str]]:
    """The brands `parse_query` reads in a text, with the facts of `LISTINGS`."""
    return lambda text: _parse(text, facts).brands


def test_one_house_spelt_several_ways(facts: BrandFacts) -> None:
    assert set(facts.house("Dior")) == {"Dior", "Christian Dior"}  # "Diorshow" in both
    assert set(facts.house("M.A.C")) == {"M.A.C", "MAC"}  # the same key
    assert set(facts.house("Gelish")) == {"Gelish", "Harmony"}  # each in the other's titles
    assert set(facts.house("Clear")) == {"Clear", "CLEAR"}
    # a shared word is no house: Clear is not Clean & Clear, Christian Audigier no Dior
    assert "Clean & Clear" not in facts.house("Clear")
    assert "Christian Audigier" not in facts.house("Christian Dior")


def test_a_house_is_named_once(facts: BrandFacts) -> None:
    """The lead's probes: replies said "from Gelish or Harmony or Nail Harmony..." and
    "not M.A.C, MAC": each house once, by the first of its spellings (the shopper's)."""
    assert facts.named(["MAC", "M.A.C"]) == ["MAC"]
    assert facts.named(["Harmony", "Gelish", "Essie"]) == ["Harmony", "Essie"]
    assert facts.named(["Clear", "Clean & Clear", "CLEAR"]) == ["Clear", "Clean & Clear"]
    spelt = Filters(brands=("Gelish", "Harmony"), exclude_brands=("M.A.C", "MAC", "Dior"))
    assert spelt.describe(facts) == "from Gelish, not M.A.C, Dior"
    assert spelt.describe() == "from Gelish or Harmony, not M.A.C, MAC, Dior"  # no facts


def test_a_brand_s_home(facts: BrandFacts) -> None:
    """Where most of a house's products are: what "like MAC but cheaper" shops among."""
    assert facts.home(["M.A.C", "MAC"]) == " > ".join(LIPSTICK)
    assert facts.home(["Simple"]) == " > ".join(WASH)
    assert facts.home(["Dior", "Christian Dior"]) is None  # half mascara, half perfume
    assert facts.home(["1234"]) is None  # one listing says nothing


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("like MAC but cheaper", ""),
        ("a lipstick like mac but not the actual brand", "a lipstick"),
        ("something similar to Dior but cheaper, a mascara", "something, a mascara"),
        ("a mac dupe", "a"),
    ],
)
def test_a_brand_said_as_a_reference_is_no_search_word(
    facts: BrandFacts, text: str, words: str
) -> None:
    """The lead's probe: "like Olay but cheaper" ruled Olay out but searched 'like olay but':
    a brand named only as what the need is like is no word of the need."""
    parsed = _parse(text, facts)
    assert parsed.exclude_brands and not parsed.brands
    assert parsed.text == words


def test_an_everyday_brand_before_a_type_it_sells(facts: BrandFacts) -> None:
    assert facts.sells("Clear", "shampoo")  # its shampoos outnumber DHS's clear one
    assert not facts.sells("Clear", "polish")  # Clear sells none; Essie's are clear
    assert not facts.sells("Organic", "shampoo")  # other houses' organic shampoos: 2 to 1
    assert facts.sells("Simple", "wash")
    assert facts.sells("Clean & Clear", "wash") and facts.sells("Clean & Clear", "cleanser")


@pytest.mark.parametrize(
    ("text", "brands"),
    [
        ("clear shampoo for dandruff", {"Clear", "CLEAR"}),
        ("looking for a clear nail polish", set()),
        ("an organic shampoo", set()),
        ("I need simple face wash", {"Simple"}),
        ("I need a Simple face wash", {"Simple"}),  # a name, whatever stands before it
        ("I need a simple face wash", set()),  # after an article it describes the wash
        ("a clean face wash", set()),
        ("simple face wash", {"Simple"}),  # the type last, past the part of the body
        ("clean & clear face wash", {"Clean & Clear"}),
        ("clean and clear face wash", {"Clean & Clear"}),
        ("clean and clear skin, that's all I want", set()),  # a body part, not a type
        ("user 1234 wants a shampoo", set()),  # a number is never a brand
        ("dior mascara", {"Dior", "Christian Dior"}),
        ("harmony gelish top coat", {"Gelish", "Harmony"}),
    ],
)
def test_brands_a_query_names(facts: BrandFacts, text: str, brands: set[str]) -> None:
    assert set(_parse(text, facts).brands) == brands


@pytest.mark.parametrize(
    ("text", "ruled_out"),
    [
        ("shampoo, no clear please", {"Clear", "CLEAR"}),  # the type said before
        ("anything but clear, a shampoo", {"Clear", "CLEAR"}),
        ("no clear shampoo for dandruff", {"Clear", "CLEAR"}),  # the type said after
        ("face wash, not simple", {"Simple"}),
        ("a nail polish, no clear", set()),  # Clear sells no polish: a colour ruled out
        ("a shampoo, nothing organic", set()),  # other houses' organic shampoos outnumber
        ("not clear about it, i need a shampoo", set()),  # talk: "about" follows, no type
    ],
)
def test_an_everyday_brand_ruled_out_beside_a_type_it_sells(
    facts: BrandFacts, text: str, ruled_out: set[str]
) -> None:
    """The lead's probe: "shampoo, no suave please" ruled out the ingredient 'suave', and
    "conditioner, anything but suave" searched 'conditioner suave': an everyday-word brand
    ruled out is the brand where the message names a type it sells, as a brand wanted is."""
    parsed = _parse(text, facts)
    assert set(parsed.exclude_brands) == ruled_out and not parsed.brands


def test_without_facts_an_everyday_brand_needs_a_name() -> None:
    assert _parse("clear shampoo for dandruff", None).brands == []
    assert set(_parse("I want Clear shampoo", None).brands) == {"Clear", "CLEAR"}


def test_a_house_is_ruled_out_whole(facts: BrandFacts) -> None:
    parsed = _parse("a mascara, not Dior", facts)
    assert set(parsed.exclude_brands) == {"Dior", "Christian Dior"} and not parsed.brands


def test_a_brand_that_only_describes_a_type_is_not_wanted() -> None:
    brands = ["BeautyBlender", "MAC"]
    said = parse_query(
        "a beauty blender type sponge, doesn't need to be the actual brand",
        brands=brands,
        categories=[],
    )
    assert said.brands == [] and said.exclude_brands == []
    assert parse_query("a MAC-style brush set", brands=brands, categories=[]).brands == []
    dupe = parse_query(
        "a makeup sponge like beautyblender but not the actual brand", brands=brands, categories=[]
    )
    assert dupe.exclude_brands == ["BeautyBlender"] and dupe.brands == []


def test_nearest_branch_where_the_brand_is(facts: BrandFacts) -> None:
    gels = " > ".join(GEL)
    assert facts.nearest(["Simple"], gels) == "Beauty > Skin Care > Face > Cleansers"
    assert facts.nearest(["Simple"], " > ".join(WASH)) is None  # it is there
    assert facts.nearest(["Simple"], " > ".join(LIPSTICK)) is None  # nothing near
    one = brand_facts([*LISTINGS, ("Solo", "Solo Facial Wash", WASH)])
    assert one.nearest(["Solo"], gels) is None  # one listing is no home: it may be misfiled


def test_real_beauty_houses(beauty_dir: Path) -> None:
    """The Beauty catalog's houses, reviewed by hand: the merges wanted, and the pairs that
    share a word but are not one house (see the BRAND1 report for the whole list)."""
    from catalog.importers.amazon5core import ITEMS, read_items
    from catalog.importers.base import Parsed

    products = [r.record for r in read_items(beauty_dir / ITEMS) if isinstance(r, Parsed)]
    facts = brand_facts((p.brand, p.title, p.categories) for p in products)
    for one, other in [
        ("Dior", "Christian Dior"),
        ("M.A.C", "MAC"),
        ("L'Oreal", "L'Oreal Paris"),
        ("Gelish", "Harmony"),
        ("Harmony", "Nail Harmony"),
        ("Garnier", "Garnier Nutrisse"),
        ("TIGI", "Bed Head"),
        ("Clear", "CLEAR"),
        ("Creme of Nature", "Crème of Nature"),
        ("SODIAL", "SODIAL(R)"),
    ]:
        assert other in facts.house(one), (one, other)
    for one, other in [
        ("Clear", "Clean & Clear"),
        ("Clear", "Free & Clear"),
        ("Christian Dior", "Christian Audigier"),
        ("Diane", "Diane von Furstenberg"),
        ("Secret", "Victoria's Secret"),
        ("Heritage", "Nubian Heritage"),
        ("Sally", "Sally Hershberger"),
        ("Magic", "Gold Magic"),
        ("Fresh", "Petal Fresh"),
    ]:
        assert other not in facts.house(one), (one, other)
    assert facts.sells("Simple", "wash") and facts.sells("Suave", "shampoo")
    assert not facts.sells("Suave", "cologne") and not facts.sells("Organic", "shampoo")


# A brand named by an everyday word once its generic ending is cut ("Natural" of Natural
# Cosmetics, "Botanical" of Botanical Beauty) is meant only when written as a name, never read
# from the product type after it: "natural face wash" asks for a natural one, of any brand. A
# brand whose whole name is the word ("Simple") still is meant before a type it sells.


@pytest.mark.parametrize("text", ["natural face wash", "a botanical body lotion"])
def test_an_everyday_word_of_a_longer_name_before_a_type_is_no_brand(
    text: str, brands_in: Callable[[str], list[str]]
) -> None:
    """ "natural face wash" kept only Natural Cosmetics' and Natural Beauty's washes."""
    assert brands_in(text) == []


@pytest.mark.parametrize(
    ("text", "brand"),
    [
        ("a face wash by Natural Cosmetics", "Natural Cosmetics"),
        ("natural cosmetics face wash", "Natural Cosmetics"),
        ("a body lotion by Botanical", "Botanical Beauty"),  # said as a name
        ("simple face wash", "Simple"),  # the whole name, before a type it sells
    ],
)
def test_the_brand_said_as_a_name_is_still_read(
    text: str, brand: str, brands_in: Callable[[str], list[str]]
) -> None:
    assert brands_in(text) == [brand]
