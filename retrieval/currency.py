"""Money said in other currencies, read in the store's.

The table is package data (``retrieval/data/currencies.yaml``): each currency's signs and
words, and, for those whose unit is far from the store's, a rate. `in_store_units` turns the
amounts of a price phrase into the store's currency: a currency with a rate is converted
("до 1000 рублей" is under $11), one without counts at face value ("20 euros" is 20, as the
label contract says). `amounts_in_full` writes out amounts said with a word for a thousand or
more ("3만원" -> "30,000 won", "dưới 200k" -> "dưới 200,000 dong", "2 тыс. руб" -> "2,000
руб"), before the lexicon reads the message, so the price reader finds one number and the
money it is in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from itertools import groupby

from retrieval.data_files import load_yaml

CJK_LETTER = re.compile(r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
"""A letter of the scripts that write no spaces between words: a sign or word in them may be
glued to what follows ("30000원이하")."""
GROUPED = r"\d{1,3}(?:[.,\u00a0\u202f ]\d{3})+"
"""An amount in thousands groups: 200.000, 1,500,000, 1 200 (a space, as French or Russian
write it; read as one amount only where money follows it)."""
AMOUNT = r"(?<![\d.,])(?:\d{1,3}(?:[\u00a0\u202f ]\d{3})+(?![\d.,]?\d)|\d+(?:[.,]\d+)*)"
"""An amount as written: 3, 1,5, 200.000, 1,500,000, 1 200."""


@dataclass(frozen=True)
class Currency:
    """One currency: its code, its worth in store units (None: counted at face value), and
    how shoppers write it (signs before or after an amount, words after it)."""

    code: str
    rate: float | None
    signs: tuple[str, ...]
    words: tuple[str, ...]
    codes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Multiplier:
    """A word for a thousand or more said after an amount, and the currency it implies."""

    times: int
    means: str | None


@dataclass(frozen=True)
class _Table:
    """The currencies file read: currencies by every sign and word, the multipliers, the
    languages whose letters imply their money, and the patterns over them."""

    by_name: dict[str, Currency]
    multipliers: dict[str, Multiplier]
    written_in: tuple[tuple[re.Pattern[str], str], ...]
    named: re.Pattern[str]
    """A sign or word of money beside an amount ("$25", "25 won", "usd 25"), not anywhere in
    the phrase ("won't go over 50" is no won)."""
    written_out: re.Pattern[str]
    bands: frozenset[str]


WORD_END = r"(?![^\W\d_]|['’][^\W\d_])"
"""Where a name of money ends in a spaced script: not run on into a letter, nor into a
contraction ("won't" is no won, "rand's" no rand)."""


def alternatives(names: list[str]) -> str:
    """The names as one alternation, longest first; a name in the Latin or another spaced
    script must not run on into a letter (`WORD_END`), nor start inside a word where it
    starts with a letter ("nz$", "hk$", not the "a$" of "ca$"). Neighbours with the same
    guards share one group (``guard(?:a|b)guard`` reads as ``guard a guard|guard b guard``),
    so the patterns that hold the table compile in a fraction of the time."""

    def guards(name: str) -> tuple[str, str]:
        spaced = not CJK_LETTER.search(name)
        starts = r"(?<![^\W\d_])" if spaced and name[0].isalpha() else ""
        ends = WORD_END if spaced and name[-1].isalpha() else ""
        return starts, ends

    ordered = sorted(set(names), key=lambda n: (-len(n), guards(n), n))
    parts = []
    for (starts, ends), run in groupby(ordered, key=guards):
        body = "|".join(re.escape(name) for name in run)
        parts.append(f"{starts}(?:{body}){ends}" if starts or ends else body)
    return "|".join(parts)


@cache
def _table() -> _Table:
    data = load_yaml("currencies.yaml")
    by_name: dict[str, Currency] = {}
    for code, entry in data["currencies"].items():
        currency = Currency(
            code=code,
            rate=entry.get("rate"),
            signs=tuple(str(s).lower() for s in entry.get("signs", [])),
            words=tuple(str(w).lower() for w in entry.get("words", [])),
            codes=tuple(str(w).lower() for w in entry.get("codes", [])),
        )
        for name in (*currency.signs, *currency.words, *currency.codes):
            by_name[name] = currency
    multipliers = {
        str(word).lower(): Multiplier(int(m["times"]), m.get("means"))
        for word, m in data["multipliers"].items()
    }
    glued = [w for w in multipliers if w.isascii() and len(w) <= 2]
    spaced = [w for w in multipliers if w not in glued]
    names = alternatives(list(by_name))
    bands = [str(w).lower() for w in data.get("bands", [])]
    band = rf"(?P<band>{alternatives(bands)})?" if bands else ""
    written_out = (
        rf"(?P<amount>{AMOUNT})(?:(?P<glued>{alternatives(glued)})|\s*(?P<times>"
        rf"{alternatives(spaced)}))?(?:\.?\s*(?P<money>{names}))?{band}"
    )
    words_or_signs = (
        rf"(?<![^\W\d_])(?P<before>{names})\.?\s*(?=\d)|(?<=\d)\s*-?\s*(?P<after>{names})"
    )
    return _Table(
        by_name=by_name,
        multipliers=multipliers,
        written_in=tuple(
            (re.compile(f"[{letters}]", re.IGNORECASE), code)
            for code, letters in data.get("written_in", {}).items()
        ),
        named=re.compile(words_or_signs, re.IGNORECASE),
        written_out=re.compile(written_out, re.IGNORECASE),
        bands=frozenset(bands),
    )


def signs() -> list[str]:
    """Every currency sign of the table ("$", "€", "₩", "원")."""
    return sorted({s for c in set(_table().by_name.values()) for s in c.signs})


def words() -> list[str]:
    """Every currency word of the table ("dollars", "quid", "won", "zł")."""
    return sorted({w for c in set(_table().by_name.values()) for w in c.words})


def codes() -> list[str]:
    """Every code or word of the table said before an amount ("usd 25", "rs 500", "zar 200")."""
    return sorted({w for c in set(_table().by_name.values()) for w in c.codes})


def _converted(phrase: str) -> Currency | None:
    """The currency ``phrase`` (a price phrase) names beside an amount, where the table gives
    it a rate."""
    said = _table().named.search(phrase.lower())
    name = (said.group("before") or said.group("after")) if said else None
    currency = _table().by_name.get(name.lower()) if name else None
    return currency if currency is not None and currency.rate is not None else None


def in_store_units(amount: float, phrase: str) -> float:
    """``amount`` in the store's currency: at its rate when ``phrase`` (the price phrase it was
    read from) names a currency the table converts, as said otherwise (the store's own, one
    counted at face value, or none named)."""
    currency = _converted(phrase)
    return amount if currency is None else round(amount * currency.rate, 2)


def in_store_words(amount: float, phrase: str) -> str | None:
    """What ``amount`` said in ``phrase`` is in the store's currency, in words, where the table
    converts its currency ("1,000 rubles is about $11.00"); None where it counts as said."""
    currency = _converted(phrase)
    if currency is None:
        return None
    store = round(amount * currency.rate, 2)
    if store == amount:
        return None
    return f"{_in_words(amount)} {_english(currency.code)} is about ${store:,.2f}"


def _number(written: str) -> float | None:
    """An amount as written, with thousands marks ("200.000", "1,500,000") or a decimal one
    ("1,5", "2.5"); None when it is neither (a date, a version)."""
    marks = set(re.sub(r"\d", "", written))
    if re.fullmatch(GROUPED, written) and len(marks) == 1:
        return float(re.sub(r"\D", "", written))
    if re.fullmatch(r"\d+(?:[.,]\d+)?", written):
        return float(written.replace(",", "."))
    return None


def _in_words(value: float) -> str:
    """A whole amount with thousands commas (the price reader's NUM), else as it is."""
    return f"{int(value):,}" if value == int(value) else f"{value:g}"


def _leading_place(value: float) -> int:
    """The place of the first digit of a whole amount: 10,000 for 20,000, 1,000 for 3,500."""
    return 10 ** (len(str(int(value))) - 1)


def amounts_in_full(text: str) -> str:
    """``text`` with each amount said with a word for a thousand or more, or with the money of
    a script that glues it on, written out in digits and followed by the money's English word:
    "3만원" -> "30,000 won", "kem dưới 200k" -> "kem dưới 200,000 dong", "2万円" -> "20,000
    yen", "1,5 triệu" -> "1,500,000 dong", "30000원" -> "30,000 won", "100.000đ" -> "100,000
    dong". The money is the one said, else the one the word means ("만": won), else the one
    whose letters the message is written in; a Latin multiplier with no money named stays as
    written ("under 2k", "30 mil", maybe millilitres). An amount said as a band ("2만원대",
    "3000円台": in the twenty-thousands) runs to the next step of its first digit ("20,000 to
    30,000 won")."""
    table = _table()

    def language_money() -> str | None:
        return next((code for letters, code in table.written_in if letters.search(text)), None)

    def written(m: re.Match[str]) -> str:
        word = (m.group("glued") or m.group("times") or "").lower()
        money = (m.group("money") or "").lower()
        currency = table.by_name.get(money)
        value = _number(m.group("amount"))
        spaced = re.search(r"\d\s\d", m.group("amount")) is not None
        if value is None or not (word or money) or (spaced and not currency):
            return m.group(0)
        multiplier = table.multipliers.get(word)
        code = currency.code if currency else (multiplier.means if multiplier else None)
        if multiplier and code is None:
            code = language_money()
        if multiplier and code is None and word.isascii():
            return m.group(0)  # "under 2k", "30 mil": no money said, none the language implies
        thousands = re.fullmatch(GROUPED, m.group("amount")) is not None
        if not multiplier and not CJK_LETTER.search(money) and not (thousands and currency):
            return m.group(0)  # "300 pesos", "12,50 €": the price reader reads them as they are
        value *= multiplier.times if multiplier else 1
        said = _in_words(value)
        if m.groupdict().get("band"):  # "2만원대": 20,000 to 30,000 won
            said = f"{said} to {_in_words(value + _leading_place(value))}"
        if code is None:
            return said
        name = money if currency and not CJK_LETTER.search(money) else _english(code)
        return f"{said} {name}"

    return table.written_out.sub(written, text)


def _english(code: str) -> str:
    """The first English word of the currency ``code`` ("won" for KRW), else its code."""
    found = next((c for c in _table().by_name.values() if c.code == code), None)
    ascii_words = [w for w in (found.words if found else ()) if w.isascii()]
    return ascii_words[0] if ascii_words else code.lower()
