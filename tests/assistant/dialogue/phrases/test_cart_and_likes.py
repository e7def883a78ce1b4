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
from tests.assistant.dialogue.phrases.reading import found, found_and_not_found, lowered


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
    loved = found(LOVES_ONE_OF_THEIRS, message, opens=True)
    assert lowered(message)[loved.end() :] == need  # understanding searches the rest


FOUND = [  # (pattern, a message it finds)
    # positive
    (POSITIVE, "i really like it"),
    (POSITIVE, "love it!"),
    (POSITIVE, "perfect"),
    (POSITIVE, "great choice"),
    (POSITIVE, "thumbs up"),
    (POSITIVE, "looks good"),
    (POSITIVE, "that's nice"),
    (POSITIVE, "i'll take the second one"),
    (POSITIVE, "that really helped"),
    (POSITIVE, "thx that helps"),  # said now, not after
    (POSITIVE, "ok that kinda helps"),
    (POSITIVE, "so helpful, thanks"),
    (POSITIVE, "these look great"),
    (POSITIVE, "the first one looks really nice"),
    # negative
    (NEGATIVE, "not a fan of these"),
    (NEGATIVE, "i don't like it"),
    (NEGATIVE, "not for me"),
    (NEGATIVE, "hate that"),
    (NEGATIVE, "thumbs down"),
    (NEGATIVE, "don't want this"),
    (NEGATIVE, "not really into any of these"),
    (NEGATIVE, "not loving the second one"),
    (NEGATIVE, "not really my style"),
    (NEGATIVE, "these look meh"),
    (NEGATIVE, "the second one looks kind of boring"),
    (NEGATIVE, "those are not great"),
    # cart
    (CART, "add it to my cart"),
    (CART, "add the second one to cart"),
    (CART, "add to cart"),
    (CART, "add all to cart"),
    (CART, "put it in my basket"),
    (CART, "throw both in the cart"),
    (CART, "reorder the first"),
    (CART, "the second one in the basket"),
    (CART, "the second one, please, in my cart"),
    (CART, "add the first"),
    (CART, "add this one too"),
    (CART, "i'll take the third one"),
    (CART, "i'd like the first one"),  # a pick chosen, not more like it
    (CART, "id like the pink one"),
    (CART, "i would like the second one please"),
    (CART, "buy it"),
    (CART, "let's go with #3"),
    (CART, "i choose option 2"),
    # chosen
    (CHOSEN, "ok the first one then"),
    (CHOSEN, "the second one please"),
    (CHOSEN, "no, the first one please"),
    (CHOSEN, "alright #3 then"),
    (CHOSEN, "that one for me"),
    (CHOSEN, "the cheapest one please"),  # a pick by its price, not weighed
    (CHOSEN, "actually the last one, it is"),
]


NOT_FOUND = [  # (pattern, a message it does not find)
    # loves one of theirs needs their own product first
    (LOVES_ONE_OF_THEIRS, "i love it"),
    (LOVES_ONE_OF_THEIRS, "i'd love this in red"),
    (LOVES_ONE_OF_THEIRS, "do you love this lipstick?"),
    (LOVES_ONE_OF_THEIRS, "i love"),
    # positive (and so not negative)
    (NEGATIVE, "i really like it"),
    (NEGATIVE, "love it!"),
    (NEGATIVE, "perfect"),
    (NEGATIVE, "great choice"),
    (NEGATIVE, "thumbs up"),
    (NEGATIVE, "looks good"),
    (NEGATIVE, "that's nice"),
    (NEGATIVE, "i'll take the second one"),
    (NEGATIVE, "that really helped"),
    (NEGATIVE, "so helpful, thanks"),
    (NEGATIVE, "these look great"),
    (NEGATIVE, "the first one looks really nice"),
    # positive is not a need that looks good
    (POSITIVE, "something that looks good on dark skin"),  # a need, not praise
    (POSITIVE, "my under eyes are puffy, anything that helps??"),
    (POSITIVE, "is there a serum that helps with redness"),
    (POSITIVE, "which looks good with a red dress?"),
    (POSITIVE, "a concealer to cover imperfections"),
    (POSITIVE, "i'd like a shampoo"),
    # negative (and so not positive)
    (POSITIVE, "not a fan of these"),
    (POSITIVE, "i don't like it"),
    (POSITIVE, "not for me"),
    (POSITIVE, "hate that"),
    (POSITIVE, "thumbs down"),
    (POSITIVE, "don't want this"),
    (POSITIVE, "not really into any of these"),
    (POSITIVE, "not loving the second one"),
    (POSITIVE, "not really my style"),
    (POSITIVE, "these look meh"),
    (POSITIVE, "the second one looks kind of boring"),
    (POSITIVE, "those are not great"),
    # negative is said of the picks
    (NEGATIVE, "these look great"),
    (NEGATIVE, "i'd hate to spend too much"),
    (NEGATIVE, "not sure"),
    (NEGATIVE, "no thanks"),
    # cart needs a pick and a cart word
    (CART, "what would you add to this?"),
    (CART, "add a little shimmer"),
    (CART, "i'll take a look"),
    (CART, "buy one get one free?"),
    (CART, "what goes with the first one"),
    (CART, "add the first one's shade to the search"),
    # chosen is not a trait or a pointer
    (CHOSEN, "the lightest one please"),  # the picks weighed by a trait
    (CHOSEN, "ok the smallest one then"),
    (CHOSEN, "the second one"),  # a pick pointed at: about it (`A_PLACE_ALONE`)
    (CHOSEN, "the first one please, but in red"),
    (CHOSEN, "i want the second one please"),
]


test_found, test_not_found = found_and_not_found(FOUND, NOT_FOUND, opening={LOVES_ONE_OF_THEIRS})
