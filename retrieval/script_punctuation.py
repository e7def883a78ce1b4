"""The punctuation of other scripts written as the Latin script's.

Arabic, Persian and Urdu write a comma "،", a semicolon "؛", a question mark "؟" and (Urdu) a
full stop "۔"; the Indian scripts end a sentence with a danda "।"; Chinese and Japanese write
full-width marks ("，", "。", "？"); Armenian and Ethiopic have full stops of their own. None of
them is a letter, yet the rules that read a message know only the Latin marks, so "زيت للشعر،"
kept "،" as a word of its query. `latin_punctuation` writes each as the Latin mark it is.
"""

from __future__ import annotations

OTHER_MARKS = str.maketrans({
    "\u060c": ",",  # Arabic comma
    "\u061b": ";",  # Arabic semicolon
    "\u061f": "?",  # Arabic question mark
    "\u06d4": ".",  # Urdu full stop
    "\u0964": ".",  # Devanagari danda
    "\u0965": ".",  # double danda
    "\u0589": ".",  # Armenian full stop
    "\u055e": "?",  # Armenian question mark
    "\u1362": ".",  # Ethiopic full stop
    "\u1363": ",",  # Ethiopic comma
    "\u0387": ";",  # Greek ano teleia
    "\u037e": "?",  # Greek question mark
    "\u3001": ",",  # ideographic comma
    "\u3002": ".",  # ideographic full stop
    "\uff0c": ",",  # full-width comma
    "\uff0e": ".",
    "\uff1f": "?",
    "\uff01": "!",
    "\uff1a": ":",
    "\uff1b": ";",
    "\uff08": "(",
    "\uff09": ")",
})  # fmt: skip
"""Each mark of another script, to the Latin mark it is."""


def latin_punctuation(text: str) -> str:
    """``text`` with the punctuation of other scripts written as the Latin script's ("،" ->
    ",", "؟" -> "?", "।" -> ".", "，" -> ","); letters and the Latin marks unchanged."""
    return text if text.isascii() else text.translate(OTHER_MARKS)
