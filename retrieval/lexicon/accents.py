"""Latin letters written without their accents and marks (`without_accents`)."""

from __future__ import annotations

import unicodedata

LATIN_LETTERS = {"ł": "l", "ø": "o", "đ": "d", "ß": "ss", "ı": "i"}
"""Latin letters that are no letter with a mark, written plain as their base letter."""


def without_accents(text: str) -> str:
    """The text with its Latin letters' accents and marks left off ("soția" -> "sotia",
    "sèche" -> "seche", "złoty" -> "zloty"); letters of other scripts stay as written ("й")."""
    return "".join(_plain_letter(c) for c in text)


def _plain_letter(c: str) -> str:
    """A Latin letter without its marks; any other character as it is."""
    if c in LATIN_LETTERS:
        return LATIN_LETTERS[c]
    base = unicodedata.normalize("NFD", c)[0]
    return base if base.isascii() else c
