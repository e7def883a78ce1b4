"""A need said only by a brand, a price, whom or when it is for, or a state of the person gets
no category guessed (`no_product.states_no_type`, `category_placement.with_category`): search
found one anyway (Revlon its lipsticks, "oily skin" Oils & Serums, "natural stuff" Lotions) and
the shopper was shown a department they never named instead of being asked what kind. A scripted
guesser stands in for search and always answers Oils & Serums."""

from __future__ import annotations

import pytest

from assistant.dialogue.category.no_product import states_no_type
from assistant.dialogue.model.model_request import TurnSituation
from assistant.dialogue.vocabulary import CatalogVocabulary
from retrieval.brand_facts import BrandFacts
from retrieval.filters import Filters
from tests.assistant.dialogue.readers import reader_over, search_request
from tests.catalog_paths import (
    CREAMS_AND_MOISTURIZERS,
    DARK_CIRCLE_TREATMENTS,
    LIPSTICK,
    MAKEUP_SETS,
    NAIL_POLISH,
    NAIL_TOOLS_SETS_AND_KITS,
    OILS_AND_SERUMS,
    PUFFS_SPONGES_AND_WEDGES,
    SKIN_CARE,
)

NIGHT = f"{SKIN_CARE} > Face > Night Creams"
SETS = [MAKEUP_SETS, f"{SKIN_CARE} > Sets & Kits", NAIL_TOOLS_SETS_AND_KITS]
PATHS = [
    OILS_AND_SERUMS,
    CREAMS_AND_MOISTURIZERS,
    DARK_CIRCLE_TREATMENTS,
    LIPSTICK,
    NIGHT,
    NAIL_POLISH,
    PUFFS_SPONGES_AND_WEDGES,
    *SETS,
]
FACTS = BrandFacts(
    filed={
        "Revlon": {
            LIPSTICK: 5,
            NAIL_POLISH: 3,
            CREAMS_AND_MOISTURIZERS: 2,
        },  # a house of many kinds
        "Blendy": {
            PUFFS_SPONGES_AND_WEDGES: 8,
            CREAMS_AND_MOISTURIZERS: 1,
        },  # one kind: the brand says what it is
        "La Sol": {OILS_AND_SERUMS: 3, CREAMS_AND_MOISTURIZERS: 3},
    }
)
VOCAB = CatalogVocabulary(
    brands=["Revlon", "Blendy", "La Sol"],
    categories=PATHS,
    words=frozenset({"lipstick", "serum", "polish"}),
    title_counts={  # "soleil" is a line of La Sol's: a word of the titles, no everyday word
        "soleil": {OILS_AND_SERUMS: 3},
        "pale": {LIPSTICK: 3},  # a title word said with no brand: no line of anyone's
        "lipstick": {LIPSTICK: 30},
        "serum": {OILS_AND_SERUMS: 30},
    },
    brand_facts=FACTS,
)


class SerumGuesser:
    """Search that finds Oils & Serums for anything, as "i have oily skin" did."""

    def guess(self, need: str, filters: Filters) -> str | None:
        return OILS_AND_SERUMS


def _category(message: str) -> str | None:
    reader = reader_over(VOCAB, SerumGuesser())
    return reader.read(message, TurnSituation()).parsed.category


@pytest.mark.parametrize(
    "message",
    [
        "anything from Revlon?",  # a brand alone
        "show me revlon",
        "revlon stuff under 20",
        "i have oily skin, help",  # a state of the person alone
        "my skin is super dry",
        "sensitive skin, what do you recommend",
        "i prefer natural stuff",
        "pale with pink undertones, whats for me",
        "what have you got under 20",  # a price alone
        "valentines for my gf, she has sensitive skin",  # whom, when and her skin
        "a nice set for someone special",  # a set of three departments: of what?
        "a set for my bff's birthday",
        "any nice sets under 30?",
    ],
)
def test_a_need_of_no_type_gets_no_category(message: str) -> None:
    assert _category(message) is None


@pytest.mark.parametrize(
    ("message", "category"),
    [  # must not change: the type, a concern, a brand of one kind or its line said beside
        ("i have oily skin, need a serum", OILS_AND_SERUMS),
        ("anything from Revlon in lipstick?", LIPSTICK),
        ("the real blendy, not a knockoff", OILS_AND_SERUMS),  # the brand's kind: guessed on
        ("la sol soleil", OILS_AND_SERUMS),  # a line of the brand's titles
        ("revlon lipstick under 20", LIPSTICK),
        ("a makeup set for my niece", MAKEUP_SETS),
    ],
)
def test_a_need_that_says_its_type_keeps_a_category(message: str, category: str) -> None:
    assert _category(message) == category


def test_an_occasion_is_no_second_type() -> None:
    """ "date night, need a red lipstick" was read as two types ("night" of Night Creams and a
    lipstick) sharing no branch, and lost its category: an occasion names no type."""
    assert _category("date night, need a red lipstick") == LIPSTICK


def test_a_concern_or_a_department_named_by_more_than_the_skin_is_a_need() -> None:
    """A concern says what the product treats ("acne": face care); a department named by a word
    besides the part of the body a state is said of is named; a deeper category is a type."""
    oily = search_request("i have oily skin")
    assert states_no_type(oily, SKIN_CARE, {"skin": "oily"}, VOCAB)
    assert not states_no_type(search_request("acne prone"), None, {"concern": "acne"}, VOCAB)
    assert not states_no_type(oily, OILS_AND_SERUMS, {"skin": "oily"}, VOCAB)
    assert not states_no_type(
        search_request("skin care for oily skin"), SKIN_CARE, {"skin": "oily"}, VOCAB
    )


def test_a_need_of_no_brand_price_or_state_is_left_to_search() -> None:
    """Words alone, with no brand, price or state said, are read by search ("something to get
    rid of the bumps on my arms, it's called KP": Body Scrubs)."""
    bumps = search_request("something to get rid of the bumps on my arms")
    assert not states_no_type(bumps, None, {}, VOCAB)
    assert states_no_type(
        search_request("anything from revlon", brands=("Revlon",)), None, {}, VOCAB
    )


def test_a_kind_of_many_departments_said_for_a_part_is_a_need() -> None:
    """ "oil for dry hair" names Hair Care by the part a state is said of, and "oil" is a kind
    of many departments: a tenth or more of the titles saying it lie in Hair Care, so it is a
    hair oil (no category was guessed, the shopper was asked what kind); a kind the department's
    titles rarely say, or a word that names no type ("a set"), stays a state alone."""
    oil_homes = [f"{d} > Oils" for d in ("Beauty > Hair Care", "Beauty > Skin Care > Body")]
    paths = [*oil_homes, "Beauty > Bath & Body > Bath > Oils", *SETS, LIPSTICK]
    counts = {
        "oil": {oil_homes[0]: 30, oil_homes[1]: 60, "Beauty > Bath & Body > Bath > Oils": 10},
        "set": {SETS[0]: 10, SETS[1]: 10, SETS[2]: 10},
        "hair": {oil_homes[0]: 50},
        "lipstick": {LIPSTICK: 5},
    }
    vocab = CatalogVocabulary(categories=paths, title_counts=counts, title_words={})
    hair = "Beauty > Hair Care"
    oil = search_request("oil for dry hair")
    oil.parsed.category = hair  # what the words name, read again
    assert not states_no_type(oil, None, {"hair": "dry"}, vocab)
    a_set = search_request("a set for dry hair")
    a_set.parsed.category = hair
    assert states_no_type(a_set, None, {"hair": "dry"}, vocab)
    rare = {**counts, "oil": {oil_homes[0]: 3, oil_homes[1]: 97}}
    rarely = CatalogVocabulary(categories=paths, title_counts=rare, title_words={})
    assert states_no_type(oil, None, {"hair": "dry"}, rarely)
