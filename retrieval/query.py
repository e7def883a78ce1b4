"""Query understanding: price constraints, brand mentions and negations, category intent.

`parse_query` pulls hard constraints out of a shopper's words and returns what is left to search
for. Brands are matched fuzzily (rapidfuzz) against the catalog's brands, categories against the
catalog's category tree. `ParsedQuery` is the one typed form of a message's constraints, read by
`shopassist search` and by chat alike; `ParsedQuery.price_range()` holds the one "around" rule and
`ParsedQuery.filters()` turns the result into `Filters`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from retrieval.filters import Filters
from retrieval.tokenize import STOP_WORDS, stem, words

AROUND_TOLERANCE = 0.25
"""'around $20' means 20 +- 25% ($15-$25), in search and in chat."""

_NUM = r"(\d{1,6}(?:[.,]\d{1,2})?)"
_UNIT_AFTER = (
    r"(?!\s*(?:ml|oz|ounces?|fl|g|grams?|kg|lbs?|pack|packs|count|ct|pcs|pieces?|inch|inches|"
    r"in\b|mm|cm|%|x\b|years?|yrs?|months?|min|minutes?|hours?|days?|shades?|colou?rs?|spf)\b|"
    r"\s*%|\d)"
)
_MONEY = rf"(?:\$\s*{_NUM}|{_NUM}\s*\$|{_NUM}(?:\s*(?:dollars?|bucks|usd)\b)|{_NUM}{_UNIT_AFTER})"
_MONEY_STRICT = rf"(?:\$\s*{_NUM}|{_NUM}\s*\$|{_NUM}\s*(?:dollars?|bucks|usd)\b)"

_BETWEEN = re.compile(rf"\b(?:between|from)\s+{_MONEY}\s*(?:and|to|-|–)\s*{_MONEY}")
_RANGE = re.compile(
    rf"(?:{_MONEY_STRICT}\s*(?:-|–|to)\s*{_MONEY}|\b{_NUM}\s*(?:-|–|to)\s*{_MONEY_STRICT})"
)
_MAX_BEFORE = re.compile(
    r"\b(?:under|below|beneath|less than|cheaper than|lower than|no more than|not more than|"
    r"at most|max(?:imum)?|up to|within|budget(?: is| of)?|for less than|tops|no higher than)"
    rf"\s*:?\s*{_MONEY}|<=?\s*{_MONEY}"
)
_MAX_AFTER = re.compile(rf"{_MONEY}\s*(?:or less|or under|or below|or cheaper|max|tops|at most)\b")
_MIN_BEFORE = re.compile(
    r"\b(?:over|above|more than|at least|min(?:imum)?|greater than|starting at|no less than)"
    rf"\s*:?\s*{_MONEY}|>=?\s*{_MONEY}"
)
_MIN_AFTER = re.compile(rf"{_MONEY}\s*(?:or more|and up|and above|\+|plus)(?!\w)")
_AROUND = re.compile(
    r"(?:\b(?:around|about|approximately|approx\.?|roughly|near|close to|in the region of)"
    rf"|~)\s*{_MONEY}"
)
_BARE = re.compile(_MONEY_STRICT)
_CHEAP = re.compile(
    r"\b(?:cheap|cheaper|cheapest|inexpensive|affordable|budget(?:[- ]friendly)?|low[- ]cost|"
    r"bargain|economical|low[- ]priced)\b"
)
_NEGATION = re.compile(
    r"\b(?:not|no|without|except|excluding|exclude|avoid|avoiding|anything but|other than|"
    r"but not|nothing from|nothing by|none from|never|(?:i )?(?:don'?t|do not) (?:want|like)|"
    r"hate|dislike|allergic to|skip)\s+(?:from\s+|by\s+|any\s+|the brand\s+)?",
)
_LIST_JOIN = re.compile(r"^\s*(?:,|or|nor|and|/)\s*(?:(?:not|no)\s+)?")

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
}  # fmt: skip


@dataclass
class ParsedQuery:
    """What a shopper's words ask for.

    Attributes:
        text: the query with price and brand-negation phrases removed (what to search for).
        min_price, max_price: stated price bounds.
        around_price: a stated target price ("around $15").
        brands: catalog brands the query names (to keep).
        exclude_brands: catalog brands the query rules out ("not L'Oreal", "anything but Revlon").
        category: the category path the query points at, or None.
        cheap: the shopper asked for something cheap ("cheap", "affordable", "budget").
        unmatched_negations: words after a negation that matched no brand ("no parabens").
    """

    text: str
    min_price: float | None = None
    max_price: float | None = None
    around_price: float | None = None
    brands: list[str] = field(default_factory=list)
    exclude_brands: list[str] = field(default_factory=list)
    category: str | None = None
    cheap: bool = False
    unmatched_negations: list[str] = field(default_factory=list)

    @property
    def bounded(self) -> bool:
        """A lowest or a highest price was stated (an "around" price alone is not a bound)."""
        return self.min_price is not None or self.max_price is not None

    def price_range(self, tolerance: float = AROUND_TOLERANCE) -> tuple[float | None, float | None]:
        """The stated price range: the bounds, or else the band around an "around $X" price.

        Args:
            tolerance: the band around an "around $X" price (0.25 is +-25%).
        """
        low, high = self.min_price, self.max_price
        if self.around_price is not None and low is None and high is None:
            low = round(self.around_price * (1 - tolerance), 2)
            high = round(self.around_price * (1 + tolerance), 2)
        return low, high

    def filters(
        self,
        *,
        use_category: bool = True,
        cheap_max_price: float | None = None,
        tolerance: float = AROUND_TOLERANCE,
    ) -> Filters:
        """The hard filters this query states.

        Args:
            use_category: include the category intent as a category prefix filter.
            cheap_max_price: the price ceiling "cheap" means (e.g. the catalog's lower
                quartile); None leaves "cheap" to ranking.
            tolerance: the band around an "around $X" price (0.25 is +-25%).
        """
        low, high = self.price_range(tolerance)
        if self.cheap and high is None and cheap_max_price is not None:
            high = cheap_max_price
        if low is not None and high is not None and low > high:
            low, high = high, low
        return Filters(
            min_price=low,
            max_price=high,
            brands=tuple(self.brands),
            exclude_brands=tuple(self.exclude_brands),
            category=self.category if use_category else None,
        )


def to_filters(parsed: ParsedQuery, **options: object) -> Filters:
    """`ParsedQuery.filters` as a function (same options)."""
    return parsed.filters(**options)  # type: ignore[arg-type]


def _money(match: re.Match[str]) -> list[float]:
    return [float(g.replace(",", ".")) for g in match.groups() if g is not None]


def _cut(text: str, span: tuple[int, int]) -> str:
    return text[: span[0]] + " " + text[span[1] :]


class _BrandMatcher:
    """Aliases of the catalog brands, matched exactly or fuzzily against n-grams of a query."""

    def __init__(self, brands: Sequence[str], category_words: set[str]) -> None:
        self.aliases: dict[str, list[str]] = {}
        self.strict: set[str] = set()  # aliases too common to match without a negation
        for brand in brands:
            full = " ".join(words(brand))
            if not full:
                continue
            forms = {full, full.replace(" ", "")}
            tokens = full.split()
            core = [t for t in tokens if t not in _GENERIC_SUFFIXES]
            if core and core != tokens and len(" ".join(core)) >= 3:
                forms.add(" ".join(core))
                forms.add("".join(core))
            for form in forms:
                self.aliases.setdefault(form, [])
                if brand not in self.aliases[form]:
                    self.aliases[form].append(brand)
                parts = form.split()
                if len(form) < 3 or all(
                    p in _COMMON
                    or p in STOP_WORDS
                    or p in category_words
                    or stem(p) in category_words
                    for p in parts
                ):
                    self.strict.add(form)
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

    def match(self, phrase: str, *, negated: bool) -> list[str]:
        """Brands a phrase names (empty when none)."""
        from rapidfuzz import fuzz, process

        if phrase in self.aliases and (negated or phrase not in self.strict):
            return list(self.aliases[phrase])
        joined = phrase.replace(" ", "")
        if joined in self.aliases and (negated or joined not in self.strict):
            return list(self.aliases[joined])
        if len(joined) < 6:
            return []
        best = process.extractOne(
            phrase, self._candidates(phrase), scorer=fuzz.ratio, score_cutoff=88
        )
        if best is None:
            return []
        key = best[0]
        if key[0] != phrase[0]:
            return []
        if key in self.strict and not negated:
            return []
        if abs(len(key.replace(" ", "")) - len(joined)) > 2:
            return []
        return list(self.aliases[key])

    def find_at_start(self, tokens: list[str], *, negated: bool) -> tuple[list[str], int]:
        """The brands named by the longest n-gram at the start of ``tokens``, and its length."""
        for n in range(min(4, len(tokens)), 0, -1):
            found = self.match(" ".join(tokens[:n]), negated=negated)
            if found:
                return found, n
        return [], 0


CATEGORY_SYNONYMS = {
    "perfume": ["fragrance"], "cologne": ["fragrance"], "scent": ["fragrance"],
    "dye": ["color"], "colour": ["color"], "moisturiser": ["moisturizer"],
    "hairspray": ["hair", "spray"], "sunscreen": ["sun"], "sunblock": ["sun"],
    "wash": ["cleanser"], "varnish": ["polish"], "lacquer": ["polish"],
    "lipgloss": ["lip", "gloss"], "straightener": ["iron"], "eyeshadow": ["eye", "shadow"],
}  # fmt: skip
"""Shopper words -> words of the category tree (used for category intent only)."""


class _CategoryMatcher:
    """Category nodes whose names appear in a query."""

    def __init__(self, categories: Sequence[str]) -> None:
        self.nodes: dict[str, list[set[str]]] = {}
        self.words: set[str] = set()
        for path in categories:
            levels = [p.strip() for p in path.split(">") if p.strip()]
            for depth in range(1, len(levels) + 1):
                node = " > ".join(levels[:depth])
                if node in self.nodes:
                    continue
                alternatives = []
                inherited = {stem(w) for level in levels[: depth - 1] for w in words(level)}
                name = levels[depth - 1]
                parts = re.split(r"\s*(?:&|,|/|\band\b)\s*", name)
                if name.lower().endswith(" care"):
                    parts.append(name[: -len(" care")])
                for part in parts:
                    toks = [stem(w) for w in words(part) if w not in STOP_WORDS]
                    if toks and not (depth > 1 and set(toks) <= inherited):
                        alternatives.append(set(toks))
                        self.words.update(toks)
                        if len(toks) > 1:
                            alternatives.append({stem("".join(words(part)))})
                self.nodes[node] = alternatives

    def match(self, text: str) -> str | None:
        query = {stem(w) for w in words(text) if w not in STOP_WORDS}
        for word in list(query):
            query.update(CATEGORY_SYNONYMS.get(word, []))
        if not query:
            return None
        scored: list[tuple[int, str]] = []
        for node in self.nodes:
            matched: set[str] = set()
            levels = node.split(" > ")
            for depth in range(1, len(levels) + 1):
                for alt in self.nodes[" > ".join(levels[:depth])]:
                    if alt <= query:
                        matched |= alt
            # the node's own name must match, not only an ancestor's
            if matched and any(alt <= query for alt in self.nodes[node]):
                scored.append((len(matched), node))
        if not scored:
            return None
        best = max(s for s, _ in scored)
        tied = [node.split(" > ") for s, node in scored if s == best]
        # prefer the deepest among nested matches, then the common prefix of the rest
        leaves = [t for t in tied if not any(o != t and o[: len(t)] == t for o in tied)]
        common: list[str] = []
        for parts in zip(*leaves, strict=False):
            if len(set(parts)) != 1:
                break
            common.append(parts[0])
        if len(common) <= 1 and len(leaves) > 1:
            return None  # only the root in common: no clear intent
        return " > ".join(common) if common else None


@lru_cache(maxsize=4)
def _matchers(
    brands: tuple[str, ...], categories: tuple[str, ...]
) -> tuple[_BrandMatcher, _CategoryMatcher]:
    category_matcher = _CategoryMatcher(categories)
    return _BrandMatcher(brands, category_matcher.words), category_matcher


def parse_query(text: str, *, brands: Sequence[str], categories: Sequence[str]) -> ParsedQuery:
    """Pull price, brand and category constraints out of a shopper's query.

    Args:
        text: the shopper's words, e.g. "moisturiser for dry skin under $30, not Olay".
        brands: the catalog's brand names (matched fuzzily; "loreal" finds "L'Oreal Paris").
        categories: the catalog's category paths ('Beauty > Skin Care > Face').

    Returns:
        The constraints and the remaining text to search for. Never raises on odd input: an
        empty or unparseable query gives an empty `ParsedQuery`.
    """
    raw = " ".join(str(text or "").split())[:2_000]
    work = raw.lower().replace("’", "'")
    result = ParsedQuery(text="")

    if (m := _BETWEEN.search(work)) or (m := _RANGE.search(work)):
        low, high = _money(m)
        result.min_price, result.max_price = min(low, high), max(low, high)
        work = _cut(work, m.span())
    for pattern, slot in (
        (_MAX_BEFORE, "max_price"),
        (_MAX_AFTER, "max_price"),
        (_MIN_BEFORE, "min_price"),
        (_MIN_AFTER, "min_price"),
        (_AROUND, "around_price"),
    ):
        if getattr(result, slot) is None and (m := pattern.search(work)):
            setattr(result, slot, _money(m)[0])
            work = _cut(work, m.span())
    if (
        result.min_price is None
        and result.max_price is None
        and result.around_price is None
        and (m := _BARE.search(work))
    ):
        result.around_price = _money(m)[0]
        work = _cut(work, m.span())
    if (
        result.max_price is not None
        and result.min_price is not None
        and result.min_price > result.max_price
    ):
        result.min_price, result.max_price = result.max_price, result.min_price
    if _CHEAP.search(work):
        result.cheap = True
        work = _CHEAP.sub(" ", work)

    matcher, category_matcher = _matchers(tuple(brands), tuple(categories))

    # negations: "not X", "no X or Y", "anything but X"
    pos = 0
    while m := _NEGATION.search(work, pos):
        tail = work[m.end() :]
        removed_to = m.end()
        found_any = False
        while True:
            tokens = words(tail)[:6]
            found, n = matcher.find_at_start(tokens, negated=True)
            if not found:
                break
            found_any = True
            for b in found:
                if b not in result.exclude_brands:
                    result.exclude_brands.append(b)
            # advance past the n words in the original tail
            consumed = re.match(r"(?:\W*[\w'’.&®-]+){" + str(n) + "}", tail)
            cut = consumed.end() if consumed else len(tail)
            removed_to += cut
            tail = tail[cut:]
            join = _LIST_JOIN.match(tail)
            if not join:
                break
            if not matcher.find_at_start(words(tail[join.end() :])[:6], negated=True)[0]:
                break
            removed_to += join.end()
            tail = tail[join.end() :]
        if found_any:
            work = work[: m.start()] + " " + work[removed_to:]
            pos = m.start()
        else:
            unmatched = " ".join(words(tail)[:2])
            if unmatched:
                result.unmatched_negations.append(unmatched)
            pos = m.end()

    # positive brand mentions: longest n-grams first
    tokens = words(work)
    i = 0
    while i < len(tokens):
        found, n = matcher.find_at_start(tokens[i:], negated=False)
        if found:
            for b in found:
                if b not in result.brands and b not in result.exclude_brands:
                    result.brands.append(b)
            i += n
        else:
            i += 1

    result.category = category_matcher.match(work)
    result.text = " ".join(re.sub(r"\s+([,.!?])", r"\1", work).split()).strip(" ,.;:-")
    result.text = _restore_case(raw, result.text)
    return result


def _restore_case(raw: str, lowered: str) -> str:
    """The kept text with the original capitalisation where it can be found."""
    low_raw = raw.lower().replace("’", "'")
    out = []
    for word in lowered.split():
        at = low_raw.find(word)
        out.append(raw[at : at + len(word)] if at >= 0 else word)
    return " ".join(out)
