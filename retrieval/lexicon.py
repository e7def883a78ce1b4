"""Shopper words in other languages read into the catalog's English words.

The catalog (and the embedder) speak English; a message such as "Quiero un champú para cabello
rizado" is read word by word into "i want un shampoo for curly hair" (a hair or skin type said
before the part, as in English) before the rules parse it, so its product type, body part,
attributes and refinements ("algo más barato" -> "something cheaper") are understood. Unknown
words stay as written. The word list is package data (``retrieval/data/lexicon.yaml``), one
section per language.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

import yaml


@cache
def _lexicon() -> tuple[re.Pattern[str], dict[str, str]]:
    """Every language's entries as one pattern (longest phrases first) and their English."""
    text = resources.files("retrieval").joinpath("data", "lexicon.yaml").read_text("utf-8")
    entries: dict[str, str] = {}
    for words in yaml.safe_load(text).values():
        for said, english in words.items():
            entries.setdefault(str(said).lower(), str(english))
    keys = sorted(entries, key=len, reverse=True)
    alternatives = "|".join(r"\s+".join(map(re.escape, k.split())) for k in keys)
    return re.compile(rf"(?<![\w'])(?:{alternatives})(?![\w'])", re.IGNORECASE), entries


PARTS = frozenset({"hair", "skin"})
"""What a hair or skin type is said of."""
TYPES = frozenset({
    "dry", "oily", "greasy", "combination", "sensitive", "normal", "mature", "curly", "wavy",
    "straight", "frizzy", "fine", "thin", "thick", "coarse", "damaged", "colored", "dyed",
})  # fmt: skip
"""Hair and skin types: said after the part in Spanish, French, Italian or Portuguese
("cheveux gras", "cabello rizado"), before it in English ("oily hair", "curly hair")."""


def to_catalog_words(text: str) -> str:
    """``text`` with the words and phrases of other languages the lexicon knows replaced by
    the catalog's English ones; everything else (English, brands, numbers) unchanged. A hair
    or skin type said after the part ("cheveux gras") is said before it, as English does
    ("oily hair", the phrase the rules read as a stated type), where both words were read."""
    pattern, entries = _lexicon()
    found = list(pattern.finditer(text))
    said = [entries[" ".join(m.group(0).lower().split())] for m in found]
    for i in range(len(found) - 1):
        part, kind = found[i], found[i + 1]
        between = text[part.end() : kind.start()]
        if said[i] in PARTS and said[i + 1] in TYPES and not between.strip():
            said[i], said[i + 1] = said[i + 1], said[i]
    out, at = [], 0
    for m, english in zip(found, said, strict=True):
        out += [text[at : m.start()], english]
        at = m.end()
    return "".join([*out, text[at:]])


def english_keys() -> list[str]:
    """The lexicon's keys (for checks that none is an everyday English word)."""
    return sorted(_lexicon()[1])
