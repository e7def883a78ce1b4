"""The scents and the colours a message says (issue 17: the labelled ``scent`` and ``color``),
read by the words of `phrases.product_traits`: a fruit or flower word is a colour beside a colour
word ("lavender nail polish") and a scent otherwise ("a lavender body wash"); `stated_traits`
reads them with the other traits."""

from __future__ import annotations

import re

from assistant.dialogue.needs.traits_as_said import alternatives, ruled_out_before, shades_said
from assistant.dialogue.needs.wording import joined
from assistant.dialogue.phrases.product_traits import (
    COLOUR_CONTEXT,
    COLOUR_NAMES,
    COLOUR_WORDS,
    FLAVOUR,
    NOT_A_COLOUR_AFTER,
    NOT_A_SCENT,
    NOT_A_SCENT_AFTER,
    NOT_A_SCENTS_NAME,
    SCENT_NAMES,
    SCENT_OF,
    SCENTS,
    SMELL,
    SMELLS_LIKE,
    UNSCENTED,
)
from retrieval.tokenize import STOP_WORDS

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
_DUAL = frozenset(SCENTS) & frozenset(COLOUR_WORDS)
"""Words that are a scent or a colour by what is beside them ("lavender")."""
_ONLY_A_COLOUR = alternatives(w for w in COLOUR_WORDS if w not in _DUAL)
_BESIDE_A_COLOUR = (
    re.compile(rf"[\s-]+(?:{_ONLY_A_COLOUR})\b"),
    re.compile(rf"\b(?:{_ONLY_A_COLOUR})(?:d?ish|e?y)?[\s-]+$"),
)
"""A colour word right after or before a word ("orangey red", "pinkish peach"): a fruit or
flower word there is a colour too."""


def scents_and_colours(text: str, avoid: frozenset[str]) -> tuple[str, str]:
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
    return joined(scents), joined([*colours, *shades])
