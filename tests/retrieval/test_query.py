# ruff: noqa: E501  (hand-written data tables, one case per line)
"""parse_query on hand-written shopper queries with their expected parse."""

from __future__ import annotations

from typing import Any

import pytest

from retrieval.errors import RetrievalError
from retrieval.query import parse_query

BRANDS = [
    "L'Oreal Paris", "L'Oreal", "Maybelline", "Revlon", "Olay", "COVERGIRL", "Neutrogena", "OPI",
    "Essie", "NYX", "e.l.f. Cosmetics", "Burt's Bees", "Garnier", "Dove", "John Frieda",
    "Sally Hansen", "Pantene", "TRESemme", "Paul Mitchell", "Clinique", "Too Faced", "Urban Decay",
    "Conair", "Aveeno", "CeraVe", "Physicians Formula", "Philosophy", "Harmony", "Simple",
    "Real Techniques", "Z Palette", "Nivea", "Redken", "Chanel", "Bare Escentuals", "Sigma Beauty",
]  # fmt: skip
CATEGORIES = [
    "Beauty > Skin Care > Face > Creams & Moisturizers > Fluids & Lotions",
    "Beauty > Skin Care > Face > Cleansers",
    "Beauty > Skin Care > Face > Treatments & Masks > Masks",
    "Beauty > Skin Care > Body > Moisturizers > Lotions",
    "Beauty > Skin Care > Sun > Skin Protection",
    "Beauty > Skin Care > Eyes",
    "Beauty > Hair Care > Shampoos",
    "Beauty > Hair Care > Conditioners",
    "Beauty > Hair Care > Styling Products > Hair Sprays",
    "Beauty > Hair Care > Styling Tools > Irons > Flattening Irons",
    "Beauty > Hair Care > Styling Tools > Hair Dryers",
    "Beauty > Hair Care > Hair Color > Chemical Hair Dyes",
    "Beauty > Makeup > Eyes > Eye Shadow",
    "Beauty > Makeup > Eyes > Mascara",
    "Beauty > Makeup > Eyes > Eyeliner",
    "Beauty > Makeup > Lips > Lipstick",
    "Beauty > Makeup > Lips > Lip Glosses",
    "Beauty > Makeup > Face > Foundation",
    "Beauty > Makeup > Nails > Nail Polish",
    "Beauty > Makeup > Nails > Top & Base Coats",
    "Beauty > Fragrance > Women's > Eau de Parfum",
    "Beauty > Fragrance > Men's > Eau de Toilette",
    "Beauty > Tools & Accessories > Makeup Brushes & Tools > Brushes & Applicators",
    "Beauty > Bath & Body > Cleansers > Body Washes",
]

LOREAL = ["L'Oreal", "L'Oreal Paris"]
# (query, expected fields); price fields, brands, exclude_brands and cheap default to empty and
# are always checked; category and text are checked when given.
CASES: list[tuple[str, dict[str, Any]]] = [
    ("moisturizer for dry skin under $30", {"max_price": 30, "text": "moisturizer for dry skin", "category": "Beauty > Skin Care"}),
    ("shampoo between 10 and 20 dollars", {"min_price": 10, "max_price": 20, "text": "shampoo", "category": "Beauty > Hair Care > Shampoos"}),
    ("red lipstick less than 15 bucks", {"max_price": 15, "text": "red lipstick", "category": "Beauty > Makeup > Lips > Lipstick"}),
    ("cheap mascara", {"cheap": True, "text": "mascara", "category": "Beauty > Makeup > Eyes > Mascara"}),
    ("affordable face cleanser", {"cheap": True, "category": "Beauty > Skin Care > Face > Cleansers"}),
    ("nail polish around 15", {"around_price": 15, "text": "nail polish", "category": "Beauty > Makeup > Nails > Nail Polish"}),
    ("a perfume for about $50", {"around_price": 50, "category": "Beauty > Fragrance"}),
    ("eyeliner $10-$20", {"min_price": 10, "max_price": 20, "text": "eyeliner"}),
    ("body lotion 5 to 10 dollars", {"min_price": 5, "max_price": 10, "text": "body lotion"}),
    ("hair dryer over $40", {"min_price": 40, "text": "hair dryer", "category": "Beauty > Hair Care > Styling Tools > Hair Dryers"}),
    ("flat iron at least 50 dollars", {"min_price": 50}),
    ("foundation $25 or less", {"max_price": 25, "text": "foundation", "category": "Beauty > Makeup > Face > Foundation"}),
    ("conditioner up to $12", {"max_price": 12, "category": "Beauty > Hair Care > Conditioners"}),
    ("eye cream no more than 40 dollars", {"max_price": 40}),
    ("sunscreen below 20", {"max_price": 20, "text": "sunscreen"}),
    ("shampoo 12 oz under 20", {"max_price": 20, "text": "shampoo 12 oz"}),
    ("3 pack of lip gloss", {"text": "3 pack of lip gloss", "category": "Beauty > Makeup > Lips > Lip Glosses"}),
    ("spf 50 sunscreen", {"text": "spf 50 sunscreen"}),
    ("a $30 gift set", {"around_price": 30}),
    ("mascara not L'Oreal", {"exclude_brands": LOREAL, "text": "mascara"}),
    ("no Maybelline eyeliner please", {"exclude_brands": ["Maybelline"]}),
    ("anything but Revlon, red lipstick", {"exclude_brands": ["Revlon"], "text": "red lipstick"}),
    ("lipstick except covergirl", {"exclude_brands": ["COVERGIRL"], "text": "lipstick"}),
    ("nail polish, not OPI or Essie", {"exclude_brands": ["OPI", "Essie"], "text": "nail polish"}),
    ("face wash without Neutrogena", {"exclude_brands": ["Neutrogena"], "text": "face wash"}),
    ("I don't want Olay, a night cream", {"exclude_brands": ["Olay"]}),
    ("moisturizer other than Cerave under $20", {"exclude_brands": ["CeraVe"], "max_price": 20}),
    ("no loreal", {"exclude_brands": LOREAL, "text": ""}),
    ("not maybeline", {"exclude_brands": ["Maybelline"]}),
    ("shampoo without parabens", {"text": "shampoo without parabens"}),
    ("no fragrance body wash", {"text": "no fragrance body wash"}),
    ("Maybelline mascara", {"brands": ["Maybelline"], "text": "Maybelline mascara"}),
    ("loreal hair dye", {"brands": LOREAL, "category": "Beauty > Hair Care > Hair Color"}),
    ("burts bees lip balm", {"brands": ["Burt's Bees"]}),
    ("elf brushes under 10", {"brands": ["e.l.f. Cosmetics"], "max_price": 10}),
    ("john frieda frizz serum", {"brands": ["John Frieda"]}),
    ("tresemme hairspray", {"brands": ["TRESemme"]}),
    ("Urban Decay eyeshadow palette", {"brands": ["Urban Decay"], "category": "Beauty > Makeup > Eyes > Eye Shadow"}),
    ("a palette of neutral eyeshadows", {"category": "Beauty > Makeup > Eyes > Eye Shadow"}),
    ("simple face cleanser", {"category": "Beauty > Skin Care > Face > Cleansers"}),
    ("something for frizzy hair", {"category": "Beauty > Hair Care"}),
    ("gift for my sister with dry skin", {"text": "gift for my sister with dry skin"}),
    ("harmony in a bottle perfume", {}),
    ("Nivea body lotion, not Dove, under $8", {"brands": ["Nivea"], "exclude_brands": ["Dove"], "max_price": 8}),
    ("cheap shampoo not Pantene", {"cheap": True, "exclude_brands": ["Pantene"], "text": "shampoo"}),
    ("between $20 and $10 face mask", {"min_price": 10, "max_price": 20}),
    ("CLINIQUE MOISTURIZER UNDER $40", {"brands": ["Clinique"], "max_price": 40}),
    ("mens cologne", {"text": "mens cologne"}),
]  # fmt: skip

DEFAULTS: dict[str, Any] = {
    "min_price": None,
    "max_price": None,
    "around_price": None,
    "brands": [],
    "exclude_brands": [],
    "cheap": False,
}


def test_at_least_40_cases() -> None:
    assert len(CASES) >= 40


@pytest.mark.parametrize(("query", "expected"), CASES, ids=[q for q, _ in CASES])
def test_parse(query: str, expected: dict[str, Any]) -> None:
    parsed = parse_query(query, brands=BRANDS, categories=CATEGORIES)
    want = {**DEFAULTS, **expected}
    got = {
        "min_price": parsed.min_price,
        "max_price": parsed.max_price,
        "around_price": parsed.around_price,
        "brands": sorted(parsed.brands),
        "exclude_brands": sorted(parsed.exclude_brands),
        "cheap": parsed.cheap,
    }
    if "category" in want:
        got["category"] = parsed.category
    if "text" in want:
        got["text"] = parsed.text
    want["brands"] = sorted(want["brands"])
    want["exclude_brands"] = sorted(want["exclude_brands"])
    assert got == want


def test_filters_from_parse() -> None:
    f = parse_query(
        "lipstick around $20 not Revlon", brands=BRANDS, categories=CATEGORIES
    ).filters()
    assert (f.min_price, f.max_price) == (15.0, 25.0)
    assert list(f.exclude_brands) == ["Revlon"]
    assert f.levels == ["Beauty", "Makeup", "Lips", "Lipstick"]
    assert (
        parse_query("lipstick", brands=BRANDS, categories=CATEGORIES)
        .filters(use_category=False)
        .empty
    )
    cheap = parse_query("cheap lipstick", brands=BRANDS, categories=CATEGORIES)
    assert cheap.filters(cheap_max_price=8.0).max_price == 8.0
    assert cheap.filters().max_price is None


@pytest.mark.parametrize(
    "query",
    ["", "   ", "x" * 10_000, "🙂💄", "'; DROP TABLE products; --", '{"$gt": 1}', "the of and"],
)
def test_odd_input_never_crashes(query: str) -> None:
    parsed = parse_query(query, brands=BRANDS, categories=CATEGORIES)
    assert parsed.min_price is None and parsed.brands == []


def test_min_above_max_filters_error() -> None:
    from retrieval.filters import Filters

    with pytest.raises(RetrievalError, match=r"min_price.*max_price"):
        Filters(min_price=50, max_price=10)
