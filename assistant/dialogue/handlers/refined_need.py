"""How a refinement changes the need and its prices (`refine_need`): a detail added, less
what it finds too much of and the words pointing at a pick, and under or over the picks'
prices. The evaluation's rules scorer calls it too."""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.dialogue.model.model_reading import SELF
from assistant.dialogue.needs.milder import TOO_MUCH, milder_side
from assistant.dialogue.needs.search_words import content_words
from assistant.dialogue.needs.wording import WHO_FOR, tidy, with_detail
from assistant.dialogue.phrases.refinements import SOMETHING_ELSE
from assistant.dialogue.request import Request
from assistant.dialogue.state import Constraints

ALREADY_HAVE = re.compile(
    r"\b(?:i(?:'ve| have)? (?:already )?(?:got|own)|i already (?:have|use)|"
    r"i (?:have|use) (?:that|this|it|those|these|them|one|the (?:\w+ ){0,2}ones?)|"
    r"already (?:have|got|own|use|bought|tried)|i'?ve (?:already )?(?:tried|bought|had))\b"
)
"""A pick the shopper has already ("i already have that one, the first", "i've got the
maybelline one", "i use that one"): others, not its words. "I have" alone is how they are ("i
have oily skin"), not what they own."""


POINTERS = re.compile(
    r"\b(?:the )?(?:first|1st|second|2nd|third|3rd|fourth|4th|fifth|5th|last)(?: one)?\b|"
    r"\b(?:looks?|seems?|feels?)\b"
)
"""Words that point at a pick or say how it seems ("the second one looks"): no detail."""


def _wanted(detail: str, category: str | None) -> str:
    """A refinement's detail less what it finds too much of and the words pointing at a pick:
    "the second one looks too orange" adds nothing ('bronzer second looks orange' was
    searched), "too many glitter ones, something matte" adds 'matte'; a trait with a milder
    side is said as that ("too greasy": 'non-greasy')."""
    milder_said = TOO_MUCH.sub(lambda found: milder_side(found, category), detail.lower())
    return tidy(POINTERS.sub(" ", milder_said))


def refine_need(c: Constraints, request: Request, prices: Sequence[float]) -> list[str]:
    """The steps of a refinement that change the need and its prices, in place: a detail added
    to the need ("something with spf"), then under the cheapest pick ("cheaper") or over the
    dearest ("pricier"); a price said beside them ("too expensive, under 10?") wins over the
    picks' prices. Returns what changed, for the reply ("under $3.76"). The evaluation's rules
    scorer calls it too, so that it scores what the conversation does.

    Args:
        c: the request so far, with the message's constraints already merged in.
        request: the message's reading (a refinement).
        prices: the prices of the picks it is measured against (those it names, else those on
            screen).
    """
    if request.add_detail and request.text and not ALREADY_HAVE.search(request.text.lower()):
        c.need = with_detail(c.need, _wanted(request.text, c.category))
    elif request.exclude_shown and not (request.cheaper or request.pricier) and request.text:
        # "none of these, i want waterproof": others, and what they must be; no pick's place
        c.need = with_detail(
            c.need, _wanted(re.sub(SOMETHING_ELSE, " ", request.text.lower()), c.category)
        )
    unnamed = tidy(WHO_FOR.sub(" ", c.need))  # "something for my boyfriend" + "he has a beard"
    if unnamed != c.need and content_words(unnamed):
        c.need = unnamed  # who it is for is the recipient's, not words to search
    elif unnamed != c.need and (
        request.for_self or str(request.attributes.get("for", "")).lower() in SELF
    ):
        c.need = ""  # "a gift for my sister", then "actually it's for me": no need said yet
    notes = []
    prices = [] if request.parsed.priced else list(prices)
    if request.cheaper and prices:
        c.below(min(prices))
        notes.append(f"cheaper than ${min(prices):.2f}")
    if request.pricier and prices:
        c.above(max(prices))
        notes.append(f"pricier than ${max(prices):.2f}")
    return notes
