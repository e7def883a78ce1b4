"""`phrases.questions`: why these, compare them, weigh them, ask about one, what goes with
one; each read as `understanding` and the question handlers read it (lower-cased)."""

from __future__ import annotations

import pytest

from assistant.dialogue.phrases.questions import (
    ABOUT_A_PICK,
    ASK,
    BUNDLE,
    COMPARATIVE,
    COMPARE,
    FOR_USE_WITH,
    MOST_OR_LEAST,
    OTHERS_ASKED_OF_THE_SHOP,
    POINTS_AT_PICKS,
    SURPRISED,
    WEIGH_PICKS,
    WHICH_MORE,
    WHICH_SUITS,
    WHY,
)
from tests.assistant.dialogue.phrases.reading import found_and_not_found, group, what_is_read

FOUND = [  # (pattern, a message it finds)
    # why
    (WHY, "why this?"),
    (WHY, "why did you pick these"),
    (WHY, "how come you showed these"),
    (WHY, "what made you choose this one"),
    (WHY, "how did you pick these?"),
    (WHY, "what's the reasoning behind the second one"),
    (WHY, "why so many?"),
    # compare
    (COMPARE, "compare the first two"),
    (COMPARE, "what's the difference between them"),
    (COMPARE, "1 vs 2"),
    (COMPARE, "the revlon versus the conair"),
    (COMPARE, "which one is better"),
    (COMPARE, "a comparison please"),
    # weigh picks
    (WEIGH_PICKS, "which one should I get?"),
    (WEIGH_PICKS, "which is lighter?"),
    (WEIGH_PICKS, "of all three whats the gentlest"),  # CONVO69: the picks counted first
    (WEIGH_PICKS, "out of all of them what's the sweetest smelling"),
    (WEIGH_PICKS, "of the 3 whats the most waterproof"),
    (WEIGH_PICKS, "which would my teen like most"),
    (OTHERS_ASKED_OF_THE_SHOP, "do they have anything with spf 50"),
    (OTHERS_ASKED_OF_THE_SHOP, "do you have something lighter"),
    (WEIGH_PICKS, "the quietest one"),
    (WEIGH_PICKS, "which one is the least sticky?"),
    (WEIGH_PICKS, "which of these is best"),
    (WEIGH_PICKS, "which do you recommend"),
    (WEIGH_PICKS, "which one lasts longer"),
    (WEIGH_PICKS, "which of them has more spf"),
    (WEIGH_PICKS, "which would you pick?"),
    (WEIGH_PICKS, "and the softest one please"),
    # comparative
    (COMPARATIVE, "which of the two is quieter?"),
    (COMPARATIVE, "is the revlon or the conair quieter?"),
    (COMPARATIVE, "is the first one better than the second"),
    (COMPARATIVE, "which is glossier"),
    # points at picks
    (POINTS_AT_PICKS, "is it good?"),
    (POINTS_AT_PICKS, "does this one have spf"),
    (POINTS_AT_PICKS, "are these vegan"),
    (POINTS_AT_PICKS, "what's in them"),
    # about a pick
    (ABOUT_A_PICK, "is it good for sensitive skin?"),
    (ABOUT_A_PICK, "does the second one have spf?"),
    (ABOUT_A_PICK, "do any of them come with a case?"),
    (ABOUT_A_PICK, "and are these cruelty free?"),
    (ABOUT_A_PICK, "will either of them work on curly hair"),
    (ABOUT_A_PICK, "is that blue one refillable"),
    # bundle
    (BUNDLE, "what goes with this?"),
    (BUNDLE, "what goes really well with the second one"),
    (BUNDLE, "pair it with a liner"),
    (BUNDLE, "what else do i need"),
    (BUNDLE, "complete the look"),
    (BUNDLE, "build me a routine under $50"),
    (BUNDLE, "a toner to go with it"),
    (BUNDLE, "a bundle please"),
    # ask
    (ASK, "the second one?"),
    (ASK, "how much is it"),
    (ASK, "what is the first one made of"),
    (ASK, "is it vegan"),
    (ASK, "superstay 24 - will it last through dinner"),  # asked after a pick's name
    (ASK, "the nyx ones, are they matte"),
    (ASK, "tell me more"),
    (ASK, "more info on the second one"),
    (ASK, "details on the first please"),
    (ASK, "price of the third one"),
    (ASK, "ok, what do you know about the last one"),
    # surprise, which suits a need, something to use with the picks
    (SURPRISED, "wait, the second one is a body lotion?? why"),
    (SURPRISED, "the clinique one is $60?? how come"),
    (SURPRISED, "the third one, why though"),
    (WHICH_SUITS, "which would suit dark skin best"),
    (WHICH_SUITS, "which of them works for curly hair"),
    (WHICH_SUITS, "which one is good for color treated hair?"),
    (FOR_USE_WITH, "anything to store them in?"),
    (FOR_USE_WITH, "and something to take it off at night?"),
    (FOR_USE_WITH, "what do i use to remove it"),
    (FOR_USE_WITH, "a case to keep them in"),
    (FOR_USE_WITH, "anything i can put them in for travel?"),
]


NOT_FOUND = [  # (pattern, a message it does not find)
    (WEIGH_PICKS, "of all three whats the cheapest"),  # a price superlative: `PICK_SUPERLATIVE`
    (OTHERS_ASKED_OF_THE_SHOP, "do they have any fragrance in them"),  # asked of the picks
    # why asks about the picks
    (WHY, "why not"),
    (WHY, "how come they're so dry"),
    (WHY, "a shampoo"),
    # compare is the word itself
    (COMPARE, "compared to last time, cheaper"),
    (COMPARE, "a different one"),
    (COMPARE, "comparable ones"),
    # which more is not better or the price
    (WHICH_MORE, "which is better"),  # `WEIGH_PICKS`
    (WHICH_MORE, "which one is cheaper"),  # by price: `WHICH_CHEAPER`
    (WHICH_MORE, "which is pricier?"),
    (WHICH_MORE, "which is the other one"),
    (WHICH_MORE, "something lighter"),
    # most or least is a trait
    (MOST_OR_LEAST, "the most expensive"),  # by price or record: `PICK_SUPERLATIVE`
    (MOST_OR_LEAST, "the most popular one"),
    (MOST_OR_LEAST, "least affordable"),
    (MOST_OR_LEAST, "the best rated"),
    (MOST_OR_LEAST, "most of these"),
    # weigh picks is not by price or a need
    (WEIGH_PICKS, "the cheapest one"),  # by price: `PICK_SUPERLATIVE`
    (WEIGH_PICKS, "the biggest one"),
    (WEIGH_PICKS, "the latest one"),
    (WEIGH_PICKS, "i want the best shampoo"),
    (WEIGH_PICKS, "which brand is this"),
    # comparative is a whole word
    (COMPARATIVE, "a lightweight moisturizer"),
    (COMPARATIVE, "a quiet hair dryer"),
    (COMPARATIVE, "moreover"),
    (COMPARATIVE, "a long wear one"),
    # points at picks is a whole word
    (POINTS_AT_PICKS, "a shampoo for dry hair"),
    (POINTS_AT_PICKS, "an item for my mum"),
    (POINTS_AT_PICKS, "a balm for itchy skin"),
    (POINTS_AT_PICKS, "theses"),
    # about a pick opens with a pick as subject
    (ABOUT_A_PICK, "is there a cheaper one?"),  # the subject is no pick
    (ABOUT_A_PICK, "do you have it in pink?"),
    (ABOUT_A_PICK, "it is good"),  # said, not asked
    (ABOUT_A_PICK, "a shampoo, is it good?"),
    # bundle is not a set or kit
    (BUNDLE, "a makeup set for my niece"),
    (BUNDLE, "a skincare kit"),
    (BUNDLE, "it goes on smoothly"),
    (BUNDLE, "a set for dry skin"),
    # ask is a question
    (ASK, "a shampoo for dry hair"),
    (ASK, "i need a lipstick"),
    (ASK, "show me more"),
    (ASK, "island vibes perfume"),
    (ASK, "canvas makeup bag"),
    (ASK, "a detailing spray"),
    (ASK, "something they would like"),  # no question: 'would like', not 'would they'
    # surprise is no question of its own, nor "why not"
    (SURPRISED, "is the second one waterproof?"),
    (SURPRISED, "cheaper ones, why not"),
    # which suits: the picks, not a type named
    (WHICH_SUITS, "which shampoo is best for curly hair"),
    (WHICH_SUITS, "which one is sulfate free?"),
    # something for a need of its own
    (FOR_USE_WITH, "something to keep my hair in place"),
    (FOR_USE_WITH, "a cream to apply at night"),
]


test_found, test_not_found = found_and_not_found(FOUND, NOT_FOUND)


@pytest.mark.parametrize(
    ("message", "comparative"),
    [
        ("which is lighter?", "lighter"),
        ("which one is quieter?", "quieter"),
        ("which of these feels softer", "softer"),
        ("which would be a bit gentler", "gentler"),
        ("which of the two runs smaller?", "smaller"),
    ],
)
def test_which_more(message: str, comparative: str) -> None:
    # the handler's adjective comes from its last word
    assert group(WHICH_MORE, message, 0).split()[-1] == comparative


DEGREE_AND_TRAIT = ("degree", "trait")
READ = [  # (pattern, its groups, a message, what they hold): most or least of a trait
    (MOST_OR_LEAST, DEGREE_AND_TRAIT, "the least sticky", ("least", "sticky")),
    (MOST_OR_LEAST, DEGREE_AND_TRAIT, "the most moisturizing", ("most", "moisturizing")),
    (MOST_OR_LEAST, DEGREE_AND_TRAIT, "which one is most long-lasting?", ("most", "long-lasting")),
    (MOST_OR_LEAST, DEGREE_AND_TRAIT, "which is the least greasy", ("least", "greasy")),
]
test_read = what_is_read(READ)
