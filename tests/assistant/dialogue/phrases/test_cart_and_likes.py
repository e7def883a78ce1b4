"""`phrases.cart_and_likes`: a pick chosen, put in the cart, liked or disliked, and a product
of the shopper's own praised; each read as `understanding` reads it (lower-cased)."""

from __future__ import annotations

import pytest

from assistant.dialogue.phrases.cart_and_likes import (
    CART,
    CHOSEN,
    LOVES_ONE_OF_THEIRS,
    NEGATIVE,
    POSITIVE,
)
from tests.assistant.dialogue.phrases.reading import lowered, match, search


@pytest.mark.parametrize(
    ("message", "need"),
    [
        ("i love this lipstick", "lipstick"),
        ("omg i really love my curling iron", "curling iron"),
        ("We adore that perfume", "perfume"),
        ("so, i like these brushes", "brushes"),
    ],
)
def test_loves_one_of_theirs_leaves_the_type(message: str, need: str) -> None:
    loved = match(LOVES_ONE_OF_THEIRS, message)
    assert loved
    assert lowered(message)[loved.end() :] == need  # understanding searches the rest


@pytest.mark.parametrize(
    "message",
    ["i love it", "i'd love this in red", "do you love this lipstick?", "i love"],
)
def test_loves_one_of_theirs_needs_their_own_product_first(message: str) -> None:
    assert not match(LOVES_ONE_OF_THEIRS, message)


@pytest.mark.parametrize(
    "message",
    [
        "i really like it",
        "love it!",
        "perfect",
        "great choice",
        "thumbs up",
        "looks good",
        "that's nice",
        "i'll take the second one",
        "that really helped",
        "so helpful, thanks",
        "these look great",
        "the first one looks really nice",
    ],
)
def test_positive(message: str) -> None:
    assert search(POSITIVE, message)
    assert not search(NEGATIVE, message)


@pytest.mark.parametrize(
    "message",
    [
        "something that looks good on dark skin",  # a need, not praise
        "which looks good with a red dress?",
        "a concealer to cover imperfections",
        "i'd like a shampoo",
    ],
)
def test_positive_is_not_a_need_that_looks_good(message: str) -> None:
    assert not search(POSITIVE, message)


@pytest.mark.parametrize(
    "message",
    [
        "not a fan of these",
        "i don't like it",
        "not for me",
        "hate that",
        "thumbs down",
        "don't want this",
        "not really into any of these",
        "not loving the second one",
        "not really my style",
        "these look meh",
        "the second one looks kind of boring",
        "those are not great",
    ],
)
def test_negative(message: str) -> None:
    assert search(NEGATIVE, message)
    assert not search(POSITIVE, message)


@pytest.mark.parametrize(
    "message", ["these look great", "i'd hate to spend too much", "not sure", "no thanks"]
)
def test_negative_is_said_of_the_picks(message: str) -> None:
    assert not search(NEGATIVE, message)


@pytest.mark.parametrize(
    "message",
    [
        "add it to my cart",
        "add the second one to cart",
        "add to cart",
        "add all to cart",
        "put it in my basket",
        "throw both in the cart",
        "reorder the first",
        "the second one in the basket",
        "the second one, please, in my cart",
        "add the first",
        "add this one too",
        "i'll take the third one",
        "buy it",
        "let's go with #3",
        "i choose option 2",
    ],
)
def test_cart(message: str) -> None:
    assert search(CART, message)


@pytest.mark.parametrize(
    "message",
    [
        "what would you add to this?",
        "add a little shimmer",
        "i'll take a look",
        "buy one get one free?",
        "what goes with the first one",
        "add the first one's shade to the search",
    ],
)
def test_cart_needs_a_pick_and_a_cart_word(message: str) -> None:
    assert not search(CART, message)


@pytest.mark.parametrize(
    "message",
    [
        "ok the first one then",
        "the second one please",
        "no, the first one please",
        "alright #3 then",
        "that one for me",
        "the cheapest one please",  # a pick by its price, not weighed
        "actually the last one, it is",
    ],
)
def test_chosen(message: str) -> None:
    assert search(CHOSEN, message)


@pytest.mark.parametrize(
    "message",
    [
        "the lightest one please",  # the picks weighed by a trait
        "ok the smallest one then",
        "the second one",  # a pick pointed at: about it (`A_PLACE_ALONE`)
        "the first one please, but in red",
        "i want the second one please",
    ],
)
def test_chosen_is_not_a_trait_or_a_pointer(message: str) -> None:
    assert not search(CHOSEN, message)
