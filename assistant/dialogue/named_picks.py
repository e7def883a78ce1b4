"""Picks named by their brand, a word of their title or their price: "is the CeraVe one good
for oily skin?" points at the CeraVe pick on screen; it asks for no CeraVe filter.

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

from assistant.dialogue.brands_said import without_brands
from assistant.dialogue.model_request import PickLine
from assistant.dialogue.phrases.cart_and_likes import ASKS_FOR_ONE, JUDGED
from assistant.dialogue.phrases.questions import ASK, SET_AGAINST
from assistant.dialogue.request import Intent, Request
from assistant.dialogue.wording import COLOURS
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


def _said_with_the(brand: str, message_words: Sequence[str]) -> bool:
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
    asks a question (then it becomes `Intent.ASK`); otherwise ``request`` as it was."""
    brands = _as_the_picks_say(request.parsed.brands, picks)
    if not picks or not brands or request.references:
        return request
    lowered = " ".join(message.lower().split()).strip(" .!")
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
        if request.intent != Intent.COMPARE and not _said_with_the(brand, message_words):
            return request  # "mac vs nyx?" weighs the picks: no "the" needed
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


MEASURED_AGAINST_A_PICK = ("bigger", "smaller", "not_that_brand")
"""Refinements measured against the picks they name, beside "cheaper" and "pricier": a size
and "not that brand"."""


def picks_a_refinement_names(request: Request, message: str, picks: Sequence[PickLine]) -> Request:
    """A refinement measured against one pick that names it by its brand, a word of its own
    title after "the" or its price ("the kerastase costs too much, cheaper please", "the john
    frieda but bigger", "not the maybelline one, another brand", "the mauve one is a bit
    pricey"; more like one for less, "something like the $23 one but cheaper": no price said):
    that pick is the turn's reference, as "the first one" is, and its brand no brand wanted (a
    brand ruled out stays ruled out, but for a price complaint: "the revlon one is too
    expensive"); otherwise ``request`` as it was."""
    measured = (
        request.cheaper
        or request.pricier
        or request.exclude_reference_brand
        or request.relative in MEASURED_AGAINST_A_PICK
    )
    priced_against = request.intent == Intent.MORE_LIKE and (request.cheaper or request.pricier)
    if not picks or request.references or not measured:
        return request
    if request.intent != Intent.REFINE and not priced_against:  # "one like the $23 one for less"
        return request
    message_words = words(message)
    named = {
        i
        for i, p in enumerate(picks)
        if p.brand
        and _said_with_the(p.brand, message_words)
        and any(words(p.brand) == words(b) for b in _as_the_picks_say(_brands_said(request), picks))
    }
    lowered = " ".join(message.lower().split())
    named = named or picks_named_after_the(lowered, picks)
    if not named and (amount := BY_AMOUNT.search(lowered)):  # "the $23 one but cheaper": no
        said = amount.group("a") or amount.group("b") or amount.group("c")  # price of $23 wanted
        named = set(_amount_named(float(said), "." in said, picks))
        if len(named) == 1:
            request.parsed.min_price = request.parsed.max_price = None
            request.parsed.around_price = None
    if len(named) != 1:
        return request
    request.references = sorted(named)
    carried = {unaccented(w) for i in named for w in words(picks[i].brand or "")[:1]}
    request.parsed.brands = [b for b in request.parsed.brands if not _starts_with(b, carried)]
    if not request.exclude_reference_brand:  # "the revlon one is too expensive": its price, not
        request.parsed.exclude_brands = [  # its brand, is turned down
            b for b in request.parsed.exclude_brands if not _starts_with(b, carried)
        ]
    return request


def _starts_with(brand: str, first_words: set[str]) -> bool:
    """Whether ``brand`` opens with one of ``first_words`` (a house's longer names: "KÉRASTASE
    ELIXIR ULTIME" beside a Kerastase pick)."""
    return unaccented(next(iter(words(brand)), "")) in first_words


def _brands_said(request: Request) -> list[str]:
    """The brands a reading holds, wanted or ruled out."""
    return [*request.parsed.brands, *request.parsed.exclude_brands]


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


def _as_the_picks_say(brands: Sequence[str], picks: Sequence[PickLine]) -> list[str]:
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


OTHER_THAN = r"\b(?:other than|besides|except|instead of|apart from|not|no|without)\b"
"""A question that sets a pick aside ("anything other than the revlon?"): a refinement."""


def own_words(picks: Sequence[PickLine]) -> list[set[str]]:
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


# Picks named by their price, with a question about them: "the $36 one, how many watts?", "is
# the cheaper one vegan?", "the pricier of the first two, is it worth it?". The rules read a
# price as a price wanted and "cheaper" or "pricier" as a refinement; said as a pick's name
# beside a question, they point at a pick on screen instead: the turn asks about it, and nothing
# of the need changes (no price range, no brand read from the question's words: "how many
# watts" is no Watts Beauty).

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


def _amount_named(amount: float, exact: bool, picks: Sequence[PickLine]) -> list[int]:
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
        named = _amount_named(float(said), "." in said, picks)
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


RESERVED = r"\b(?:but|though|tho|although|except|if only)\b"
"""A judgement with a reservation ("nice but a bit pricey"): a refinement, not a like."""

JUDGED_FROM = frozenset({Intent.SEARCH, Intent.REFINE, Intent.OFF_TOPIC})
"""The readings a judgement of a named pick replaces (its brand read as a filter, its words as a
need, or nothing sold)."""


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
    if not named or not any(_said_with_the(b, message_words) for b in parsed.brands):
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
    request.references, parsed.brands, parsed.category = named, [], None
    request.text, request.add_detail = "", False
    judged = re.search(JUDGED, lowered)
    if re.search(ASK, lowered):
        request.intent = Intent.ASK
    elif IN_THE_CART.search(lowered):
        request.intent, request.sentiment = Intent.FEEDBACK, 1
        request.attributes["action"] = "cart"
    elif judged:
        request.intent, request.sentiment = Intent.FEEDBACK, 1 if judged.group("praise") else -1
    else:
        request.intent = Intent.ASK  # a remark about it: what we know of it
    return request
