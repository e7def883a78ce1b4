"""Attributes said without their usual name (issue 17: the labelled ``concern``, ``color`` and
``other``), read by the patterns of ``retrieval/data/traits_as_said.yaml`` (`TRAITS_FILE`):

- a concern said as what a part of someone does or is ("my skin gets red and tight": redness,
  dryness; "my pits stink": body odor; "breakouts on my chin": acne), `concerns_described`;
- a colour said by a thing of that colour or as a shade of one ("polish the colour of claret":
  wine; "emerald green", "a mahogany dye", "hot pink"), `shades_said`;
- what else a product should do or have, or a question about the picks asks of them
  ("cordless", "a tanner that doesn't streak", "is it loud?": noise), `features_said`.

`stated_traits` joins the first two to what it reads by name and puts the last under
``other``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from types import MappingProxyType
from typing import cast

from assistant.dialogue.phrases.person_traits import (
    MARKS,
    NOT_LIKE_A_MARK,
    NOT_TREATED,
    TREATED,
    TREATED_PARTS,
)
from assistant.dialogue.phrases.product_traits import (
    COLOUR_CONTEXT,
    COLOUR_WORDS,
    NEGATION,
    NOT_A_BEHAVIOUR,
    NOT_A_COLOUR_AFTER,
    NOT_DOING,
)
from retrieval.data_files import load_yaml, pattern_writer
from retrieval.tokenize import STOP_WORDS

TRAITS_FILE = "traits_as_said.yaml"
"""The patterns (package data beside the lexicon, ``retrieval/data/traits_as_said.yaml``)."""

LINK = (
    r"(?:is|are|was|were|gets?|got|gotten|getting|goes|go|going|went|gone|feels?|felt|looks?|"
    r"turns?|turning|keeps?|has|have|been|becomes?|becoming|become|starts?|started|starting|"
    r"begun|began|to|always|so+|really|very|super|all|kinda|kind of|a bit|a little|too|ever|"
    r"rather|positively|terribly|constantly|still|quite|pretty|extremely|just|like|totally|"
    r"literally|also|often|easily|by|it|its|it's|they|they're|that|which|from)"
)
"""Words between a part and what it does or is ("my skin *gets really* red", "my lips *keep*
peeling"); one other state may stand between them and the state ("my skin gets *red and*
tight")."""
TYPE_BETWEEN = (
    r"(?:dry|oily|greasy|sensitive|mature|combination|combo|acne[- ]prone|normal|curly|wavy|"
    r"coily|straight|fine|thick|thin|coarse|long|short|colou?r[- ]treated|bleached|damaged)"
)
"""A skin or hair type said between a state and its part ("itchy *dry* skin", "thinning
*curly* hair"): the state is still said of the part."""
STATE_ENDS = (
    r"(?=\s*(?:[,.;:!?)]|$)|\s+(?:and|but|so|or|in|at|by|after|when|all|every|from|"
    r"out|lately|now|anymore|again|too|like|with|because|cause|since|if|during|each|the|"
    r"between|before|on|for|of)\b)"
)
"""Where a state said right after its part ends ("hair falling out", "lips dry, ..."): never
a product word ("a hair flat iron" says no flat hair)."""
QUESTION_FILLER = frozenset(
    {"does", "do", "did", "is", "are", "was", "will", "would", "can", "could", "should", "it",
     "its", "it's", "they", "them", "this", "that", "these", "those", "one", "ones", "first",
     "second", "third", "last", "cheapest", "cheaper", "pricier", "priciest", "other", "either",
     "both", "which", "what", "how", "much", "any", "have", "has", "get", "got", "come", "know",
     "you", "your", "me", "my", "i", "tell", "about", "really", "actually", "also", "still",
     "too", "very", "so", "ok", "okay", "hmm", "hey", "um", "please", "pls", "tho",
     "though", "particularly", "whether", "wonder", "wondering", "curious", "quick", "question"}
)  # fmt: skip
"""Words of a question about the picks that name nothing asked of them ("does *the first one*
streak?"): the rest is what it asks (`what_is_asked`)."""


@dataclass(frozen=True)
class _Traits:
    """The patterns of `TRAITS_FILE`, compiled."""

    concerns: Mapping[str, _Concern]
    shades: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...]
    shade_said: re.Pattern[str]
    features: Mapping[str, re.Pattern[str]]
    asked: Mapping[str, re.Pattern[str]]


def alternatives(words: Iterable[str], patterns: Iterable[str] = ()) -> str:
    """The words (escaped) and the patterns as one alternation, longest first: none is tried
    after a shorter one it starts with ("pinkish" before "pink")."""
    return "|".join(sorted([*map(re.escape, words), *patterns], key=len, reverse=True))


@dataclass(frozen=True)
class _Concern:
    """One concern of `TRAITS_FILE`, compiled: what says it (a part, a few linking words and a
    state, `LINK`, `STATE_ENDS`; a state before its part, "red cheeks", unless ``before`` is
    false: "dark eyes" are a colour; a phrase said alone), and its parts and states alone
    (None: said alone only)."""

    said: re.Pattern[str]
    parts: re.Pattern[str] | None
    states: re.Pattern[str] | None
    skin_type: str = ""


def _concern(entry: Mapping[str, object], written: Callable[[str], str]) -> _Concern:
    forms: list[str] = []
    parts = states = None
    if "of" in entry:
        part = "|".join(written(str(p)) for p in cast(list[str], entry["of"]))
        state = written(str(entry["states"]))
        listed = rf"(?:{part})(?:\s*(?:,|and|&)\s*(?:{part}))*"
        forms.append(rf"\b(?:{listed})(?:[,.]?\s+{LINK})+\s+(?:[a-z]+,? (?:and|&) )?(?:{state})\b")
        forms.append(rf"\b(?:{listed})\s+(?:{state})\b{STATE_ENDS}")
        if entry.get("before", True):
            forms.append(
                rf"\b(?:{state})(?:(?:,\s*|\s+)(?:and\s+)?{TYPE_BETWEEN})?\s+"
                rf"(?:{written('{whose}')}\s+)?(?:{listed})\b"
            )
        parts, states = re.compile(rf"\b(?:{part})\b"), re.compile(rf"\b(?:{state})\b")
    if "alone" in entry:
        forms.append(rf"\b(?:{written(str(entry['alone']))})")
    return _Concern(re.compile("|".join(forms)), parts, states, str(entry.get("skin_type", "")))


@cache
def _traits() -> _Traits:
    """`TRAITS_FILE`, read and compiled once, on first use."""
    data = load_yaml(TRAITS_FILE)
    written = pattern_writer(data["parts"])
    colours = data["colours"]
    shade_keys = list(colours["shades"])
    modifiers = "".join(colours["modifiers"].split())
    colour = alternatives(COLOUR_WORDS, shade_keys)
    return _Traits(
        concerns=MappingProxyType({k: _concern(v, written) for k, v in data["concerns"].items()}),
        shades=tuple(
            (re.compile(rf"(?:{key})"), tuple(names)) for key, names in colours["shades"].items()
        ),
        shade_said=re.compile(
            rf"\b(?:(?P<modifier>{modifiers})[\s-]+)?(?P<colour>{colour})(?:e?s|ish)?\b"
        ),
        features=MappingProxyType(
            {k: re.compile("|".join(v)) for k, v in data["features"].items()}
        ),
        asked=MappingProxyType({k: re.compile("|".join(v)) for k, v in data["asked"].items()}),
    )


def ruled_out_before(text: str, start: int) -> bool:
    """Whether the words just before ``start`` of ``text`` rule out what is said there ("not
    floral", "a mascara that doesn't flake": `NEGATION`)."""
    return re.search(NEGATION, text[max(0, start - 40) : start]) is not None


def concerns_described(text: str) -> list[tuple[str, str]]:
    """The concerns ``text`` (lower case) describes by what a part of someone does or is, each
    as said (the state and the part: "my scalp is dry and itchy": 'dry scalp', 'itchy scalp';
    "hands that crack": 'crack hands'; else the phrase: 'sweat so much') and by its name in
    `TRAITS_FILE` (dry scalp, dandruff; itchy scalp; cracked hands; sweat); none that is ruled
    out ("not greasy")."""
    found: list[tuple[str, str]] = []
    for name, concern in _traits().concerns.items():
        for m in concern.said.finditer(text):
            if ruled_out_before(text, m.start()):
                continue
            said = m.group(0)
            state = concern.states.search(said) if concern.states else None
            part = concern.parts.search(said) if concern.parts else None
            if state and part:
                said = f"{state.group(0)} {part.group(0)}"
            found.append((said, name))
    return list(dict.fromkeys(found))


def concerns_treated(text: str) -> list[str]:
    """The concerns ``text`` (lower case) says a product should treat, as said after what it
    does to them (`TREATED`: "a serum to fade the sun spots on my cheeks": 'sun spots';
    "something that helps with crepey skin": 'crepey'), up to a word that ends them or says
    none (`NOT_TREATED`: "fix my makeup" treats nothing); none that is ruled out."""
    found = []
    for m in re.finditer(TREATED, text):
        words = []
        for word in m.group("concern").split():
            if word in NOT_TREATED or word in STOP_WORDS or (word in TREATED_PARTS and not words):
                break
            words.append(word)
            if word in TREATED_PARTS:  # "crepey skin", "crow's feet"
                break
        if words and not ruled_out_before(text, m.start()):
            found.append(" ".join(words))
    return list(dict.fromkeys(found))


def marks_said(text: str) -> list[str]:
    """The marks on a part of the body ``text`` (lower case) says by their noun and what they
    are like (`MARKS`: "the rough patches on my elbows": 'rough patches'), not a product's or a
    concern's name (`NOT_LIKE_A_MARK`: "eye patches", "dark spots"); none ruled out."""
    return list(
        dict.fromkeys(
            m.group(0)
            for m in re.finditer(MARKS, text)
            if m.group("like") not in NOT_LIKE_A_MARK
            and m.group("like") not in STOP_WORDS
            and not ruled_out_before(text, m.start())
        )
    )


def skin_types_described(text: str) -> list[str]:
    """The skin types ``text`` (lower case) says by a concern described that says one
    (`concerns_described`, the concern's ``skin_type`` in `TRAITS_FILE`: "everything i put on my
    face stings": sensitive; "my face is an oil slick by noon": oily; "hands that crack": dry)."""
    concerns = _traits().concerns
    types = (concerns[name].skin_type for _, name in concerns_described(text))
    return list(dict.fromkeys(t for t in types if t))


def _colours_of(shade: str) -> tuple[str, ...]:
    """The colours a shade word of `TRAITS_FILE` is ("claret": wine, burgundy, dark red); none
    for another word."""
    return next((names for p, names in _traits().shades if p.fullmatch(shade)), ())


def shades_said(text: str) -> list[str]:
    """The shades ``text`` (lower case) asks for, as said, each with the colours it is
    ("emerald green": 'emerald green', 'green'; "a mahogany dye": 'mahogany', 'brown', 'red',
    'auburn'). A shade said without a colour word beside it counts only beside a word for a
    colour ("a terracotta lipstick", "the colour of claret"), as a fruit word does."""
    traits = _traits()
    coloured = re.search(COLOUR_CONTEXT, text) is not None
    found: list[str] = []
    for m in traits.shade_said.finditer(text):
        colour, modifier = m.group("colour"), m.group("modifier")
        names = [n for word in (modifier, colour) if word for n in _colours_of(word)]
        if ruled_out_before(text, m.start()) or not (modifier or names):
            continue
        if re.match(NOT_A_COLOUR_AFTER, text[m.end() :]):
            continue  # "deep brown skin": a skin tone
        if not modifier and not coloured:
            continue
        shade = f"{modifier} {colour}" if modifier else colour
        found += [shade] if shade in COLOUR_WORDS or not modifier else [shade, colour]  # not
        # "gold" of "rose gold"
        found += names
    return list(dict.fromkeys(found))


def features_said(text: str, *, asked: bool = False) -> list[str]:
    """What else ``text`` (lower case) wants a product to do or have, as said and by its name in
    `TRAITS_FILE` ("a quiet dryer": quiet, noise; "a tanner that doesn't streak": streak);
    asked of the picks (``asked``), also what only a question asks ("is it heavy?": heavy,
    weight)."""
    traits = _traits()
    patterns = {**traits.features, **traits.asked} if asked else traits.features
    found = [
        said
        for name, pattern in patterns.items()
        if (m := pattern.search(text))
        for said in (m.group(0), name)
    ]
    return list(dict.fromkeys([*found, *_not_doing(text)]))


def _not_doing(text: str) -> list[str]:
    """What ``text`` (lower case) wishes a product not to do or be, by its word (`NOT_DOING`:
    "a polish that doesn't chip": chip; "a dryer that isn't too heavy": heavy), not a word that
    says no behaviour (`NOT_A_BEHAVIOUR`: "doesn't break the bank")."""
    words = (m.group("does") or m.group("is") for m in re.finditer(NOT_DOING, text))
    return [w for w in words if w not in NOT_A_BEHAVIOUR and w not in STOP_WORDS]


def what_is_asked(text: str) -> list[str]:
    """The words of a question about the picks ``text`` (lower case) that ask something of
    them, the words that name the picks or make the question (`QUESTION_FILLER`, stop words)
    left out: "does the first one have a cool shot button?": 'cool shot button'; none left:
    nothing."""
    words = [
        w
        for w in re.findall(r"[a-z][a-z'-]*", text)
        if w not in QUESTION_FILLER and w not in STOP_WORDS
    ]
    return [" ".join(words)] if words else []
