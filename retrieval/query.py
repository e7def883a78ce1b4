"""Query understanding: price constraints, brand mentions and negations, category intent.

`parse_query` pulls hard constraints out of a shopper's words and returns what is left to search
for. Brands are matched fuzzily (rapidfuzz) against the catalog's brands, categories against the
catalog's category tree. `ParsedQuery` is the one typed form of a message's constraints, read by
`shopassist search` and by chat alike; `ParsedQuery.price_range()` holds the one "around" rule and
`ParsedQuery.filters()` turns the result into `Filters`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from retrieval.everyday import everyday
from retrieval.filters import Filters
from retrieval.prices import find_prices
from retrieval.tokenize import STOP_WORDS, stem, words

AROUND_TOLERANCE = 0.25
"""'around $20' means 20 +- 25% ($15-$25), in search and in chat."""

_CHEAP = re.compile(
    r"\b(?:cheap|cheaper|cheapest|inexpensive|affordable|budget(?:[- ]friendly)?|low[- ]cost|"
    r"bargain|economical|low[- ]priced)\b"
)
_DUPE = (
    r"dupes?\s+(?:for|of|to)|(?:an?\s+)?alternatives?\s+(?:to|for)|instead\s+of|"
    r"substitutes?\s+(?:for|to)|replacements?\s+for|knock-?offs?\s+(?:of|for)|"
    r"cheaper\s+versions?\s+of|copy\s+of"
)
"""A dupe of a product rules out the original's brand ("a cheap dupe for MAC Studio Fix")."""
_NEGATION = re.compile(
    r"\b(?:not (?:a|the) (?:big |huge )?fan of|not (?:really |too )?(?:into|keen on|big on)|"
    r"(?:i )?(?:can'?t|cannot|could not|couldn'?t) (?:stand|use|do|deal with)|"
    r"(?:i )?(?:don'?t|do not|didn'?t|did not) (?:really )?(?:want|like|love|trust|use|need)|"
    r"(?:i'?d|i would) rather (?:not|avoid)|rather not|steer clear of|stay away from|"
    r"keep away from|sick of|tired of|done with|no more|anything (?:but|except|other than)|"
    r"except(?: for)?|excluding|exclude|avoid(?:ing)?|other than|but not|nothing (?:from|by)|"
    r"none (?:from|by)|never again|never|without|minus|hate|dislike|allergic to|skip|"
    r"isn'?t|aren'?t|"
    rf"{_DUPE}|not|no|pas de|pas d'|pas|sans|sin|nada de|ohne|kein(?:e|en|er)?|nicht|senza|"
    r"niente|sem|zonder|geen|bez|nie|utan|inte|fără|fara)"
    r"\s+(?:(?:products?|stuff|anything|something|items?)\s+)?"
    r"(?:from\s+|by\s+|any\s+|the brand\s+|the\s+|de\s+|d'|von\s+|di\s+|da\s+)?",
)
_DUPE_CUE = re.compile(rf"\b(?:{_DUPE})\b")
_AFTER_BRAND = re.compile(
    r"^\W*(?:(?:products?|stuff|ones?|makeup|items?)\s+)?(?:dupes?\b|knock-?offs?\b|"
    r"alternatives?\b|(?:gives?|gave) me\b|(?:broke|breaks|break) me out\b|irritates?\b|"
    r"irritated\b|(?:doesn'?t|didn'?t|don'?t|never) work|sucks?\b|"
    r"(?:is|are|was|were) (?:too|awful|terrible|the worst|a no|not for me|overrated)\b|"
    r"(?:isn'?t|aren'?t) for me\b|not for me\b)"
)
"""What after a brand rules it out: "a MAC dupe", "Revlon gives me a rash"."""
_LIKE_BEFORE = re.compile(r"\b(?:like|similar to|same as)\s+(?:the\s+|an?\s+)?$")
_BUT_CHEAPER = re.compile(
    r"^[^.!?]{0,60}?\b(?:but|just|only)\s+(?:a lot |much |way )?(?:cheaper|less expensive|"
    r"more affordable|for less|not as expensive)\b"
)
"""Around a brand, a dupe in other words: "something like Olay but cheaper"."""
_JOINS = {"or", "nor", "and", "ni", "ou", "o", "oder", "y", "et", "und", "e", "lub", "eller", "sau"}
_NAME_BEFORE = {"by", "brand", "from"}
_NAME_AFTER = {"brand", "brands"}
_NAME_JOINERS = {"and", "n", "of", "de", "la", "le", "du", "et"}
"""Lower-case words inside a name written capitalised ("Head and Shoulders", "Kiss My Face")."""
_PERSON_BEFORE = {
    "friend", "sister", "brother", "mom", "mum", "mother", "dad", "aunt", "auntie", "uncle",
    "grandma", "granny", "cousin", "niece", "nephew", "wife", "husband", "daughter", "son",
    "boss", "named", "called", "coworker", "colleague", "teacher", "bestie", "girlfriend",
    "boyfriend", "partner", "neighbour", "neighbor", "miss", "mrs", "ms", "mr", "dear",
}  # fmt: skip
"""Words before a capitalised word that make it a person's name ("my aunt Diane")."""
_TOKEN = re.compile(r"[^\W_]+(?:[.'’`][^\W_]+)*")
_BREAK = re.compile(r"[,;!?()]|\bbut\b")
"""What a brand name never spans (a brand's own dots and spaces it may: "Dr. Bronner")."""

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

    @property
    def priced(self) -> bool:
        """A price was stated: a bound, or a price to aim at ("around 40 bucks")."""
        return self.bounded or self.around_price is not None

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


Named = Callable[[int], bool]
"""Whether the first n words were written as a name ("Simple", "GUD", "by Adore")."""


class _BrandMatcher:
    """Aliases of the catalog brands, matched exactly or fuzzily against n-grams of a query.

    Two kinds of alias need more than their words: an everyday word ("simple", "adore",
    "summers", a category word) is a brand only when the shopper wrote it as a name, and a
    short or all-generic alias ("re", "the one", "skin care") only then or after a negation.
    No everyday word is ever read as a misspelt brand.
    """

    def __init__(self, brands: Sequence[str], category_words: set[str]) -> None:
        self.aliases: dict[str, list[str]] = {}
        self.strict: set[str] = set()  # a negation or a name is needed
        self.everyday: set[str] = set()  # a name is needed
        for brand in brands:
            full = " ".join(words(brand))
            if not full:
                continue
            forms = {full, full.replace(" ", "")}
            if "&" in brand:  # "Clean & Clear" is written "clean and clear"
                spelled = " ".join(words(brand.replace("&", " and ")))
                forms.add(spelled)
                if any(
                    _ordinary(p) or _category_word(p, category_words)
                    for p in spelled.split()
                    if p != "and"
                ):
                    self.strict.add(spelled)  # "my head and shoulders": a name or a negation
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
                if len(parts) == 1 and (_ordinary(form) or _category_word(form, category_words)):
                    self.everyday.add(form)
                elif len(form) < 3 or (
                    all(_ordinary(p) or _category_word(p, category_words) for p in parts)
                    and (
                        any(p in _COMMON or _category_word(p, category_words) for p in parts)
                        or _a_phrase(parts)
                    )
                ):
                    self.strict.add(form)
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

    def _allowed(self, key: str, *, negated: bool, named: bool) -> bool:
        if key in self.everyday:
            return named
        if key in self.strict:
            return named or negated
        return True

    def match(self, phrase: str, *, negated: bool, named: bool = False) -> list[str]:
        """Brands a phrase names (empty when none).

        Args:
            phrase: lower-case words.
            negated: a negation comes before the phrase ("not", "anything but").
            named: the shopper wrote the phrase as a name (capitalised, "by X", "X brand").
        """
        from rapidfuzz import fuzz, process

        joined = phrase.replace(" ", "")
        for key in (phrase, joined):
            if key in self.aliases:
                allowed = self._allowed(key, negated=negated, named=named)
                return list(self.aliases[key]) if allowed else []
        if len(joined) < 6 or all(
            _ordinary(w) or _category_word(w, self.category_words) for w in phrase.split()
        ):
            return []  # an everyday word is not a misspelt brand ("summer" is not "Summers")
        best = process.extractOne(
            phrase, self._candidates(phrase), scorer=fuzz.ratio, score_cutoff=88
        )
        if best is None:
            return []
        key = best[0]
        if key[0] != phrase[0]:
            return []
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
        self, tokens: list[str], *, negated: bool, named: Named | None = None
    ) -> tuple[list[str], int]:
        """The brands named by the longest n-gram at the start of ``tokens``, and its length.

        Args:
            tokens: lower-case words.
            negated: a negation comes before them.
            named: whether the first n tokens were written as a name; None: never.
        """
        for n in range(min(4, len(tokens)), 0, -1):
            found = self.match(
                " ".join(tokens[:n]), negated=negated, named=named is not None and named(n)
            )
            if found:
                return found, n
        return [], 0


def _category_word(word: str, category_words: set[str]) -> bool:
    return word in category_words or stem(word) in category_words


PHRASE_ENDS = frozenset({"me", "you", "am", "to", "one"})
"""Last words of a brand of everyday words that is also a phrase ("Just For Me", "Lucky You",
"Yes To", "As I Am", "The One")."""


def _a_phrase(parts: list[str]) -> bool:
    """Whether a brand's words (all everyday ones) read as a phrase of everyday talk: "the" and
    one word ("The One": "the one on the left", "The Balm": "is the balm sticky?") or a phrase
    ending in a pronoun or "to" ("something just for me", "yes to the first one")."""
    return (len(parts) == 2 and parts[0] == "the") or parts[-1] in PHRASE_ENDS


def _ordinary(word: str) -> bool:
    """An everyday word, or one of the words the brand matcher never takes alone."""
    return word in _COMMON or word in STOP_WORDS or everyday(word)


CATEGORY_SYNONYMS = {
    "perfume": ["fragrance"], "cologne": ["fragrance"], "scent": ["fragrance"],
    "dye": ["color"], "colour": ["color"], "moisturiser": ["moisturizer"],
    "hairspray": ["hair", "spray"], "sunscreen": ["sun"], "sunblock": ["sun"],
    "wash": ["cleanser"], "varnish": ["polish"], "lacquer": ["polish"],
    "lipgloss": ["lip", "gloss"], "straightener": ["iron"], "eyeshadow": ["eye", "shadow"],
}  # fmt: skip
"""Shopper words -> words of the category tree (used for category intent only)."""


_GENERIC_HEADS = frozenset(
    {"care", "treatment", "accessory", "tool", "set", "kit", "product", "essential", "other"}
)
"""Last words of category names that name no product type ("Foot Care", "Nail Treatments"):
never an alias of their node (see `_CategoryMatcher`)."""


REMOVING = re.compile(
    r"\b(?:remov(?:e|es|ing|ers?)|(?:take|taking|get|getting|wipe|wiping)\s+(?:[\w']+\s+){0,3}?off|"
    r"come off|comes off|coming off|dissolv(?:e|es|ing))\b"
)
"""Words that ask for a product to take another one off ("something to take off waterproof
mascara", "my makeup won't come off at night"): a remover, not the product it removes."""
STAYS_ON = re.compile(
    r"\b(?:that|which)\s+(?:won'?t|doesn'?t|does not|will not|don'?t|do not|never|wouldn'?t)\s+"
    r"(?:\w+\s+)?(?:come|comes|wipe|rub|wash|budge)\s+off\b|\bstays?\s+on\b"
)
"""...unless coming off is what the product must not do ("a foundation that won't come off")."""


MAIN_SHARE = 0.9
"""Words that name several nodes of the tree alike ("conditioner": the Conditioners under Hair
Care, Hair Loss Products and Hair Relaxers) mean the main one when they name none of the
parents: the node holding at least this share of those nodes' products."""


class _CategoryMatcher:
    """Category nodes whose names appear in a query."""

    def __init__(self, categories: Sequence[str], sizes: Sequence[int] = ()) -> None:
        self.nodes: dict[str, list[set[str]]] = {}
        self.words: set[str] = set()
        self.sizes: dict[str, int] = {}
        self.inner: set[str] = set()
        for path, size in zip(categories, sizes, strict=False):
            levels = [p.strip() for p in path.split(">") if p.strip()]
            for depth in range(1, len(levels) + 1):
                node = " > ".join(levels[:depth])
                self.sizes[node] = self.sizes.get(node, 0) + size
                if depth < len(levels):
                    self.inner.add(node)
        heads: list[tuple[str, str]] = []  # (node, the last word of a name of several words)
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
                        if len(toks) > 1 and toks[-1] not in _GENERIC_HEADS | inherited:
                            heads.append((node, toks[-1]))
                self.nodes[node] = alternatives
        # A word that names one node by itself and another as its last word ("polish": the
        # skin "Polishes", and "Nail Polish") says neither on its own: both match, the tie
        # leaves the category to the search. A last word that names nothing by itself ("dye"
        # of "Chemical Hair Dyes"), or that a parent's name already says ("Tinted Moisturizers"
        # under "Creams & Moisturizers"), is not an alias: that would be a narrower reading.
        named = {next(iter(a)) for alts in self.nodes.values() for a in alts if len(a) == 1}
        for node, head in heads:
            if head in named:
                self.nodes[node].append({head})
        branches = {n.rsplit(" > ", 1)[0] for n in self.nodes if " > " in n}
        branch_words = {w for n in branches for alt in self.nodes[n] for w in alt}
        self.makeup_types: dict[str, bool] = {}
        """Words that name a product type under Makeup and no branch of the tree ("mascara",
        "lipstick", "polish"), and whether it lies under Makeup's Nails."""
        for node, alts in self.nodes.items():
            levels = node.split(" > ")
            if node in branches or levels[1:2] != ["Makeup"]:
                continue
            for word in {w for alt in alts for w in alt} - branch_words:
                self.makeup_types[word] = self.makeup_types.get(word, False) or "Nails" in levels

    def _removing(self, text: str, query: set[str]) -> set[str]:
        """``query`` for a message asking to take something off (`REMOVING`): a remover, for
        the makeup it names (a makeup remover, or a polish remover for nail polish), not
        that makeup ("to take off waterproof mascara" is no Mascara)."""
        lowered = " ".join(text.lower().split())
        if not REMOVING.search(lowered) or STAYS_ON.search(lowered):
            return query
        removed = {w for w in query if w in self.makeup_types}
        out = (query - removed) | {"remover"}
        if removed:
            nails = any(self.makeup_types[w] for w in removed)
            out |= {"nail", "polish"} if nails else {"makeup"}
        return out

    def match(self, text: str) -> str | None:
        query = {stem(w) for w in words(text) if w not in STOP_WORDS}
        for word in list(query):
            query.update(CATEGORY_SYNONYMS.get(word, []))
        query = self._removing(text, query)
        if not query:
            return None
        scored: list[tuple[int, str]] = []
        named_by: dict[str, frozenset[str]] = {}
        for node in self.nodes:
            matched: set[str] = set()
            levels = node.split(" > ")
            for depth in range(1, len(levels) + 1):
                for alt in self.nodes[" > ".join(levels[:depth])]:
                    if alt <= query:
                        matched |= alt
            # the node's own name must match, not only an ancestor's
            own = [alt for alt in self.nodes[node] if alt <= query]
            if matched and own:
                scored.append((len(matched), node))
                named_by[node] = frozenset().union(*own)
        if not scored:
            return None
        best = max(s for s, _ in scored)
        tied = [node.split(" > ") for s, node in scored if s == best]
        # prefer the deepest among nested matches, then the common prefix of the rest
        leaves = [t for t in tied if not any(o != t and o[: len(t)] == t for o in tied)]
        leaves = self._main_of_each_name(leaves, named_by)
        leaves = self._types_over_what_for(text, leaves, named_by)
        common: list[str] = []
        for parts in zip(*leaves, strict=False):
            if len(set(parts)) != 1:
                break
            common.append(parts[0])
        if len(common) <= 1 and len(leaves) > 1:
            return None  # only the root in common: no clear intent
        return " > ".join(common) if common else None

    def _types_over_what_for(
        self, text: str, leaves: list[list[str]], named_by: dict[str, frozenset[str]]
    ) -> list[list[str]]:
        """``leaves`` less the departments named only by words after "for" when a product type
        outside them is named as much: "foundation for oily skin" is a Foundation ("skin" says
        what it is for, not Skin Care). The type must be said before "for" by a word that names a
        type (not "treatment"); "hair powder" (the department said first) and a word naming both
        ("a nice bath": Bath & Body and Paraffin Baths) stay a tie that search settles."""
        deeper = [leaf for leaf in leaves if len(leaf) > 2]
        if not deeper or len(deeper) == len(leaves):
            return leaves
        before, found, after = text.lower().partition(" for ")
        if not found:
            return leaves
        said_before = {stem(w) for w in words(before)}
        said_after = {stem(w) for w in words(after)}
        for word in list(said_after):
            said_after.update(CATEGORY_SYNONYMS.get(word, []))
        types = frozenset().union(*(named_by.get(" > ".join(leaf), frozenset()) for leaf in deeper))
        if not (types - _GENERIC_HEADS) & said_before:
            return leaves  # "looking for a hair mousse", "a treatment for my hair": no type first

        def what_for(leaf: list[str]) -> bool:
            named = named_by.get(" > ".join(leaf), frozenset())
            return bool(named) and named <= said_after and not named & (said_before | types)

        if not all(what_for(leaf) for leaf in leaves if len(leaf) <= 2):
            return leaves
        return deeper

    def _main_of_each_name(
        self, leaves: list[list[str]], named_by: dict[str, frozenset[str]]
    ) -> list[list[str]]:
        """``leaves`` with the nodes the same words name ("conditioner": Hair Care's
        Conditioners, Hair Loss Products' and Hair Relaxers' Conditioners, Shampoo Plus
        Conditioner) cut to their main node (`MAIN_SHARE` of their products) where that node
        is a product type (a leaf of the tree: a node with sub-categories is left to the
        search, as before) and the catalog's product counts are known."""
        if not self.sizes:
            return leaves
        by_words: dict[frozenset[str], list[list[str]]] = {}
        for leaf in leaves:
            by_words.setdefault(named_by.get(" > ".join(leaf), frozenset()), []).append(leaf)
        kept: list[list[str]] = []
        for same in by_words.values():
            sizes = [self.sizes.get(" > ".join(leaf), 0) for leaf in same]
            main = max(range(len(same)), key=sizes.__getitem__)
            leaf = " > ".join(same[main]) not in self.inner
            if len(same) > 1 and leaf and sizes[main] >= MAIN_SHARE * sum(sizes):
                kept.append(same[main])
            else:
                kept.extend(same)
        return kept


NEGATED = re.compile(
    r"\b[a-z][a-z'-]*[\s-]+free\b|\b(?:no|non|without|zero|not)[\s-]+(?:any\s+)?[a-z][a-z'-]*"
)
"""A word said as absent ("fragrance-free", "oil free", "without perfume", "no fragrance"):
what the product is not, so it names no category (the rules' avoid list reads it)."""


@lru_cache(maxsize=4)
def _matchers(
    brands: tuple[str, ...], categories: tuple[str, ...], sizes: tuple[int, ...] = ()
) -> tuple[_BrandMatcher, _CategoryMatcher]:
    category_matcher = _CategoryMatcher(categories, sizes)
    return _BrandMatcher(brands, category_matcher.words), category_matcher


@dataclass(frozen=True)
class _Token:
    """A lower-case word of the message and where it stands ("l'oreal" -> "loreal")."""

    text: str
    start: int
    end: int


def _tokens(text: str, since: int = 0) -> list[_Token]:
    return [
        _Token(re.sub(r"[.'’`]", "", m.group(0)), m.start(), m.end())
        for m in _TOKEN.finditer(text, since)
    ]


_NEXT_WORD = re.compile(r"\W*([^\W_]+)")
"""The first word at or after a position (``match(text, pos)``: no copy of the rest)."""


class _Names:
    """Which spans of the message the shopper wrote as a name: capitalised where a sentence
    does not start ("I love Simple"), in capitals ("GUD"), or framed as one ("by Adore",
    "the Simple brand"); never a capitalised word after "my aunt" or "named" (a person)."""

    def __init__(self, raw: str, low: str) -> None:
        self.raw = raw if len(raw) == len(low) else low  # no case to read if lengths differ
        self.low = low
        alpha = [m.group(0) for m in re.finditer(r"[^\W\d_]+", self.raw)]
        capitals = sum(w[0].isupper() for w in alpha)
        self.shouting = bool(alpha) and (
            all(w.isupper() for w in alpha) or (len(alpha) >= 3 and capitals >= 0.6 * len(alpha))
        )
        spans = [(m.end(), m.group(0)) for m in re.finditer(r"[^\W_]+", low)]
        self._ends = [end for end, _ in spans]
        self._words = [word for _, word in spans]

    def _before(self, at: int) -> str:
        """The last whole word that ends at or before ``at`` (a bisection: a long message costs
        no more per lookup than a short one)."""
        i = bisect_right(self._ends, at)
        return self._words[i - 1] if i else ""

    def person(self, start: int, end: int) -> bool:
        """A capitalised word right after "my aunt", "named"...: a person's name."""
        said = self.raw[start:end]
        return self._before(start) in _PERSON_BEFORE and said[:1].isupper() and not self.shouting

    def __call__(self, start: int, end: int) -> bool:
        before = self._before(start)
        after = _NEXT_WORD.match(self.low, end)
        if before in _NAME_BEFORE or (after is not None and after.group(1) in _NAME_AFTER):
            return True
        if self.shouting or before in _PERSON_BEFORE:
            return False
        said = re.findall(r"[^\W_]+", self.raw[start:end])
        if not said:
            return False
        if all(len(w) >= 2 and w.isupper() for w in said if w.isalpha()):
            return True  # "GUD", "MAC"
        inner = set(range(1, len(said) - 1))
        titled = len(said) >= 2 and all(w[0].isupper() for w in said)  # "Just For Me relaxer"
        return (titled or not self._opening(start)) and all(
            w[0].isupper() or w[0].isdigit() or (i in inner and w in _NAME_JOINERS)
            for i, w in enumerate(said)
        )

    def _opening(self, at: int) -> bool:
        """Whether ``at`` starts the message or a sentence (after ". ", "! ", '"', "(")."""
        i = at
        while i > 0 and self.raw[i - 1].isspace():
            i -= 1
        return at == 0 or (i > 0 and self.raw[i - 1] in '.!?"(')


def _blank(text: str, start: int, end: int) -> str:
    """``text`` with [start, end) turned into spaces (positions stay those of the message)."""
    return text[:start] + " " * (end - start) + text[end:]


def _same_name(work: str, left: _Token, right: _Token, cuts: list[tuple[int, int]]) -> bool:
    """Whether two neighbouring words can belong to one brand name: nothing was cut between
    them and no comma, bracket or "but" stands there."""
    if _BREAK.search(work, left.end, right.start):
        return False
    return not any(left.end <= a and b <= right.start for a, b in cuts)


def parse_query(
    text: str,
    *,
    brands: Sequence[str],
    categories: Sequence[str],
    category_sizes: Sequence[int] = (),
) -> ParsedQuery:
    """Pull price, brand and category constraints out of a shopper's query.

    Args:
        text: the shopper's words, e.g. "moisturiser for dry skin under $30, not Olay".
        brands: the catalog's brand names (matched fuzzily; "loreal" finds "L'Oreal Paris").
        categories: the catalog's category paths ('Beauty > Skin Care > Face').
        category_sizes: each path's product count, in the order of ``categories`` (optional):
            a name filed under several parents then means its main node (`MAIN_SHARE`).

    Returns:
        The constraints and the remaining text to search for. Never raises on odd input: an
        empty or unparseable query gives an empty `ParsedQuery`.
    """
    raw = " ".join(str(text or "").split())[:2_000]
    low = raw.lower().replace("’", "'")
    prices = find_prices(low)
    result = ParsedQuery(
        text="",
        min_price=prices.min_price,
        max_price=prices.max_price,
        around_price=prices.around_price,
    )
    work = prices.text
    cuts = list(prices.spans)
    for m in _CHEAP.finditer(work):
        result.cheap = True
        work = _blank(work, *m.span())
        cuts.append(m.span())

    matcher, category_matcher = _matchers(tuple(brands), tuple(categories), tuple(category_sizes))
    names = _Names(raw, low)
    dupes = [m.end() for m in _DUPE_CUE.finditer(work)]
    _read_exclusions(work, matcher, names, result, cuts)
    for start, end in cuts[len(prices.spans) :]:
        work = _blank(work, start, end)
    _read_brands(work, low, matcher, names, result, cuts, dupes)

    result.category = category_matcher.match(NEGATED.sub(" ", work))
    result.text = " ".join(re.sub(r"\s+([,.!?])", r"\1", work).split()).strip(" ,.;:-")
    result.text = _restore_case(raw, result.text)
    return result


def _read_exclusions(
    work: str,
    matcher: _BrandMatcher,
    names: _Names,
    result: ParsedQuery,
    cuts: list[tuple[int, int]],
) -> None:
    """Brands ruled out after a negation ("not X", "no X or Y", "anything but X", "a dupe for
    X"): added to ``result.exclude_brands``, their phrases to ``cuts``; the words after a
    negation that name no brand go to ``result.unmatched_negations``."""
    pos = 0
    while m := _NEGATION.search(work, pos):
        tail = _tokens(work, m.end())
        j, end = 0, m.end()
        while j < len(tail):
            window = tail[j : j + 6]
            found, n = matcher.find_at_start(
                [t.text for t in window],
                negated=True,
                named=lambda k, w=window: names(w[0].start, w[k - 1].end),
            )
            if not found:
                break
            for b in found:
                if b not in result.exclude_brands:
                    result.exclude_brands.append(b)
            j, end = j + n, window[n - 1].end
            k = j
            if k < len(tail) and tail[k].text in _JOINS:
                k += 1
            elif not (k < len(tail) and work[end : tail[k].start].strip() in (",", "/", "&")):
                break
            if k < len(tail) and tail[k].text in ("not", "no"):
                k += 1
            if (
                k >= len(tail)
                or not matcher.find_at_start([t.text for t in tail[k : k + 6]], negated=True)[0]
            ):
                break
            j = k
        if end > m.end():
            cuts.append((m.start(), end))
            work = _blank(work, m.start(), end)
            pos = end
        else:
            unmatched = " ".join(t.text for t in tail[:2])
            if unmatched:
                result.unmatched_negations.append(unmatched)
            pos = m.end()


def _read_brands(
    work: str,
    low: str,
    matcher: _BrandMatcher,
    names: _Names,
    result: ParsedQuery,
    cuts: list[tuple[int, int]],
    dupes: list[int],
) -> None:
    """Brands the message names, longest n-grams first, never across a cut phrase or a comma:
    wanted, or ruled out when the words after rule them out ("a MAC dupe", "Revlon breaks me
    out"), a dupe cue comes before them in the same clause ("a dupe of Studio Fix by MAC") or
    the shopper wants one like them but cheaper ("like Olay but cheaper")."""
    tokens = _tokens(work)
    i = 0
    while i < len(tokens):
        window = [tokens[i]]
        for token in tokens[i + 1 : i + 4]:
            if not _same_name(work, window[-1], token, cuts):
                break
            window.append(token)
        found, n = matcher.find_at_start(
            [t.text for t in window],
            negated=False,
            named=lambda k, w=window: names(w[0].start, w[k - 1].end),
        )
        if not found:
            i += 1
            continue
        start, end = window[0].start, window[n - 1].end
        if n == 1 and names.person(start, end):
            i += 1
            continue  # "my daughter Sally": a person, not the brand Sally
        if (
            n > 1
            and i > 0
            and tokens[i - 1].text in _SUBJECTS
            and matcher.joined_only(" ".join(t.text for t in window[:n]))
            and not names(start, end)
        ):
            i += 1
            continue  # "makes me smell good": a verb phrase, not the brand SMELLGOOD
        ruled_out = (
            _AFTER_BRAND.match(work[end:]) is not None
            or any(cue <= start and not _BREAK.search(work, cue, start) for cue in dupes)
            or (_LIKE_BEFORE.search(low[:start]) is not None and _BUT_CHEAPER.match(low[end:]))
        )
        target = result.exclude_brands if ruled_out else result.brands
        for b in found:
            if b not in result.brands and b not in result.exclude_brands:
                target.append(b)
        i += n


_SUBJECTS = frozenset({"me", "to", "i", "you", "we", "she", "he", "they", "it", "them", "us"})
"""Words after which words a brand writes as one ("smell good": SMELLGOOD) are a verb phrase
("makes me smell good", "to smell good all day"), unless written as a name."""


def _restore_case(raw: str, lowered: str) -> str:
    """The kept text with the original capitalisation where it can be found."""
    low_raw = raw.lower().replace("’", "'")
    out = []
    for word in lowered.split():
        at = low_raw.find(word)
        out.append(raw[at : at + len(word)] if at >= 0 else word)
    return " ".join(out)
