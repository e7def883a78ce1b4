"""A compound whose first word names another type's category (`compound_head.CompoundHead`):
the head noun, said last, is the type ("sea salt spray" is a hair spray, "a peel off mask" a
mask, "a powder puff" beside lipsticks a puff); where the head named the category, or a
department was named, nothing changes. A scripted guesser stands in for search."""

from __future__ import annotations

import pytest

from assistant.adapters import query_parser
from assistant.dialogue.category.compound_head import (
    CompoundHead,
    compound_said,
    past_generic_heads,
    placed_in,
    said_together,
    tree_words,
)
from assistant.dialogue.category.need_category import NeedCategory
from assistant.dialogue.category.titled_types import titled_leaf_types
from assistant.dialogue.request import Intent, Request
from assistant.dialogue.vocabulary import CatalogVocabulary
from retrieval.filters import Filters
from retrieval.query import ParsedQuery
from tests.catalog_paths import (
    ACIDS_AND_PEELS,
    BODY_SOUFFLES_AND_MOUSSE,
    BRUSHES,
    BRUSHES_AND_APPLICATORS,
    CONCEALERS_AND_NEUTRALIZERS,
    CURLERS,
    CURLING_IRONS,
    EYE_SHADOW,
    FOUNDATION_PRIMERS,
    GLYCOLIC_ACID,
    HAIR_CARE,
    HAIR_ROLLERS,
    HAIR_SPRAYS,
    LIPSTICK,
    MINERALS_AND_SALTS,
    MOUSSES_AND_FOAMS,
    POWDER,
    PUFFS_SPONGES_AND_WEDGES,
    SHOWER_CAPS,
    TREATMENTS_AND_MASKS_MASKS,
)

PATHS = [
    MINERALS_AND_SALTS, SHOWER_CAPS, BODY_SOUFFLES_AND_MOUSSE, HAIR_SPRAYS, MOUSSES_AND_FOAMS,
    BRUSHES, GLYCOLIC_ACID, TREATMENTS_AND_MASKS_MASKS, POWDER, CONCEALERS_AND_NEUTRALIZERS,
    LIPSTICK, PUFFS_SPONGES_AND_WEDGES, BRUSHES_AND_APPLICATORS, CURLERS, HAIR_ROLLERS,
    CURLING_IRONS, EYE_SHADOW, FOUNDATION_PRIMERS,
]  # fmt: skip
TITLES = {
    "salt": {MINERALS_AND_SALTS: 10, HAIR_SPRAYS: 3},
    "spray": {HAIR_SPRAYS: 20},
    "mask": {TREATMENTS_AND_MASKS_MASKS: 30, HAIR_SPRAYS: 1},
    "peel": {GLYCOLIC_ACID: 8, TREATMENTS_AND_MASKS_MASKS: 5},
    "puff": {PUFFS_SPONGES_AND_WEDGES: 6},
    "powder": {POWDER: 20, PUFFS_SPONGES_AND_WEDGES: 1},
    "cap": {SHOWER_CAPS: 10},
    "brush": {BRUSHES: 20, BRUSHES_AND_APPLICATORS: 40},
    "concealer": {CONCEALERS_AND_NEUTRALIZERS: 20, BRUSHES_AND_APPLICATORS: 5},
    "mouss": {MOUSSES_AND_FOAMS: 8, BODY_SOUFFLES_AND_MOUSSE: 3},
    "lipstick": {LIPSTICK: 20},
    "primer": {FOUNDATION_PRIMERS: 30, EYE_SHADOW: 8},
    "curler": {CURLERS: 18, HAIR_ROLLERS: 7, CURLING_IRONS: 1},
    "foam": {
        MOUSSES_AND_FOAMS: 12,
        HAIR_ROLLERS: 3,
        CURLING_IRONS: 1,
        TREATMENTS_AND_MASKS_MASKS: 4,
    },
    "red": {LIPSTICK: 10, POWDER: 2, HAIR_SPRAYS: 1},
}
VOCAB = CatalogVocabulary(
    categories=PATHS,
    category_sizes=[20] * len(PATHS),
    words=frozenset(w for w in TITLES),
    title_counts=TITLES,
    title_words={w: frozenset(paths) for w, paths in TITLES.items()},
)


class ScriptedGuesser:
    """Answers each need (whatever the filters) from a table."""

    def __init__(self, answers: dict[str, str]) -> None:
        self.answers = answers

    def guess(self, need: str, filters: Filters) -> str | None:
        return self.answers.get(" ".join(need.split()))


def _heads(answers: dict[str, str] | None = None) -> CompoundHead:
    leaf_types = titled_leaf_types(VOCAB.categories, VOCAB.category_sizes, TITLES)
    return CompoundHead(ScriptedGuesser(answers or {}), VOCAB, leaf_types)


@pytest.mark.parametrize(
    ("need", "said"),
    [
        ("texturizing sea salt spray for beachy waves", ["texturizing", "sea", "salt", "spray"]),
        ("a peel off mask, not too harsh", ["peel", "off", "mask"]),
        ("and a powder puff", ["powder", "puff"]),
        ("hair rollers de mousse", ["hair", "rollers"]),  # "rulos de espuma"
    ],
)
def test_the_compound_is_the_name_before_what_it_is_for(need: str, said: list[str]) -> None:
    assert compound_said(need) == said


def test_a_generic_last_word_is_no_head() -> None:
    assert past_generic_heads(["eyeshadow", "brush", "set"]) == ["eyeshadow", "brush"]
    assert past_generic_heads(["set"]) == ["set"]
    assert tree_words(["eyeshadow"]) >= {"eye", "shadow"}


@pytest.mark.parametrize(
    ("need", "stated", "answers", "home"),
    [
        (
            "sea salt spray",
            MINERALS_AND_SALTS,
            {"sea salt spray": HAIR_SPRAYS},
            HAIR_SPRAYS,
        ),  # search
        ("salt spray for beach hair", MINERALS_AND_SALTS, {"salt spray": HAIR_SPRAYS}, HAIR_SPRAYS),
        (
            "sea salt spray",
            MINERALS_AND_SALTS,
            {},
            HAIR_SPRAYS,
        ),  # search found nothing: the titles' home
        (
            "a peel off mask",
            ACIDS_AND_PEELS,
            {},
            TREATMENTS_AND_MASKS_MASKS,
        ),  # a type with sub-categories, named by "peel"
        (
            "a concealer brush",
            CONCEALERS_AND_NEUTRALIZERS,
            {"concealer brush": BRUSHES_AND_APPLICATORS},
            BRUSHES_AND_APPLICATORS,
        ),
        # CONVO99: a set closing the compound ("brush set") and a name said as one word
        # ("eyeshadow") hid the head; the eyes a tool of another department is for are kept
        # by its use, not its category's name
        (
            "an eyeshadow brush set",
            EYE_SHADOW,
            {"eyeshadow brush": BRUSHES_AND_APPLICATORS},
            BRUSHES_AND_APPLICATORS,
        ),
        (
            "eye shadow brush kit",
            EYE_SHADOW,
            {"eye shadow brush": BRUSHES_AND_APPLICATORS},
            BRUSHES_AND_APPLICATORS,
        ),
    ],
)
def test_a_category_named_by_a_word_before_the_head_gives_way(
    need: str, stated: str, answers: dict[str, str], home: str
) -> None:
    leaf = stated != ACIDS_AND_PEELS
    assert _heads(answers).home(need, stated, leaf=leaf) == home


@pytest.mark.parametrize(
    ("need", "stated", "leaf"),
    [
        ("bath salts", MINERALS_AND_SALTS, True),  # the head named it
        ("salt", MINERALS_AND_SALTS, True),  # no compound
        ("a spray mask", HAIR_CARE, False),  # a department, not a type
        ("sea salt scrub thing", MINERALS_AND_SALTS, True),  # "thing" names no type
        ("lipstick powder", POWDER, True),  # the head named it (not "lipstick")
        ("eye shadow primer", EYE_SHADOW, True),  # face primers lose the eyes the need says
        ("an eyeshadow primer", EYE_SHADOW, True),  # said as one word, the same
        ("a lipstick set", LIPSTICK, True),  # "set" names no type: the lipsticks stay
    ],
)
def test_a_category_the_head_or_a_department_named_stays(
    need: str, stated: str, leaf: bool
) -> None:
    assert _heads({need: HAIR_SPRAYS}).home(need, stated, leaf=leaf) is None


def test_the_search_guess_must_be_titled_by_the_head() -> None:
    # search lands in lipsticks, whose titles never say "spray": the titles' home instead
    assert _heads({"sea salt spray": LIPSTICK}).home(
        "sea salt spray", MINERALS_AND_SALTS, leaf=True
    ) == (HAIR_SPRAYS)


def test_where_search_finds_nothing_the_titles_saying_both_words_place_the_compound() -> None:
    """CONVO63 probes: "a texturizing sea salt spray" (search found nothing for the compound)
    went to the perfumes, where most titles saying "spray" lie; the category whose titles say
    both the head and the word that named the bath's salts is the compound's (Hair Sprays)."""
    perfume = "Beauty > Fragrance > Women's > Eau de Parfum"
    counts = {
        "spray": {perfume: 50, HAIR_SPRAYS: 20},
        "salt": {MINERALS_AND_SALTS: 10, HAIR_SPRAYS: 3},
    }
    assert said_together(frozenset({"spray"}), {"salt"}, counts) == HAIR_SPRAYS
    assert said_together(frozenset({"spray"}), set(), counts) is None  # nothing named another
    few = {"spray": counts["spray"], "salt": {MINERALS_AND_SALTS: 10, HAIR_SPRAYS: 2}}
    assert said_together(frozenset({"spray"}), {"salt"}, few) is None  # too few titles say both


@pytest.mark.parametrize(
    ("need", "stated", "near", "kept"),
    [
        ("and a powder puff", PUFFS_SPONGES_AND_WEDGES, POWDER, True),
        ("do you have a shower cap too", SHOWER_CAPS, BRUSHES, True),
        (
            "how about a mousse",
            BODY_SOUFFLES_AND_MOUSSE,
            MOUSSES_AND_FOAMS,
            False,
        ),  # one word: the home beside them
        (
            "a body mousse",
            BODY_SOUFFLES_AND_MOUSSE,
            MOUSSES_AND_FOAMS,
            False,
        ),  # both homes are named by the head
    ],
)
def test_beside_picks_a_type_its_head_named_stays(
    need: str, stated: str, near: str, kept: bool
) -> None:
    assert _heads().head_named(need, stated, near) is kept


def test_a_need_category_reads_the_head_of_a_compound() -> None:
    guess = NeedCategory(
        ScriptedGuesser({"sea salt spray": HAIR_SPRAYS}),
        parse=query_parser(VOCAB),
        vocabulary=VOCAB,
    )
    text = "sea salt spray"
    parsed = ParsedQuery(text=text, category=MINERALS_AND_SALTS)
    request = Request(intent=Intent.SEARCH, text=text, parsed=parsed)
    assert guess.named(request, picks_shown=False) == HAIR_SPRAYS


def test_a_joiner_opening_the_turn_joins_no_types() -> None:
    guess = NeedCategory(ScriptedGuesser({}), parse=query_parser(VOCAB), vocabulary=VOCAB)
    for text in ("and a powder puff", "plus a powder puff"):
        request = Request(intent=Intent.SEARCH, text=text, parsed=ParsedQuery(text=text))
        assert guess.named(request, picks_shown=False) == PUFFS_SPONGES_AND_WEDGES
    text = "powder and puff"  # two types joined: none named alone
    request = Request(intent=Intent.SEARCH, text=text, parsed=ParsedQuery(text=text))
    assert guess.named(request, picks_shown=False) is None


def test_a_word_most_titles_saying_it_lie_in_one_department_places_it() -> None:
    assert placed_in("foam", TITLES) == HAIR_CARE  # 16 of 20
    assert placed_in("salt", TITLES) == "Beauty > Bath & Body"  # 10 of 13
    assert placed_in("puff", TITLES) is None  # 6 titles: too few
    assert placed_in("brush", {"brush": {BRUSHES: 20, BRUSHES_AND_APPLICATORS: 25}}) is None  # 56%


@pytest.mark.parametrize(
    ("answers", "home"),
    [
        ({("foam curlers", HAIR_CARE): HAIR_ROLLERS}, HAIR_ROLLERS),  # search found it there
        (
            {("foam curlers", HAIR_CARE): HAIR_CARE},
            HAIR_ROLLERS,
        ),  # no branch: the head's titles there
    ],
)
def test_a_word_before_the_head_places_the_compound_in_its_department(
    answers: dict[tuple[str, str], str], home: str
) -> None:
    heads = CompoundHead(PlacedGuesser(answers), VOCAB, frozenset())
    assert heads.placed("foam curlers", CURLERS) == home
    assert heads.placed("mousse curlers", CURLERS) == HAIR_ROLLERS  # titles say "mousses"


@pytest.mark.parametrize(
    ("need", "stated"),
    [
        ("powder puff", PUFFS_SPONGES_AND_WEDGES),  # the puffs' titles say "powder"
        ("red lipstick", LIPSTICK),  # "red" lies in the lipsticks' own department
        ("eyelash curlers", CURLERS),  # no word places it elsewhere
        ("foam rollers", HAIR_ROLLERS),  # "foam" lies in the rollers' own department
        ("sea salt spray", HAIR_SPRAYS),  # three words: not a two-word compound
    ],
)
def test_a_word_the_category_titles_say_or_none_places_nothing(need: str, stated: str) -> None:
    heads = CompoundHead(PlacedGuesser({}), VOCAB, frozenset())
    assert heads.placed(need, stated) is None


class PlacedGuesser:
    """Answers each (need, category filter) from a table."""

    def __init__(self, answers: dict[tuple[str, str], str]) -> None:
        self.answers = answers

    def guess(self, need: str, filters: Filters) -> str | None:
        return self.answers.get((" ".join(need.split()), filters.category or ""))


@pytest.mark.parametrize(
    ("need", "stated", "linked"),
    [
        ("hair rollers de mousse", HAIR_CARE, HAIR_ROLLERS),  # "rulos de espuma"
        ("some hair rollers en mousse", HAIR_CARE, HAIR_ROLLERS),  # "des bigoudis en mousse"
        ("hair rollers di sponge", None, HAIR_ROLLERS),  # "bigodini di spugna"
    ],
)
def test_a_romance_compound_is_the_type_named_before_its_joining_word(
    need: str, stated: str | None, linked: str
) -> None:
    heads = CompoundHead(ScriptedGuesser({}), VOCAB, frozenset(), query_parser(VOCAB))
    assert heads.linked(need, stated) == linked


@pytest.mark.parametrize(
    ("need", "stated"),
    [
        ("hair rollers mousse", HAIR_CARE),  # no joining word
        ("spray de hair", HAIR_CARE),  # "spray" names no one type
        ("hair rollers de mousse", LIPSTICK),  # not under what the whole named
        ("eau de parfum", None),  # "eau" names nothing
    ],
)
def test_without_a_type_before_a_joining_word_nothing_is_linked(
    need: str, stated: str | None
) -> None:
    heads = CompoundHead(ScriptedGuesser({}), VOCAB, frozenset(), query_parser(VOCAB))
    assert heads.linked(need, stated) is None


def test_a_head_few_titles_of_the_placing_department_say_names_nothing_there() -> None:
    """CONVO67 probe: "foot peel" (the tools hold most titles saying "foot") was Brushes &
    Applicators, where search in the tools found a title saying "peel"; "feet peel" stayed
    Acids & Peels. Fewer than three titles of that department say the head: no tool."""
    tools = "Beauty > Tools & Accessories"
    rasps = f"{tools} > Nail Tools > Foot Rasps"
    counts = {**TITLES, "foot": {rasps: 10}, "peel": {**TITLES["peel"], BRUSHES_AND_APPLICATORS: 1}}
    vocabulary = CatalogVocabulary(
        categories=[*PATHS, rasps],
        category_sizes=[20] * (len(PATHS) + 1),
        title_counts=counts,
        title_words={w: frozenset(paths) for w, paths in counts.items()},
    )
    heads = CompoundHead(
        PlacedGuesser({("foot peel", tools): BRUSHES_AND_APPLICATORS}), vocabulary, frozenset()
    )
    assert heads.placed("foot peel", GLYCOLIC_ACID) is None


def test_a_word_before_the_head_places_nothing_where_few_titles_there_say_the_head() -> None:
    """CONVO81 probe: "a pencil sharpener for my eyeliner" was Eyeliner ("pencil" places it in
    Makeup, where search finds the eyeliners, two of whose titles say "sharpener"); the head
    names no type of theirs: the Sharpeners it named stay."""
    eyeliner = "Beauty > Makeup > Eyes > Eyeliner"
    brows = "Beauty > Makeup > Eyes > Eyebrow Color"
    sharpeners = "Beauty > Tools & Accessories > Makeup Brushes & Tools > Sharpeners"
    titles = {
        "pencil": {eyeliner: 27, brows: 13},
        "sharpener": {sharpeners: 4, eyeliner: 2, brows: 1},
    }
    vocabulary = CatalogVocabulary(
        categories=[eyeliner, brows, sharpeners],
        category_sizes=[20, 20, 20],
        words=frozenset(titles),
        title_counts=titles,
        title_words={w: frozenset(paths) for w, paths in titles.items()},
    )
    for found in (eyeliner, "Beauty > Makeup"):  # search found the eyeliners, or no branch
        answers = {("pencil sharpener", "Beauty > Makeup"): found}
        heads = CompoundHead(PlacedGuesser(answers), vocabulary, frozenset())
        assert heads.placed("a pencil sharpener", sharpeners) is None
