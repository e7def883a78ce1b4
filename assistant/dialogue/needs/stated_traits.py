"""The attributes a message states beyond skin and hair type (issue 17, points 1 and 3): scent,
finish, colour, concern, formula, size, SPF, gender, age group, skin tone, how it is made
(ethics), ingredients asked for and the price band, read by the patterns of
`phrases.product_traits` and `phrases.person_traits` into the request's ``attributes`` under
the labelled set's names.

They follow the turn's recipient: for someone else ("for my mum, she loves lavender") they are
that person's and stay in the dialogue; what the shopper says of themself beside them ("i have
oily skin but this is for my mum") goes to ``self_attributes``, the only part a profile may
keep. They are never search filters: their words are already in the message.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from assistant.dialogue.model.model_reading import SELF
from assistant.dialogue.needs.formulas_said import INGREDIENT, formulas_said
from assistant.dialogue.needs.gender_and_age import age_group_said, gender_said
from assistant.dialogue.needs.scents_and_colours import scents_and_colours
from assistant.dialogue.needs.stated_needs import extract_attributes
from assistant.dialogue.needs.traits_as_said import (
    alternatives,
    concerns_described,
    concerns_treated,
    features_said,
    marks_said,
    ruled_out_before,
    what_is_asked,
)
from assistant.dialogue.needs.wording import joined, sex_of, tidy
from assistant.dialogue.phrases.person_traits import (
    CLAUSE_BREAK,
    COMPLEXION_PRODUCTS,
    CONCERN_NAMES,
    MINE_OF_A_PART,
    MORE_CONCERNS,
    OF_COLOUR,
    OWN_CLAUSE,
    SKIN_TONE,
    SKIN_TONE_OF,
    THEIR_CLAUSE,
    TONE_OF_A_SHADE,
    TONE_OF_PEOPLE,
    UNDERTONE,
)
from assistant.dialogue.phrases.price_bands import said_band
from assistant.dialogue.phrases.product_traits import (
    AMOUNT,
    ASKED,
    ASKED_VALUE,
    COUNTS,
    ETHICS,
    FINISHES,
    PACK,
    SIZES,
    SPF,
    SPF_HIGH,
    SPF_WANTED,
    UNIT_NAMES,
)
from assistant.dialogue.phrases.shopper_states import CONCERNS
from assistant.dialogue.request import Intent, Request
from retrieval.query import ParsedQuery

TRAIT_KEYS = (
    "scent", "finish", "color", "concern", "formula", "size", "spf", "gender", "age_group",
    "skin_tone", "ethics", "ingredient", "price_band",
)  # fmt: skip
"""The attributes read here, named as the labelled set names them (skin and hair type are
`stated_needs`'s ``skin`` and ``hair``)."""

NO_WISH = frozenset(
    {Intent.GREETING, Intent.OFF_TOPIC, Intent.UNSAFE, Intent.CLEAR, Intent.FEEDBACK}
)
"""Turns that state no wish: about no product, or a reaction to a pick ("not loving the pink
ones", "add the red one to my cart" names a pick by its colour, no colour wanted)."""
ASKING = frozenset({Intent.ASK, Intent.COMPARE})
"""Questions about the picks: an attribute they ask for is read as `ASKED_VALUE` ("how big is
it?": size)."""


_FINISH = re.compile(rf"\b({alternatives(FINISHES)})\b(?![- ]free\b)")  # not "shimmer-free"
_SKIN_TYPES = re.compile(r"\b(?:oily|dry|sensitive|combination|acne[- ]prone) skin\b|frizzy hair")
"""Concerns `CONCERNS` shares with skin and hair types: those are ``skin`` / ``hair``."""
_CONCERN = re.compile(rf"\b(?:{CONCERNS}|{MORE_CONCERNS})\b")
_CONCERN_NAMES = tuple((re.compile(rf"\b(?:{said})\b"), name) for said, name in CONCERN_NAMES)


def _ruled_out(said: str, avoid: frozenset[str]) -> bool:
    """Whether ``said`` names what is ruled out ("almond oil" beside an avoided almond)."""
    return any(re.search(rf"\b{re.escape(a)}\b", said) for a in avoid)


NOT_AS_SAID = r"n't\b|\b(?:not|no)\b"
"""Words said that are no value as said ("isn't massive": small, not "isn't massive")."""


def _not_within(said: Iterable[str], found: Sequence[str]) -> list[str]:
    """The words of ``said`` that no value ``found`` holds, of three words at most ("flaky lips"
    beside chapped lips; not "puffy" beside puffy eyes, nor "hair is falling out": a clause)."""
    return [
        s
        for s in said
        if len(s.split()) <= 3 and not re.search(NOT_AS_SAID, s) and not any(s in f for f in found)
    ]


def _sizes(text: str) -> list[str]:
    """The sizes ``text`` says: by phrase, by name and as said (`SIZES`: "tsa friendly": travel
    size, tsa friendly), as an amount (`AMOUNT`), also with its unit's short name ("8 ounce": 8
    ounce, 8 oz), and as a count of a pack (`PACK`: "a two pack": 2-pack)."""
    said = [(name, m.group(0)) for pattern, name in SIZES if (m := re.search(pattern, text))]
    sizes = [name for name, _ in said]
    sizes += _not_within((re.sub(r"^(?:an?|the) ", "", w) for _, w in said), sizes)
    for number, unit in re.findall(AMOUNT, text):
        sizes += [f"{number} {unit}", f"{number} {UNIT_NAMES.get(unit, unit)}"]
    for m in re.finditer(PACK, text):
        count = next(g for g in m.groups() if g)
        sizes.append(f"{COUNTS.get(count, count)}-pack")
    return sizes


def _usual_names(text: str) -> list[str]:
    """The usual names of the concerns ``text`` says (`CONCERN_NAMES`: "zits": acne; "puffy":
    puffy eyes, puffiness)."""
    return [each for _, name in _said_by_usual_names(text) for each in name.split(", ")]


def _said_by_usual_names(text: str) -> list[tuple[str, str]]:
    """The concerns ``text`` says by the words of `CONCERN_NAMES`, each as said and by its usual
    name ("flaky lips": 'flaky lips', 'chapped lips'), none ruled out."""
    found = []
    for pattern, name in _CONCERN_NAMES:
        said = [m.group(0) for m in pattern.finditer(text) if not ruled_out_before(text, m.start())]
        if said:
            found.append((said[0], name))
    return found


def concerns_named(text: str) -> list[str]:
    """The concerns ``text`` (lower case) names (`CONCERNS`, `MORE_CONCERNS`), as said, then the
    usual name of each (`CONCERN_NAMES`: "zits", "acne"); a skin or hair type is no concern, a
    ruled-out one none."""
    return list(dict.fromkeys([*_concerns_said(text), *_usual_names(text)]))


def _concerns_said(text: str) -> list[str]:
    """The concerns ``text`` names (`CONCERNS`, `MORE_CONCERNS`), as said (`concerns_named`)."""
    return [
        m.group(0)
        for m in _CONCERN.finditer(text)
        if not _SKIN_TYPES.fullmatch(m.group(0)) and not ruled_out_before(text, m.start())
    ]


def _concerns(text: str, described: Sequence[tuple[str, str]]) -> str:
    """The concerns named (`concerns_named`; those said by another word, as said too: "flaky
    lips": chapped lips, flaky lips), then those ``described`` by what a part of someone does
    (`traits_as_said.concerns_described`: "my skin gets red": red skin, redness), unless one of
    their names is the usual name of one named ("my eyes are so puffy": puffy eyes once; "flaky
    scalp": dandruff once; "saggy, firming cream": sagging beside firming)."""
    by_name = _said_by_usual_names(text)
    usual = [each for _, name in by_name for each in name.split(", ")]
    kept = [
        w
        for said, name in described
        if not set(names := name.split(", ")) & set(usual)
        for w in (said, *names)
    ]
    found = [*_concerns_said(text), *usual, *kept]
    as_said = _not_within([said for said, _ in by_name], found)  # "flaky lips" beside chapped lips
    return joined([*found, *as_said])


def _price_band(text: str, parsed: ParsedQuery | None) -> str:
    """``low`` / ``mid`` / ``high`` by the words said (the cheap and dear words of the price
    reading, "drugstore", "mid-range"), "" when none."""
    if re.search(said_band("mid"), text):
        return "mid"
    if (parsed is not None and parsed.cheap) or re.search(said_band("low"), text):
        return "low"
    high = re.search(said_band("high"), text)
    if (parsed is not None and parsed.dear) or (high and not ruled_out_before(text, high.start())):
        return "high"
    return ""


def read_traits(
    text: str, *, avoid: Iterable[str] = (), parsed: ParsedQuery | None = None
) -> dict[str, str]:
    """The attributes ``text`` states (`TRAIT_KEYS`), by name; several values of one kind are
    joined with commas ("lavender, vanilla").

    Args:
        text: the message, lower case.
        avoid: what the message rules out (never read as wanted: "no lavender").
        parsed: the message's price reading (its cheap and dear words give the price band).
    """
    ruled_out = frozenset(a.lower() for a in avoid)
    found: dict[str, str] = {}
    found["scent"], found["color"] = scents_and_colours(text, ruled_out)
    found["finish"] = joined(
        FINISHES[m.group(1)]
        for m in _FINISH.finditer(text)
        if not ruled_out_before(text, m.start())
    )
    found["formula"] = formulas_said(text)
    described = concerns_described(text)
    found["concern"] = _concerns(text, described)
    states = {w for said, _ in described for w in said.split()}  # "my skin gets red": a state,
    # no colour wanted
    found["color"] = joined(c for c in found["color"].split(", ") if c not in states)
    found["ingredient"] = joined(
        m.group(1)
        for m in INGREDIENT.finditer(text)
        if not _ruled_out(m.group(1), ruled_out) and not ruled_out_before(text, m.start())
    )
    found["size"] = joined(_sizes(text))
    spf = [a or b for a, b in re.findall(SPF, text)]
    wanted = "high" if re.search(SPF_HIGH, text) else "yes" if re.search(SPF_WANTED, text) else ""
    found["spf"] = joined(spf) or wanted
    found["gender"] = gender_said(text)
    found["age_group"] = age_group_said(text)
    tones = [m.group(2) for m in re.finditer(SKIN_TONE, text)]
    tones += [a or b for a, b in re.findall(SKIN_TONE_OF, text)]
    tones += re.findall(TONE_OF_PEOPLE, text) + (["dark"] if re.search(OF_COLOUR, text) else [])
    tones += [f"{u} undertone" for u in re.findall(UNDERTONE, text)]
    if re.search(COMPLEXION_PRODUCTS, text):  # "a concealer in a deep shade"
        tones += re.findall(TONE_OF_A_SHADE, text)
    found["skin_tone"] = joined(tones)
    found["ethics"] = joined(name for pattern, name in ETHICS if re.search(pattern, text))
    found["price_band"] = _price_band(text, parsed)
    return {k: v for k, v in found.items() if v}


def mine_in_full(text: str) -> str:
    """``text`` with each "mine" said of a part of the body named before it as that part
    (`MINE_OF_A_PART`: "her skin is sensitive, mine is normal": '..., my skin is normal'), so
    the shopper's own clause names what it speaks of; unchanged where no part comes before."""
    out, part, last = [], None, 0
    for m in re.finditer(MINE_OF_A_PART, text):
        if m.group("part"):
            part = m.group("part")
        elif part:
            out.append(f"{text[last : m.start()]}my {part}")
            last = m.end()
    return "".join(out) + text[last:]


def _clauses(text: str) -> tuple[str, str]:
    """``text`` split into what it says of someone else (or of the need) and what the shopper
    says of themself (`OWN_CLAUSE` and no `THEIR_CLAUSE`), each joined back with full stops."""
    theirs, own = [], []
    for clause in re.split(CLAUSE_BREAK, text):
        if not clause.strip():
            continue
        mine = re.search(OWN_CLAUSE, clause) and not re.search(THEIR_CLAUSE, clause)
        (own if mine else theirs).append(clause.strip())
    return ". ".join(theirs), ". ".join(own)


def with_traits(request: Request, text: str) -> Request:
    """``request`` with the attributes ``text`` states, whoever they are for.

    For the shopper (no recipient), they join ``attributes``. Beside a recipient, what a clause
    says of the shopper themself ("i have oily skin, but she's dry") goes to
    ``self_attributes`` (skin and hair type too, which `stated_needs` read as the recipient's)
    and the rest stays the recipient's; whose person the recipient is ("my kid's teacher",
    `WHOSE`) gives them no trait. A value already read (by the rules or a model) is kept.

    Args:
        request: the turn's reading.
        text: the message as the rules read it (lower case, in catalog words).
    """
    if request.intent in NO_WISH:
        return request
    if request.intent in ASKING:  # "how big is it?": what is asked for
        for pattern, key in ASKED:
            if re.search(pattern, " ".join(text.lower().split())):
                request.attributes.setdefault(key, ASKED_VALUE)
    text = " ".join(text.lower().split())
    for brand in request.parsed.brands:  # "gold bond", "simple": a name, no trait
        text = re.sub(rf"\b{re.escape(brand.lower())}\b", " ", text)
    return _with_treated(_with_other(_with_named_traits(request, text), text), text)


def _with_treated(request: Request, text: str) -> Request:
    """``request`` with the concerns ``text`` says a product should treat, as said
    (`traits_as_said.concerns_treated`: "a serum to fade the sunspots on my hands": sunspots)
    and the marks it says by what they are like (`traits_as_said.marks_said`: "rough patches"),
    after those read by name. Only the turn's reading takes them, never `read_traits`: they say
    no trait the other readers weigh (a greeting's, a need's department)."""
    treated = [*concerns_treated(text), *marks_said(text)]
    if not treated:
        return request
    named = request.attributes.get("concern", "").split(", ")
    request.attributes["concern"] = joined([*named, *treated])
    return request


def _with_other(request: Request, text: str) -> Request:
    """``request`` with what else ``text`` wants a product to do or have, or asks of the picks
    (`traits_as_said.features_said`: "cordless", "is it loud?": noise) under ``other``; a
    question that asks for nothing by name keeps its own words there ("does it have a cool
    shot button?": 'cool shot button'), one that names a trait ("is it vegan?") does not."""
    asking = request.intent in ASKING
    named = features_said(text, asked=asking)
    if asking and (named or not set(request.attributes) - {"for", "action"}):
        named += what_is_asked(text)
    if other := joined(named):
        request.attributes.setdefault("other", other)
    return request


def _with_named_traits(request: Request, text: str) -> Request:
    """``request`` with the traits of `read_traits` and skin and hair types, the recipient's
    and the shopper's own apart (`with_traits`)."""
    relative = request.cheaper or request.pricier  # "cheaper" speaks of the picks, no band
    parsed = None if relative else request.parsed
    who = request.recipient or request.attributes.get("for")
    if not who or who.lower() in SELF:
        for key, value in read_traits(text, avoid=request.avoid, parsed=parsed).items():
            request.attributes.setdefault(key, value)
        return request
    whose, _, _ = who.lower().rpartition("'s ")  # "my kid's teacher": no kid's age
    if whose:
        text = re.sub(rf"\b{re.escape(whose)}'s\b", " ", text)
    theirs, own = _clauses(mine_in_full(text))
    for key, value in read_traits(theirs, avoid=request.avoid, parsed=parsed).items():
        request.attributes.setdefault(key, value)
    if sex := sex_of(who):  # "for my husband": men, unless a need says otherwise
        request.attributes.setdefault("gender", sex)
    if not own:
        return request
    mine = {
        k: v for k, v in extract_attributes(own).items() if k in ("skin", "hair")
    } | read_traits(own, avoid=request.avoid)
    if request.source == "rules":  # the rules read the message as a whole: theirs only now
        for key in ("skin", "hair"):
            if key in mine:
                their_value = extract_attributes(theirs).get(key)
                if their_value:
                    request.attributes[key] = their_value
                else:
                    request.attributes.pop(key, None)
    for key, value in mine.items():
        request.self_attributes.setdefault(key, value)
    request.text = _without_own_types(request.text, mine, request.attributes)
    return request


def _without_own_types(need: str, mine: dict[str, str], theirs: dict[str, str]) -> str:
    """``need`` without the words of the shopper's own skin or hair type that the recipient's
    does not say ("i'm oily but my sister has dry skin, a moisturizer": 'dry skin moisturizer',
    not 'oily dry skin moisturizer', which found creams for oily skin)."""
    for key in ("skin", "hair"):
        own = set(re.findall(r"[a-z-]+", str(mine.get(key, ""))))
        for word in own - set(re.findall(r"[a-z-]+", str(theirs.get(key, "")))):
            need = re.sub(rf"\b{re.escape(word)}\b", " ", need)
    return tidy(need)
