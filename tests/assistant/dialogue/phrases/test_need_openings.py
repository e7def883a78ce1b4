"""`phrases.need_openings`: a hello, "what about", "something like" a named product, and a
need asked for by how it smells; each cut or read as `understanding` does."""

from __future__ import annotations

from assistant.dialogue.phrases.need_openings import (
    A_SMELL,
    ASKING_FOR,
    HELLO,
    LIKE_A_NAMED_ONE,
    WHAT_ABOUT,
)
from tests.assistant.dialogue.phrases.reading import found_and_not_found, what_is_left

LEFT = [  # (pattern, put in its place, a message, what is left of it)
    # a hello is cut
    (HELLO, "", "hi! i need a new perfume", "i need a new perfume"),
    (HELLO, "", "hii can u show me eyeliners", "can u show me eyeliners"),
    (HELLO, "", "Hey, any serums?", "any serums?"),
    (HELLO, "", "Hello... a lip balm please", "a lip balm please"),
    (HELLO, "", "highlighter please", "highlighter please"),  # no hello in it
    (HELLO, "", "yoga mat spray", "yoga mat spray"),
    (HELLO, "", "heyday perfume", "heyday perfume"),
    (HELLO, "", "Hey there, a toner?", "a toner?"),
    # like a named one leaves the name
    (LIKE_A_NAMED_ONE, "", "something like chanel no 5 but cheaper", "chanel no 5 but cheaper"),
    (LIKE_A_NAMED_ONE, "", "Looking for something similar to la vie est belle", "la vie est belle"),
    (LIKE_A_NAMED_ONE, "", "do you have anything like olaplex", "olaplex"),
    (LIKE_A_NAMED_ONE, "", "i want one like glossier you", "glossier you"),
    # what about is cut
    (WHAT_ABOUT, "", "what about aftershave instead", "aftershave instead"),
    (WHAT_ABOUT, "", "no not that, a lip liner", "a lip liner"),
    (WHAT_ABOUT, "", "actually never mind, show me eyeliners", "show me eyeliners"),
    (WHAT_ABOUT, "", "now a lip balm", "a lip balm"),
    (WHAT_ABOUT, "", "Ok, how about a toner?", "a toner?"),
    (WHAT_ABOUT, "", "nope, not those. some hair clips", "some hair clips"),
    # ... not an opening
    (WHAT_ABOUT, "", "now cheaper", "now cheaper"),  # a refinement
    (WHAT_ABOUT, "", "what about?", "what about?"),
    (WHAT_ABOUT, "", "nothing too bright", "nothing too bright"),
    (WHAT_ABOUT, "", "not itchy please", "not itchy please"),
    (WHAT_ABOUT, "", "nowhere to buy it", "nowhere to buy it"),
    # a polite opening that asks for the need is cut (as `several_types` does)
    (ASKING_FOR, "", "could you recommend a mascara or an eyeliner", "a mascara or an eyeliner"),
    (ASKING_FOR, "", "Could you possibly find me a lip liner", "a lip liner"),
    (ASKING_FOR, "", "I was wondering if you have a good eyeliner", "a good eyeliner"),
    (ASKING_FOR, "", "wondering if you could help me find a scrub", "a scrub"),
    (ASKING_FOR, "", "Would you happen to know a good blush?", "a good blush?"),
    (ASKING_FOR, "", "might you have a set of brushes", "a set of brushes"),
    (ASKING_FOR, "", "is it possible to get a recommendation for a curling iron", "a curling iron"),
    (ASKING_FOR, "", "please recommend a toner", "a toner"),
    # ... or a plain want of it (CONVO94: "i need a shampoo and also a red lipstick" hid the
    # shampoo behind the "i" of its part)
    (ASKING_FOR, "", "I need a shampoo and a red lipstick", "a shampoo and a red lipstick"),
    (ASKING_FOR, "", "i'm looking for a mascara and an eyeliner", "a mascara and an eyeliner"),
    (ASKING_FOR, "", "we'd love a bath bomb", "a bath bomb"),
    (ASKING_FOR, "", "do you have a toner", "a toner"),
    (ASKING_FOR, "", "show me eyeliners", "eyeliners"),
    # ... not an opening
    (ASKING_FOR, "", "can you do under 30", "can you do under 30"),
    (ASKING_FOR, "", "a face wash you recommend", "a face wash you recommend"),
    (ASKING_FOR, "", "could you recommend", "could you recommend"),
    (ASKING_FOR, "", "do you happen to know how tall", "do you happen to know how tall"),
    (ASKING_FOR, "", "a toner i need", "a toner i need"),
    (ASKING_FOR, "", "need a toner", "need a toner"),
]
test_left = what_is_left(LEFT)  # as `understand`


FOUND = [  # (pattern, a message it finds)
    # like a named one, from the message's start
    (LIKE_A_NAMED_ONE, "something like chanel no 5 but cheaper"),
    (LIKE_A_NAMED_ONE, "Looking for something similar to la vie est belle"),
    (LIKE_A_NAMED_ONE, "do you have anything like olaplex"),
    (LIKE_A_NAMED_ONE, "i want one like glossier you"),
    # a smell
    (A_SMELL, "something that smells like the beach"),
    (A_SMELL, "i want to smell good all day"),
    (A_SMELL, "a lotion that smells of vanilla"),
    (A_SMELL, "anything with the scent of roses"),
    (A_SMELL, "something smelling fresh"),
]


NOT_FOUND = [  # (pattern, a message it does not find)
    # like a named one names no pick
    (LIKE_A_NAMED_ONE, "something like the second one"),  # a pick on screen
    (LIKE_A_NAMED_ONE, "something like this"),
    (LIKE_A_NAMED_ONE, "something like what i bought last time"),
    (LIKE_A_NAMED_ONE, "i'd like something for dry skin"),
    (LIKE_A_NAMED_ONE, "a lipstick like chanel's"),
    # a smell is how it should smell
    (A_SMELL, "unscented please"),
    (A_SMELL, "i have no sense of smell"),
    (A_SMELL, "it smells bad"),
    (A_SMELL, "scented candle"),
]


test_found, test_not_found = found_and_not_found(FOUND, NOT_FOUND, opening={LIKE_A_NAMED_ONE})
