"""A word of a language written in Latin letters written back in its own script.

A shopper whose keyboard lacks Cyrillic writes Russian in Latin letters ("ishchu tush dlya
resnits": ищу тушь для ресниц). The letters each such language writes, and how, are package
data (``retrieval/data/transliterations.yaml``, one section per language); `in_own_script`
writes a word back, the longest letters first ("shch" before "sh" before "s"), an "i" or "y"
after a vowel as the consonant ("rublei": рублей) and an apostrophe as the soft sign.
`retrieval.lexicon` reads such a message by its section's keys.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from retrieval.data_files import load_yaml


@dataclass(frozen=True)
class _Letters:
    """How one language's Latin letters are written in its script: the letters, by their
    first letter, longest first, with theirs; the vowels; what an "i" or "y" after a vowel is;
    the apostrophe's."""

    letters: dict[str, tuple[tuple[str, str], ...]]
    vowels: frozenset[str]
    after_vowel: dict[str, str]
    apostrophe: str


@cache
def _tables() -> dict[str, _Letters]:
    """Each language's letters, read from the data file once."""
    tables = {}
    for language, table in load_yaml("transliterations.yaml").items():
        letters = {str(k): str(v) for k, v in table["letters"].items()}
        by_first: dict[str, list[tuple[str, str]]] = {}
        for latin, own in sorted(letters.items(), key=lambda kv: len(kv[0]), reverse=True):
            by_first.setdefault(latin[0], []).append((latin, own))
        tables[str(language)] = _Letters(
            letters={first: tuple(said) for first, said in by_first.items()},
            vowels=frozenset(str(table.get("vowels", ""))),
            after_vowel={str(k): str(v) for k, v in (table.get("after_vowel") or {}).items()},
            apostrophe=str(table.get("apostrophe", "")),
        )
    return tables


def transliterated_languages() -> tuple[str, ...]:
    """The languages a message in Latin letters may be written in (their lexicon sections)."""
    return tuple(_tables())


def in_own_script(word: str, language: str) -> str:
    """``word`` (Latin letters, any case) written in ``language``'s script, lower case:
    "resnits" -> "ресниц", "rublei" -> "рублей", "tush'" -> "тушь"; a letter the table
    lacks stays as written."""
    table = _tables()[language]
    latin, out, at = word.lower(), [], 0
    while at < len(latin):
        letter = latin[at]
        if letter == "'":
            out.append(table.apostrophe)
            at += 1
            continue
        if at and latin[at - 1] in table.vowels and letter in table.after_vowel:
            following = latin[at + 1 : at + 2]
            if not following or following not in table.vowels:
                out.append(table.after_vowel[letter])  # "moy", "rublei": мой, рублей
                at += 1
                continue
        latin_letters, own = next(
            ((k, v) for k, v in table.letters.get(letter, ()) if latin.startswith(k, at)),
            (letter, letter),
        )
        out.append(own)
        at += len(latin_letters)
    return "".join(out)
