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
from assistant.dialogue.phrases.questions import ASK
from assistant.dialogue.request import Intent, Request
from assistant.dialogue.wording import COLOURS
from retrieval.tokenize import STOP_WORDS, words

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
        if not _said_with_the(brand, message_words):
            return request
        if not carrying:
            return _brand_not_on_screen(request) if question and len(brands) == 1 else request
        named.extend(carrying)
    request.references = sorted(set(named))
    request.parsed.brands = []
    if request.intent not in ABOUT_THE_PICKS:
        request.intent = Intent.ASK
    if request.intent == Intent.ASK and request.avoid:  # "is the Garnier one fragrance free?"
        request.text, request.avoid = request.parsed.text.strip(), []  # asked, not ruled out
    return request


def _brand_not_on_screen(request: Request) -> Request:
    """A question about "the CeraVe one" where no pick on screen is CeraVe's: the need on screen
    from that brand (its picks to ask about next), the question's words no detail of the need
    ('moisturizer cerave how big' was searched)."""
    request.intent, request.text, request.add_detail = Intent.REFINE, "", False
    request.references = []
    return request


OTHER_THAN = r"\b(?:other than|besides|except|instead of|apart from|not|no|without)\b"
"""A question that sets a pick aside ("anything other than the revlon?"): a refinement."""


def _own_words(picks: Sequence[PickLine]) -> list[set[str]]:
    """Each pick's words (title and brand, three letters or more, not stop words) that no other
    pick on screen has: what names that pick alone ("desire", "dunhill", "dhs")."""
    said = [
        {w for w in words(f"{p.title} {p.brand or ''}") if len(w) > 2 and w not in STOP_WORDS}
        for p in picks
    ]
    return [s - set().union(*(o for j, o in enumerate(said) if j != i)) for i, s in enumerate(said)]


def picks_named_by_title(request: Request, message: str, picks: Sequence[PickLine]) -> Request:
    """A question about one pick named by a word of its own title or brand after "the" ("does
    the dunhill come in a bigger size?", "how big is the DHS bottle", "would the desire be ok as
    a gift"): a question about that pick (`Intent.ASK` with it as the reference), not a
    refinement or a brand wanted ("do you have more from CeraVe?" stays one). Only when no
    pick is pointed at yet, the rules read no question about the picks of another kind, and the
    message opens as a question (not "what about the Olay one": a suggestion)."""
    if not picks or request.references or request.intent in ABOUT_THE_PICKS:
        return request
    lowered = " ".join(message.lower().split()).strip(" .!")
    if not re.search(ASK, lowered) or re.match(r"(?:what|how) about\b", lowered):
        return request
    parsed = request.parsed
    if (
        parsed.exclude_brands
        or parsed.priced
        or request.avoid
        or request.exclude_reference_brand
        or request.exclude_shown
        or request.cheaper
        or request.pricier
        or re.search(OTHER_THAN, lowered)
    ):
        return request  # "anything other than the revlon?": a refinement
    named = _named_after_the(lowered, picks)
    if len(named) != 1:
        return request
    request.intent, request.references = Intent.ASK, sorted(named)
    brands = {" ".join(words(p.brand or "")) for p in picks}
    parsed.brands = [b for b in parsed.brands if " ".join(words(b)) not in brands]
    request.relative = None
    return request


def _named_after_the(lowered: str, picks: Sequence[PickLine]) -> set[int]:
    """The picks a word of their own (`_own_words`) names right after "the" (or one word
    later, past a short word: "the DHS bottle") in the lower-cased message."""
    said = words(lowered)
    after_the = set()
    for i, word in enumerate(said[:-1]):
        if word == "the":
            nxt = said[i + 1] if len(said[i + 1]) > 2 or i + 2 >= len(said) else said[i + 2]
            after_the.add(nxt)
    return {i for i, own in enumerate(_own_words(picks)) if own & after_the}


def set_anchor_named(request: Request, message: str, picks: Sequence[PickLine]) -> Request:
    """A set asked for, or a pick chosen, around one pick named by a word of its own title
    after "the" ("what goes with the cleanser?" beside a routine whose one cleanser says so,
    "the red one please"): that pick, the way "the second one" is. A colour said so that no
    pick's title names ("the red one please" beside black, pink and violet lipsticks) asks for
    picks of that colour: a refinement of the need. Otherwise ``request`` as it was."""
    chosen = request.intent == Intent.FEEDBACK and request.attributes.get("action") == "choose"
    if request.references or not picks or not (request.intent == Intent.BUNDLE or chosen):
        return request
    lowered = " ".join(message.lower().split())
    named = _named_after_the(lowered, picks)
    if len(named) == 1:
        request.references = sorted(named)
    elif chosen and not named and (colour := _colour_after_the(lowered, picks)):
        request.intent, request.text, request.add_detail = Intent.REFINE, colour, True
        request.sentiment = 0
        request.attributes.pop("action", None)
    return request


def _colour_after_the(lowered: str, picks: Sequence[PickLine]) -> str | None:
    """A colour said right after "the" ("the red one") that no pick's title names; else None."""
    said = words(lowered)
    titles = {w for p in picks for w in words(p.title)}
    for before, word in pairwise(said):
        if before == "the" and word in COLOURS and word not in titles:
            return word
    return None
