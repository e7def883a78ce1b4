"""Phrases of dialogue turns (CONVO37): a reset or a switch before a new need ("forget it, show me
sleep masks instead"), a question about the options we offered ("whats the difference tho"), a
pick chosen by its price ("I'll go with the cheaper of the two"), a pick weighed by how it looks
("which one would look best on olive skin") and what takes a pick off ("what removes it at
night?"); each with messages that must not be read so."""

from __future__ import annotations

import re

import pytest

from assistant.dialogue.phrases.cart_and_likes import CART
from assistant.dialogue.phrases.need_openings import INSTEAD, RESET_FIRST, SWITCH_TO, WHAT_ABOUT
from assistant.dialogue.phrases.questions import (
    ABOUT_THE_OPTIONS,
    BUNDLE,
    FOR_USE_WITH,
    THE_DIFFERENCE,
    WHICH_SUITS,
)
from assistant.dialogue.phrases.refinements import FOR_A_STATE
from tests.assistant.dialogue.phrases.reading import found_and_not_found, lowered

FOUND = [  # (pattern, a message it finds)
    (RESET_FIRST, "forget it, show me sleep masks instead"),
    (RESET_FIRST, "scrap that. eye masks for sleeping pls"),
    (RESET_FIRST, "ok never mind that, i need a hairbrush"),
    (RESET_FIRST, "nah forget about it, body wash"),
    (RESET_FIRST, "nvm, a toner"),
    (RESET_FIRST, "actually forget moisturizer, i want a face mask"),  # no "the" before it
    (RESET_FIRST, "ok forget face wash, body lotion now"),
    (SWITCH_TO, "actually lets look at diffusers instead"),
    (SWITCH_TO, "can I see gift sets instead of single bottles"),
    (SWITCH_TO, "could you show me conditioners"),
    (THE_DIFFERENCE, "whats the difference tho"),
    (THE_DIFFERENCE, "is there a difference?"),
    (THE_DIFFERENCE, "hmm what's the difference between them"),
    (THE_DIFFERENCE, "cual is the difference?"),  # "cuál es la diferencia?" in catalog words
    (ABOUT_THE_OPTIONS, "what do you mean"),
    (ABOUT_THE_OPTIONS, "which one lasts longer?"),
    (ABOUT_THE_OPTIONS, "any difference?"),
    (ABOUT_THE_OPTIONS, "whats in styling products?"),  # one option asked about
    (ABOUT_THE_OPTIONS, "hmm what counts as a treatment"),
    (ABOUT_THE_OPTIONS, "ok what goes under sets & kits"),
    (ABOUT_THE_OPTIONS, "what kind of stuff is in bath & body"),
    (CART, "great, I'll go with the cheaper of the two"),
    (CART, "i'll take the pricier of the first two"),
    (CART, "ok gonna grab the 3rd one, thanks!"),
    (CART, "im going to get the essie one"),
    (CART, "ill grab the second"),
    (BUNDLE, "what top coat should I get with the OPI one"),
    (BUNDLE, "which base coat do i use with it"),
    (BUNDLE, "what should i wear with the first one"),
    (WHICH_SUITS, "which one would look best on olive skin"),
    (WHICH_SUITS, "which of them looks better with pale skin?"),
    (FOR_USE_WITH, "and what removes it at night? since it's waterproof"),
    (FOR_USE_WITH, "anything that takes it off easily?"),
    (FOR_A_STATE, "what about for oily hair instead"),
    (FOR_A_STATE, "and for curly hair?"),
]

NOT_FOUND = [  # (pattern, a message it must not find)
    (RESET_FIRST, "forget it"),  # a reset alone: start over, no need after it
    (RESET_FIRST, "i always forget it at home, a travel size"),
    (RESET_FIRST, "forget the budget, show me all of them"),  # a price dropped, no new need
    (RESET_FIRST, "forget about price, what else is there"),
    (RESET_FIRST, "forget brands, show me the best"),
    (SWITCH_TO, "show me"),
    (THE_DIFFERENCE, "doesn't make a difference to me"),  # either will do
    (THE_DIFFERENCE, "makes no difference, you choose"),
    (ABOUT_THE_OPTIONS, "the first one"),
    (ABOUT_THE_OPTIONS, "face"),
    (ABOUT_THE_OPTIONS, "whats a good one for curls"),  # a free answer, not about the options
    (CART, "what goes with the cheaper one"),
    (CART, "gonna grab a coffee first"),  # no pick
    (BUNDLE, "can i use it with gel?"),  # a question about it
    (BUNDLE, "something to use with my flat iron"),  # no pick: a need of its own
    (WHICH_SUITS, "which lipstick looks best on olive skin is what i want"),
    (FOR_USE_WITH, "a cleanser that removes makeup"),  # a need of its own
    (FOR_A_STATE, "what about a shampoo for oily hair instead"),  # a type named
]

test_found, test_not_found = found_and_not_found(FOUND, NOT_FOUND, opening=(RESET_FIRST, SWITCH_TO))


@pytest.mark.parametrize(
    ("message", "need"),
    [
        ("forget it, show me sleep masks instead", "sleep masks"),
        ("scrap that. eye masks for sleeping pls", "eye masks for sleeping pls"),
        ("actually lets look at diffusers instead, for my curls", "diffusers, for my curls"),
        ("can I see gift sets instead of single bottles", "gift sets"),
        ("what about a curling iron instead", "a curling iron"),
        ("a foundation brush", "a foundation brush"),  # nothing to cut
    ],
)
def test_the_switch_words_leave_the_need(message: str, need: str) -> None:
    text = lowered(message)
    for opening in (RESET_FIRST, SWITCH_TO, WHAT_ABOUT):  # as `understanding._need_words`
        text = re.sub(opening, "", text, flags=re.I)
    assert (re.sub(INSTEAD, "", text, flags=re.I) or text).strip() == need.strip()


def test_a_bundle_is_no_choice_of_a_pick_by_its_price() -> None:
    assert re.search(BUNDLE, lowered("great, I'll go with the cheaper of the two"))
    assert re.search(CART, lowered("great, I'll go with the cheaper of the two"))  # the cart wins
