"""A word no key reads, in a message in a language with no section of its own, read through
the root it shares with another language's key (`retrieval.cognates`)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from retrieval.cognates import cognate_key
from retrieval.everyday import everyday
from retrieval.lexicon.languages import _language
from retrieval.lexicon.scripts import WORDS_APART
from retrieval.lexicon.tables import ENGLISH, _Lexicon, _lexicon
from retrieval.tokenize import STOP_WORDS, stem

ROOT_WORD_MIN = 5
"""The fewest letters of a word read through its root (`_by_root`): shorter ones are near too
many words of their own."""


ROOT_ENDING_MAX = 3
"""The most letters a word read through its root may have past the root of the key it is read
as: a case or plural ending ("šampūn-as", "шампо-ан"), not another word."""


KEY_ROOT_MIN = 5
"""The shortest root of a key a word is read as (`retrieval.cognates.cognate_key`): one of four
letters is that of many words of other languages ("тени" in the Catalan "teniu", "глаз" in
"glaze", "тата" in the Albanian "thata", "masque" in the Armenian "մաշկի": skin), one of five
or more seldom ("шампун", "parfym", "помад")."""


LOAN_ROOT_MIN = 4
"""The shortest root of a borrowed English word (``compound_loans``, of five letters or more:
no "mask") a word is read as: a product's name ("samp" of "shampoo": "sjampó", "xampù")."""


@dataclass(frozen=True)
class _Root:
    """A key (or an English word other languages borrow) as a root reads it: what to write for
    it, its English, its language (None for the English word), and whether a word may go on
    past its root (a stem, or the English word, whose last vowels the root drops)."""

    write: str
    english: str
    language: str | None
    open_ended: bool


@cache
def _roots() -> dict[str, tuple[_Root, ...]]:
    """The one-word keys of every language and the English words other languages borrow
    (``compound_loans``), by their root (`retrieval.cognates.cognate_key`); a key of a word of
    talk ("máte": do you have, "matku": my mom) is no root of a word of the shop's."""
    lexicon = _lexicon()
    roots: dict[str, list[_Root]] = {}
    for key, english in lexicon.words.items():
        root = cognate_key(key)
        if len(root) >= KEY_ROOT_MIN and not set(english.split()) & STOP_WORDS:
            is_stem = key in lexicon.stems
            language = lexicon.languages.get(key + "*" if is_stem else key)
            roots.setdefault(root, []).append(_Root(key, english, language, is_stem))
    for loan in sorted(lexicon.loans):
        if len(loan) > LOAN_ROOT_MIN and len(root := cognate_key(loan)) >= LOAN_ROOT_MIN:
            roots.setdefault(root, []).append(_Root(loan, loan, None, True))
    return {root: tuple(said) for root, said in roots.items()}


@cache
def _words_of_phrases() -> frozenset[str]:
    """The words of the keys of two words or more ("moins" of "moins cher"): words of a language
    the lexicon has, read by its own keys where they are, never through another's root."""
    return frozenset(
        word
        for key in _lexicon().languages
        if " " in key
        for word in key.split()
        if not word.endswith("*")
    )


def _by_root(word: str, spoken: frozenset[str]) -> str | None:
    """What to write for ``word``, a word no key reads: the key (or borrowed English word) of a
    language other than those ``spoken`` in the message whose root it shares, a stem's or an
    English word's with an ending of its own language ("šampūnas", "шампоан", "შამპუნი",
    "sjampó" -> shampoo; "პომადა" -> the Russian "помад*"); None when none is, when keys of
    other meanings are, or when it is the English word in a form of its own ("perfumes"). A
    word of a language spoken is read by its own keys ("bueno" is no "buenas")."""
    low = word.lower()
    if len(word) < ROOT_WORD_MIN or not word.isalpha() or low in _words_of_phrases():
        return None  # "moins" of "moins cher": a word of a language read, in its own phrases
    if everyday(low):
        return None  # "lipstik nude matte": English, no Czech "máte" (do you have)
    root, roots = cognate_key(word), _roots()
    for length in range(len(root), max(LOAN_ROOT_MIN, len(root) - ROOT_ENDING_MAX) - 1, -1):
        said = [
            r
            for r in roots.get(root[:length], ())
            if r.language not in spoken and (length == len(root) or r.open_ended)
        ]
        if said:
            english = {r.english for r in said}
            if len(english) > 1 or stem(low) == stem(said[0].english):
                return None  # two meanings, or the English word itself ("perfumes")
            return next((r.write for r in said if r.language is None), said[0].write)
    return None


def _read_by_root(text: str, found: list[re.Match[str]], lexicon: _Lexicon) -> str:
    """``text`` with each word no key reads written as the key it shares a root with
    (`_by_root`), in a message in a language with no section of its own: one not in the Latin
    script's English alone, and none of whose words is a key of one language's alone
    (`_in_a_language_read`). Its words are read through the words of the languages they share
    roots with ("šampūnas nuo pleiskanų", "sjampó fyrir hár": shampoo). An English message, and
    one in a language the lexicon reads ("un champú de Lancôme"), is read as written: a word its
    keys leave is a name or a word they lack, no other language's product."""
    spoken = frozenset(_language(m.group(0), lexicon) or ENGLISH for m in found)
    if text.isascii() and spoken <= {ENGLISH}:
        return text
    if _in_a_language_read(found, lexicon):
        return text
    taken = [m.span() for m in found]
    in_context = lexicon.words_in_context

    def rooted(m: re.Match[str]) -> str:
        if any(a < m.end() and m.start() < b for a, b in taken) or m.group(0).lower() in in_context:
            return m.group(0)  # read, or a word read in its language's context ("trucs")
        return _by_root(m.group(0), spoken) or m.group(0)

    return WORDS_APART.sub(rooted, text)


def _in_a_language_read(found: list[re.Match[str]], lexicon: _Lexicon) -> bool:
    """Whether a word of a message is a key of one language's section alone, other than
    English's and those of the languages read through roots too (``rooted``: "meklēju"),
    ("champú", "tražim"; not "za" or "за", which several languages write): the message is in a
    language the lexicon reads."""
    return any(
        _language(m.group(0), lexicon) not in (None, ENGLISH, *lexicon.rooted)
        and " ".join(m.group(0).lower().split()) not in lexicon.shared
        for m in found
    )
