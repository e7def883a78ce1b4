"""Attributes said without their usual name: a concern by what a part of someone does, a colour
by a thing of that colour or a shade, what else a product should do (issue 17: the labelled
``concern``, ``color``, ``other``). Phrasings are our own, not the labelled sets'."""

from __future__ import annotations

import re

import pytest

from assistant.dialogue.needs.stated_traits import read_traits, with_traits
from assistant.dialogue.needs.traits_as_said import (
    alternatives,
    concerns_described,
    concerns_treated,
    features_said,
    marks_said,
    shades_said,
    what_is_asked,
)
from assistant.dialogue.request import Intent, Request


@pytest.mark.parametrize(
    ("message", "name"),
    [
        ("my skin goes blotchy in the cold", "redness"),
        ("red cheeks every time i work out", "redness"),
        ("my face feels so tight after washing", "dryness"),
        ("my t-zone is greasy by noon", "oiliness"),
        ("i keep getting little bumps on my forehead", "acne"),
        ("my scalp has been itching all week", "itchy scalp"),
        ("my hair is coming out in clumps", "hair loss"),
        ("my lips keep splitting", "chapped lips"),
        ("her nails are brittle and snap", "peeling nails, weak nails"),
        ("his feet stink after the gym", "body odor"),
        ("i perspire a lot", "sweat"),
        ("my neck is getting crepey", "sagging, firming"),
        ("my underarms are darker than the rest of me", "dark spots, dark patches"),
        ("my under eyes are so dark", "dark circles"),
        ("my roots are going grey", "gray coverage, gray hair"),
        ("his beard, it gets so scratchy", "itchy beard"),
        ("these drops make my eyes water", "sensitive eyes"),
        ("my hair stinks of smoke after work", "hair scent"),
        ("my pores always clog up so fast", "clogged pores, blackheads"),
        ("rough bumps on the backs of my thighs", "keratosis pilaris, bumps"),
        ("something to help me unwind after work", "relaxation, stress"),
        ("does this lipstick dry your lips out", "dryness"),
        ("a cream for my itchy legs", "itchiness"),  # CONVO76
        ("a serum for the marks left by my pimples", "acne scars, acne marks, dark spots"),
        ("my lashes are short and sparse", "sparse lashes, lash growth"),
        ("my eyebrows are so patchy", "thin brows, brow growth"),
    ],
)
def test_a_concern_is_read_by_what_a_part_does(message: str, name: str) -> None:
    assert name in [n for _, n in concerns_described(message)]


@pytest.mark.parametrize(
    "message",
    [
        "a hair flat iron",  # a product word after the state
        "eyeshadow for dark eyes",  # an eye colour, no dark circles
        "my skin is not greasy at all",  # ruled out
        "a sweatproof mascara",  # a formula, no sweating
        "my face is dry",  # a skin type (`stated_needs`), no concern of its own
        "a quick-drying top coat",  # a formula
        "a skin serum and red lipstick",  # no state said of the skin
    ],
)
def test_words_that_describe_no_concern(message: str) -> None:
    assert concerns_described(message) == []


def test_a_described_concern_keeps_its_state_and_part_beside_its_name() -> None:
    got = read_traits("my skin gets red and tight")["concern"]
    assert got == "red skin, redness, tight skin, dryness"


def test_a_state_said_of_a_part_reads_as_that_state_of_that_part() -> None:
    got = read_traits("my scalp is dry and itchy")["concern"]
    assert "dry scalp" in got and "itchy scalp" in got


def test_a_concern_named_by_its_words_is_not_described_again() -> None:
    assert read_traits("my eyes look so puffy every morning")["concern"] == "puffy eyes, puffiness"


def test_a_concern_described_beside_another_of_its_names_is_read() -> None:
    assert "sagging" in read_traits("my jawline is getting saggy, a firming cream?")["concern"]


def test_a_state_of_the_skin_is_no_colour_wanted() -> None:
    assert "color" not in read_traits("my cheeks get red when i run")


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("a polish the colour of claret", ["claret", "wine", "burgundy", "dark red"]),
        ("emerald green eyeliner", ["emerald green", "green"]),
        ("a mahogany hair dye", ["mahogany", "brown", "red", "auburn"]),
        ("hot pink nails", ["hot pink", "pink"]),
        ("a jet black liner", ["jet black", "black"]),
        ("a palette of warm neutrals", ["warm neutral", "neutral"]),
    ],
)
def test_a_shade_is_kept_as_said_with_its_colours(message: str, expected: list[str]) -> None:
    assert shades_said(message) == expected


@pytest.mark.parametrize(
    "message",
    [
        "a caramel body lotion",  # no word for a colour: a scent, not a shade
        "concealer for deep brown skin",  # a skin tone
        "a blush for dark skin",  # a product named like a shade
        "not hot pink please",  # ruled out
    ],
)
def test_words_that_say_no_shade(message: str) -> None:
    assert shades_said(message) == []


def test_a_colour_said_as_more_of_it_is_that_colour() -> None:
    assert read_traits("in a pinker shade?")["color"] == "pink"


def test_a_thing_before_a_colour_word_is_a_shade_not_a_scent() -> None:
    got = read_traits("a chocolate brown hair dye")
    assert "scent" not in got and "chocolate brown" in got["color"]


@pytest.mark.parametrize(
    ("message", "name"),
    [
        ("a cordless trimmer", "cordless"),
        ("a self tanner that won't streak", "streak"),
        ("a hair dryer that isn't noisy", "noise"),
        ("a flat iron with dual voltage", "dual voltage"),
        ("a curling wand that shuts off by itself", "auto shut-off"),
        ("a mascara that doesn't clump", "clump"),
    ],
)
def test_what_else_a_product_should_do(message: str, name: str) -> None:
    assert name in features_said(message)


def test_what_only_a_question_asks_is_read_in_a_question() -> None:
    assert "weight" not in features_said("a heavy cream for winter")
    assert "weight" in features_said("is it heavy?", asked=True)


def test_a_pick_named_last_is_no_wish_that_it_lasts() -> None:
    assert "lasting" not in features_said("what does the last one smell like", asked=True)
    assert "lasting" in features_said("how long does it last?", asked=True)


def test_a_product_named_like_more_of_a_colour_is_no_colour() -> None:
    assert "color" not in read_traits("a bronzer for my face")


def test_a_question_keeps_what_its_words_ask() -> None:
    assert what_is_asked("does the first one have a cool shot button?") == ["cool shot button"]
    assert what_is_asked("is it?") == []


def test_other_is_read_for_a_wish_and_a_question() -> None:
    wish = with_traits(Request(intent=Intent.SEARCH), "a cordless hair straightener")
    asked = with_traits(Request(intent=Intent.ASK), "is it loud?")
    assert wish.attributes["other"] == "cordless"
    assert asked.attributes["other"] == "loud, noise"


def test_a_question_that_names_a_trait_keeps_no_words_of_its_own() -> None:
    assert "other" not in with_traits(Request(intent=Intent.ASK), "is it vegan?").attributes


def test_feedback_states_no_other() -> None:
    turn = with_traits(Request(intent=Intent.FEEDBACK), "love it, so quiet")
    assert "other" not in turn.attributes


def test_a_type_between_a_state_and_its_part_leaves_the_state_its_own() -> None:
    """CONVO76: "itchy *dry* skin", "thinning *curly* hair": the state is said of the part,
    the type word between them is the part's type."""
    assert read_traits("a lotion for itchy dry skin")["concern"] == "itchy skin, itchiness"
    assert "hair loss" in read_traits("a shampoo for thinning curly hair")["concern"]
    assert "concern" not in read_traits("a flat iron for thick hair")


@pytest.mark.parametrize(
    ("message", "word"),
    [  # CONVO83: what a product should not do or be, by its word, whatever the word
        ("a gloss that doesn't get sticky", "sticky"),
        ("a brow gel which won't flake off", "flake"),
        ("a concealer that does not crease", "crease"),
        ("a primer that won't pill under foundation", "pill"),
        ("a body oil that isn't too slippery", "slippery"),
        ("a tint that doesn't really fade", "fade"),
    ],
)
def test_what_a_product_should_not_do_is_read_by_its_word(message: str, word: str) -> None:
    assert word in features_said(message)


@pytest.mark.parametrize(
    "message",
    [
        "a foundation that won't break the bank",
        "a perfume that doesn't smell like alcohol",
        "a serum that isn't too expensive",
        "i don't want anything heavy",
    ],
)
def test_what_says_no_behaviour_of_a_product_is_no_other(message: str) -> None:
    assert features_said(message) == []


@pytest.mark.parametrize(
    ("message", "expected"),
    [  # CONVO83: the words after what a product does to them, up to a word of no concern
        ("something to fade the acne marks on my chin", ["acne marks"]),
        ("a cream that helps with crepey skin", ["crepey skin"]),
        ("a toner to calm down redness and shine", ["redness"]),
        ("a balm that prevents chafing between my thighs", ["chafing"]),
        ("a setting spray to fix my makeup", []),
        ("a lotion that helps with my skin", []),
        ("not something that fights acne", []),
    ],
)
def test_what_a_product_should_treat_is_read_as_said(message: str, expected: list[str]) -> None:
    assert concerns_treated(message) == expected


def test_hair_that_snaps_is_breakage() -> None:
    assert ("snaps hair", "breakage") in concerns_described("my hair snaps so easily")


@pytest.mark.parametrize(
    ("message", "expected"),
    [  # CONVO83: marks on the body by their noun and what they are like, as said
        ("a balm for the scaly patches on my shins", ["scaly patches"]),
        ("what clears tiny red dots on my arms", ["red dots"]),
        ("pimple patches for my teen", []),
        ("a cream for dark spots", []),
        ("not for itchy bumps", []),
    ],
)
def test_marks_are_read_by_their_noun_and_what_they_are_like(
    message: str, expected: list[str]
) -> None:
    assert marks_said(message) == expected


def test_alternatives_put_the_longer_first_and_escape_the_words_only() -> None:
    """One alternation for words and patterns: "pinkish" is tried before "pink", a word's
    special characters are escaped, a pattern's are kept."""
    joined = alternatives(["pink", "pinkish", "a.b"], ["wine|claret"])
    assert joined == r"wine|claret|pinkish|pink|a\.b"
    assert re.fullmatch(joined, "pinkish") and not re.fullmatch(joined, "axb")
