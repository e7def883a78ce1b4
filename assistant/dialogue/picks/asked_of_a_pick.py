"""A question about one pick on screen named by its brand or by words of its own title, with or
without "the": "paris hilton smells floral?", "der von Paris Hilton, riecht der eher blumig?",
"fairy dust any good?", "jessica mcclintock - sweet or fresh?". The dialogue's state decides it:
what the message names is on screen, and it asks; it was read as a refinement to that brand (its
words a need) or as a new search."""

from __future__ import annotations

import re
from itertools import pairwise

from assistant.dialogue.model.model_request import PickLine, TurnSituation
from assistant.dialogue.phrases.cart_and_likes import PRAISE, SCORN
from assistant.dialogue.phrases.questions import ASK
from assistant.dialogue.picks.beside_picks import OFFERS_ANOTHER, SEEKS_SOMETHING, SUGGESTS_ONE
from assistant.dialogue.picks.named_picks import (
    BRAND_RANGE,
    JUDGED_FROM,
    OTHER_ASKS,
    picks_carrying,
)
from assistant.dialogue.picks.picks_by_own_word import own_words
from assistant.dialogue.picks.picks_judged import RESERVED
from assistant.dialogue.ports import QueryParser
from assistant.dialogue.request import Intent, Request
from assistant.dialogue.vocabulary import CatalogVocabulary, names_a_type
from catalog.category_paths import nested
from retrieval.tokenize import words

ASKS_FOR_MORE = re.compile(
    r"\b(?:any(?! good\b)|have|got|sell|carry|stock|find|show|others|else|options?|alternatives?|"
    r"versions?)\b"
)
"""Words that ask the shop for products, not about a pick ("any revlon?", "do you have nyx?",
"got a maybelline version?", "not a conair fan, others?"): a refinement or a search."""


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


def _named_alone(
    request: Request,
    lowered: str,
    situation: TurnSituation,
    parse: QueryParser | None,
    vocabulary: CatalogVocabulary | None,
) -> list[int]:
    """The picks a message beside them (no question of ours pending) names by their brands
    (every brand it says is a pick's) or, one of them, by two words of its own title in a row,
    where it states no price, brand ruled out or ingredient, asks the shop for nothing
    (`ASKS_FOR_MORE`, a brand's range, other picks, a need in place of theirs) and names no
    product type outside the picks' category (a department it names is none: "skin"); []
    otherwise."""
    picks, shown = situation.picks, situation.need_category
    parsed = request.parsed
    if not situation.beside_picks or request.intent not in JUDGED_FROM or request.references:
        return []
    if (
        SEEKS_SOMETHING.match(lowered)
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
        return []
    named = _by_brand(parsed.brands, picks) if parsed.brands else title_run_named(lowered, picks)
    if not named:
        return []
    if names_a_type(request.text, vocabulary) and parse is not None and shown:
        category = parse(request.text).category  # a department names no type: "pure dkny,
        if category and category.count(" > ") > 1 and not nested(category, shown):  # does it
            return []  # last on skin?"; "revlon lip liner?" beside lipsticks: another type
    return named


def _named_in_a_question(request: Request, lowered: str, situation: TurnSituation) -> list[int]:
    """The picks a question about the picks names without "the" (`named_picks` reads those
    after it): by their brands, each a pick's, or one by two words of its own title in a row
    ("tommy girl - is it fresh?"); [] for none, or where no picks are beside it."""
    if not situation.beside_picks:
        return []
    brands = request.parsed.brands
    named = _by_brand(brands, situation.picks) if brands else None
    return named or title_run_named(lowered, situation.picks)


def _about(request: Request, named: list[int], intent: Intent) -> Request:
    """``request`` as ``intent`` about the picks at ``named``: their brands no brand wanted."""
    request.intent, request.references = intent, named
    request.parsed.brands, request.parsed.category = [], None
    request.text, request.add_detail = "", False
    return request


def a_pick_asked_by_name(
    request: Request,
    english: str,
    situation: TurnSituation,
    parse: QueryParser | None,
    vocabulary: CatalogVocabulary | None,
) -> Request:
    """``request`` as a question (`Intent.ASK`) about the picks it names (`_named_alone`) when
    the message asks (`ASK`); a question read already with no pick pointed at ("strawberry milk
    one, is it matte?": 'is it' asked of the pick in focus) is about the one it names
    (`_named_in_a_question`); otherwise ``request`` as it was."""
    lowered = " ".join(english.lower().split())
    if not re.search(ASK, lowered):
        return request
    if request.intent == Intent.ASK:
        request.references = request.references or _named_in_a_question(request, lowered, situation)
        return request
    named = _named_alone(request, lowered, situation, parse, vocabulary)
    return _about(request, named, Intent.ASK) if named else request


SENTIMENT = re.compile(rf"\b(?:(?P<praise>{PRAISE})|(?P<scorn>{SCORN}))\b")
"""A word a pick is praised or scorned by, wherever it stands ("meh the loreal", "copperglow
berry is gorgeous"): `phrases.cart_and_likes`' own words."""


def a_pick_judged_by_name(
    request: Request,
    english: str,
    situation: TurnSituation,
    parse: QueryParser | None,
    vocabulary: CatalogVocabulary | None,
) -> Request:
    """``request`` as a like or dislike (`Intent.FEEDBACK`) of the picks it names
    (`_named_alone`) when the message praises or scorns (`SENTIMENT`) and neither asks nor
    holds a reservation ("nice but pricey"); otherwise ``request`` as it was."""
    lowered = " ".join(english.lower().split())
    judged = SENTIMENT.search(lowered)
    if judged is None or re.search(ASK, lowered) or re.search(RESERVED, lowered):
        return request
    if request.intent == Intent.ASK and request.references and situation.beside_picks:
        named = request.references  # "meh the loreal": a remark read as asked about it
    else:
        named = _named_alone(request, lowered, situation, parse, vocabulary)
    if not named:
        return request
    request.sentiment = 1 if judged.group("praise") else -1
    return _about(request, named, Intent.FEEDBACK)
