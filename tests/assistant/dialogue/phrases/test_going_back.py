"""`phrases.going_back`: to the start, one step back, or to an earlier need; each read as
`understanding` reads it (lower-cased)."""

from __future__ import annotations

import re

import pytest

from assistant.dialogue.phrases.going_back import BACK_TO, CLEAR, UNDO
from tests.assistant.dialogue.phrases.reading import found_and_not_found, what_is_read

FOUND = [  # (pattern, a message it finds)
    # clear
    (CLEAR, "start over"),
    (CLEAR, "can we start again please"),
    (CLEAR, "clear the chat"),
    (CLEAR, "reset"),
    (CLEAR, "empecemos de nuevo"),  # CONVO88: starting over in other languages
    (CLEAR, "on recommence à zéro, oublie tout"),
    (CLEAR, "lass uns von vorne anfangen"),
    (CLEAR, "ricominciamo da capo"),
    (CLEAR, "new search"),
    (CLEAR, "forget everything"),
    (CLEAR, "forget what i said"),
    (CLEAR, "clear my history"),
    (CLEAR, "forget my preferences"),
    (CLEAR, "pls forget everything i told you about my skin and lets start fresh"),
    (CLEAR, "forget what i said about my hair"),
    (CLEAR, "lets start fresh"),
    (CLEAR, "can we start from scratch"),
    (CLEAR, "begin again"),
    (CLEAR, "new chat please"),
    (CLEAR, "wipe my preferences please"),
    (CLEAR, "erase what you know about me"),
    (CLEAR, "delete everything you know about me"),
    (CLEAR, "scratch all that"),
    (CLEAR, "scrap everything we talked about"),  # CONVO88's probe
    (CLEAR, "scrap all of this"),
    (CLEAR, "never mind all that"),
    (CLEAR, "forget about me"),
    (CLEAR, "let's start all over again"),  # CONVO95: a beginning again, in other words
    (CLEAR, "let's do this again from the top"),
    (CLEAR, "can we restart please"),
    (CLEAR, "try again from zero"),
    (CLEAR, "never mind all of it, back to square one"),
    (CLEAR, "clean slate please"),
    (CLEAR, "ignore everything i said earlier"),
    (CLEAR, "forget it all"),
    # undo
    (UNDO, "go back"),
    (UNDO, "undo that"),
    (UNDO, "back to before"),
    (UNDO, "ugh, undo it please"),
    (UNDO, "can we go back"),
    (UNDO, "show me the previous results"),
    (UNDO, "hmm no, back"),
    (UNDO, "as it was before please"),
]


NOT_FOUND = [  # (pattern, a message it does not find)
    # clear is not clear skin or a dropped price
    (CLEAR, "something for clear skin"),
    (CLEAR, "a clear mascara"),
    (CLEAR, "forget the price"),
    (CLEAR, "new searches"),
    (CLEAR, "a fresh start scent"),
    (CLEAR, "a fresh face wash to start my day"),
    (CLEAR, "i have a scratch on my face"),
    (CLEAR, "something to wipe my makeup off"),
    (CLEAR, "never mind the price"),
    (CLEAR, "a top coat from the top shelf"),  # CONVO95: no beginning again
    (CLEAR, "happy to go over 25"),
    (CLEAR, "can i start it over the sink"),
    (CLEAR, "my curls start to frizz again by noon"),
    (CLEAR, "a fresh scent for my slate grey bathroom"),
    # back to names where
    (BACK_TO, "go back"),
    (BACK_TO, "my back hurts"),
    (BACK_TO, "a back massager"),
    (BACK_TO, "back to before? no, cheaper ones"),
    # undo is one step said alone
    (UNDO, "go back to the first search"),  # `BACK_TO`
    (UNDO, "back to the lipsticks"),
    (UNDO, "my back hurts"),
    (UNDO, "a backpack"),
    (UNDO, "go back and show me cheaper ones"),
]


test_found, test_not_found = found_and_not_found(FOUND, NOT_FOUND, opening={UNDO})


@pytest.mark.parametrize(
    ("message", "need"),
    [
        ("Start over, i need a hair dryer", "i need a hair dryer"),
        ("forget everything: show me lipsticks", "show me lipsticks"),
        ("forget everything i told you about my skin, a shampoo pls", "a shampoo pls"),
        ("let's start fresh: a red lipstick", "a red lipstick"),
    ],
)
def test_clear_leaves_the_need_said_beside_it(message: str, need: str) -> None:
    # understanding._after_a_reset: re.sub on the shopper's words, case-insensitive
    rest = re.sub(CLEAR, " ", message, flags=re.I)
    assert " ".join(rest.split()).strip(" :;,.-!") == need


PLACE_AND_WORDS = ("place", "words")
READ = [  # (pattern, its groups, a message, what they hold): back to a place or to words
    (BACK_TO, PLACE_AND_WORDS, "go back to the first search", ("first", None)),
    (BACK_TO, PLACE_AND_WORDS, "back to the previous one", ("previous", None)),
    (BACK_TO, PLACE_AND_WORDS, "return to the original please", ("original", None)),
    (BACK_TO, PLACE_AND_WORDS, "switch back to the 1st results", ("1st", None)),
    (BACK_TO, PLACE_AND_WORDS, "ok back to the lipsticks", (None, "lipsticks")),
    (BACK_TO, PLACE_AND_WORDS, "let's go back to the shampoos please", (None, "shampoos")),
    (
        BACK_TO,
        PLACE_AND_WORDS,
        "going back to my red lipstick idea again",
        (None, "red lipstick idea"),
    ),
]
test_read = what_is_read(READ)
