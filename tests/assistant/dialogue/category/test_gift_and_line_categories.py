"""The category of a need named by a brand's product line, for a man or a woman, or for someone
by what they like (`need_category.NeedCategory.of_its_line`, `deeper`, `a_hobby_named`,
`what_they_like`; `handlers.for_him.for_their_sex`). A scripted guesser stands in for search."""

from __future__ import annotations

import pytest

from assistant.adapters import query_parser
from assistant.dialogue.category.need_category import NeedCategory
from assistant.dialogue.handlers.for_him import for_their_sex
from assistant.dialogue.model.model_request import TurnSituation
from assistant.dialogue.vocabulary import CatalogVocabulary
from retrieval.filters import Filters
from tests.assistant.dialogue.readers import ScriptedGuesser, reader_over, search_request
from tests.assistant.dialogue.scenes import listed_brand_facts
from tests.catalog_paths import (
    BATH_AND_BODY,
    FRAGRANCE,
    MENS,
    NAIL_ART,
    SKIN_CARE,
    SKIN_CARE_FACE,
    SPORTS,
    WOMENS,
)

PATHS = [
    f"{MENS} > Cologne",
    f"{MENS} > Eau de Toilette",
    f"{WOMENS} > Cologne",
    f"{WOMENS} > Eau de Parfum",
    f"{WOMENS} > Body Sprays",
    f"{SKIN_CARE_FACE} > Creams & Moisturizers",
    f"{SKIN_CARE} > Body > Moisturizers",
    f"{SKIN_CARE} > Sun > Skin Protection",
    SPORTS,
    f"{BATH_AND_BODY} > Bath",
    f"{BATH_AND_BODY} > Bath > Minerals & Salts",
    f"{BATH_AND_BODY} > Cleansers > Soaps",
    f"{BATH_AND_BODY} > Cleansers > Body Washes",
    NAIL_ART,
    "Beauty > Makeup > Nails > Nail Polish",
    "Beauty > Makeup > Lips > Lip Glosses",
]
LISTINGS = [
    ("Kiss", "Kiss Him By Kiss For Men, Cologne Spray", f"{MENS} > Cologne"),
    ("Dove", "Dove Sensitive Skin Beauty Bar", f"{BATH_AND_BODY} > Cleansers > Soaps"),
    ("Dove", "Dove Sensitive Skin Body Wash", f"{BATH_AND_BODY} > Cleansers > Body Washes"),
    ("Dove", "Dove Deep Moisture Body Wash", f"{BATH_AND_BODY} > Cleansers > Body Washes"),
    ("Dove", "Dove Body Oil", f"{SKIN_CARE} > Body > Moisturizers"),
    ("Olay", "Olay Regenerist Cream", f"{SKIN_CARE_FACE} > Creams & Moisturizers"),
    ("Olay", "Olay Total Effects Cream", f"{SKIN_CARE_FACE} > Creams & Moisturizers"),
]
VOCAB = CatalogVocabulary(
    brands=["Kiss", "Dove", "Olay"],
    categories=PATHS,
    words=frozenset(),
    brand_facts=listed_brand_facts(LISTINGS),
)


def _guess(answers: dict[tuple[str, str | None], str] | None = None) -> NeedCategory:
    return NeedCategory(ScriptedGuesser(answers or {}), parse=query_parser(VOCAB), vocabulary=VOCAB)


@pytest.mark.parametrize(
    ("need", "brand", "stated", "category"),
    [
        # a department named only by "skin": the brand's home there, else none
        ("something by Dove for sensitive skin", "Dove", SKIN_CARE, None),  # soaps, body washes
        ("anything by dove for dry skin", "Dove", SKIN_CARE, None),
        (
            "something by Olay for dry skin",
            "Olay",
            SKIN_CARE,
            f"{SKIN_CARE_FACE} > Creams & Moisturizers",
        ),
        # must not change: a type named
        ("olay cream for dry skin", "Olay", f"{SKIN_CARE_FACE} > Creams & Moisturizers", None),
    ],
)
def test_a_brand_s_need_for_the_skin_is_its_home_there_or_none(
    need: str, brand: str, stated: str, category: str | None
) -> None:
    """Probe: "something by Dove for sensitive skin" was read as Face Cleansers (Skin Care,
    named by "skin", searched deeper among Dove's few face products)."""
    expected = stated if category is None and "cream" in need else category
    assert _guess().of_its_line(search_request(need, brands=(brand,)), stated, [brand]) == expected


def test_a_brand_whose_products_lie_in_a_branch_for_whom_goes_there() -> None:
    """Probe: "kiss him cologne by kiss" stayed in Fragrance: the branch for men is the
    shopper's to choose, but Kiss's one fragrance is a men's cologne."""
    need = "kiss him cologne by kiss"
    guess = _guess({(need, FRAGRANCE): f"{MENS} > Eau de Toilette"})
    request = search_request(need, brands=("Kiss",))
    assert guess.deeper(request, FRAGRANCE, Filters(), ["Kiss"]).startswith(MENS)
    assert guess.deeper(request, FRAGRANCE, Filters()) == FRAGRANCE  # no line: none chosen
    dove = search_request(
        "dove cologne", brands=("Dove",)
    )  # must not change: Dove has no fragrance
    assert (
        _guess({("dove cologne", FRAGRANCE): MENS}).deeper(dove, FRAGRANCE, Filters(), ["Dove"])
        == FRAGRANCE
    )


@pytest.mark.parametrize(
    ("category", "sex", "same_name", "moved"),
    [
        (f"{WOMENS} > Cologne", "men", True, f"{MENS} > Cologne"),
        (f"{WOMENS} > Eau de Parfum", "men", False, MENS),  # "parfüm" did not name it
        (f"{WOMENS} > Body Sprays", "men", True, MENS),  # no men's body sprays
        (FRAGRANCE, "men", True, MENS),  # "a perfume for my dad"
        (FRAGRANCE, "women", True, WOMENS),
        (f"{MENS} > Cologne", "women", True, f"{WOMENS} > Cologne"),
        # must not change: their own branch, or a type not split by sex
        (f"{MENS} > Cologne", "men", True, f"{MENS} > Cologne"),
        (
            f"{BATH_AND_BODY} > Cleansers > Body Washes",
            "men",
            True,
            f"{BATH_AND_BODY} > Cleansers > Body Washes",
        ),
    ],
)
def test_a_category_for_their_sex(category: str, sex: str, same_name: bool, moved: str) -> None:
    assert for_their_sex(category, sex, PATHS, same_name=same_name) == moved


def test_the_reader_moves_a_need_for_a_man_out_of_the_women_s_branch() -> None:
    """Probe: "ein Geschenk für meinen Vater, Rasierwasser oder Parfüm" was read as the
    women's Eau de Parfum (search for perfume found the women's first)."""
    guesser = ScriptedGuesser({})
    reader = reader_over(VOCAB, guesser)
    for message, category in [
        ("a body spray for my boyfriend", MENS),
        ("a cologne for my girlfriend", WOMENS),
        ("a body spray", f"{WOMENS} > Body Sprays"),  # must not change: no one said
    ]:
        assert reader.read(message, TurnSituation()).parsed.category == category, message


@pytest.mark.parametrize(
    ("need", "stated", "hobby"),
    [
        ("christmas for men who is impossible to buy for, likes sports", SPORTS, True),
        ("a gift for him, he's really into sports", SPORTS, True),
        # must not change: a branch of the shop, a type, or a need of its own
        ("graduation present, she's really into nail art", NAIL_ART, False),
        ("a gift, she loves lip gloss", "Beauty > Makeup > Lips > Lip Glosses", False),
        ("sports sunscreen, he likes sports", SPORTS, False),
    ],
)
def test_a_hobby_of_the_person_names_no_category(need: str, stated: str, hobby: bool) -> None:
    """Probe: "christmas present for my brother ..., likes sports, 30ish" was read as the
    sunscreens for sport."""
    assert _guess().a_hobby_named(search_request(need, **{"for": "brother"}), stated) is hobby


def test_what_they_like_names_the_gift_s_category() -> None:
    """Probe: "my best friend's bridal shower is next weekend, she loves bath stuff, around
    35?" was read as women's perfume (the bridal shower found perfumes)."""
    need = "bridal shower is next weekend, she loves bath stuff"
    guess = _guess({("bath", None): BATH_AND_BODY})
    assert (
        guess.what_they_like(search_request(need, **{"for": "friend"}), Filters()) == BATH_AND_BODY
    )
    assert guess.what_they_like(search_request(need), Filters()) is None  # no one's gift
    lavender = search_request("she adores lavender, around 40", **{"for": "mum"})
    assert guess.what_they_like(lavender, Filters()) is None  # a scent, no type
