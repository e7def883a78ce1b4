"""Picks named by their brand: "is the CeraVe one good for oily skin?" points at the CeraVe pick
on screen; it asks for no CeraVe filter. Picks named otherwise have modules of their own: by a
word of their own title (`picks_by_own_word`), by their price (`picks_by_price`), judged
(`picks_judged`), and the one pick a refinement is measured against (`pick_measured_against`).

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
from collections.abc import Callable, Sequence
from itertools import pairwise

from assistant.dialogue.model.model_request import PickLine
from assistant.dialogue.needs.brands_said import without_brands
from assistant.dialogue.phrases.cart_and_likes import CART, JUDGED
from assistant.dialogue.phrases.questions import ASK, PICKS_WEIGHED, SET_AGAINST
from assistant.dialogue.picks.picks_by_price import CHEAPER_WORDS, COUNTS
from assistant.dialogue.request import Intent, Request
from retrieval.brand_names import unaccented
from retrieval.filters import loose_brand_key
from retrieval.tokenize import STOP_WORDS, words

ABOUT_THE_PICKS = frozenset(
    {Intent.ASK, Intent.COMPARE, Intent.FEEDBACK, Intent.MORE_LIKE, Intent.BUNDLE, Intent.WHY,
     Intent.UNSAFE}
)  # fmt: skip
"""Intents whose brand can only be a pick's: the turn is about the picks already (an unsafe
one too: "is it safe to swallow the revlon one", "give me the axe one for free")."""


QUESTION_OPENING = frozenset({"is", "are", "does", "can", "will", "would"})
"""Words that open a question whose subject follows ("is smashbox cruelty free?")."""


A_BRAND_S_RANGE = frozenset(
    {"have", "has", "make", "makes", "sell", "sells", "do", "carry", "offer"}
)
"""Verbs after "does <brand>" that ask about the brand's range, not a pick ("does cerave have a
night cream?")."""


def said_with_the(brand: str, message_words: Sequence[str]) -> bool:
    """Whether the message has "the", "that" or "this" right before the brand's first word
    ("the cerave", "that garnier cream"), or opens a question with the brand as its subject
    ("is smashbox cruelty free?")."""
    first = words(brand)[:1]
    if first and message_words[:2] and message_words[0] in QUESTION_OPENING:
        rest = message_words[1 + len(words(brand)) :][:1]
        if message_words[1 : 1 + len(words(brand))] == words(brand) and not (
            set(rest) & A_BRAND_S_RANGE
        ):
            return True
    return bool(first) and any(a in POINTING and b == first[0] for a, b in pairwise(message_words))


POINTING = frozenset({"the", "that", "this"})
"""Words that point at one thing on screen before its name."""


def picks_named_by_brand(request: Request, message: str, picks: Sequence[PickLine]) -> Request:
    """``request`` with the picks that its brands name as references instead of brand filters,
    when every brand it wants is a pick's, said with "the", and the turn is about the picks or
    asks a question (then it becomes `Intent.ASK`); beside a pick named by place that a
    comparison sets them against ("the first one or nizoral?"), both; otherwise ``request`` as
    it was."""
    brands = as_the_picks_say(request.parsed.brands, picks)
    if not picks or not brands:
        return request
    lowered = " ".join(message.lower().split()).strip(" .!")
    placed = list(request.references)  # "the first one or nizoral?": one named by place
    if placed and not _set_against_the_placed(request, lowered):
        return request
    if (than := THAN_A_PICK.search(lowered)) and _all_carried(brands, picks):
        return _priced_against(request, than, brands, picks)  # "cheaper than the vaseline?"
    question = re.search(ASK, lowered) is not None
    if len(brands) >= 2 and re.search(SET_AGAINST, lowered) and _all_carried(brands, picks):
        request.intent = Intent.COMPARE  # "nyx or maybelline?" beside both: weighed
    if request.intent not in ABOUT_THE_PICKS and not question:
        return request
    message_words = words(message)
    named: list[int] = []
    for brand in brands:
        key = words(brand)
        carrying = [i for i, p in enumerate(picks) if p.brand and words(p.brand) == key]
        if request.intent != Intent.COMPARE and not said_with_the(brand, message_words):
            return request  # "mac vs nyx?" weighs the picks: no "the" needed
        if not carrying:
            return _brand_not_on_screen(request) if question and len(brands) == 1 else request
        named.extend(carrying)
    request.references = sorted(set(named) | set(placed))
    request.parsed.brands = []
    if request.intent not in ABOUT_THE_PICKS:
        request.intent = Intent.ASK
    if request.intent == Intent.ASK and request.avoid:  # "is the Garnier one fragrance free?"
        request.text, request.avoid = request.parsed.text.strip(), []  # asked, not ruled out
    return request


def _set_against_the_placed(request: Request, lowered: str) -> bool:
    """Whether a turn that names a pick by its place sets it against a pick named by its brand:
    a comparison with "or" or "vs" ("the first one or nizoral?"), or a question that weighs them
    (`PICKS_WEIGHED`: "is the first better than the burts bees one")."""
    if request.intent == Intent.COMPARE:
        return re.search(SET_AGAINST, lowered) is not None
    return request.intent == Intent.ASK and re.search(PICKS_WEIGHED, lowered) is not None


COUNTED_BY_A_NAME = re.compile(
    r"\b(?P<count>two|three|2|3|both)(?: of the| the)? "
    r"(?P<name>[a-z][\w'.-]*(?: [a-z][\w'.-]*)?) ones\b"
)
"""Picks counted and named by a word their titles or brands share ("the two babyliss ones",
"both revlon ones")."""


def picks_counted_by_a_name(request: Request, message: str, picks: Sequence[PickLine]) -> Request:
    """ "what's the difference between the two babyliss ones": the picks whose title or brand
    has that name, when there are as many as the message counts (the first two were read from
    "the two"); otherwise ``request`` as it was."""
    said = COUNTED_BY_A_NAME.search(" ".join(message.lower().split()))
    if not picks or said is None:
        return request
    name = [unaccented(w) for w in words(said.group("name")) if w not in STOP_WORDS]
    if not name:
        return request
    named = [
        i
        for i, p in enumerate(picks)
        if set(name) <= {unaccented(w) for w in words(f"{p.title} {p.brand or ''}")}
        or "".join(words(p.brand or "")).startswith("".join(name))
    ]
    if len(named) == {**COUNTS, "both": 2}[said.group("count")]:
        request.references = named
        request.parsed.brands = []
    return request


THAN_A_PICK = re.compile(
    r"\b(?P<side>cheaper|less expensive|lower priced|pricier|more expensive|dearer|higher priced)"
    r"\s+than\s+(?:the\s+)?(?P<name>[^?!.,]+)"
)
"""Prices measured against a pick named by its brand ("anything cheaper than the vaseline?")."""


def _priced_against(
    request: Request, than: re.Match[str], brands: Sequence[str], picks: Sequence[PickLine]
) -> Request:
    """ "cheaper than the Vaseline": a refinement below that pick's price (above it for
    "pricier"), the pick its reference, its brand no brand wanted."""
    named = words(than.group("name"))
    said = [b for b in brands if set(words(b)) <= set(named)]
    request.references = sorted(
        {i for i, p in enumerate(picks) for b in said if p.brand and words(p.brand) == words(b)}
    )
    cheaper = re.match(CHEAPER_WORDS, than.group("side")) is not None
    request.intent, request.cheaper, request.pricier = Intent.REFINE, cheaper, not cheaper
    request.parsed.brands = [b for b in brands if b not in said]
    request.parsed.cheap = request.parsed.dear = False
    return request


def as_the_picks_say(brands: Sequence[str], picks: Sequence[PickLine]) -> list[str]:
    """``brands`` less the longer names of a brand a pick carries ('OPI NAIL COLOR' beside a
    pick of OPI's, both read from "opi"): the brand the shopper said, as the pick spells it."""
    carried = [words(p.brand) for p in picks if p.brand]
    said = [words(b) for b in brands]

    def longer_name(key: list[str]) -> bool:
        return key not in carried and any(c == key[: len(c)] for c in carried if c in said)

    return [b for b, key in zip(brands, said, strict=True) if not longer_name(key)]


def _all_carried(brands: Sequence[str], picks: Sequence[PickLine]) -> bool:
    """Whether each of ``brands`` is a brand of a pick on screen."""
    carried = [words(p.brand) for p in picks if p.brand]
    return all(words(b) in carried for b in brands)


def _brand_not_on_screen(request: Request) -> Request:
    """A question about "the CeraVe one" where no pick on screen is CeraVe's: the need on screen
    from that brand (its picks to ask about next), the question's words no detail of the need
    ('moisturizer cerave how big' was searched)."""
    request.intent, request.text, request.add_detail = Intent.REFINE, "", False
    request.references = []
    return request


JUDGED_FROM = frozenset({Intent.SEARCH, Intent.REFINE, Intent.OFF_TOPIC})
"""The readings a judgement of a named pick replaces (its brand read as a filter, its words as a
need, or nothing sold)."""


BRAND_RANGE = re.compile(r"\b(?:only|just|ones|more|range|products|stuff|brand|from)\b")
"""Words that ask for a brand's range, not about the pick of that brand ("the T3 ones only",
"more from the conair range")."""


OTHER_ASKS = re.compile(
    r"\b(?:anything|something|other|another|else|similar|like|instead|without|except|but)\b"
)
"""Words that ask for other picks or set a pick against a wish ("something like the T3 but
...")."""


IN_THE_CART = re.compile(r"\b(?:in|into|to) (?:my |me |the |our )?(?:cart|basket|bag|trolley)\b")
"""The cart named as the place a pick goes ("bung the loreal one in me basket"), whatever the
verb."""


def _brand_key(brand: str) -> str:
    """A brand as a shopper may spell it, without accents ("L'Oréal Paris": 'lorealparis')."""
    return loose_brand_key(unaccented(brand))


def _one_starts_the_other(a: str, b: str) -> bool:
    """Whether ``a`` starts ``b`` or ``b`` starts ``a``."""
    return a.startswith(b) or b.startswith(a)


def picks_carrying(brands: Sequence[str], picks: Sequence[PickLine]) -> list[int] | None:
    """The picks whose brand each of ``brands`` names (one key starting the other: "loreal" of
    'L'Oreal Paris'); None where one of ``brands`` is no pick's."""
    named: set[int] = set()
    for brand in brands:
        key = _brand_key(brand)
        found = {
            i
            for i, p in enumerate(picks)
            if p.brand and key and _one_starts_the_other(key, _brand_key(p.brand))
        }
        if not found:
            return None
        named |= found
    return sorted(named)


def a_pick_said_in_passing(
    request: Request, message: str, picks: Sequence[PickLine], names: Callable[[str], bool]
) -> Request:
    """A pick on screen named by its brand after "the" in a turn that asks for nothing else:
    no price, no trait, no other brand, no word that names a product (``names``, the catalog's
    `shopping_words.names_a_product`), its range or other picks (`BRAND_RANGE`, `OTHER_ASKS`).
    It is about that pick, not a filter on its brand: a question about it ("the T3 any good
    for thick hair"), the cart ("bung the loreal one in me basket"), a like or dislike ("the
    T3 looks nice"), or a remark (asked about: "the t3 is what my sister has"). A refinement
    for other picks that names one ("the joop is what he wears already, something
    different") keeps it out of the brands wanted. Before, each read as a refinement to that
    brand, its words a need."""
    parsed = request.parsed
    if not picks or not parsed.brands or request.intent not in JUDGED_FROM:
        return request
    named = picks_carrying(parsed.brands, picks)
    message_words = words(message)
    if not named or not any(said_with_the(b, message_words) for b in parsed.brands):
        return request
    lowered = " ".join(message.lower().split())
    if BRAND_RANGE.search(lowered):
        return request
    if request.exclude_shown:  # "the joop is what he wears, something different": other picks
        parsed.brands, request.references = [], named
        return request
    unplaced = IN_THE_CART.sub(" ", without_brands(request.text, parsed))  # "in my bag": the
    said = [w for w in words(unplaced) if w not in STOP_WORDS]  # cart, no bag asked for
    if (
        OTHER_ASKS.search(lowered)
        or any(names(w) for w in said)
        or parsed.priced
        or parsed.cheap
        or parsed.dear
        or parsed.exclude_brands
        or request.avoid
        or request.relative
        or request.cheaper
        or request.pricier
        or request.drop
    ):
        return request
    taken = _taken_by_brand(lowered, parsed.brands)
    request.references, parsed.brands, parsed.category = named, [], None
    request.text, request.add_detail = "", False
    judged = re.search(JUDGED, lowered)
    if re.search(ASK, lowered):
        request.intent = Intent.ASK
    elif taken:  # "i will take the alaffia": chosen, as "i will take the second one"
        request.intent, request.sentiment = Intent.FEEDBACK, 1
        request.attributes["action"] = "choose"
    elif IN_THE_CART.search(lowered):
        request.intent, request.sentiment = Intent.FEEDBACK, 1
        request.attributes["action"] = "cart"
    elif judged:
        request.intent, request.sentiment = Intent.FEEDBACK, 1 if judged.group("praise") else -1
    else:
        request.intent = Intent.ASK  # a remark about it: what we know of it
    return request


def _taken_by_brand(lowered: str, brands: Sequence[str]) -> bool:
    """Whether ``lowered`` takes a pick it names by one of ``brands`` as it would one named by
    its place (`cart_and_likes.CART`: "i will take the alaffia", "i'll go with that revlon"
    read as "... the alaffia one")."""
    for brand in brands:
        said = re.escape(" ".join(words(brand)))
        as_one = re.sub(rf"\b((?:the|that|this) {said})\b(?! one\b)", r"\1 one", lowered)
        if re.search(CART, as_one):
            return True
    return False
