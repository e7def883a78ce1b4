"""`phrases.refinements`: more said of the need on screen: another one, one like these, a
detail, a colour, an spf, a skin or hair type, something else; each read as `understanding`
reads it (lower-cased)."""

from __future__ import annotations

import re
from functools import partial

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
from tests.assistant.dialogue.phrases.reading import cut, found_and_not_found, what_is_read
from tests.tables import reads_as

FOUND = [  # (pattern, a message it finds)
    # seeks another
    (SEEKS_ANOTHER, "something quieter"),
    (SEEKS_ANOTHER, "a lighter one"),
    (SEEKS_ANOTHER, "hmm, anything smaller?"),
    (SEEKS_ANOTHER, "ones with spf"),
    (SEEKS_ANOTHER, "one cheaper"),
    # more like
    (MORE_LIKE, "more like the second one"),
    (MORE_LIKE, "something similar to the first"),
    (MORE_LIKE, "like the first one"),
    (MORE_LIKE, "more colours like the pink one"),  # a word of the pick's between
    (MORE_LIKE, "something like the opi one"),
    (MORE_LIKE, "anything like the red ones but cheaper"),
    (MORE_LIKE, "in another colour"),
    (MORE_LIKE, "another shade?"),
    (MORE_LIKE, "different scents"),
    (MORE_LIKE, "do they come in a different color"),
    (MORE_LIKE, "ooh the tommy girl is nice, anything similar?"),  # no "to" after it
    (MORE_LIKE, "the shea one looks good, similar stuff pls"),
    (MORE_LIKE, "got something similar?"),
    # spf only
    (SPF_ONLY, "spf 50"),
    (SPF_ONLY, "at least spf 30 please"),
    (SPF_ONLY, "spf30+"),
    (SPF_ONLY, "preferably spf 50 or higher"),
    # something else
    (SOMETHING_ELSE, "something else"),
    (SOMETHING_ELSE, "other options?"),
    (SOMETHING_ELSE, "none of these"),
    (SOMETHING_ELSE, "next ones"),
    (SOMETHING_ELSE, "more"),
    (SOMETHING_ELSE, "show me more please"),
    (SOMETHING_ELSE, "any more?"),
    (SOMETHING_ELSE, "other ones"),  # other products, not the others on screen (`THE_OTHERS`)
    # one of that type
    (ONE_OF_THAT_TYPE, "one under fifty that heats up fast"),
    (ONE_OF_THAT_TYPE, "ones that last all day"),
    (ONE_OF_THAT_TYPE, "something that won't frizz"),
    (ONE_OF_THAT_TYPE, "maybe a cheaper one"),
    (ONE_OF_THAT_TYPE, "got any ones for curly hair"),
    (ONE_OF_THAT_TYPE, "show me another one with a longer cord"),
    # one for
    (ONE_FOR, "ones for dark hair"),
    (ONE_FOR, "one with a long cord"),
    (ONE_FOR, "and one without fragrance"),
    (ONE_FOR, "some ones in red"),
    # for a state
    (FOR_A_STATE, "for colored hair"),
    (FOR_A_STATE, "and for my oily skin"),
    (FOR_A_STATE, "something for oily skin"),
    (FOR_A_STATE, "something similar but for curly hair"),
    (FOR_A_STATE, "it's for sensitive skin"),
    (FOR_A_STATE, "ones with dry hair"),
]


NOT_FOUND = [  # (pattern, a message it does not find)
    # seeks another opens the message
    (SEEKS_ANOTHER, "is there something lighter"),
    (SEEKS_ANOTHER, "the lighter one"),
    (SEEKS_ANOTHER, "someone told me"),
    (SEEKS_ANOTHER, "some of them"),
    # more like is not liking it
    (MORE_LIKE, "i like the first one"),  # praise, not more like it
    (MORE_LIKE, "i really like that one"),
    (MORE_LIKE, "don't like this one"),
    (MORE_LIKE, "not like the first"),
    (MORE_LIKE, "i do like the second one"),
    (MORE_LIKE, "i'd like the first one"),  # a pick chosen (`cart_and_likes.CART`)
    (MORE_LIKE, "id like the pink one"),
    (MORE_LIKE, "i really like the red one"),
    (MORE_LIKE, "another brand"),  # `brands.NOT_THAT_BRAND`
    (MORE_LIKE, "anything similar but for men"),  # a refinement (`FOR_A_STATE`...)
    (MORE_LIKE, "are these similar?"),  # a question about them
    # would be nice is the wish alone
    (WOULD_BE_NICE, "would be nice to have spf"),
    (WOULD_BE_NICE, "it would be nice if it had spf"),
    (WOULD_BE_NICE, "spf would be bad"),
    (WOULD_BE_NICE, "spf"),
    # in a colour is asked of a pick
    (IN_A_COLOUR, "do you have it in stock?"),
    (IN_A_COLOUR, "do you have it in a bigger size"),
    (IN_A_COLOUR, "a red lipstick"),
    (IN_A_COLOUR, "in pink"),
    # a colour alone says nothing else
    (A_COLOUR_ALONE, "pink lipstick"),
    (A_COLOUR_ALONE, "red is too bright"),
    (A_COLOUR_ALONE, "rose ones"),
    (A_COLOUR_ALONE, "pinkish ones"),
    (A_COLOUR_ALONE, "a pink lipstick please"),
    # a question about one pick asks no trait
    (TRAIT_ONES, "how big is the cerave one"),
    (TRAIT_ONES, "is the first one vegan"),
    (TRAIT_ONES, "the other ones?"),
    # trait ones says the trait alone
    (TRAIT_ONES, "anything is fine"),
    (TRAIT_ONES, "any ones are fine"),
    (TRAIT_ONES, "vegan lipsticks"),
    # spf only is the factor alone
    (SPF_ONLY, "a moisturizer with spf 30"),
    (SPF_ONLY, "spf"),
    (SPF_ONLY, "spf 50 sunscreen stick"),
    # something else (other products, not the others on screen)
    (THE_OTHERS, "something else"),
    (THE_OTHERS, "other options?"),
    (THE_OTHERS, "none of these"),
    (THE_OTHERS, "next ones"),
    (THE_OTHERS, "more"),
    (THE_OTHERS, "show me more please"),
    (THE_OTHERS, "any more?"),
    (THE_OTHERS, "other ones"),  # other products, not the others on screen (`THE_OTHERS`)
    # something else is other products
    (SOMETHING_ELSE, "more moisturizing"),
    (SOMETHING_ELSE, "a bit more natural"),
    (SOMETHING_ELSE, "more like the first"),
    (SOMETHING_ELSE, "the others"),
    # one of that type is a product of it
    (ONE_OF_THAT_TYPE, "one of these is broken"),
    (ONE_OF_THAT_TYPE, "anything else"),
    (ONE_OF_THAT_TYPE, "the second one"),
    (ONE_OF_THAT_TYPE, "someone said"),
    # one for says the detail next
    (ONE_FOR, "one under fifty that heats up fast"),
    (ONE_FOR, "something that won't frizz"),
    (ONE_FOR, "ones?"),
    # for a state says only the state
    (FOR_A_STATE, "a shampoo for colored hair"),
    (FOR_A_STATE, "for my mum"),
    (FOR_A_STATE, "for hair"),
    (FOR_A_STATE, "for oily skin and spf 30"),
]


OPENING = {WOULD_BE_NICE, IN_A_COLOUR, A_COLOUR_ALONE, TRAIT_ONES}  # read from the start
test_found, test_not_found = found_and_not_found(FOUND, NOT_FOUND, OPENING)


READ = [  # (pattern, its groups, a message, what they hold there)
    # would be nice
    (WOULD_BE_NICE, "what", "spf would be nice too", "spf"),
    (WOULD_BE_NICE, "what", "some shimmer would be great", "shimmer"),
    # a type: the caller reads it as a need
    (WOULD_BE_NICE, "what", "a lipstick would be nice", "a lipstick"),
    (WOULD_BE_NICE, "what", "fragrance free would be ideal", "fragrance free"),
    (WOULD_BE_NICE, "what", "ideally, waterproof is always a plus", "waterproof"),
    (WOULD_BE_NICE, "what", "and a bit of glow would really be lovely", "glow"),
    # in a colour
    (IN_A_COLOUR, "colour", "do you have it in pink?", "pink"),
    (IN_A_COLOUR, "colour", "does it come in red?", "red"),
    (IN_A_COLOUR, "colour", "can i get this one in a darker brown", "brown"),
    (IN_A_COLOUR, "colour", "do these come in nude?", "nude"),
    (IN_A_COLOUR, "colour", "ok, is there one in navy", "navy"),
    # a colour alone
    (A_COLOUR_ALONE, "colour", "pink ones?", "pink"),
    (A_COLOUR_ALONE, "colour", "what about pink", "pink"),
    (A_COLOUR_ALONE, "colour", "any red ones", "red"),
    (A_COLOUR_ALONE, "colour", "in black please", "black"),
    (A_COLOUR_ALONE, "colour", "the blue then", "blue"),
    (A_COLOUR_ALONE, "colour", "maybe some gold instead", "gold"),
    # a trait asked for alone
    (TRAIT_ONES, "trait", "any vegan ones?", "vegan"),
    (TRAIT_ONES, "trait", "organic ones?", "organic"),
    (TRAIT_ONES, "trait", "got any matte ones?", "matte"),
    (TRAIT_ONES, "trait", "any sulfate free ones?", "sulfate free"),
    (TRAIT_ONES, "trait", "hydrating ones please", "hydrating"),
]
test_read = what_is_read(READ, OPENING)


test_like_these_is_cut = reads_as(
    partial(cut, LIKE_THESE),
    [
        ("something similar but for curly hair", "something but for curly hair"),
        ("one like these in red", "one in red"),
        ("Anything like it?", "Anything ?"),
    ],
)


@pytest.mark.parametrize("message", ["like the first", "likely", "dissimilar", "lookalike"])
def test_like_these_points_at_the_picks(message: str) -> None:
    assert not re.search(LIKE_THESE, message, flags=re.I)
