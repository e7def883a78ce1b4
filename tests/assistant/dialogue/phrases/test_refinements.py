"""`phrases.refinements`: more said of the need on screen: another one, one like these, a
detail, a colour, an spf, a skin or hair type, something else; each read as `understanding`
reads it (lower-cased)."""

from __future__ import annotations

import re

import pytest

from assistant.dialogue.phrases.references import THE_OTHERS
from assistant.dialogue.phrases.refinements import (
    A_COLOUR_ALONE,
    FOR_A_STATE,
    IN_A_COLOUR,
    LIKE_THESE,
    MORE_LIKE,
    ONE_FOR,
    ONE_OF_THAT_TYPE,
    SEEKS_ANOTHER,
    SOMETHING_ELSE,
    SPF_ONLY,
    TRAIT_ONES,
    WOULD_BE_NICE,
)
from tests.assistant.dialogue.phrases.reading import group, match, search


@pytest.mark.parametrize(
    "message",
    [
        "something quieter",
        "a lighter one",
        "hmm, anything smaller?",
        "ones with spf",
        "one cheaper",
    ],
)
def test_seeks_another(message: str) -> None:
    assert search(SEEKS_ANOTHER, message)


@pytest.mark.parametrize(
    "message", ["is there something lighter", "the lighter one", "someone told me", "some of them"]
)
def test_seeks_another_opens_the_message(message: str) -> None:
    assert not search(SEEKS_ANOTHER, message)


@pytest.mark.parametrize(
    "message",
    [
        "more like the second one",
        "something similar to the first",
        "like the first one",
        "in another colour",
        "another shade?",
        "different scents",
        "do they come in a different color",
    ],
)
def test_more_like(message: str) -> None:
    assert search(MORE_LIKE, message)


@pytest.mark.parametrize(
    "message",
    [
        "i like the first one",  # praise, not more like it
        "i really like that one",
        "don't like this one",
        "not like the first",
        "i do like the second one",
        "another brand",  # `brands.NOT_THAT_BRAND`
    ],
)
def test_more_like_is_not_liking_it(message: str) -> None:
    assert not search(MORE_LIKE, message)


@pytest.mark.parametrize(
    ("message", "what"),
    [
        ("spf would be nice too", "spf"),
        ("some shimmer would be great", "shimmer"),
        ("a lipstick would be nice", "a lipstick"),  # a type: the caller reads it as a need
        ("fragrance free would be ideal", "fragrance free"),
        ("ideally, waterproof is always a plus", "waterproof"),
        ("and a bit of glow would really be lovely", "glow"),
    ],
)
def test_would_be_nice(message: str, what: str) -> None:
    assert group(WOULD_BE_NICE, message, "what", opens=True) == what


@pytest.mark.parametrize(
    "message",
    ["would be nice to have spf", "it would be nice if it had spf", "spf would be bad", "spf"],
)
def test_would_be_nice_is_the_wish_alone(message: str) -> None:
    assert not match(WOULD_BE_NICE, message)


@pytest.mark.parametrize(
    ("message", "colour"),
    [
        ("do you have it in pink?", "pink"),
        ("does it come in red?", "red"),
        ("can i get this one in a darker brown", "brown"),
        ("do these come in nude?", "nude"),
        ("ok, is there one in navy", "navy"),
    ],
)
def test_in_a_colour(message: str, colour: str) -> None:
    assert group(IN_A_COLOUR, message, "colour", opens=True) == colour


@pytest.mark.parametrize(
    "message",
    ["do you have it in stock?", "do you have it in a bigger size", "a red lipstick", "in pink"],
)
def test_in_a_colour_is_asked_of_a_pick(message: str) -> None:
    assert not match(IN_A_COLOUR, message)


@pytest.mark.parametrize(
    ("message", "colour"),
    [
        ("pink ones?", "pink"),
        ("what about pink", "pink"),
        ("any red ones", "red"),
        ("in black please", "black"),
        ("the blue then", "blue"),
        ("maybe some gold instead", "gold"),
    ],
)
def test_a_colour_alone(message: str, colour: str) -> None:
    assert group(A_COLOUR_ALONE, message, "colour", opens=True) == colour


@pytest.mark.parametrize(
    "message",
    ["pink lipstick", "red is too bright", "rose ones", "pinkish ones", "a pink lipstick please"],
)
def test_a_colour_alone_says_nothing_else(message: str) -> None:
    assert not match(A_COLOUR_ALONE, message)


@pytest.mark.parametrize(
    ("message", "trait"),
    [
        ("any vegan ones?", "vegan"),
        ("organic ones?", "organic"),
        ("got any matte ones?", "matte"),
        ("any sulfate free ones?", "sulfate free"),
        ("hydrating ones please", "hydrating"),
    ],
)
def test_a_trait_asked_for_alone(message: str, trait: str) -> None:
    assert group(TRAIT_ONES, message, "trait", opens=True) == trait


@pytest.mark.parametrize(
    "message", ["how big is the cerave one", "is the first one vegan", "the other ones?"]
)
def test_a_question_about_one_pick_asks_no_trait(message: str) -> None:
    assert not match(TRAIT_ONES, message)


@pytest.mark.parametrize("message", ["anything is fine", "any ones are fine", "vegan lipsticks"])
def test_trait_ones_says_the_trait_alone(message: str) -> None:
    assert not match(TRAIT_ONES, message)  # its docstring: not "anything is fine"


@pytest.mark.parametrize(
    "message", ["spf 50", "at least spf 30 please", "spf30+", "preferably spf 50 or higher"]
)
def test_spf_only(message: str) -> None:
    assert search(SPF_ONLY, message)


@pytest.mark.parametrize("message", ["a moisturizer with spf 30", "spf", "spf 50 sunscreen stick"])
def test_spf_only_is_the_factor_alone(message: str) -> None:
    assert not search(SPF_ONLY, message)


@pytest.mark.parametrize(
    "message",
    [
        "something else",
        "other options?",
        "none of these",
        "next ones",
        "more",
        "show me more please",
        "any more?",
        "other ones",  # other products, not the others on screen (`THE_OTHERS`)
    ],
)
def test_something_else(message: str) -> None:
    assert search(SOMETHING_ELSE, message)
    assert not search(THE_OTHERS, message)


@pytest.mark.parametrize(
    "message", ["more moisturizing", "a bit more natural", "more like the first", "the others"]
)
def test_something_else_is_other_products(message: str) -> None:
    assert not search(SOMETHING_ELSE, message)


@pytest.mark.parametrize(
    "message",
    [
        "one under fifty that heats up fast",
        "ones that last all day",
        "something that won't frizz",
        "maybe a cheaper one",
        "got any ones for curly hair",
        "show me another one with a longer cord",
    ],
)
def test_one_of_that_type(message: str) -> None:
    assert search(ONE_OF_THAT_TYPE, message)


@pytest.mark.parametrize(
    "message", ["one of these is broken", "anything else", "the second one", "someone said"]
)
def test_one_of_that_type_is_a_product_of_it(message: str) -> None:
    assert not search(ONE_OF_THAT_TYPE, message)


@pytest.mark.parametrize(
    "message",
    ["ones for dark hair", "one with a long cord", "and one without fragrance", "some ones in red"],
)
def test_one_for(message: str) -> None:
    assert search(ONE_FOR, message)


@pytest.mark.parametrize(
    "message", ["one under fifty that heats up fast", "something that won't frizz", "ones?"]
)
def test_one_for_says_the_detail_next(message: str) -> None:
    assert not search(ONE_FOR, message)


@pytest.mark.parametrize(
    ("message", "left"),
    [
        ("something similar but for curly hair", "something but for curly hair"),
        ("one like these in red", "one in red"),
        ("Anything like it?", "Anything ?"),
    ],
)
def test_like_these_is_cut(message: str, left: str) -> None:
    assert " ".join(re.sub(LIKE_THESE, " ", message, flags=re.I).split()) == left


@pytest.mark.parametrize("message", ["like the first", "likely", "dissimilar", "lookalike"])
def test_like_these_points_at_the_picks(message: str) -> None:
    assert not re.search(LIKE_THESE, message, flags=re.I)


@pytest.mark.parametrize(
    "message",
    [
        "for colored hair",
        "and for my oily skin",
        "something for oily skin",
        "something similar but for curly hair",
        "it's for sensitive skin",
        "ones with dry hair",
    ],
)
def test_for_a_state(message: str) -> None:
    assert search(FOR_A_STATE, message)


@pytest.mark.parametrize(
    "message", ["a shampoo for colored hair", "for my mum", "for hair", "for oily skin and spf 30"]
)
def test_for_a_state_says_only_the_state(message: str) -> None:
    assert not search(FOR_A_STATE, message)
