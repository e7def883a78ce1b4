"""Amounts written as words in other languages, written in digits for the price reader.

"menos de veinte euros", "unter zwanzig Euro", "labial de menos de mil pesos", "до пятисот
рублей", "بأقل من عشرين دولار" and "二千円" say an amount the price reader (which reads digits,
and English number words: `retrieval.prices`) would not see. `numbers_in_digits` writes each
such number in digits ("menos de 20 euros", "до 500 рублей", "2000円") where it says money:
money follows it, a price word of its language comes right before it ("menos de veinte"), or
it is the other end of a range that does ("entre veinte y treinta euros").

The words are package data (``retrieval/data/number_words.yaml``): per language only the
words numbers are built from (units, tens, hundreds, a thousand), which `_value` combines by
rule, so no number is listed whole; words are compared with accents folded.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import pairwise

from retrieval import currency
from retrieval.brand_names import unaccented
from retrieval.data_files import load_yaml

_LETTERS = str.maketrans({"ł": "l", "ß": "ss", "ı": "i", "ø": "o", "æ": "ae", "đ": "d",
                          "أ": "ا", "إ": "ا", "آ": "ا", "ة": "ه", "ى": "ي"})  # fmt: skip
"""Letters accent folding leaves as they are, written as a shopper without them would."""

OTHER_DIGITS = re.compile(r"(?![0-9])\d")
"""A decimal digit of a script other than the Latin one (Arabic-Indic, Persian, Devanagari,
Bengali...)."""

WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
"""A word, hyphens kept inside ("quatre-vingt-dix", "dix-sept")."""


@lru_cache(maxsize=8192)
def folded(word: str) -> str:
    """``word`` lower-cased without accents ("dreißig" -> "dreissig", "pięć" -> "piec",
    "трёх" -> "трех", "أقل" -> "اقل")."""
    return unaccented(word.lower().translate(_LETTERS))


@dataclass(frozen=True)
class Part:
    """One word a number is built from: its value and how it combines (`add`, `hundred`,
    `scale`; `join` for a word said between parts)."""

    value: int
    kind: str


@dataclass(frozen=True)
class Language:
    """One language's number words (folded), its stems, whether it glues the parts into one
    word and says a unit before the tens, its joiners and prefixes, and its price words."""

    code: str
    words: dict[str, Part]
    stems: tuple[tuple[str, Part], ...]
    glued: bool
    units_first: bool
    prefixes: tuple[str, ...]
    cue: re.Pattern[str] | None


@dataclass(frozen=True)
class _Table:
    languages: tuple[Language, ...]
    money: re.Pattern[str]
    unspaced: re.Pattern[str] | None


@cache
def _table() -> _Table:
    data = load_yaml("number_words.yaml")
    languages = []
    money = [*currency.words(), *currency.signs()]
    for code, entry in data.items():
        words: dict[str, Part] = {}
        stems: list[tuple[str, Part]] = []
        for kind in ("add", "hundred", "scale"):
            for said, value in (entry.get(kind) or {}).items():
                key = folded(str(said))
                if key.endswith("*"):
                    stems.append((key[:-1], Part(int(value), kind)))
                else:
                    words[key] = Part(int(value), kind)
        for joiner in entry.get("joiners") or []:
            words[folded(joiner)] = Part(0, "join")
        money += [str(m) for m in entry.get("money") or {}]
        cues = sorted((folded(c) for c in entry.get("cues") or []), key=len, reverse=True)
        languages.append(
            Language(
                code=code,
                words=words,
                stems=tuple(sorted(stems, key=lambda s: len(s[0]), reverse=True)),
                glued=bool(entry.get("glued")),
                units_first=bool(entry.get("units_first")),
                prefixes=tuple(folded(p) for p in entry.get("prefixes") or []),
                cue=re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, cues))})\s*$")
                if cues
                else None,
            )
        )
    names = sorted({folded(m).rstrip("*") for m in money}, key=len, reverse=True)
    unspaced = next((lang for lang in languages if lang.code == "zh"), None)
    return _Table(
        languages=tuple(languages),
        # a money word may carry a case ending ("liradan", "złotych", "рублей")
        money=re.compile(rf"^[\s-]*(?:{'|'.join(map(_money_name, names))})", re.IGNORECASE),
        # not inside digits ("1,5"), but after a comma ("香水,两百块": 200 yuan)
        unspaced=re.compile(r"(?<!\d)(?<!\d[.,])[" + "".join(unspaced.words) + "]+")
        if unspaced
        else None,
    )


def _money_name(name: str) -> str:
    """A money word as a pattern: a long one may carry a case ending ("liradan", "złotych");
    one of up to three letters must end there ("kr", "rs", "d": not "de"), but in the scripts
    that glue words ("円以下")."""
    bounded = len(name) <= 3 and not currency.CJK_LETTER.search(name)
    return re.escape(name) + (r"(?![^\W\d_])" if bounded else "")


def _parts(word: str, language: Language) -> list[Part] | None:
    """The number parts ``word`` (folded) is in ``language``: one word or stem, its hyphened
    pieces ("quatre-vingt-dix"), or, where the language glues them, the parts it is made of
    ("fünfunddreißig": 5, und, 30); None if it is no number."""
    if word in language.words:
        return [language.words[word]]
    stem = next((p for s, p in language.stems if word.startswith(s)), None)
    if stem is not None:
        return [stem]
    if "-" in word:
        pieces = word.split("-")
        for cut in range(len(pieces) - 1, 0, -1):  # the longest known head first
            head = _parts("-".join(pieces[:cut]), language)
            tail = _parts("-".join(pieces[cut:]), language) if head else None
            if head and tail:
                return head + tail
        return None
    if not language.glued:
        return None
    return _glued(word, language, first=True)


@lru_cache(maxsize=16384)
def _parts_of(word: str, code: str) -> tuple[Part, ...] | None:
    """`_parts` of a folded word in the language ``code``, kept: most words of a message are
    no number in any language, and the same words come again and again."""
    language = next(lang for lang in _table().languages if lang.code == code)
    found = _parts(word, language)
    return None if found is None else tuple(found)


def _glued(word: str, language: Language, first: bool) -> list[Part] | None:
    """The parts ``word`` is made of, glued ("dreihundertfünfzig", "trentacinque"), a prefix
    allowed at its start ("بعشرين": for twenty)."""
    if not word:
        return []
    for end in range(len(word), 0, -1):
        head = word[:end]
        part = language.words.get(head)
        if part is None and first and head in language.prefixes:
            part = Part(0, "join")
        if part is None:
            continue
        rest = _glued(word[end:], language, first=False)
        if rest is not None:
            return [part, *rest]
    return None


def _value(parts: list[Part], language: Language) -> int | None:
    """The number the parts say, or None where they are no one number ("veinte treinta": two;
    a joiner alone). Adds must come largest first ("treinta y cinco"), but for a unit before
    the tens where the language says it so ("fünfunddreißig")."""
    total = section = number = 0
    last = None  # the last part added in the number open
    said = False
    for part in parts:
        if part.kind == "join":
            continue
        said = True
        if part.kind == "add":
            if last is not None:
                tens_after_unit = (
                    language.units_first
                    and last < 10
                    and number == last
                    and part.value % 10 == 0
                    and part.value < 100
                )
                if part.value >= last and not tens_after_unit:
                    return None
            number += part.value
            last = part.value
        elif part.kind == "hundred":
            section += max(number, 1) * part.value
            number, last = 0, None
        else:
            total += max(section + number, 1) * part.value
            section = number = 0
            last = None
    return total + section + number if said else None


@dataclass
class _Run:
    """A number said in words: where, its value and whether it says money."""

    start: int
    end: int
    value: int
    priced: bool


def _runs(text: str, language: Language) -> list[_Run]:
    """The numbers said in ``language``'s words in ``text``: the longest runs of its number
    words (apart by spaces, a hyphen or a joiner) that make one number."""
    runs: list[_Run] = []
    words = list(WORD.finditer(text))
    i = 0
    while i < len(words):
        best: tuple[int, int] | None = None  # (last word index, value)
        parts: list[Part] = []
        for j in range(i, min(i + 8, len(words))):
            if j > i and text[words[j - 1].end() : words[j].start()].strip(" -"):
                break
            more = _parts_of(folded(words[j].group(0)), language.code)
            if more is None:
                break
            parts += list(more)
            value = _value(parts, language)
            if value is None:
                break
            if parts[-1].kind != "join":
                best = (j, value)
        if best is None:
            i += 1
            continue
        j, value = best
        start, end = words[i].start(), words[j].end()
        money = _table().money.match(folded(text[end:]))
        cue = language.cue.search(folded(text[:start])) if language.cue else None
        runs.append(_Run(start, end, value, bool(money) or (cue is not None and value >= 5)))
        i = j + 1
    for a, b in pairwise(runs):  # "entre veinte y treinta euros"
        between = text[a.end : b.start].strip(" -–")
        if len(between.split()) <= 1 and len(between) <= 3:
            a.priced = b.priced = a.priced or b.priced
    return [r for r in runs if r.priced]


def _unspaced(text: str) -> str:
    """``text`` with the Chinese and Japanese numerals said before money in digits ("二千円"
    -> "2000円", "两百块" -> "200块")."""
    table = _table()
    zh = next((lang for lang in table.languages if lang.code == "zh"), None)
    if table.unspaced is None or zh is None:
        return text

    def digits(m: re.Match[str]) -> str:
        if not table.money.match(folded(text[m.end() : m.end() + 4])):
            return m.group(0)
        value = _value([zh.words[c] for c in m.group(0)], zh)
        return m.group(0) if value is None else str(value)

    return table.unspaced.sub(digits, text)


def numbers_in_digits(text: str) -> str:
    """``text`` with each number said in words of another language, where it says money, in
    digits: "menos de veinte euros" -> "menos de 20 euros", "zwanzig Euro" -> "20 Euro",
    "mil pesos" -> "1000 pesos", "до пятисот рублей" -> "до 500 рублей", "二千円" -> "2000円".
    Everything else stays as written ("un champú", "tres cher", "dos productos"). Digits of
    other scripts are written as ASCII ones ("زیر ۴۰ دلار", "৩০ ডলার", "४० डॉलर"): the price
    reader reads those."""
    text = OTHER_DIGITS.sub(lambda m: str(unicodedata.digit(m.group(0))), text)
    if text.isascii() and not re.search(r"[a-z]", text, re.IGNORECASE):
        return text
    text = _unspaced(text)
    for language in _table().languages:
        if language.code == "zh":
            continue
        runs = _runs(text, language)
        for run in reversed(runs):
            text = f"{text[: run.start]}{run.value}{text[run.end :]}"
    return text
