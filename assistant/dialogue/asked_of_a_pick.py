"""A question about one pick on screen named by its brand or by words of its own title, with or
without "the": "paris hilton smells floral?", "der von Paris Hilton, riecht der eher blumig?",
"fairy dust any good?", "jessica mcclintock - sweet or fresh?". The dialogue's state decides it:
what the message names is on screen, and it asks; it was read as a refinement to that brand (its
words a need) or as a new search."""

from __future__ import annotations

import re
from itertools import pairwise

from assistant.dialogue.beside_picks import OFFERS_ANOTHER, SEEKS_SOMETHING, SUGGESTS_ONE
from assistant.dialogue.model_request import PickLine, TurnSituation
from assistant.dialogue.named_picks import (
    BRAND_RANGE,
    JUDGED_FROM,
    OTHER_ASKS,
    own_words,
    picks_carrying,
)
from assistant.dialogue.phrases.questions import ASK
from assistant.dialogue.ports import QueryParser
from assistant.dialogue.request import Intent, Request
from assistant.dialogue.vocabulary import CatalogVocabulary, names_a_type
from catalog.category_paths import nested
from retrieval.tokenize import words

ASKS_FOR_MORE = re.compile(
    r"\b(?:any(?! good\b)|have|got|sell|carry|stock|find|show|options?|alternatives?|versions?)\b"
)
"""Words that ask the shop for products, not about a pick ("any revlon?", "do you have nyx?",
"got a maybelline version?"): a refinement or a search."""


def title_run_named(lowered: str, picks: tuple[PickLine, ...]) -> list[int]:
    """The one pick whose own title words (`named_picks.own_words`) the message says two in a
    row of, as its title has them ("fairy dust", "midnight fantasy"); [] for none or several."""
    said = words(lowered)
    pairs = set(pairwise(said))
    named = []
    for i, (pick, own) in enumerate(zip(picks, own_words(picks), strict=True)):
        title = words(pick.title)
        if any(a in own and b in own for a, b in pairwise(title) if (a, b) in pairs):
            named.append(i)
    return named if len(named) == 1 else []


def _by_brand(brands: list[str], picks: tuple[PickLine, ...]) -> list[int] | None:
    """The picks ``brands`` name (`named_picks.picks_carrying`), where each brand is a pick's or
    a longer one holding a pick's name (the parser read "britney spears" as 'Britney Spears'
    and 'Hidden Fantasy Britney Spears'); None where one names no pick."""
    on_screen = [b for b in brands if picks_carrying([b], picks) is not None]
    keys = ["".join(words(b)) for b in on_screen]
    if any(not any(k in "".join(words(b)) for k in keys) for b in brands if b not in on_screen):
        return None
    return picks_carrying(on_screen, picks) if on_screen else None


def a_pick_asked_by_name(
    request: Request,
    english: str,
    situation: TurnSituation,
    parse: QueryParser | None,
    vocabulary: CatalogVocabulary | None,
) -> Request:
    """``request`` as a question (`Intent.ASK`) about the pick it names when, beside the picks
    (no question of ours pending), the message asks (`ASK`) and names picks only by their
    brands (every brand it says is a pick's) or one pick by two words of its own title in a
    row; it states no price, brand ruled out or ingredient, asks the shop for nothing
    (`ASKS_FOR_MORE`, a brand's range, other picks, a need in place of theirs) and names no
    product type outside the picks' category. The brand is no brand wanted. Otherwise
    ``request`` as it was."""
    picks, shown = situation.picks, situation.need_category
    parsed = request.parsed
    if not situation.beside_picks or request.intent not in JUDGED_FROM or request.references:
        return request
    lowered = " ".join(english.lower().split())
    if (
        not re.search(ASK, lowered)
        or SEEKS_SOMETHING.match(lowered)
        or SUGGESTS_ONE.match(lowered)
        or OFFERS_ANOTHER.search(lowered)
        or ASKS_FOR_MORE.search(lowered)
        or BRAND_RANGE.search(lowered)
        or OTHER_ASKS.search(lowered)
        or parsed.priced
        or parsed.exclude_brands
        or request.avoid
        or request.relative
        or request.cheaper
        or request.pricier
    ):
        return request
    named = _by_brand(parsed.brands, picks) if parsed.brands else title_run_named(lowered, picks)
    if not named:
        return request
    if names_a_type(request.text, vocabulary) and parse is not None and shown:
        category = parse(request.text).category
        if category and not nested(category, shown):
            return request  # "revlon lip liner?" beside lipsticks: another type
    request.intent, request.references = Intent.ASK, named
    parsed.brands, parsed.category = [], None
    request.text, request.add_detail = "", False
    return request
