# ruff: noqa: E501  (hand-written data tables, one case per line)
"""parse_query on hand-written shopper queries with their expected parse."""

from __future__ import annotations

from collections.abc import Iterable
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
    ("a foundation that isn't Revlon", {"exclude_brands": ["Revlon"], "text": "a foundation that"}),
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
    # CONVO16 probe: "something way cheaper" left 'way' in the need ('studio fix foundation way')
    ("a really cheap shampoo", {"cheap": True, "text": "a shampoo"}),
    ("lipstick, way cheaper", {"cheap": True, "text": "lipstick"}),
    ("between $20 and $10 face mask", {"min_price": 10, "max_price": 20}),
    ("CLINIQUE MOISTURIZER UNDER $40", {"brands": ["Clinique"], "max_price": 40}),
    ("mens cologne", {"text": "mens cologne"}),
    ("conair flat iron under 60", {"brands": ["Conair"], "max_price": 60, "category": "Beauty > Hair Care > Styling Tools > Irons > Flattening Irons"}),
    ("a hair straightener", {"category": "Beauty > Hair Care > Styling Tools > Irons > Flattening Irons"}),
    ("a flat brush", {"category": None}),  # "flat" alone names no iron
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


def _categories_read(cats: list[str], said: Iterable[str]) -> dict[str, str | None]:
    """The category `parse_query` reads over ``cats`` (and no brands) in each message of
    ``said``, by the message."""
    return {message: parse_query(message, brands=[], categories=cats).category for message in said}


def _check(query: str, expected: dict[str, Any], brands: list[str]) -> None:
    """The parse of ``query`` has the expected fields (the defaults for those not given)."""
    parsed = parse_query(query, brands=brands, categories=CATEGORIES)
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


@pytest.mark.parametrize(("query", "expected"), CASES, ids=[q for q, _ in CASES])
def test_parse(query: str, expected: dict[str, Any]) -> None:
    _check(query, expected, BRANDS)


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


# Brands spelled like everyday words (the label contract's "catalog facts" and issue 17's list),
# beside ordinary brands; ordinary words are not brands unless the shopper writes them as names.
EVERYDAY_BRANDS = [
    *BRANDS, "Gud", "Adore", "Summers Labs", "The One", "Dolce & Gabbana", "Clear", "Fresh",
    "Kiss", "Secret", "Magic", "M.A.C", "MAC", "Instead", "HEY", "NON", "Shea Moisture",
    "ToiletTree Products", "Diane", "Macadamia", "Benefit Cosmetics", "Nail Tips", "Sally",
    "Head & Shoulders", "Clean & Clear", "Just For Me", "Yes To", "The Balm Cosmetics",
    "Too Faced", "Hot Tools",
]  # fmt: skip
MAC = ["M.A.C", "MAC"]
BRAND_CASES: list[tuple[str, dict[str, Any]]] = [
    # issue 17: ordinary words read as brands
    ("gud mascara", {}),
    ("coral polish for summer", {}),
    ("the cheapest one?", {"cheap": True}),
    ("my mum turns 60 next week and she adores lavender, something nice around 40 bucks?", {"around_price": 40}),
    ("eau de toilette for him", {}),
    ("hey, a hot air brush instead", {}),
    ("non-comedogenic moisturizer", {}),
    ("a macadamia oil for my hair", {}),
    ("a clear lip gloss", {}),
    ("fresh scent body wash", {}),
    ("nail tips and glue", {}),
    # ... and the same brands written as names
    ("I love Simple face wash", {"brands": ["Simple"]}),
    ("GUD shampoo", {"brands": ["Gud"]}),
    ("something by Adore, a red", {"brands": ["Adore"]}),
    ("do you have The One by Dolce & Gabbana", {"brands": ["The One", "Dolce & Gabbana"]}),
    ("is there a Clear shampoo for men", {"brands": ["Clear"]}),
    ("Maybelline mascara", {"brands": ["Maybelline"]}),
    ("shea moisture shampoo", {"brands": ["Shea Moisture"]}),
    ("Benefit mascara", {"brands": ["Benefit Cosmetics"]}),
    ("any tips for dry skin?", {}),
    # a name with "&" written with "and": as a name, or after a negation; not as words
    ("I want Head and Shoulders shampoo", {"brands": ["Head & Shoulders"]}),
    ("some Clean and Clear face wash", {"brands": ["Clean & Clear"]}),
    ("anything but clean and clear", {"exclude_brands": ["Clean & Clear"]}),
    ("my head and shoulders are so dry", {}),
    ("dolce and gabbana perfume", {"brands": ["Dolce & Gabbana"]}),
    # a brand of everyday words that is also a phrase: as a name, or after a negation
    ("the one with the pump", {}),
    ("something just for me", {}),
    ("is the balm sticky?", {}),
    ("yes to the first one", {}),
    ("Just For Me relaxer for kids", {"brands": ["Just For Me"]}),
    ("Yes To face mask", {"brands": ["Yes To"]}),
    ("too faced mascara", {"brands": ["Too Faced"]}),
    ("Hot Tools curling iron", {"brands": ["Hot Tools"]}),
    # a person's name is not a brand
    ("a gift for my aunt Diane", {}),
    ("something for my daughter Sally", {}),
    # exclusions said in other words
    ("not a fan of Revlon, red lipstick", {"exclude_brands": ["Revlon"], "text": "red lipstick"}),
    ("not a revlon fan, red lipstick", {"exclude_brands": ["Revlon"]}),
    ("never been a big Maybelline fan tbh", {"exclude_brands": ["Maybelline"]}),
    ("a Revlon fan would love a red lipstick", {"brands": ["Revlon"]}),
    ("anything but L'Oreal", {"exclude_brands": LOREAL}),
    ("mascara, no Maybelline please", {"exclude_brands": ["Maybelline"]}),
    ("pas de L'Oreal, un mascara", {"exclude_brands": LOREAL}),
    ("champú sin Pantene", {"exclude_brands": ["Pantene"]}),
    ("I can't stand Olay", {"exclude_brands": ["Olay"]}),
    ("stay away from Neutrogena or Aveeno", {"exclude_brands": ["Neutrogena", "Aveeno"]}),
    ("not Revlon, I hate their smell", {"exclude_brands": ["Revlon"]}),
    ("Nivea cream, Dove breaks me out", {"brands": ["Nivea"], "exclude_brands": ["Dove"]}),
    ("no Simple please", {"exclude_brands": ["Simple"]}),
    ("no clear polish", {}),
    # a dupe rules out the original's brand
    ("a cheap dupe for MAC Studio Fix", {"exclude_brands": MAC, "cheap": True, "text": "a Studio Fix"}),
    ("MAC dupe lipstick", {"exclude_brands": MAC}),
    ("an alternative to Clinique moisturizer", {"exclude_brands": ["Clinique"]}),
    ("a dupe of Studio Fix by MAC", {"exclude_brands": MAC}),
    ("something like Olay but cheaper", {"exclude_brands": ["Olay"], "cheap": True}),
    # prices beside brands
    ("Budget 25-30, Maybelline", {"min_price": 25, "max_price": 30, "brands": ["Maybelline"]}),
    ("about thirty dollars, not over 40", {"around_price": 30, "max_price": 40}),
]  # fmt: skip


@pytest.mark.parametrize(("query", "expected"), BRAND_CASES, ids=[q for q, _ in BRAND_CASES])
def test_brands_as_the_contract_reads_them(query: str, expected: dict[str, Any]) -> None:
    _check(query, expected, EVERYDAY_BRANDS)


def test_an_everyday_word_is_never_corrected_into_a_brand() -> None:
    for word in ("summer", "adores", "toilette", "mineral"):
        parsed = parse_query(
            f"{word} stuff", brands=[*EVERYDAY_BRANDS, "Minera"], categories=CATEGORIES
        )
        assert parsed.brands == [], word
    # a real misspelling still is
    assert parse_query("maybeline mascara", brands=BRANDS, categories=[]).brands == ["Maybelline"]


def test_chat_filler_is_no_search_word() -> None:
    """Abbreviations and hedges of chat ("smth", "lol", "maybe", "pls") say nothing about a
    product: keyword search drops them (and so does the reply's echo of the need, which reads
    the same stop words)."""
    from retrieval.tokenize import tokenize

    message = "smth 4 my boyfriend lol, cologne maybe? pls show me a few"
    assert tokenize(message) == ["4", "boyfriend", "cologne"]


def test_taking_makeup_off_asks_for_a_remover() -> None:
    """'something to take off waterproof mascara' wants a makeup remover, not a mascara; nail
    polish comes off with a polish remover; 'a foundation that won't come off' is still a
    foundation, and what removes something else is no remover of makeup."""
    cats = [
        "Beauty > Makeup > Eyes > Mascara",
        "Beauty > Makeup > Face > Foundation",
        "Beauty > Makeup > Face > Powder",
        "Beauty > Makeup > Lips > Lipstick",
        "Beauty > Makeup > Makeup Remover > Eyes",
        "Beauty > Makeup > Nails > Nail Polish",
        "Beauty > Makeup > Nails > Nail Polish Remover",
        "Beauty > Hair Care > Shampoos",
    ]
    remover, polish = (
        "Beauty > Makeup > Makeup Remover",
        "Beauty > Makeup > Nails > Nail Polish Remover",
    )
    cases = {
        "something to take off waterproof mascara": remover,
        "my makeup won't come off at night, mascara everywhere": remover,
        "a gentle mascara remover": remover,
        "lipstick remover wipes": remover,
        "take off my nail varnish": polish,
        "something to remove gel polish": polish,
        "nail polish remover": polish,
        "a long lasting foundation that won't come off": "Beauty > Makeup > Face > Foundation",
        "a lipstick that stays on all day": "Beauty > Makeup > Lips > Lipstick",
        "a shampoo that removes buildup": "Beauty > Hair Care > Shampoos",
        # CONVO45: what a makeup product named before "to"/"that" does is no remover of it
        "a pressed powder to take the shine off": "Beauty > Makeup > Face > Powder",
        "a powder that takes the shine off my nose": "Beauty > Makeup > Face > Powder",
        "a cream to remove mascara": remover,
    }
    assert _categories_read(cats, cases) == cases


def test_a_word_two_categories_are_named_by_reads_as_neither() -> None:
    """'polish' is the whole name of the skin 'Polishes' and the last word of 'Nail Polish':
    alone it names no category (the search decides), with 'nail' it is nail polish. A last
    word that is no category's whole name is no alias ('dye' stays under Hair Color)."""
    cats = [
        "Beauty > Makeup > Nails > Nail Polish",
        "Beauty > Skin Care > Face > Exfoliators & Scrubs > Polishes",
        "Beauty > Hair Care > Hair Color > Chemical Hair Dyes",
        "Beauty > Hair Care > Hair Color > Hennas",
    ]
    assert parse_query("coral polish for summer", brands=[], categories=cats).category is None
    assert (
        parse_query("coral nail polish", brands=[], categories=cats).category
        == "Beauty > Makeup > Nails > Nail Polish"
    )
    assert (
        parse_query("a natural hair dye", brands=[], categories=cats).category
        == "Beauty > Hair Care > Hair Color"
    )
    face = [
        "Beauty > Skin Care > Face > Creams & Moisturizers",
        "Beauty > Skin Care > Face > Creams & Moisturizers > Tinted Moisturizers",
        "Beauty > Skin Care > Body > Moisturizers",
    ]
    # the parent says "moisturizer" already: a face moisturizer is not a tinted one
    assert (
        parse_query("a face moisturizer for dry skin", brands=[], categories=face).category
        == "Beauty > Skin Care > Face > Creams & Moisturizers"
    )


def test_a_mousse_is_named_by_both_its_spellings() -> None:
    """CONVO40's probes: "Mousses" strips to 'mouss' like "glosses" to 'gloss', so "mousse",
    "curl mousse" and "volumizing mousse" named only the body's "Souffles & Mousse" and "hair
    mousse" nothing: a mousse alone names both (the search decides), with hair the hair's, with
    body the body's."""
    hair = "Beauty > Hair Care > Styling Products > Mousses & Foams"
    body = "Beauty > Bath & Body > Scrubs & Body Treatments > Body Souffles & Mousse"
    cats = [hair, body]

    def category(message: str) -> str | None:
        return parse_query(message, brands=[], categories=cats).category

    assert category("mousse") is None
    assert category("a volumizing mousse") is None
    assert category("hair mousse") == hair
    assert category("mousses for curls") == hair
    assert category("a whipped body mousse") == body


def test_words_naming_several_nodes_mean_the_main_one_when_counts_are_known() -> None:
    """'conditioner' names the Conditioners under Hair Care, Hair Loss Products and Hair
    Relaxers: with the catalog's counts it means the main one (at least MAIN_SHARE of their
    products); without counts, or when no node holds that share, or when the main node has
    sub-categories, the common parent stays (the search decides)."""
    cats = [
        "Beauty > Hair Care > Conditioners",
        "Beauty > Hair Care > Hair Loss Products > Conditioners",
        "Beauty > Hair Care > Hair Relaxers > Conditioners",
        "Beauty > Makeup > Face > Powder",
        "Beauty > Makeup > Makeup Remover > Face",
    ]
    main = "Beauty > Hair Care > Conditioners"
    assert parse_query("conditioner", brands=[], categories=cats).category == "Beauty > Hair Care"
    counted = parse_query("conditioner", brands=[], categories=cats, category_sizes=[95, 3, 2])
    assert counted.category == main
    even = parse_query("conditioner", brands=[], categories=cats, category_sizes=[60, 30, 10])
    assert even.category == "Beauty > Hair Care"
    sizes = [95, 3, 2, 500, 4]  # Makeup > Face holds 99% but has a sub-category: not chosen
    makeup = parse_query("makeup for my face", brands=[], categories=cats, category_sizes=sizes)
    assert makeup.category == "Beauty > Makeup"


def test_a_word_said_as_absent_names_no_category() -> None:
    """'fragrance-free', 'oil free', 'without perfume': what the product is not."""
    cats = [
        "Beauty > Fragrance > Women's > Eau de Parfum",
        "Beauty > Skin Care > Face > Creams & Moisturizers",
        "Beauty > Skin Care > Body > Moisturizers > Oils",
    ]
    face = "Beauty > Skin Care > Face > Creams & Moisturizers"
    for text in ("fragrance-free face moisturizer", "oil free moisturizer for my face"):
        assert parse_query(text, brands=[], categories=cats).category == face, text
    assert parse_query("a face cream, no fragrance", brands=[], categories=cats).category == face
    assert parse_query("perfume without oil", brands=[], categories=cats).category == (
        "Beauty > Fragrance"
    )


def test_words_a_brand_writes_as_one_after_a_subject_are_a_verb_phrase() -> None:
    """Issue 17 chats: "something that makes me smell good" read the brand SMELLGOOD. Words
    a brand writes as one word, after "me", "to", "i", "you"..., are a verb phrase unless
    written as a name; elsewhere they still name it ("i love cover girl mascara")."""
    brands = ["SMELLGOOD", "COVERGIRL"]

    def read(text: str) -> list[str]:
        return parse_query(text, brands=brands, categories=[]).brands

    assert read("something that makes me smell good") == []
    assert read("i want to smell good all day") == []
    assert read("something to make me Smell Good") == ["SMELLGOOD"]
    assert read("SmellGood body spray") == ["SMELLGOOD"]
    assert read("i love cover girl mascara") == ["COVERGIRL"]
    assert read("it has to be cover girl") == ["COVERGIRL"]


def test_a_bronzer_is_the_make_up_one_unless_a_tan_is_said() -> None:
    """Issue 17 chats: 'a bronzer' showed self-tanners (the Sun's Self-Tanners & Bronzers
    outnumber the make-up ones, and the tie went to the search): a word that names a make-up
    type and another leaf alike is the make-up, unless the other's own words are said."""
    categories = [
        "Beauty > Makeup > Face > Bronzers & Highlighters",
        "Beauty > Skin Care > Sun > Self-Tanners & Bronzers",
    ]

    def category(text: str) -> str | None:
        return parse_query(text, brands=[], categories=categories).category

    assert category("a bronzer") == "Beauty > Makeup > Face > Bronzers & Highlighters"
    assert category("a matte bronzer") == "Beauty > Makeup > Face > Bronzers & Highlighters"
    assert category("a tanning bronzer") is None  # the search decides, as before
    assert category("bronzer for a self tan") is None


def test_combination_skin_names_no_combinations() -> None:
    """Issue 17 chats: 'a foundation for combination skin' was read as the eyes' Combinations
    (liner and shadow sets): a skin type is what the product is for."""
    categories = [
        "Beauty > Makeup > Face > Foundation",
        "Beauty > Skin Care > Eyes > Combinations",
        "Beauty > Makeup > Eyes > Liner & Shadow Combinations",
    ]

    def category(text: str) -> str | None:
        return parse_query(text, brands=[], categories=categories).category

    assert category("a foundation for combination skin") == "Beauty > Makeup > Face > Foundation"
    assert "Combinations" not in (category("combination to oily skin") or "")
    assert category("eye liner and shadow combination") is not None


def test_a_type_in_a_department_said_is_the_one_placed_right_under_it() -> None:
    """CONVO93's probes: "skincare set for a teenager" read Skin Care (its own Sets & Kits and
    the Face's tied): with the department said, the Sets & Kits right under it, not the one
    under a branch no word says. A department not said leaves the tie ("a set")."""
    skin = "Beauty > Skin Care"
    cats = [
        f"{skin} > Sets & Kits",
        f"{skin} > Face > Sets & Kits",
        f"{skin} > Face > Cleansers",
        "Beauty > Tools & Accessories > Nail Tools > Sets & Kits",
    ]

    def category(text: str) -> str | None:
        return parse_query(text, brands=[], categories=cats).category

    assert category("skincare set for a teenager starting out") == f"{skin} > Sets & Kits"
    assert category("a skin care kit") == f"{skin} > Sets & Kits"
    assert category("a face set") == f"{skin} > Face > Sets & Kits"
    assert category("a set") is None


def test_color_treated_hair_names_no_hair_color() -> None:
    """CONVO9 probe: beside curly shampoos "my hair is also color treated" searched hair dyes:
    hair that is colour treated is what the product is for, not Hair Color."""
    categories = ["Beauty > Hair Care > Hair Color", "Beauty > Hair Care > Shampoos"]

    def category(text: str) -> str | None:
        return parse_query(text, brands=[], categories=categories).category

    assert category("my hair is color treated") != "Beauty > Hair Care > Hair Color"
    assert category("a colour-safe shampoo") == "Beauty > Hair Care > Shampoos"
    assert category("a hair color for grey roots") == "Beauty > Hair Care > Hair Color"


def test_micellar_water_is_a_makeup_remover() -> None:
    """Issue 17 chats: 'micellar water' was searched in Mascara (waterproof mascaras): it takes
    make-up off (the Beauty catalog has no category of its own for it)."""
    categories = [
        "Beauty > Makeup > Makeup Remover > Eyes",
        "Beauty > Makeup > Makeup Remover > Face",
        "Beauty > Makeup > Eyes > Mascara",
    ]
    parsed = parse_query("micellar water for sensitive skin", brands=[], categories=categories)
    assert parsed.category == "Beauty > Makeup > Makeup Remover"


def test_a_number_or_a_unit_after_one_is_no_brand() -> None:
    """Issue 17 chats: "number 7 serum" read the brand Number 4 (a fuzzy match) and "1800
    watts hair dryer" the brand Watts Beauty: a number in a name is never misspelt, and a unit
    after a number measures it."""
    brands = ["Number 4", "Watts Beauty", "No7"]

    def read(text: str) -> list[str]:
        return parse_query(text, brands=brands, categories=CATEGORIES).brands

    assert read("number 7 serum") == []
    assert read("number 4 shampoo") == ["Number 4"]
    assert read("1800 watts hair dryer") == []
    assert read("watts beauty hair dryer") == ["Watts Beauty"]
    assert parse_query("1800 watts hair dryer", brands=brands, categories=CATEGORIES).category


def test_a_department_said_after_for_is_what_the_type_is_for() -> None:
    """'foundation for oily skin' is a Foundation: 'skin' after 'for' says what it is for, not
    Skin Care. A department said first ('hair powder'), one the type is not said before
    ('looking for a hair mousse'), a type word that is no type ('a treatment for my hair') or a
    word naming both ('a nice bath') stay a tie that search settles."""
    cats = [
        "Beauty > Makeup > Face > Foundation",
        "Beauty > Makeup > Face > Powder",
        "Beauty > Skin Care > Face > Treatments & Masks",
        "Beauty > Skin Care > Hands & Nails > Paraffin Baths",
        "Beauty > Bath & Body > Cleansers > Soaps",
        "Beauty > Hair Care > Shampoos",
        "Beauty > Bath & Body > Scrubs & Body Treatments > Body Souffles & Mousse",
    ]
    found = {
        "a good foundation for oily skin": cats[0],
        "powder for my oily skin": cats[1],
        "hair powder for volume": None,
        "looking for a hair mousse": None,
        "a treatment for my damaged hair": None,
        "a treat for a tired mum, a nice bath": None,
    }
    assert _categories_read(cats, found) == found


def test_talk_is_no_brand_written_as_one_word_nor_a_misspelt_one() -> None:
    """READER9's probes: "my mom has thinning hair and is embarrassed" read the brand Andis
    ("and is"), "im an oily skin person" Iman Cosmetics, "be fine with any" Befine, and
    "something to style it" Style Edit (a fuzzy match). Words a brand writes as one, one of them
    a stop word, are talk unless written as a name; a phrase that starts or ends with a stop
    word is never a misspelt brand. The brands themselves still read."""
    brands = ["Andis", "Iman Cosmetics", "Befine", "Style Edit", "Paul Mitchell"]

    said = {
        "my mom has thinning hair and is embarrassed": [],
        "im an oily skin person": [],
        "be fine with any": [],
        "something to style it, like a gel": [],
        "andis clippers": ["Andis"],
        "a Befine scrub": ["Befine"],
        "style edit root concealer": ["Style Edit"],
        "paul mitchel gel": ["Paul Mitchell"],
    }
    read = {text: parse_query(text, brands=brands, categories=[]).brands for text in said}
    assert read == said


def test_any_brand_but_one_rules_it_out_and_brands_is_no_name() -> None:
    """The lead's probes: "any brand but loreal" asked for L'Oreal; "i only use organic brands"
    asked for the brand Organic (the plural "brands" after a word framed it as a name)."""
    brands = ["L'Oreal", "Organic", "Simple", "Maybelline"]
    but = parse_query("any brand but loreal", brands=brands, categories=[])
    assert (but.brands, but.exclude_brands) == ([], ["L'Oreal"])
    other = parse_query("a mascara, any brand other than maybelline", brands=brands, categories=[])
    assert other.exclude_brands == ["Maybelline"]
    for said in ("any brand apart from maybelline", "a mascara, any brand besides maybelline"):
        apart = parse_query(said, brands=brands, categories=[])
        assert (apart.brands, apart.exclude_brands) == ([], ["Maybelline"])
    assert parse_query("any brand is fine", brands=brands, categories=[]).exclude_brands == []
    assert parse_query("i only use organic brands", brands=brands, categories=[]).brands == []
    assert parse_query("the simple brand", brands=brands, categories=[]).brands == ["Simple"]


def test_the_budget_as_a_noun_is_not_cheap() -> None:
    """READER9's tuning dialogues: beside pink polishes under $10, "forget the budget" read
    'budget' as cheap and tightened the price below the cheapest pick; "a curling iron in the
    same budget" was a cheaper refinement. The word is cheap as an adjective only."""
    said = {
        "forget the budget": False,
        "a curling iron in the same budget": False,
        "my budget is 30": False,
        "budget mascara": True,
        "budget friendly shampoo": True,
        "something nice on a budget": True,
    }
    assert {m: parse_query(m, brands=[], categories=[]).cheap for m in said} == said


def test_a_luxury_need_is_dear_and_keeps_its_words() -> None:
    """The lead's probe: "a luxury perfume for my wife" showed a $4.28 perfume oil first and
    "a high end face cream" creams of $10-18. Dear words (not said away: "nothing fancy") mark
    the need dear; they stay search words; "cheap" wins over them."""
    said = {
        "a luxury perfume for my wife": True,
        "a high end face cream": True,
        "i want to splurge on a nice serum": True,
        "nothing fancy, just a shampoo": False,
        "doesn't have to be fancy": False,
        "a cheap but luxurious cream": False,
    }
    assert {m: parse_query(m, brands=[], categories=[]).dear for m in said} == said
    assert parse_query("a luxury perfume", brands=[], categories=[]).text == "a luxury perfume"


def test_everyday_words_a_brand_writes_as_one_are_talk_unless_written_as_a_name() -> None:
    """CONVO7's probe: "help us her birthday is soon" read the brand Usher ("us her"); the
    lead's: "not the one i always buy" ruled out Onei Beauty ("one i")."""
    excluded = parse_query("not the one i always buy", brands=["Onei Beauty"], categories=[])
    assert excluded.exclude_brands == []
    named = parse_query("nothing from Onei Beauty", brands=["Onei Beauty"], categories=[])
    assert named.exclude_brands == ["Onei Beauty"]
    said = {
        "a perfume for my mom, help us her birthday is soon": [],
        "an usher perfume": ["Usher"],
        "perfume by Us Her": ["Usher"],
    }
    read = {text: parse_query(text, brands=["Usher"], categories=[]).brands for text in said}
    assert read == said


def test_a_need_for_what_a_treatment_treats_names_it_over_a_type_s_last_word() -> None:
    """CONVO12 probe: "hair growth serum" was Hair Styling Serums ('hair' from Hair Care and
    'serum', the last word of its name, scored two; "Hair Regrowth Treatments" named nothing:
    'growth' is not 'regrowth' and 'treatments' was never said). A name of two words and
    "Treatments" is also named by those two words, and a word said names the tree's word it is
    with "re" before it: now a tie at Hair Care (the search decides), and "hair regrowth"
    is the treatments."""
    cats = [
        "Beauty > Hair Care > Styling Products > Hair Styling Serums",
        "Beauty > Hair Care > Hair Loss Products > Hair Regrowth Treatments",
        "Beauty > Skin Care > Face > Oils & Serums",
    ]
    regrowth = cats[1]
    tie = parse_query("hair growth serum", brands=[], categories=cats)
    assert tie.category == "Beauty > Hair Care"
    assert parse_query("hair regrowth", brands=[], categories=cats).category == regrowth
    assert parse_query("a hair serum", brands=[], categories=cats).category == cats[0]
    # the branch's word starts the name: "Dark Circle Treatments" is named by its whole name
    concealers = "Beauty > Makeup > Face > Concealers & Neutralizers"
    eyes = [concealers, "Beauty > Skin Care > Eyes > Dark Circle Treatments"]
    concealer = parse_query("a concealer for dark circles", brands=[], categories=eyes)
    assert concealer.category == concealers


def test_a_part_or_kind_the_need_is_not_for_names_no_category() -> None:
    """CONVO81 probes: "a scrub, but not for the face, for my legs" was the face's Scrubs
    (its "face" read with "scrub"), "a moisturiser not for my face but for my body" the face's
    moisturizers. The place or kind turned down, said last in its phrase, names nothing;
    what is turned down before the type ("not a face scrub") and "not" before what the
    product does ("doesn't dry my hair") stay as they were."""
    face = "Beauty > Skin Care > Face > Creams & Moisturizers"
    body = "Beauty > Skin Care > Body > Moisturizers > Lotions"
    cats = [face, body, "Beauty > Skin Care > Sun > Skin Protection"]

    def category(text: str) -> str | None:
        return parse_query(text, brands=[], categories=cats).category

    assert category("a body lotion, not for the face") == body
    assert category("a lotion not for my face but for my body") == body
    assert category("a lotion for the body rather than the face") == body
    assert category("a body lotion, not a face one") == body
    assert category("a face moisturizer for dry skin, not greasy") == face


def test_a_word_said_before_a_colour_after_in_is_a_shade_not_a_brand() -> None:
    """CONVO81 probes: "a nail varnish in a soft dove grey" read the brand Dove and no
    category (Dove sells no nail polish). A word said right before a colour, after "in", not
    written as a name, says the shade; the brand said elsewhere, or as a name, stays."""
    cats = ["Beauty > Makeup > Nails > Nail Polish", "Beauty > Bath & Body > Cleansers > Soaps"]

    def brands(text: str) -> list[str]:
        return parse_query(text, brands=["Dove"], categories=cats).brands

    assert brands("a nail varnish in a soft dove grey") == []
    assert brands("nail polish in dove grey") == []
    assert brands("dove soap in white") == ["Dove"]
    assert brands("a soap in a Dove white") == ["Dove"]  # written as a name
    assert brands("a dove white soap") == ["Dove"]  # no "in" before it


def test_a_name_said_wearing_a_product_is_a_person_not_a_brand() -> None:
    """CONVO12 probe: "a lipstick like rihanna wears" kept the brand Rihanna (a fragrance
    brand here) in Lipstick and found nothing. A name followed by what a person does with a
    product (wears, wore, rocks, uses) is a person's; "rihanna perfume" is the brand."""
    cats = ["Beauty > Makeup > Lips > Lipstick"]
    said = {
        "a lipstick like rihanna wears": [],
        "the red lipstick Rihanna wore at the Met": [],
        "rihanna perfume": ["Rihanna"],
        "a Rihanna perfume for my sister": ["Rihanna"],
    }
    read = {text: parse_query(text, brands=["Rihanna"], categories=cats).brands for text in said}
    assert read == said


def test_the_type_said_first_is_the_need_not_a_type_it_is_for() -> None:
    """CONVO24 probes: "spray to protect my hair from the straightener" named Flattening Irons
    (more words matched it) and "a dryer for my nail polish" Nail Polish: a product type (a leaf
    of the tree) named only by the words after "for", "to", "that", "which" or "from", where a
    type is named before them, is what the need is for, not what it is. A branch said after them
    (a part of the body) narrows it; a leaf whose name says a word not said after them stays."""
    cats = [
        "Beauty > Hair Care > Styling Products > Hair Sprays",
        "Beauty > Hair Care > Styling Tools > Irons > Flattening Irons",
        "Beauty > Hair Care > Styling Tools > Hair Dryers",
        "Beauty > Tools & Accessories > Nail Tools > Nail Dryers",
        "Beauty > Makeup > Nails > Nail Polish",
        "Beauty > Makeup > Nails > Nail Polish Remover",
        "Beauty > Makeup > Lips > Lipstick",
        "Beauty > Tools & Accessories > Bags & Cases > Train Cases",
        "Beauty > Skin Care > Hands & Nails > Cuticle Care > Cuticle Creams & Oils",
        "Beauty > Skin Care > Face > Creams & Moisturizers",
    ]
    found = {
        "spray to protect my hair from the straightener": cats[0],
        "a dryer for my nail polish": cats[3],
        "a pouch for my lipsticks": "Beauty > Tools & Accessories > Bags & Cases",
        "a lipstick that matches my nail polish": cats[6],
        "a straightener": cats[1],
        "nail polish": cats[4],
        "an oil for my cuticles": cats[8],  # the leaf is named by the type said first too
        "pads to wipe off nail polish": cats[5],  # "pads" names no type: the remover
        "a cream to remove my nail polish": cats[5],  # "remover" is not said after "to"
    }
    assert _categories_read(cats, found) == found


def test_the_type_said_before_for_is_read_whole_past_an_opening_that_asks_for_it() -> None:
    """CONVO43 probes: "face powder for oily skin" tied Makeup's Powder with Skin Care's Face
    ("face", and "skin" said after "for"), and "looking for a powder for oily skin" read its
    opening's "for" as what the powder is for. A product type that reads more of the words said
    before "for" than a node named by one of them is the need; "looking for" asks for it. A
    department named only after "for" keeps its words ("looking for something for oily skin")."""
    cats = [
        "Beauty > Makeup > Face > Powder",
        "Beauty > Makeup > Face > Foundation",
        "Beauty > Makeup > Face > Concealers & Neutralizers",
        "Beauty > Skin Care > Face > Oils & Serums",
        "Beauty > Skin Care > Face > Cleansers > Washes",
        "Beauty > Skin Care > Face > Treatments & Masks > Masks",
        "Beauty > Hair Care > Shampoos",
        "Beauty > Hair Care > Hair Color > Chemical Hair Dyes",
        "Beauty > Tools & Accessories > Hair Coloring Tools > Applicator Bottles",
    ]
    found = {
        "face powder for oily skin": cats[0],
        # CONVO81: the type said whole before "for", not the branch the words after it name
        "an applicator bottle for hair colour": cats[8],
        "a face powder for my combination skin": cats[0],
        "looking for a powder for oily skin": cats[0],
        "im looking for a good foundation for dry skin": cats[1],
        "shopping for a concealer for dark circles": cats[2],
        "face wash for oily skin": cats[4],  # both words read by the wash: unchanged
        # unchanged: the masks read "mask" alone (the need's reader finds it is for hair)
        "a mask for my hair": "Beauty > Skin Care > Face > Treatments & Masks",
        "looking for a face mask": "Beauty > Skin Care > Face > Treatments & Masks",
        "looking for something for oily skin": "Beauty > Skin Care",
    }
    assert _categories_read(cats, found) == found


def test_a_brand_written_with_its_accents_is_the_brand() -> None:
    """CONVO26's probe: "du shampooing, pas de L'Oréal" showed four L'Oreal Paris shampoos:
    'loréal' was no alias of L'Oreal Paris; brands are matched without accents."""
    from retrieval.brand_names import BrandMatcher

    matcher = BrandMatcher(["L'Oreal Paris", "Nivea"], set())
    assert matcher.match("loréal", negated=True) == ["L'Oreal Paris"]
    assert matcher.match("loreal", negated=True) == ["L'Oreal Paris"]
    assert BrandMatcher(["Clarins Crème"], set()).match("clarins creme", negated=False)


def test_a_sunblock_for_the_face_is_a_face_sunscreen() -> None:
    """CONVO28's probe: "sunblock for my face" found sports sunscreens, "sunscreen for my face"
    the face's: a sunblock is a sunscreen as well as a sun product."""
    cats = [
        "Beauty > Skin Care > Face > Sunscreens & Self Tanners > Sunscreens",
        "Beauty > Skin Care > Sun > Skin Protection > Sports",
    ]
    face = "Beauty > Skin Care > Face > Sunscreens & Self Tanners"
    for said in ("sunblock for my face", "sunscreen for my face"):
        assert parse_query(said, brands=[], categories=cats).category.startswith(face), said


def test_a_branch_said_first_in_the_need_s_name_holds_the_type_it_is_for() -> None:
    """CONVO87's probes: "sun cream for the body" read a body cream (the "cream" of the need
    and the "body" it is for outweighed the Sun branch "sun" names); a branch said before the
    type in its name holds it. Not where one node reads the name whole ("face cream for dry
    skin"), nor a department said first ("makeup bag for my brushes")."""
    cats = [
        "Beauty > Skin Care > Sun > Skin Protection",
        "Beauty > Skin Care > Body > Moisturizers > Creams",
        "Beauty > Skin Care > Face > Creams & Moisturizers",
        "Beauty > Tools & Accessories > Bags & Cases > Cosmetic Bags",
        "Beauty > Tools & Accessories > Makeup Brushes & Tools > Brushes & Applicators",
        "Beauty > Makeup > Face > Foundation",
    ]
    sun = "Beauty > Skin Care > Sun"
    for said in ("sun cream for the body", "sun cream for my legs and arms"):
        assert parse_query(said, brands=[], categories=cats).category == sun, said
    face = parse_query("face cream for dry skin", brands=[], categories=cats).category
    assert face == "Beauty > Skin Care > Face > Creams & Moisturizers"
    bag = parse_query("makeup bag for my brushes", brands=[], categories=cats).category
    assert bag is not None and bag.startswith("Beauty > Tools & Accessories")
    # a type read whole by two words stays ("unha" translated as "nail" before a night cream)
    night = "Beauty > Skin Care > Face > Creams & Moisturizers > Night Creams"
    hands = "Beauty > Skin Care > Hands & Nails"
    nails = [f"{hands} > Nail Treatments > Nail Strengthening", f"{hands} > Hand Creams & Lotions"]
    nails += [night, "Beauty > Skin Care > Body > Moisturizers > Creams"]
    said = "nail night cream for my face"
    assert parse_query(said, brands=[], categories=nails).category == night


@pytest.mark.parametrize(
    "text",
    [
        # BRAND1's probes: "sauf", "excepto", "außer", "tranne", "menos" (except) read the
        # brand as wanted
        "sans L'Oréal, un mascara",
        "un rouge à lèvres mais pas de L'Oréal",
        "un fond de teint sauf L'Oreal",
        "champú excepto L'Oreal",
        "Shampoo außer L'Oreal bitte",
        "un mascara tranne L'Oreal",
        "um shampoo, menos L'Oreal",
        # CONVO41's probes: "she hates Paris Hilton" beside perfumes filtered to Paris Hilton
        # (only "hate" and "don't like" said by the shopper ruled a brand out)
        "my mum hates L'Oreal",
        "she dislikes l'oreal paris, a mascara",
        "he doesnt like L'Oreal",
        "my sister does not really like loreal",
        "dad loathes l'oreal",
    ],
)
def test_a_brand_ruled_out_in_other_languages_or_disliked_by_someone_else_is_excluded(
    text: str,
) -> None:
    """A brand said after "except" in other languages, or one someone else dislikes, is ruled
    out, not wanted."""
    parsed = parse_query(text, brands=["L'Oreal Paris", "Maybelline"], categories=[])
    assert parsed.exclude_brands == ["L'Oreal Paris"] and parsed.brands == []
