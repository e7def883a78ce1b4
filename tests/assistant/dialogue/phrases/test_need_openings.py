"""`phrases.need_openings`: a hello, "what about", "something like" a named product, and a
need asked for by how it smells; each cut or read as `understanding` does."""

from __future__ import annotations

import re

import pytest

from assistant.dialogue.phrases.need_openings import A_SMELL, HELLO, LIKE_A_NAMED_ONE, WHAT_ABOUT
from tests.assistant.dialogue.phrases.reading import found_and_not_found


@pytest.mark.parametrize(
    ("message", "need"),
    [
        ("hi! i need a new perfume", "i need a new perfume"),
        ("hii can u show me eyeliners", "can u show me eyeliners"),
        ("Hey, any serums?", "any serums?"),
        ("Hello... a lip balm please", "a lip balm please"),
        ("highlighter please", "highlighter please"),  # no hello in it
        ("yoga mat spray", "yoga mat spray"),
        ("heyday perfume", "heyday perfume"),
    ],
)
def test_hello_is_cut(message: str, need: str) -> None:
    assert re.sub(HELLO, "", message, flags=re.I) == need  # as `understand`


@pytest.mark.parametrize(
    ("message", "named"),
    [
        ("something like chanel no 5 but cheaper", "chanel no 5 but cheaper"),
        ("Looking for something similar to la vie est belle", "la vie est belle"),
        ("do you have anything like olaplex", "olaplex"),
        ("i want one like glossier you", "glossier you"),
    ],
)
def test_like_a_named_one_leaves_the_name(message: str, named: str) -> None:
    assert re.match(LIKE_A_NAMED_ONE, message, flags=re.I)
    assert re.sub(LIKE_A_NAMED_ONE, "", message, flags=re.I) == named


@pytest.mark.parametrize(
    "message",
    [
        "something like the second one",  # a pick on screen
        "something like this",
        "something like what i bought last time",
        "i'd like something for dry skin",
        "a lipstick like chanel's",
    ],
)
def test_like_a_named_one_names_no_pick(message: str) -> None:
    assert not re.match(LIKE_A_NAMED_ONE, message, flags=re.I)


FOUND = [  # (pattern, a message it finds)
    # a smell
    (A_SMELL, "something that smells like the beach"),
    (A_SMELL, "i want to smell good all day"),
    (A_SMELL, "a lotion that smells of vanilla"),
    (A_SMELL, "anything with the scent of roses"),
    (A_SMELL, "something smelling fresh"),
]


NOT_FOUND = [  # (pattern, a message it does not find)
    # a smell is how it should smell
    (A_SMELL, "unscented please"),
    (A_SMELL, "i have no sense of smell"),
    (A_SMELL, "it smells bad"),
    (A_SMELL, "scented candle"),
]


test_found, test_not_found = found_and_not_found(FOUND, NOT_FOUND)


@pytest.mark.parametrize(
    ("message", "need"),
    [
        ("what about aftershave instead", "aftershave instead"),
        ("no not that, a lip liner", "a lip liner"),
        ("actually never mind, show me eyeliners", "show me eyeliners"),
        ("now a lip balm", "a lip balm"),
        ("Ok, how about a toner?", "a toner?"),
        ("nope, not those. some hair clips", "some hair clips"),
        # not an opening
        ("now cheaper", "now cheaper"),  # a refinement
        ("what about?", "what about?"),
        ("nothing too bright", "nothing too bright"),
        ("not itchy please", "not itchy please"),
        ("nowhere to buy it", "nowhere to buy it"),
    ],
)
def test_what_about_is_cut(message: str, need: str) -> None:
    assert re.sub(WHAT_ABOUT, "", message, flags=re.I) == need  # as `understand`
