"""Brand names in a shopper's words: the catalog's brands and their aliases, matched exactly or
fuzzily against the words of a query (`BrandMatcher`, used by `retrieval.query.parse_query` and by
the searcher's brand boost)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from retrieval.everyday import everyday
from retrieval.tokenize import STOP_WORDS, stem, words

if TYPE_CHECKING:
    from retrieval.brand_facts import BrandFacts

_GENERIC_SUFFIXES = {
    "cosmetics", "paris", "beauty", "professional", "professionals", "inc", "co", "company",
    "usa", "new", "york", "international", "labs", "lab", "products", "corp", "ltd", "llc",
    "nail", "art", "skincare", "skin", "care", "hair", "by",
}  # fmt: skip
_COMMON = {
    "natural", "organic", "professional", "beauty", "pure", "gold", "color", "colour", "spa",
    "glow", "sexy", "perfect", "classic", "essential", "simple", "fresh", "generic", "unknown",
    "love", "beautiful", "body", "face", "hair", "nail", "nails", "skin", "soft", "smooth",
    "clean", "clear", "basic", "daily", "dry", "oily", "neutral", "nude", "black", "white", "red",
    "pink", "blue", "green", "gift", "set", "kit", "care", "plus", "pro", "max", "mini", "luxury",
    "sister", "mom", "mother", "wife", "girlfriend", "friend", "gentle", "sensitive", "dark",
    "light", "long", "lasting", "travel", "size", "sun", "summer", "winter", "harmony", "diane",
    "philosophy", "now", "fantasia", "elegant", "bliss", "earth", "nature", "zoya", "boots",
    "suave",
}  # fmt: skip


def unaccented(text: str) -> str:
    """``text`` without its accents ("l'oréal" -> "l'oreal"), as brands are matched: a shopper
    writes "pas de L'Oréal" of the catalog's L'Oreal Paris."""
    if text.isascii():  # nothing to take off (most titles and messages)
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


Named = Callable[[int], bool]
"""Whether the first n words were written as a name ("Simple", "GUD", "by Adore")."""
Kind = Callable[[int], "str | None"]
"""The words said right after the first n words ("face wash" after "simple"), or None."""


class BrandMatcher:
    """Aliases of the catalog brands, matched exactly or fuzzily against n-grams of a query.

    Two kinds of alias need more than their words: an everyday word ("simple", "adore",
    "summers", a category word) or one of one or two letters ("se", "re") is a brand only when
    the shopper wrote it as a name or right before a product type the brand sells
    (`BrandFacts.sells`: "simple face wash", "clear shampoo"; not "clear nail polish", "organic
    shampoo", "que no se corra"), and an all-generic alias ("the one", "skin care") only then
    or after a negation. No everyday word is ever read
    as a misspelt brand, and a number is never a brand ("user 1234"). With ``facts``, an alias
    names every spelling of its brand's house ("dior": Dior and Christian Dior).
    """

    def __init__(
        self, brands: Sequence[str], category_words: set[str], facts: BrandFacts | None = None
    ) -> None:
        self.facts = facts
        self.aliases: dict[str, list[str]] = {}
        self.strict: set[str] = set()  # a negation or a name is needed
        self.everyday: set[str] = set()  # a name is needed
        fulls: set[str] = set()
        cut_words: set[str] = set()  # "natural" of Natural Cosmetics
        for brand in brands:
            full = " ".join(words(unaccented(brand)))
            if not full:
                continue
            forms = {full, full.replace(" ", "")}
            if "&" in brand:  # "Clean & Clear" is written "clean and clear"
                spelled = " ".join(words(unaccented(brand).replace("&", " and ")))
                forms.add(spelled)
                if any(
                    ordinary(p) or category_word(p, category_words)
                    for p in spelled.split()
                    if p != "and"
                ):
                    self.strict.add(spelled)  # "my head and shoulders": a name or a negation
            tokens = full.split()
            core = [t for t in tokens if t not in _GENERIC_SUFFIXES]
            fulls.update(forms)
            if core and core != tokens and len(" ".join(core)) >= 3:
                forms.add(" ".join(core))
                forms.add("".join(core))
                if len(core) == 1 and ordinary(core[0]):
                    cut_words.add(core[0])
            for form in forms:
                if form.replace(" ", "").isdigit():
                    continue  # "user 1234", "lipstick 1234": a number, never the brand 1234
                self.aliases.setdefault(form, [])
                if brand not in self.aliases[form]:
                    self.aliases[form].append(brand)
                parts = form.split()
                if len(form) < 3 or (
                    len(parts) == 1 and (ordinary(form) or category_word(form, category_words))
                ):
                    self.everyday.add(form)  # "no se corra" is no brand SE: a name is needed
                elif all(ordinary(p) or category_word(p, category_words) for p in parts) and (
                    any(p in _COMMON or category_word(p, category_words) for p in parts)
                    or _a_phrase(parts)
                ):
                    self.strict.add(form)
        self.cut_everyday = cut_words - fulls  # no brand is called just that
        if facts is not None:
            for form, named in self.aliases.items():
                self.aliases[form] = list(dict.fromkeys([*named, *facts.spellings(named)]))
        self.category_words = category_words
        self._keys = list(self.aliases)
        self._windows: dict[int, list[str]] = {}

    def _candidates(self, phrase: str) -> list[str]:
        """Aliases long enough and short enough to reach a ratio of 88 with ``phrase``.

        ``fuzz.ratio`` is at most ``200 * min(a, b) / (a + b)``, so only keys between 0.78x and
        1.28x the phrase's length can match; the others are skipped (same answer, in the same
        order, several times faster).
        """
        n = len(phrase)
        keys = self._windows.get(n)
        if keys is None:
            keys = [k for k in self._keys if 200 * min(n, len(k)) >= 88 * (n + len(k))]
            self._windows[n] = keys
        return keys

    def _allowed(self, key: str, *, negated: bool, named: bool, kind: str | None = None) -> bool:
        if key in self.cut_everyday:  # "natural face wash" is no Natural Cosmetics
            return named
        if key in self.everyday:
            return named or self._sells(key, kind)
        if key in self.strict:
            return named or negated or self._sells(key, kind)
        return True

    def _sells(self, key: str, kind: str | None) -> bool:
        """Whether a brand of the everyday alias ``key`` sells a product type a word of ``kind``
        (the words said right after it: "face wipes", "paddle brush") names, more than other
        houses calling theirs by its words do."""
        if kind is None or self.facts is None or key in _NO_NAME:
            return False
        return any(
            self.facts.sells(brand, word) for brand in self.aliases[key] for word in kind.split()
        )

    def match(
        self, phrase: str, *, negated: bool, named: bool = False, kind: str | None = None
    ) -> list[str]:
        """Brands a phrase names (empty when none).

        Args:
            phrase: lower-case words.
            negated: a negation comes before the phrase ("not", "anything but").
            named: the shopper wrote the phrase as a name (capitalised, "by X", "X brand").
            kind: the words said right after the phrase ("shampoo" in "clear shampoo"),
                or None.
        """
        from rapidfuzz import fuzz, process

        phrase = unaccented(phrase)
        joined = phrase.replace(" ", "")
        for key in (phrase, joined):
            if key in self.aliases:
                allowed = self._allowed(key, negated=negated, named=named, kind=kind)
                return list(self.aliases[key]) if allowed else []
        if len(joined) < 6 or all(
            ordinary(w) or category_word(w, self.category_words) for w in phrase.split()
        ):
            return []  # an everyday word is not a misspelt brand ("summer" is not "Summers")
        said = phrase.split()
        if len(said) > 1 and (said[0] in STOP_WORDS or said[-1] in STOP_WORDS):
            return []  # "style it" is not a misspelt Style Edit: talk, not a brand's words
        best = process.extractOne(
            phrase, self._candidates(phrase), scorer=fuzz.ratio, score_cutoff=88
        )
        if best is None:
            return []
        key = best[0]
        if key[0] != phrase[0] or re.findall(r"\d+", key) != re.findall(r"\d+", phrase):
            return []  # "number 7" is not Number 4: a number is never a slip
        if not self._allowed(key, negated=negated, named=named):
            return []
        if abs(len(key.replace(" ", "")) - len(joined)) > 2:
            return []
        return list(self.aliases[key])

    def joined_only(self, phrase: str) -> bool:
        """Whether ``phrase`` of several words names a brand only as one word ("smell good":
        SMELLGOOD), not as it is written."""
        return (
            " " in phrase and phrase not in self.aliases and phrase.replace(" ", "") in self.aliases
        )

    def find_at_start(
        self,
        tokens: list[str],
        *,
        negated: bool,
        named: Named | None = None,
        kind: Kind | None = None,
    ) -> tuple[list[str], int]:
        """The brands named by the longest n-gram at the start of ``tokens``, and its length.

        Args:
            tokens: lower-case words.
            negated: a negation comes before them.
            named: whether the first n tokens were written as a name; None: never.
            kind: the words said right after the first n tokens; None: none.
        """
        for n in range(min(4, len(tokens)), 0, -1):
            found = self.match(
                " ".join(tokens[:n]),
                negated=negated,
                named=named is not None and named(n),
                kind=kind(n) if kind is not None else None,
            )
            if found:
                return found, n
        return [], 0


def category_word(word: str, category_words: set[str]) -> bool:
    return word in category_words or stem(word) in category_words


_NO_NAME = frozenset({"generic", "unbranded", "unknown", "no name", "noname", "other"})
"""Brands whose name says there is none: "generic nail clippers" asks for any clippers."""


PHRASE_ENDS = frozenset({"me", "you", "am", "to", "one"})
"""Last words of a brand of everyday words that is also a phrase ("Just For Me", "Lucky You",
"Yes To", "As I Am", "The One")."""


def _a_phrase(parts: list[str]) -> bool:
    """Whether a brand's words (all everyday ones) read as a phrase of everyday talk: "the" and
    one word ("The One": "the one on the left", "The Balm": "is the balm sticky?") or a phrase
    ending in a pronoun or "to" ("something just for me", "yes to the first one")."""
    return (len(parts) == 2 and parts[0] == "the") or parts[-1] in PHRASE_ENDS


def ordinary(word: str) -> bool:
    """An everyday word, or one of the words the brand matcher never takes alone."""
    return word in _COMMON or word in STOP_WORDS or everyday(word)
