"""Needs that name several product types at once (`NeedCategory.several_types`): joined by
"and", "or", "&" or commas, they have no one home; the branch they share below a department
is theirs (`NeedCategory.shared_branch`), else none, and the reader reads it before the words'
own category ("foundation and concealer" was read as Foundation). A set, one category named
for them all, one type said with two words before it, and a part that says something of a
type or a person are one need. A scripted guesser stands in for search."""

from __future__ import annotations

import pytest

from assistant.adapters import query_parser
from assistant.dialogue.category.need_category import NeedCategory
from assistant.dialogue.model.model_request import TurnSituation
from assistant.dialogue.vocabulary import CatalogVocabulary
from retrieval.filters import Filters
from tests.assistant.dialogue.readers import reader_over
from tests.catalog_paths import (
    BODY_WASHES,
    CLEANSERS_GELS,
    CONCEALERS_AND_NEUTRALIZERS,
    FOUNDATION,
    HAIR_CARE,
    MAKEUP_EYES,
    MAKEUP_FACE,
    SKIN_CARE_FACE,
    TONERS_AND_ASTRINGENTS,
)
from tests.tables import reads_as

PATHS = [
    FOUNDATION,
    CONCEALERS_AND_NEUTRALIZERS,
    f"{MAKEUP_EYES} > Concealer & Base",
    "Beauty > Makeup > Body > Concealer",
    f"{MAKEUP_FACE} > Bronzers & Highlighters",
    f"{MAKEUP_FACE} > Blush",
    f"{MAKEUP_EYES} > Mascara",
    f"{MAKEUP_EYES} > Eyeliner",
    f"{SKIN_CARE_FACE} > Cleansers",
    CLEANSERS_GELS,
    TONERS_AND_ASTRINGENTS,
    BODY_WASHES,
    "Beauty > Skin Care > Body > Moisturizers > Lotions",
    "Beauty > Skin Care > Sun > Skin Protection",
    f"{HAIR_CARE} > Shampoos",
    f"{HAIR_CARE} > Conditioners",
    f"{HAIR_CARE} > Shampoo & Conditioner Sets",
    f"{HAIR_CARE} > Hair Color > Chemical Hair Dyes",
    "Beauty > Skin Care > Eyes > Dark Circle Treatments",
    "Beauty > Makeup > Nails > Nail Polish",
    f"{HAIR_CARE} > Styling Products > Mousses & Foams",
    "Beauty > Bath & Body > Bathing Accessories > Shower Caps",
    "Beauty > Bath & Body > Bathing Accessories > Bath Brushes",
]
VOCAB = CatalogVocabulary(categories=PATHS, words=frozenset())


class ScriptedGuesser:
    """Answers each need (with no category filter) from a table, as search would."""

    def __init__(self, answers: dict[str, str]) -> None:
        self.answers = answers

    def guess(self, need: str, filters: Filters) -> str | None:
        return None if filters.category else self.answers.get(" ".join(need.split()))


SEARCH = ScriptedGuesser(
    {"concealer": CONCEALERS_AND_NEUTRALIZERS, "a cleanser": f"{SKIN_CARE_FACE} > Cleansers"}
)


def _guess() -> NeedCategory:
    return NeedCategory(SEARCH, parse=query_parser(VOCAB), vocabulary=VOCAB)


def _several(need: str) -> bool:
    """Whether ``need`` is read as several product types."""
    guess = _guess()
    return guess.several_types(need, guess.parse(need).category)


test_several_types_or_one = reads_as(
    _several,
    [
        # several types are read
        ("a cleanser and toner", True),
        ("mascara or eyeliner, whichever", True),
        ("foundation and concealer", True),
        ("a foundation & a concealer", True),
        ("a body wash and a body lotion", True),
        ("mascara, eyeliner and foundation", True),
        ("blush or bronzer", True),
        # one type is not several
        ("a gel or cream cleanser", False),  # a gel cleanser or a cream one: one type
        ("shampoo and conditioner", False),  # Shampoo & Conditioner Sets says both
        ("a shampoo and conditioner set", False),
        ("a cleanser and toner duo", False),
        ("a bronzer and highlighter", False),
        ("hair dye to cover greys, dark brown", False),  # "dark" names Dark Circle Treatments
        ("nail polish, 2 or 3 dollars each is fine, i want a bunch of colors", False),
        ("simple face wash, the refreshing gel one", False),
        ("a mascara", False),
        # what a kind does or what the shopper can't do is no type asked for (CONVO34: "the
        # kind that foams" named Mousses & Foams, "cant reach my back in the shower" Shower Caps)
        ("face wash for oily skin, the kind that foams", False),
        ("a cream cleanser for dry skin, the sort which foams a little", False),
        ("cant reach my back in the shower, need a brush for that", False),
        ("a brush for my back, i can't reach it in the shower", False),
        # a type ruled out is no type asked for (CONVO75: "a clear lip gloss, no color" named
        # Hair Color beside Lip Glosses)
        ("a cleanser, not a toner", False),
        ("a cleanser, without toner", False),
        ("a cleanser, and no toner", False),
        # the parts of a story before a type asked "for that" ask for none (CONVO73: "flakes
        # everywhere" named Bath Pearls & Flakes beside the shampoo asked for)
        ("my scalp itches and foams weird, is there a shampoo for that", False),
        ("my hair is a mess and mousses do nothing, a conditioner for it", False),
        ("a cleanser and a toner for that", True),  # no story: two types
    ],
)


@pytest.mark.parametrize(
    ("need", "branch"),
    [
        ("mascara or eyeliner, whichever", MAKEUP_EYES),
        ("foundation and concealer", MAKEUP_FACE),  # concealer: where search finds it, Face's
        ("a cleanser and toner", SKIN_CARE_FACE),
        ("a body wash and a body lotion", None),  # Bath & Body and Skin Care
        ("a moisturizer and a sunscreen", None),  # no home known for a moisturizer
    ],
)
def test_several_types_share_a_branch_or_none(need: str, branch: str | None) -> None:
    assert _guess().shared_branch(need) == branch


def test_the_reader_reads_several_types_before_the_words_category() -> None:
    """Probe: "foundation and concealer" was read as Foundation, "a body wash and a body
    lotion" as Body Washes (the words named one type, and the check came after)."""
    reader = reader_over(VOCAB, SEARCH)
    for need, category in [
        ("foundation and concealer", MAKEUP_FACE),
        ("a body wash and a body lotion", None),
        ("a foundation", FOUNDATION),
    ]:
        assert reader.read(need, TurnSituation()).parsed.category == category, need


IDIOM_PATHS = [
    *PATHS,
    "Beauty > Bath & Body > Bath > Minerals & Salts",
    "Beauty > Hair Care > Styling Products > Creams, Gels & Lotions",
    "Beauty > Makeup > Lips > Lipstick",
    "Beauty > Makeup > Lips > Lip Liners",
]
IDIOM_VOCAB = CatalogVocabulary(categories=IDIOM_PATHS, words=frozenset())


@pytest.mark.parametrize(
    ("need", "several"),
    [
        # one bare word and the last part's opening word name the last part's type together
        ("salt and pepper hair dye", False),  # "salt": Bath Salts, no second type
        ("wash and go gel for curls", False),
        # a companion of the first type, not a second one wanted apart
        ("a nude lipstick and matching liner", False),
        ("a red lipstick and a liner to match", False),
        # must not change: two types of one department, or each with its own article
        ("a cleanser and hydrating toner", True),
        ("mascara and black eyeliner", True),
        ("lipstick and lip liner", True),
        ("a mascara, a lipstick and a blush", True),
    ],
)
def test_an_idiom_or_a_companion_is_no_second_type(need: str, several: bool) -> None:
    """Probe: "salt and pepper hair dye" and "wash and go gel" were read as two types ("salt"
    names Bath Salts) with no branch in common, and lost their category; "a nude lipstick and
    matching liner" lost Lipstick."""
    guess = NeedCategory(SEARCH, parse=query_parser(IDIOM_VOCAB), vocabulary=IDIOM_VOCAB)
    assert guess.several_types(need, guess.parse(need).category) is several


APART_PATHS = [
    *IDIOM_PATHS,
    "Beauty > Hair Care > Styling Tools > Irons > Flattening Irons",
    "Beauty > Tools & Accessories > Bags & Cases > Cosmetic Bags",
    "Beauty > Fragrance > Men's > Cologne",
    "Beauty > Makeup > Makeup Remover",
    "Beauty > Skin Care > Face > Cleansers > Cloths & Towelettes",
    "Beauty > Tools & Accessories > Hair Coloring Tools > Brushes, Combs & Needles",
]
APART_VOCAB = CatalogVocabulary(categories=APART_PATHS, words=frozenset())


@pytest.mark.parametrize(
    ("need", "several"),
    [
        # a plain want before the first type ("i need") is no clause about a person
        ("i need a shampoo and also a red lipstick", True),
        ("i'm looking for a mascara and an eyeliner", True),
        # the type of a part is said before what it is for ("for my son", not "son")
        ("a cleanser and a shampoo for my son", True),
        # a type named by the parser alone is not said by the own name of the other's home
        ("hair straightener and a makeup bag", True),
        # a part with "the" after a comma says again what the type is; one saying only when
        # or whom for names none
        ("clear shampoo, the anti dandruff one for men", False),
        ("makeup remover, the reusable cloth", False),
        ("valentines for my bf, a red lipstick", False),
        ("date night, a red lipstick", False),
        # what a part is for names no type of it ("to colour my hair": no Hair Color)
        ("i need a hair dye brush and bowl to colour my hair at home", False),
    ],
)
def test_types_of_different_branches_said_plainly_are_several(need: str, several: bool) -> None:
    """Probes (CONVO94): "I need a shampoo and also a red lipstick" was read as Shampoos,
    "a face wash and a shampoo for my teenage son" as Face Washes and "hair straightener and a
    makeup bag" as Cosmetic Bags: the shopper named types of two departments, so no one
    category is theirs."""
    guess = NeedCategory(SEARCH, parse=query_parser(APART_VOCAB), vocabulary=APART_VOCAB)
    assert guess.several_types(need, guess.parse(need).category) is several


@pytest.mark.parametrize(
    ("need", "several"),
    [
        # a type whose home is a department ("perfume": Fragrance) is a type of its own
        ("perfume and a hair straightener", True),
        ("a perfume and a mascara", True),
        # the whole named one part's type, deeper than the part's own reading
        ("cologne for my dad and an eyeshadow palette for me", True),
        # a part of the body names its department, no type of its own
        ("a straightener for my hair and scalp", False),
        # must not change: one type, or two that one category's name says
        ("a perfume for my mum", False),
        ("shampoo and conditioner", False),
    ],
)
def test_a_department_s_own_type_is_one_of_several(need: str, several: bool) -> None:
    """Probes (CONVO100): "perfume and a hair straightener" was read as Flattening Irons and
    "cologne for my dad and an eyeshadow palette for me" as Men's Cologne: "perfume" and
    "cologne for men" name only Fragrance, a department, so their part counted as no type."""
    paths = [*APART_PATHS, "Beauty > Makeup > Eyes > Eye Shadow"]
    vocabulary = CatalogVocabulary(categories=paths, words=frozenset())
    guess = NeedCategory(SEARCH, parse=query_parser(vocabulary), vocabulary=vocabulary)
    assert guess.several_types(need, guess.parse(need).category) is several
