"""The copy checks' word form: lower case, no possessive "'s", no plural ("Brushes" meets "brush").

The grounding checker (is a word of the copy in the record?) and the copy rubric (does the copy
name the product type, is its hook about the record?) compare words through `stem`, so a word
one of them finds in the record the other finds too. The plural rule is search's own
(`retrieval.tokenize.stem`): the shop has one stemmer.
"""

from __future__ import annotations

from retrieval.tokenize import stem as strip_plural


def stem(word: str) -> str:
    """``word`` lower-cased, without a possessive "'s" or a plural ending.

    "Lashes" -> "lash", "cases" -> "case", "lilies" -> "lily", "boxes" -> "box", "glosses" ->
    "gloss", "Burt's" -> "burt"; short words keep their "s" ("gas", "yes").
    """
    w = word.lower().replace("’", "'").strip("'-&")
    if w.endswith("'s"):
        w = w[:-2]
    return strip_plural(w)
