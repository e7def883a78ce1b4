"""An answer that chooses every option of our question ("both" to 'Face or body?') rules none
out: the category stays as it was, as for "any"; some of the options still narrow it to their
shared branch (`handlers.search.take_answer`)."""

from __future__ import annotations

from assistant.dialogue.handlers.search import take_answer
from assistant.dialogue.request import Intent, Request
from assistant.dialogue.state import Constraints

FACE, BODY = "Beauty > Skin Care > Face", "Beauty > Bath & Body"
HAIR = "Beauty > Hair Care"


def _answer(chosen: list[str]) -> Request:
    return Request(intent=Intent.SEARCH, text="both", answer=chosen)


def test_every_option_chosen_leaves_the_category_as_it_was() -> None:
    c = Constraints(need="scrub")
    take_answer(c, _answer([FACE, BODY]), offered=[FACE, BODY])
    assert c.category is None  # was Beauty: their shared part, body scrubs of Bath left out
    c = Constraints(need="scrub", category="Beauty")
    take_answer(c, _answer([BODY, FACE]), offered=[FACE, BODY])
    assert c.category == "Beauty"


def test_some_of_the_options_still_narrow_to_their_shared_branch() -> None:
    c = Constraints(need="gift")
    take_answer(c, _answer([FACE]), offered=[FACE, BODY, HAIR])
    assert c.category == FACE
    c = Constraints(need="cream")
    two = ["Beauty > Skin Care > Face", "Beauty > Skin Care > Body"]
    take_answer(c, _answer(two), offered=[*two, HAIR])
    assert c.category == "Beauty > Skin Care"
