"""Picks named by their brand: "is the CeraVe one good for oily skin?" points at the CeraVe pick
on screen; it asks for no CeraVe filter.

The rules read a brand in a message as a brand wanted. With picks on screen, a brand that one of
them carries and that the shopper says with "the" before it ("the CeraVe", "the Olay one") names
that pick instead: the turn's references, the way "the second one" is. The turn keeps its intent
when the rules read it as about the picks (more like it, compare, feedback, a set); a question
becomes a question about the pick (what it asks to be free of is asked about, not ruled out
for the rest of the chat); anything else ("only Olay please", "more from CeraVe") stays
a brand wanted.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from assistant.dialogue.model_request import PickLine
from assistant.dialogue.request import Intent, Request
from assistant.dialogue.understanding import ASK
from retrieval.tokenize import words

ABOUT_THE_PICKS = frozenset(
    {Intent.ASK, Intent.COMPARE, Intent.FEEDBACK, Intent.MORE_LIKE, Intent.BUNDLE, Intent.WHY}
)
"""Intents whose brand can only be a pick's: the turn is about the picks already."""


def _said_with_the(brand: str, message_words: Sequence[str]) -> bool:
    """Whether the message has "the" right before the brand's first word ("the cerave")."""
    first = words(brand)[:1]
    return bool(first) and any(a == "the" and b == first[0] for a, b in pairwise(message_words))


def picks_named_by_brand(request: Request, message: str, picks: Sequence[PickLine]) -> Request:
    """``request`` with the picks that its brands name as references instead of brand filters,
    when every brand it wants is a pick's, said with "the", and the turn is about the picks or
    asks a question (then it becomes `Intent.ASK`); otherwise ``request`` as it was."""
    brands = request.parsed.brands
    if not picks or not brands or request.references:
        return request
    question = re.search(ASK, " ".join(message.lower().split()).strip(" .!")) is not None
    if request.intent not in ABOUT_THE_PICKS and not question:
        return request
    message_words = words(message)
    named: list[int] = []
    for brand in brands:
        key = words(brand)
        carrying = [i for i, p in enumerate(picks) if p.brand and words(p.brand) == key]
        if not carrying or not _said_with_the(brand, message_words):
            return request
        named.extend(carrying)
    request.references = sorted(set(named))
    request.parsed.brands = []
    if request.intent not in ABOUT_THE_PICKS:
        request.intent = Intent.ASK
    if request.intent == Intent.ASK and request.avoid:  # "is the Garnier one fragrance free?"
        request.text, request.avoid = request.parsed.text.strip(), []  # asked, not ruled out
    return request
