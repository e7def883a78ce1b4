"""The scripts a message may be written in, as the lexicon tells them apart: the unspaced ones
(`CJK`), the letters of a word (`LETTER`), the scripts other than the Latin one."""

from __future__ import annotations

import re

CJK = re.compile(
    r"[\u0e00-\u0e3e\u0e40-\u0e7f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uff66-\uff9f]+"
)
"""Thai, Japanese kana, Chinese characters and Korean hangul: scripts that write no spaces
between words, or glue particles to them."""


MARKS = r"\u0300-\u036f\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u0900-\u0dff"
"""Combining marks (accents, Hebrew and Arabic vowel points, the vowel signs of the Indian
scripts) that are part of a word though ``\\w`` does not say so."""


LETTER = rf"[\w'{MARKS}]"
"""A character inside a word, where a key must not begin or end."""


OTHER_SCRIPTS = re.compile(
    r"[\u0370-\u03ff\u0400-\u052f\u0530-\u058f\u0590-\u05ff\u0600-\u06ff\u0700-\u08ff"
    r"\u0900-\u0dff\u0e00-\u0eff\u10a0-\u10ff\u1100-\u11ff\u1200-\u137f\u3040-\u30ff"
    r"\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]"
)
"""Letters of scripts other than the Latin one (Greek, Cyrillic, Armenian, Hebrew, Arabic, the
Indian scripts, Thai, Georgian, Ethiopic, Japanese, Chinese, Korean)."""


WORDS_APART = re.compile(rf"{LETTER}+")
