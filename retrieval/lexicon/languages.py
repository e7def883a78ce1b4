"""The English and the language of a key a message matched, and the keys read in the language
most of the message's words are in (keys several languages write, words read in context)."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache, lru_cache

from retrieval.lexicon.tables import _Lexicon, _lexicon


def _english(said: str, lexicon: _Lexicon) -> str:
    """The English of a match: its key's, or that of the first stem or prefixed key it is."""
    plain = " ".join(said.lower().split())
    if plain in lexicon.entries:
        return lexicon.entries[plain]
    if (joined := plain.replace(" ", "")) in lexicon.entries:  # an unspaced key, spaces between
        return lexicon.entries[joined]
    found = _pattern_read(said)
    if found is None:
        return said
    english, language = found
    for prefix, before in lexicon.said_prefixes.get(language, ()):
        rest = plain[len(prefix) :]
        if before and plain.startswith(prefix) and _english(rest, lexicon) == english:
            return f"{before} {english}"  # "للشعر": for hair
    return english


def _readings(said: str, lexicon: _Lexicon) -> dict[str, str] | None:
    """The English of a match in each language that writes its key, where they read it
    differently ("um": Portuguese 'a', German 'for'); None where they do not."""
    if not lexicon.readings:
        return None
    plain = " ".join(said.lower().split())
    return next((english for p, english in lexicon.readings.items() if _fullmatch(p, plain)), None)


def _in_the_message_s_language(
    found: list[re.Match[str]], said: list[str], lexicon: _Lexicon
) -> list[str]:
    """``said`` with each match whose key several languages write read in the language most
    of the message's other words read are in ("etwas um Nagellack zu entfernen": German, so "um"
    is 'for', and Portuguese 'a' in "um óleo para cabelo"; "Suche ein Shampoo": 'looking for',
    not Polish 'dry'); the first language's reading where none of them is."""
    shared = [_readings(m.group(0), lexicon) for m in found]
    if not any(shared):
        return said
    pairs = zip(found, shared, strict=True)
    spoken = Counter(_language(m.group(0), lexicon) for m, several in pairs if not several)
    read = list(said)
    for i, several in enumerate(shared):
        most = max(several or {}, key=lambda language: spoken[language], default=None)
        if several and most is not None and spoken[most]:
            read[i] = several[most]
    return read


def _language(said: str, lexicon: _Lexicon) -> str | None:
    """The language of the key a match is: its own, or that of the first stem or prefixed
    key it is."""
    plain = " ".join(said.lower().split())
    if plain in lexicon.languages:
        return lexicon.languages[plain]
    found = _pattern_read(said)
    return found[1] if found is not None else None


@lru_cache(maxsize=8192)
def _pattern_read(said: str) -> tuple[str, str] | None:
    """The English and language of the first stem, prefixed or inflected key (the longest
    first) ``said`` is all of; None where it is none. Remembered by match: a turn reads its
    message several times, and each reading tried the two thousand patterns in turn."""
    return next(((e, lang) for p, e, lang in _lexicon().patterns if _fullmatch(p, said)), None)


def _languages(said: str, lexicon: _Lexicon) -> frozenset[str]:
    """The languages a match may be in: its key's, or those that read it in context ("rouge":
    French, "mate": Spanish)."""
    word = said.lower()
    languages = {language for language, (_, words) in lexicon.in_context.items() if word in words}
    if (own := _language(said, lexicon)) is not None:
        languages.add(own)
    return frozenset(languages)


def _fullmatch(pattern: str, said: str) -> bool:
    """Whether ``said`` is all of a key's ``pattern`` (any case): compiled on first use, as
    most messages never reach the stems and inflected keys (an English one reads its plain
    keys), and compiling the thousand of them cost a fresh worker's first answer 0.3 s."""
    return _compiled(pattern).fullmatch(said) is not None


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


def _in_context(
    text: str, found: list[re.Match[str]], said: list[str], lexicon: _Lexicon
) -> tuple[list[re.Match[str]], list[str]]:
    """The matches with the words of ``text`` that are English words too ("per", "ma",
    "rouge") read in the language of the other words read, the one most of them are in first:
    "uno shampoo per capelli ricci" is Italian, so "per" is "for" there, and stays "per" in
    "$5 per item". A phrase read so takes the place of the shorter words read inside it
    ("sotul meu": my husband, not "sotul" and "meu": my)."""
    spoken = Counter(_language(m.group(0), lexicon) for m in found)
    pairs = list(zip(found, said, strict=True))
    added = False
    for language, _ in spoken.most_common():  # the message's main language first
        if language not in lexicon.in_context:
            continue
        context_pattern, words = lexicon.in_context[language]
        for m in context_pattern.finditer(text):
            english = words.get(m.group(0).lower())  # None: "ı" matched as "i", a key read
            if english is None or (english == "for" and AN_AMOUNT_NEXT.match(text, m.end())):
                continue  # "do 50 zł": up to 50, the price reader's cue, not "for"
            over = [p for p in pairs if p[0].start() < m.end() and m.start() < p[0].end()]
            if all(_inside(p[0], m) for p in over):
                pairs = [p for p in pairs if p not in over] + [(m, english)]
                added = True
    if not added:
        return found, said
    pairs.sort(key=lambda pair: pair[0].start())
    return [m for m, _ in pairs], [english for _, english in pairs]


def _inside(word: re.Match[str], phrase: re.Match[str]) -> bool:
    """Whether a match lies within a longer one."""
    inside = phrase.start() <= word.start() and word.end() <= phrase.end()
    return inside and word.end() - word.start() < phrase.end() - phrase.start()


AN_AMOUNT_NEXT = re.compile(r"\s*[$€£¥₩₹]?\d")
"""An amount right after a word ("do 50 zł"): a word read "for" there says how it bounds a price
(up to 50), which the price reader reads as written."""
