"""A pick on screen named by its place or a word of its own and judged in a sentence that asks
for nothing ("the l'oreal one looks awful", "the tom ford is her favourite!"): a like or a
dislike of that pick (`picks_judged`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.dialogue.model.model_request import PickLine
from assistant.dialogue.phrases.cart_and_likes import ASKS_FOR_ONE, JUDGED
from assistant.dialogue.phrases.questions import ASK
from assistant.dialogue.picks.named_picks import JUDGED_FROM
from assistant.dialogue.picks.picks_by_own_word import picks_named_after_the
from assistant.dialogue.request import Intent, Request

RESERVED = r"\b(?:but|though|tho|although|except|if only)\b"
"""A judgement with a reservation ("nice but a bit pricey"): a refinement, not a like."""


def picks_judged(request: Request, message: str, picks: Sequence[PickLine]) -> Request:
    """A pick on screen named by its place or by a word of its own after "the" and judged in a
    sentence that asks for nothing (`phrases.cart_and_likes.JUDGED`: "the l'oreal one looks
    awful", "the tom ford is her favourite!", "the xxl one is my holy grail", "i've used the
    garnier before, it's great"): a like or a dislike of that pick, as "love the second one"
    is. They were read as a search for the brand, a refinement or off the shop's topic. Not a
    question, a price, brand or ingredient said, an ask ("... please", "show me") or a
    reservation ("nice but a bit pricey")."""
    lowered = " ".join(message.lower().split()).strip(" .!")
    judged = re.search(JUDGED, lowered) if picks else None
    parsed = request.parsed
    if (
        judged is None
        or request.intent not in JUDGED_FROM
        or re.search(ASK, lowered)
        or re.search(ASKS_FOR_ONE, lowered)
        or re.search(RESERVED, lowered)
        or request.cheaper
        or request.pricier
        or parsed.priced
        or parsed.exclude_brands
        or request.avoid
    ):
        return request
    named = request.references or sorted(picks_named_after_the(lowered, picks))
    if len(named) != 1 or named[0] >= len(picks):
        return request
    request.intent, request.references = Intent.FEEDBACK, named
    request.sentiment = 1 if judged.group("praise") else -1
    request.text, parsed.brands, parsed.category = "", [], None
    request.relative, request.add_detail = None, False
    return request
