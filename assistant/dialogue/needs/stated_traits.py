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
from assistant.dialogue.needs.stated_needs import extract_attributes
from assistant.dialogue.needs.traits_as_said import (
    alternatives,
    concerns_described,
    concerns_treated,
    features_said,
    marks_said,
    ruled_out_before,
    shades_said,
    what_is_asked,
)
from assistant.dialogue.needs.wording import sex_of, tidy
from assistant.dialogue.phrases.person_traits import (
    AGE,
    AGE_GROUPS,
    CLAUSE_BREAK,
    COMPLEXION_PRODUCTS,
    CONCERN_NAMES,
    GENDERS,
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
    BEHAVIOURS,
    COLOUR_CONTEXT,
    COLOUR_NAMES,
    COLOUR_WORDS,
    COUNTS,
    DESCRIBED_FORMULAS,
    ETHICS,
    FILTERED,
    FINISHES,
    FLAVOUR,
    FORM_WORDS,
    FORMS_AFTER_A_TYPE,
    FORMULAS,
    FREE_OF,
    INGREDIENTS,
    NOT_A_COLOUR_AFTER,
    NOT_A_FORM_AFTER,
    NOT_A_SCENT,
    NOT_A_SCENT_AFTER,
    NOT_A_SCENTS_NAME,
    PACK,
    SCENT_NAMES,
    SCENT_OF,
    SCENTS,
    SIZES,
    SMELL,
    SMELLS_LIKE,
    SPF,
    SPF_HIGH,
    SPF_WANTED,
    UNIT_NAMES,
    UNSCENTED,
)
from assistant.dialogue.phrases.shopper_states import CONCERNS
from assistant.dialogue.request import Intent, Request
from retrieval.lexicon import in_american_spelling
from retrieval.query import ParsedQuery
from retrieval.tokenize import STOP_WORDS

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


_SCENT = re.compile(
    rf"\b({alternatives(SCENTS)})(?:e?s|y)?\b(?!\s+{NOT_A_SCENT_AFTER}\b)"
)  # "peaches", "minty", "lemony"
_SMELL = re.compile(rf"\b{SMELL}\b")
_SCENTED = re.compile(r"\b([a-z]{3,})[- ]scent(?:s|ed)?\b")
"""A word before "scent" or "scented" ("a cake scented wash", "a cotton scent"): the scent
named, unless it names none (`NOT_A_SCENTS_NAME`)."""
_JOINED_TO_A_SCENT = re.compile(
    rf"\b({SCENT_OF})(?:\s*,\s*|\s+(?:and|&|n|yet)\s+)(?=(?:{alternatives(SCENTS)})\b)"
    rf"|\b(?:{alternatives(SCENTS)})(?:\s*,\s*|\s+(?:and|&|n)\s+)({SCENT_OF})\b"
)
"""A scent word joined to a scent by name ("fresh and citrusy", "vanilla and warm"): both scents."""
_A_SCENT = re.compile(
    rf"\b({SCENT_OF})\s+(?:{SMELL}|perfumes?|colognes?|body (?:sprays?|mists?)|eau de \w+)\b"
)
"""A scent word before a word for a scent or a fragrance ("a fresh scent", "a sweet perfume",
"a light cologne")."""
_COLOUR = re.compile(rf"\b({alternatives(COLOUR_WORDS)})(?:e?s|d?ish|d?er|e?y)?\b")  # "pinkish",
# "pinker", "pinky", "orangey"
_INGREDIENT = re.compile(rf"\b({alternatives(INGREDIENTS)})\b")
_FINISH = re.compile(rf"\b({alternatives(FINISHES)})\b(?![- ]free\b)")  # not "shimmer-free"
_DESCRIBED = re.compile(rf"\b({alternatives(DESCRIBED_FORMULAS)})\b")
_FORMULA = re.compile(rf"\b({alternatives(FORMULAS)})\b(?![-'](?:free|based))")
_DUAL = frozenset(SCENTS) & frozenset(COLOUR_WORDS)
"""Words that are a scent or a colour by what is beside them ("lavender")."""
_ONLY_A_COLOUR = alternatives(w for w in COLOUR_WORDS if w not in _DUAL)
_BESIDE_A_COLOUR = (
    re.compile(rf"[\s-]+(?:{_ONLY_A_COLOUR})\b"),
    re.compile(rf"\b(?:{_ONLY_A_COLOUR})(?:d?ish|e?y)?[\s-]+$"),
)
"""A colour word right after or before a word ("orangey red", "pinkish peach"): a fruit or
flower word there is a colour too."""
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


def _join(values: Iterable[str]) -> str:
    return ", ".join(dict.fromkeys(v for v in values if v))


def _scents_and_colours(text: str, avoid: frozenset[str]) -> tuple[str, str]:
    """The scents and the colours said, a fruit or flower word a colour beside a colour word
    ("lavender nail polish") and a scent otherwise ("a lavender body wash")."""
    coloured = re.search(COLOUR_CONTEXT, text) is not None
    scents, colours = [], []

    def beside_a_colour(m: re.Match[str]) -> bool:
        after, before = _BESIDE_A_COLOUR
        return bool(after.match(text, m.end()) or before.search(text[: m.start()]))

    taken: list[tuple[int, int]] = []
    for m in _SCENT.finditer(text):
        word = m.group(1)
        flavour = re.match(FLAVOUR, text[m.end() :]) is not None  # "mint flavour"
        if (
            word in avoid
            or ruled_out_before(text, m.start())
            or (word in _DUAL and (coloured or beside_a_colour(m)) and not flavour)
        ):
            continue
        scents += [word, SCENT_NAMES.get(word, "")]
        taken.append(m.span())
    for m in _A_SCENT.finditer(text):  # "a fresh scent", "a sweet perfume"
        if not ruled_out_before(text, m.start()):
            scents += re.findall(SCENT_OF, m.group(1))  # "lightly scented": light
    for m in _JOINED_TO_A_SCENT.finditer(text):  # "fresh and citrusy"
        if not ruled_out_before(text, m.start()):
            scents.append(m.group(1) or m.group(2))
    for m in _SMELL.finditer(text):  # "smells fresh and clean"
        after = re.match(
            rf"\s+(?:\w+\s+)?({SCENT_OF}(?:(?:,\s*|\s+and\s+|\s+or\s+){SCENT_OF})*)\b",
            text[m.end() :],
        )
        if after and not ruled_out_before(text, m.start()):
            scents += re.findall(SCENT_OF, after.group(1))
    for m in _SCENTED.finditer(text):  # "a cake scented body wash"
        word = m.group(1)
        if not (
            word in NOT_A_SCENTS_NAME
            or word in STOP_WORDS
            or re.fullmatch(SCENT_OF, word)
            or ruled_out_before(text, m.start())
        ):
            scents.append(word)
    for m in re.finditer(SMELLS_LIKE, text):  # "smells like the beach"
        words = [w for w in m.group(1).split() if w not in NOT_A_SCENT]
        if words and not ruled_out_before(text, m.start()):
            scents.append(" ".join(words))
    if re.search(UNSCENTED, text):
        scents = ["unscented"]
    for m in _COLOUR.finditer(text):
        word = m.group(1)
        if any(a <= m.start() < b for a, b in taken) or word in avoid:
            continue
        dual = word in _DUAL and not (coloured or beside_a_colour(m))
        if dual or (word in _DUAL and re.match(FLAVOUR, text[m.end() :])):
            continue
        if re.match(NOT_A_COLOUR_AFTER, text[m.end() :]):
            continue  # "black tea", "blackheads", "dark circles": no colour
        if not ruled_out_before(text, m.start()):
            colours.append(COLOUR_NAMES.get(word, word))
    shades = [
        s for s in shades_said(text) if s not in avoid and not (s in _DUAL and s in scents)
    ]  # "emerald green", "a mahogany dye": the shade as said, and its colours
    return _join(scents), _join([*colours, *shades])


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


def _formulas(text: str) -> str:
    """The forms said before another product word, with a word for the form or right after
    the type (`_forms_after_a_type`: "a deodorant stick"), and what a formula is said to be
    ("waterproof") or to do (`BEHAVIOURS`: "dries fast": quick-drying)."""
    found = []
    named = [i.span() for i in _INGREDIENT.finditer(text)]
    for m in _FORMULA.finditer(text):
        after = re.match(r"[\s-]*([a-z']+)", text[m.end() :])
        nxt = after.group(1) if after else ""
        formed = re.match(rf"\s+{FORM_WORDS}\b", text[m.end() :]) or re.search(
            r"\bin (?:a |an )?$", text[: m.start()]
        )
        if ruled_out_before(text, m.start()) or any(a < m.start() < b for a, b in named):
            continue  # "an argan oil shampoo": the oil is argan's, no oil formula
        if formed or (nxt and nxt not in NOT_A_FORM_AFTER and not nxt.isdigit()):
            found.append(FORMULAS[m.group(1)])
    found += _forms_after_a_type(text)
    found += [
        DESCRIBED_FORMULAS[m.group(1)]
        for m in _DESCRIBED.finditer(text)
        if not ruled_out_before(text, m.start())
    ]
    found += [name for pattern, name in FILTERED if re.search(pattern, text)]
    found += [
        name
        for pattern, name in BEHAVIOURS
        if any(not ruled_out_before(text, m.start()) for m in re.finditer(pattern, text))
    ]
    free_of = (in_american_spelling(m.group(1)) for m in re.finditer(FREE_OF, text))
    found += [f"{what}-free" for what in free_of]
    return _join(found)


_FORM_AFTER = re.compile(
    rf"\b([a-z]{{3,}})[\s-]+({alternatives(FORMS_AFTER_A_TYPE)})\b(?=\s*(?:[,.;:!?)]|$)|"
    r"\s+([a-z']+))"
)


def _forms_after_a_type(text: str) -> list[str]:
    """The forms said right after a type's word and last in its phrase ("a deodorant stick that
    doesn't mark": stick; "sunscreen spray, spf 30": spray), not after a word of no type ("a
    good balm for", `STOP_WORDS`) nor of an ingredient ("shea butter")."""
    found = []
    for m in _FORM_AFTER.finditer(text):
        before, form, nxt = m.group(1), m.group(2), m.group(3) or ""
        if before in STOP_WORDS or before in NOT_A_FORM_AFTER or before in FORMULAS:
            continue
        if nxt and nxt not in NOT_A_FORM_AFTER and nxt not in STOP_WORDS:
            continue  # "a spray bottle", "a powder brush": read before another word or none
        if not ruled_out_before(text, m.start()):
            found.append(FORMULAS.get(form, form))
    return found


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
    return _join([*found, *as_said])


def _age_group(text: str) -> str:
    for pattern, name in AGE_GROUPS:
        if re.search(pattern, text):
            return name
    m = re.search(AGE, text)
    if m is None:
        return ""
    decade = m.group(5)  # "in her 40s"
    age = int(decade) * 10 if decade else int(next(g for g in m.groups()[:4] if g))
    if age < 3:
        return "baby"
    if age < 13:
        return "kids"
    if age < 20:
        return "teen"
    return "adult" if age < 50 else "mature"


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
    found["scent"], found["color"] = _scents_and_colours(text, ruled_out)
    found["finish"] = _join(
        FINISHES[m.group(1)]
        for m in _FINISH.finditer(text)
        if not ruled_out_before(text, m.start())
    )
    found["formula"] = _formulas(text)
    described = concerns_described(text)
    found["concern"] = _concerns(text, described)
    states = {w for said, _ in described for w in said.split()}  # "my skin gets red": a state,
    # no colour wanted
    found["color"] = _join(c for c in found["color"].split(", ") if c not in states)
    found["ingredient"] = _join(
        m.group(1)
        for m in _INGREDIENT.finditer(text)
        if not _ruled_out(m.group(1), ruled_out) and not ruled_out_before(text, m.start())
    )
    found["size"] = _join(_sizes(text))
    spf = [a or b for a, b in re.findall(SPF, text)]
    wanted = "high" if re.search(SPF_HIGH, text) else "yes" if re.search(SPF_WANTED, text) else ""
    found["spf"] = _join(spf) or wanted
    found["gender"] = _gender(text)
    found["age_group"] = _age_group(text)
    tones = [m.group(2) for m in re.finditer(SKIN_TONE, text)]
    tones += [a or b for a, b in re.findall(SKIN_TONE_OF, text)]
    tones += re.findall(TONE_OF_PEOPLE, text) + (["dark"] if re.search(OF_COLOUR, text) else [])
    tones += [f"{u} undertone" for u in re.findall(UNDERTONE, text)]
    if re.search(COMPLEXION_PRODUCTS, text):  # "a concealer in a deep shade"
        tones += re.findall(TONE_OF_A_SHADE, text)
    found["skin_tone"] = _join(tones)
    found["ethics"] = _join(name for pattern, name in ETHICS if re.search(pattern, text))
    found["price_band"] = _price_band(text, parsed)
    return {k: v for k, v in found.items() if v}


def _gender(text: str) -> str:
    """Whom the product is made for by sex (`GENDERS`), not where ruled out ("not too girly");
    men and women said in one clause are unisex ("a men's and a women's perfume"), in two the
    one said last ("those are all for women, I need men's": what was shown, then what is
    wanted)."""
    said = {  # each gender at its last place said
        name: max(starts)
        for pattern, name in GENDERS
        if (
            starts := [
                m.start()
                for m in re.finditer(pattern, text)
                if not ruled_out_before(text, m.start())
            ]
        )
    }
    if "unisex" in said or not said:
        return "unisex" if said else ""
    if len(said) == 1:
        return next(iter(said))
    first, last = sorted(said, key=said.__getitem__)
    between = text[said[first] : said[last]]
    return last if re.search(CLAUSE_BREAK, between) else "unisex"


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
    request.attributes["concern"] = _join([*named, *treated])
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
    if other := _join(named):
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
