"""Picks named by their price, with a question about them: "the $36 one, how many watts?", "is
the cheaper one vegan?", "the pricier of the first two, is it worth it?". The rules read a
price as a price wanted and "cheaper" or "pricier" as a refinement; said as a pick's name
beside a question, they point at a pick on screen instead: the turn asks about it, and nothing
of the need changes (no price range, no brand read from the question's words: "how many
watts" is no Watts Beauty).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.dialogue.model.model_request import PickLine
from assistant.dialogue.phrases.questions import ASK
from assistant.dialogue.request import Intent, Request

CHEAPER_WORDS = r"cheaper|cheapest|less expensive|least expensive|lower priced|lowest priced"


DEARER_WORDS = r"pricier|priciest|more expensive|most expensive|dearer|dearest|higher priced"


BY_PRICE_RANK = re.compile(
    rf"\bthe (?P<rank>{CHEAPER_WORDS}|{DEARER_WORDS})(?: one)?"
    r"(?: of (?:the|these|those|them)(?: (?P<which>first|last|top))?"
    r"(?: (?P<count>two|three|2|3))?(?: ones)?)?\b"
)
"""A pick named by its price among others ("the cheaper one", "the pricier of the first two",
"the least expensive of these")."""


COUNTS = {"two": 2, "2": 2, "three": 3, "3": 3}
"""How many picks a price rank is said of ("the cheaper of the first two")."""


BY_AMOUNT = re.compile(
    r"\bthe (?:\$\s?(?P<a>\d+(?:\.\d{1,2})?)|(?P<b>\d+(?:\.\d{1,2})?) ?(?:dollars?|bucks|usd))"
    r" one\b"
    r"|\bthe one (?:for|at|that costs|costing|priced at) \$?(?P<c>\d+(?:\.\d{1,2})?)\b"
)
"""A pick named by its price ("the $36 one", "the 18 dollar one", "the one for $12.99")."""


NO_QUESTION = frozenset({
    "and", "so", "ok", "okay", "but", "what", "how", "about", "which", "is", "are", "does", "do",
    "has", "can", "will", "would", "could", "it", "its", "one", "ones", "the", "of", "these",
    "those", "them", "please", "pls", "then",
})  # fmt: skip
"""Words that ask nothing beside a pick's name ("and the cheaper one?", "which is the cheaper
one?"): no question of their own about it."""


STILL_SHOPPING = (
    r"\b(?:something|anything|another|other|others|else|instead|similar|like (?:the|it|this|that)|"
    r"cheaper|pricier|more expensive|less expensive|but|show|find|get me|want|need)\b"
)
"""Words of a refinement said beside a pick's name ("something like the $36 one but
smaller?"): the need changes, no question about the pick."""


READ_AS_A_NAME = frozenset({Intent.SEARCH, Intent.REFINE, Intent.ASK, Intent.COMPARE})
"""Intents the rules give a message that names a pick by its price: a price wanted, a
refinement ("the pricier one"), a question or a comparison ("the cheaper of the two")."""


def amount_named(amount: float, exact: bool, picks: Sequence[PickLine]) -> list[int]:
    """The picks whose price is ``amount``: to the cent when cents were said, else rounded
    to whole units either way ("the $36 one" for $35.89 or $36.49)."""
    priced = [(i, p.price) for i, p in enumerate(picks) if p.price is not None]
    if exact:
        return [i for i, price in priced if abs(price - amount) < 0.005]
    return [i for i, price in priced if abs(price - amount) < 1.0]


def _ranked(match: re.Match[str], picks: Sequence[PickLine]) -> list[int]:
    """The one pick a price rank names among the picks it is said of (all on screen, or the
    first/last N): the cheapest or the dearest of them; none on a tie or without prices."""
    count = COUNTS.get(match.group("count") or "", len(picks))
    scope = list(range(len(picks)))
    scope = scope[-count:] if match.group("which") == "last" else scope[:count]
    priced = [(picks[i].price, i) for i in scope if picks[i].price is not None]
    if len(priced) < 2:
        return []
    cheap = re.fullmatch(CHEAPER_WORDS, match.group("rank")) is not None
    best = min(priced) if cheap else max(priced)
    if sum(price == best[0] for price, _ in priced) > 1:
        return []  # two at the same price: no one pick is named
    return [best[1]]


def picks_named_by_price(request: Request, message: str, picks: Sequence[PickLine]) -> Request:
    """``request`` as a question about the pick a price names ("the $36 one, how many watts?",
    "is the cheaper one vegan?"), when the message asks something besides naming it and no pick
    is pointed at otherwise; feedback about it ("I'll go with the cheaper of the two") points
    at it; else ``request`` as it was."""
    lowered = " ".join(message.lower().split())
    if picks and request.intent == Intent.FEEDBACK and (rank := BY_PRICE_RANK.search(lowered)):
        named = _ranked(rank, picks)  # "I'll go with the cheaper of the two": that one
        request.references = named or request.references
        return request
    if not picks or request.intent not in READ_AS_A_NAME:
        return request
    amount = BY_AMOUNT.search(lowered)
    rank = None if amount else BY_PRICE_RANK.search(lowered)
    found = amount or rank
    if found is None:
        return request
    asked = f"{lowered[: found.start()]} {lowered[found.end() :]}"
    if not re.search(ASK, lowered) or not set(re.findall(r"[a-z]+", asked)) - NO_QUESTION:
        return request  # "the cheaper one please", "which is the cheaper one?"
    if re.search(STILL_SHOPPING, asked):
        return request  # "something like the $36 one but smaller?": a refinement
    if amount:
        said = amount.group("a") or amount.group("b") or amount.group("c")
        named = amount_named(float(said), "." in said, picks)
    else:
        named = _ranked(found, picks)
    if len(named) != 1:
        return request
    return _asking_about(request, named, _question(lowered, found))


def _question(lowered: str, found: re.Match[str]) -> str:
    """The message's question about the named pick, the naming words said as "it" ("the $36
    one, how many watts?": 'how many watts?'; "is the cheaper one vegan?": 'is it vegan?')."""
    before, after = lowered[: found.start()].rstrip(" ,"), lowered[found.end() :].lstrip(" ,")
    if before and re.search(r"\b(?:is|does|do|has|can|will|would|could)$", before):
        before = f"{before} it"
    said = " ".join(f"{before} {after}".split())
    return re.sub(r"\s+([?!.,])", r"\1", said) or lowered


def _asking_about(request: Request, named: list[int], question: str) -> Request:
    """``request`` as a question about the pick at ``named``: the need unchanged."""
    request.intent, request.references, request.text = Intent.ASK, named, question
    request.cheaper = request.pricier = False
    request.relative = request.superlative = None
    parsed = request.parsed
    parsed.min_price = parsed.max_price = parsed.around_price = None
    parsed.cheap = parsed.dear = False
    parsed.brands, parsed.category = [], None
    return request
