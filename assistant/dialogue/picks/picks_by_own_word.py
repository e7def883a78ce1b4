"""Picks named by a word of their own title or brand after "the" ("does the dunhill come in a
bigger size?", "love the pink!"), or by what their title holds ("the one with shea butter"): a
question about that pick, a turn about it, or the pick a set is built around.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from assistant.dialogue.model.model_request import PickLine
from assistant.dialogue.phrases.questions import ASK
from assistant.dialogue.picks.named_picks import ABOUT_THE_PICKS
from assistant.dialogue.request import Intent, Request
from retrieval.colour_names import COLOURS
from retrieval.tokenize import STOP_WORDS, words

OTHER_THAN = r"\b(?:other than|besides|except|instead of|apart from|not|no|without)\b"
"""A question that sets a pick aside ("anything other than the revlon?"): a refinement."""


def own_words(picks: Sequence[PickLine], shortest: int = 3) -> list[set[str]]:
    """Each pick's words (title and brand, ``shortest`` letters or more, not stop words) that no
    other pick on screen has: what names that pick alone ("desire", "dunhill", "dhs")."""
    said = [
        {
            w
            for w in words(f"{p.title} {p.brand or ''}")
            if len(w) >= shortest and w not in STOP_WORDS
        }
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
    named = picks_named_after_the(lowered, picks)
    if len(named) != 1:
        return request
    request.intent, request.references = Intent.ASK, sorted(named)
    brands = {" ".join(words(p.brand or "")) for p in picks}
    parsed.brands = [b for b in parsed.brands if " ".join(words(b)) not in brands]
    request.relative = None
    return request


HAVING = re.compile(
    r"\bthe (?:one|pick) (?:with|that has|that's got|made with|containing|for) "
    r"(?:the |a |an |some )?(?P<trait>[a-z][a-z'-]*(?: [a-z][a-z'-]*)?)"
)
"""A pick named by what its title holds ("the one with shea butter", "the one that has a
diffuser", "the one for acne")."""


def picks_named_by_trait(request: Request, message: str, picks: Sequence[PickLine]) -> Request:
    """A question about "the one with X" ("the one with shea butter, how big is it?"): about the
    one pick whose title names X; when none or several do, which of them name it (a question
    about them all), never silently about another pick. Same conditions as
    `picks_named_by_title`; otherwise ``request`` as it was."""
    if not picks or request.references or request.intent in ABOUT_THE_PICKS - {Intent.ASK}:
        return request
    lowered = " ".join(message.lower().split()).strip(" .!")
    found = HAVING.search(lowered)
    if found is None or not re.search(ASK, lowered) or re.search(OTHER_THAN, lowered):
        return request
    trait = [w for w in words(found.group("trait")) if w not in STOP_WORDS]
    if not trait:
        return request
    having = [i for i, p in enumerate(picks) if set(trait) <= set(words(p.title))]
    request.intent, request.relative = Intent.ASK, None
    request.cheaper = request.pricier = False
    request.parsed.brands, request.avoid = [], []
    if len(having) == 1:
        rest = f"{lowered[: found.start()]} {lowered[found.end() :]}".strip(" ,")
        request.references, request.text = having, " ".join(rest.split()) or lowered
    else:
        request.text = f"which one has {' '.join(trait)}?"  # the picks that name it, if any
    return request


def picks_named_after_the(lowered: str, picks: Sequence[PickLine]) -> set[int]:
    """The picks a word of their own (`own_words`) names right after "the" (or one word
    later, past a short word: "the DHS bottle"), or between "that" or "this" and "one" ("that
    pink one"), in the lower-cased message."""
    said = words(lowered)
    after_the = set()
    for i, word in enumerate(said[:-1]):
        if word == "the":
            nxt = said[i + 1] if len(said[i + 1]) > 2 or i + 2 >= len(said) else said[i + 2]
            after_the.add(nxt)
        elif word in ("that", "this") and said[i + 2 : i + 3] in (["one"], ["ones"]):
            after_the.add(said[i + 1])
    return {i for i, own in enumerate(own_words(picks)) if own & after_the}


POINTS_ALONE = re.compile(
    r"^(?:(?:and|ok(?:ay)?|so|hmm+|um+|what about|how about),? )?(?:the|that|this) "
    r"[a-z][a-z'-]*(?: one)?\W*$"
)
"""A message that only points at a pick by a word ("that pink one", "the black one", "and the
spray one?")."""


def picks_named_by_own_word(request: Request, message: str, picks: Sequence[PickLine]) -> Request:
    """A turn about the picks that names one by a word of its own title or brand after "the"
    (`picks_named_after_the`: "love the pink!", "add the cucumber one to my cart", "is the red one
    long lasting?"): that pick, the way "the second one" is; a message that only points at
    it ("that pink one") asks about it, as "the second one" does. A word two or more picks
    share names none of them; a colour no pick's title names stays a refinement ("the red one"
    beside black lipsticks: `set_anchor_named`)."""
    if not picks or request.references:
        return request
    lowered = " ".join(message.lower().split()).strip(" .!")
    alone = POINTS_ALONE.match(lowered) is not None
    if request.intent not in ABOUT_THE_PICKS - {Intent.BUNDLE} and not alone:
        return request
    named = picks_named_after_the(lowered, picks)
    if len(named) != 1 and not (request.intent == Intent.COMPARE and len(named) > 1):
        return request
    request.references = sorted(named)
    if alone:
        request.intent, request.relative, request.text = Intent.ASK, None, lowered
        request.cheaper = request.pricier = False
        request.parsed.brands, request.parsed.category = [], None
        request.add_detail = False
    return request


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
    named = picks_named_after_the(lowered, picks)
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
