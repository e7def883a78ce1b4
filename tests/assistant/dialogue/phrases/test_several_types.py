"""Needs that name several product types at once (`NeedCategory.several_types`): joined by
"and", "or", "&" or commas, they have no one home; the branch they share below a department
is theirs (`NeedCategory.shared_branch`), else none, and the reader reads it before the words'
own category ("foundation and concealer" was read as Foundation). A set, one category named
for them all, one type said with two words before it, and a part that says something of a
type or a person are one need. A scripted guesser stands in for search."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from assistant.adapters import query_parser
from assistant.dialogue.model_request import TurnSituation
from assistant.dialogue.need_category import NeedCategory
from assistant.dialogue.several_types import SeveralTypes
from assistant.dialogue.vocabulary import CatalogVocabulary
from retrieval.filters import Filters
from retrieval.tokenize import stem
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
        ("shampoo and conditioner", True),  # two products: Shampoo & Conditioner Sets is sets
        # one type is not several
        ("a gel or cream cleanser", False),  # a gel cleanser or a cream one: one type
        ("a shampoo and conditioner set", False),
        ("a cleanser and toner duo", False),
        ("2 in 1 shampoo and conditioner", False),  # one product (CONVO65)
        ("a cleanser and makeup remover in one", False),
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
    ],
)


HOMES_PATHS = [
    *PATHS,
    f"{MAKEUP_EYES} > Eye Shadow",
    f"{MAKEUP_EYES} > Liner & Shadow Combinations",
    f"{SKIN_CARE_FACE} > Creams & Moisturizers > Day Creams",
    f"{SKIN_CARE_FACE} > Creams & Moisturizers > Night Creams",
    f"{HAIR_CARE} > Styling Products > Hair Sprays",
    "Beauty > Skin Care > Sun > Self-Tanners & Bronzers",
]
HOMES_VOCAB = CatalogVocabulary(categories=HOMES_PATHS, words=frozenset())


def _several_in(need: str) -> bool:
    """Whether ``need`` is read as several product types over `HOMES_VOCAB`."""
    search = ScriptedGuesser({**SEARCH.answers, "shower gel": BODY_WASHES})
    guess = NeedCategory(search, parse=query_parser(HOMES_VOCAB), vocabulary=HOMES_VOCAB)
    return guess.several_types(need, guess.parse(need).category)


# CONVO65: a category holding both in one product is no home for one or the other (a need
# says "set" when it wants one), nor a name saying one word of both, nor one saying the type of
# one part only; a part is read up to what it is for, and words after the last type are no
# part; one home with nothing under it is one type said two ways
test_several_types_have_no_home_in_a_name_of_both = reads_as(
    _several_in,
    [
        ("eyeshadow or eyeliner in brown", True),  # no Liner & Shadow Combinations
        ("day cream and night cream", True),  # Creams & Moisturizers says only "cream"
        ("hairspray or mousse for volume", True),  # Mousses & Foams says only "mousse"
        ("foundation and concealer for pale skin", True),  # "concealer", not "skin"
        ("mascara or eyeliner, waterproof", True),  # "waterproof" is no part
        ("a blush or a bronzer for warm skin", True),  # though read as the sun's bronzers
        ("a toner or astringent", False),  # Toners & Astringents holds either
    ],
)


@pytest.mark.parametrize(
    ("need", "words"),
    [
        ("a cleanser and toner", ["cleanser", "toner"]),
        ("eyeshadow or eyeliner in brown", ["eyeshadow", "eyeliner"]),  # not "brown"
        ("foundation and concealer for pale skin", ["foundation", "concealer"]),  # not "skin"
    ],
)
def test_each_type_is_said_by_its_type_word(need: str, words: list[str]) -> None:
    """CONVO65 probe: "eyeshadow or eyeliner in brown" took turns between eyeshadows and
    titles saying "brown" (the last word of each part), no eyeliner."""
    guess = NeedCategory(SEARCH, parse=query_parser(HOMES_VOCAB), vocabulary=HOMES_VOCAB)
    assert guess.type_words(need) == [stem(w) for w in words]


@pytest.mark.parametrize(("gel_home", "several"), [(BODY_WASHES, False), (CLEANSERS_GELS, True)])
def test_one_type_said_two_ways_is_not_several(gel_home: str, several: bool) -> None:
    """ "a body wash or shower gel": where titles naming a shower gel lie in Body Washes too,
    one home with nothing under it holds both words, one type (it was read as several and
    placed at Body Washes, their shared branch); where they lie apart, two types."""
    parsed = {"a body wash": BODY_WASHES}
    reader = SeveralTypes(
        SEARCH,
        lambda text: SimpleNamespace(category=parsed.get(text.strip())),
        VOCAB,
        lambda part: gel_home if "gel" in part else None,
    )
    assert reader.asked("a body wash or shower gel", BODY_WASHES) is several


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
    lotion" as Body Washes (the words named one type, and the check came after); then
    (CONVO65) as Makeup > Face, the branch they share, where the label contract says none:
    the need has no category, the search looks in the branch (`Request.types_branch`)."""
    reader = reader_over(VOCAB, SEARCH)
    for need, category, branch in [
        ("foundation and concealer", None, MAKEUP_FACE),
        ("a body wash and a body lotion", None, None),
        ("a foundation", FOUNDATION, None),
    ]:
        read = reader.read(need, TurnSituation())
        assert (read.parsed.category, read.types_branch) == (category, branch), need


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
