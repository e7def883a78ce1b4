"""Shopper words in other languages read into the catalog's English words.

The catalog (and the embedder) speak English; a message such as "Quiero un champú para cabello
rizado" is read word by word into "i want un shampoo for curly hair" (a hair or skin type said
before the part, as in English) before the rules parse it, so its product type, body part,
attributes and refinements ("algo más barato" -> "something cheaper") are understood. Unknown
words stay as written. The word list is package data (``retrieval/data/lexicon.yaml``), one
section per language. Japanese, Chinese and Korean write no spaces between words (or glue
particles to them): their entries match anywhere, each read as a word of its own, and what is
left of such a message in those scripts (particles, counters) goes once one entry was read
("日焼け止めが欲しいです" -> "sunscreen i want").
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

import yaml


@cache
def _lexicon() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str]]:
    """Every language's entries as one pattern (longest phrases first), the same with those in
    scripts that write no spaces (`CJK`; tried only on text in them: they match anywhere),
    and their English."""
    text = resources.files("retrieval").joinpath("data", "lexicon.yaml").read_text("utf-8")
    entries: dict[str, str] = {}
    for words in yaml.safe_load(text).values():
        for said, english in words.items():
            entries.setdefault(str(said).lower(), str(english))
    keys = sorted(entries, key=len, reverse=True)
    spaced = "|".join(r"\s+".join(map(re.escape, k.split())) for k in keys if not CJK.search(k))
    unspaced = "|".join(r"\s*".join(map(re.escape, k.split())) for k in keys if CJK.search(k))
    between_spaces = rf"(?<![\w'])(?:{spaced})(?![\w'])"
    anywhere = between_spaces + (f"|(?:{unspaced})" if unspaced else "")
    return (
        re.compile(between_spaces, re.IGNORECASE),
        re.compile(anywhere, re.IGNORECASE),
        entries,
    )


CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uff66-\uff9f]+")
"""Japanese kana, Chinese characters and Korean hangul: scripts that write no spaces between
words, or glue particles to them."""


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
    spaced, anywhere, entries = _lexicon()
    found = list((anywhere if CJK.search(text) else spaced).finditer(text))
    said = [entries[" ".join(m.group(0).lower().split())] for m in found]
    for i in range(len(found) - 1):
        part, kind = found[i], found[i + 1]
        between = text[part.end() : kind.start()]
        if said[i] in PARTS and said[i + 1] in TYPES and not between.strip():
            said[i], said[i + 1] = said[i + 1], said[i]
    out, at = [], 0
    for m, english in zip(found, said, strict=True):
        spaced = CJK.search(m.group(0)) is not None
        out += [text[at : m.start()], f" {english} " if spaced else english]
        at = m.end()
    read = "".join([*out, text[at:]])
    if any(CJK.search(m.group(0)) for m in found):  # the particles and counters left: no words
        read = " ".join(CJK.sub(" ", read).split())
    return read


def english_keys() -> list[str]:
    """The lexicon's keys (for checks that none is an everyday English word)."""
    return sorted(_lexicon()[2])
