"""The copy checks' one stemmer: plural and possessive endings off, so "brushes" meets "brush".

The grounding checker (is a word of the copy in the record?) and the copy rubric (does the copy
name the product type, is its hook about the record?) compare words through `stem`, so a word
one of them finds in the record the other finds too.
"""

from __future__ import annotations

_ES_AFTER = ("ss", "sh", "ch", "zz", "x")
"""Endings whose plural adds "es" ("glosses", "brushes", "matches", "fizzes", "boxes"); after
any other letter the "e" belongs to the word ("cases", "roses", "sizes")."""

_NOT_PLURAL = ("ss", "us", "is")
"""Endings in "s" that are not plurals ("gloss", "citrus", "iris")."""


def stem(word: str) -> str:
    """``word`` lower-cased, without a possessive "'s" or a plural ending.

    "Lashes" -> "lash", "cases" -> "case", "lilies" -> "lily", "boxes" -> "box", "glosses" ->
    "gloss", "Burt's" -> "burt"; short words keep their "s" ("gas", "yes").
    """
    w = word.lower().replace("’", "'").strip("'-&")
    if w.endswith("'s"):
        w = w[:-2]
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 3 and w.endswith("es") and w[:-2].endswith(_ES_AFTER):
        return w[:-2]
    if len(w) > 3 and w.endswith("s") and not w.endswith(_NOT_PLURAL):
        return w[:-1]
    return w
