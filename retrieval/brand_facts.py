"""What a catalog's listings say of its brands beyond their names (`BrandFacts`, built once per
catalog by `brand_facts` and read by the query parser's `BrandMatcher`):

- **houses**: one house spelt several ways in the ``brand`` field ("Christian Dior" and
  "Dior", "M.A.C" and "MAC", "Harmony" and "Gelish"): a shopper who names one means them all.
  Two spellings are one house when their keys are the same (case, accents and punctuation
  aside); when one name's words open or close the other's ("Dior" / "Christian Dior", "Garnier"
  / "Garnier Nutrisse") and the listings show the same house (the longer name, or its own
  words, in the shorter's titles, or a product line their titles share and few other brands
  name: "Diorshow"); or when each name is written in at least half of the other's titles
  ("Harmony Gelish ..." filed under both Harmony and Gelish).
- **sold**: for a brand named by everyday words ("Simple", "Clear", "Suave"), the product types
  its listings are, against those of other brands whose titles use the same words: "clear
  shampoo" is the brand Clear (its shampoos outnumber the other shampoos called clear), "clear
  nail polish" is not (Clear sells none), nor is "organic shampoo" (other brands' organic
  shampoos outnumber the brand Organic's).
- **filed**: where each brand's products are filed, so a category a brand has nothing in can
  be widened to the nearest branch that has ("Simple" in Gels: its wash gel is filed under
  Cleansers > Washes; `BrandFacts.nearest`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING

from catalog.category_paths import SEPARATOR, within
from retrieval.brand_names import ordinary, unaccented
from retrieval.category_names import CATEGORY_SYNONYMS
from retrieval.everyday import everyday
from retrieval.title_words import TitleWords
from retrieval.tokenize import STOP_WORDS, stem, words

if TYPE_CHECKING:
    from catalog.store import CatalogStore

LINE_BRANDS = 8
"""A title word named by the titles of at most this many brands can be a product line two
spellings of one house share ("diorshow", "gelish"); a commoner one says nothing of a house."""
TRADE_MARK = re.compile(r"\((?:r|tm)\)|&reg;|[®™]", re.IGNORECASE)
"""A trade mark sign after a brand's name: the same brand ("SODIAL(R)", "eForCity&reg;")."""
SEVERAL = 2
"""A branch a brand has this many products in is one of its homes (one may be misfiled)."""
DEPARTMENT = 2
"""How deep a department is ("Beauty > Skin Care"): too wide a branch to widen a need to."""
MEASURES = frozenset(
    {"ounce", "ounces", "fluid", "count", "bottle", "bottles", "pack", "piece", "pieces", "size",
     "inch", "inches", "gram", "grams", "total", "boxed", "value"}
)  # fmt: skip
"""Title words that measure a listing: no product line."""


@dataclass(frozen=True, eq=False)
class BrandFacts:
    """What the listings say of the brands (see the module).

    Attributes:
        houses: each brand of a house of two or more spellings -> all of them, itself first,
            then the others by product count.
        sold: each key of a brand named by everyday words ("simple", "clean clear") -> each
            product-type word (stemmed) of its listings' titles and categories -> (how many of
            its products name it, how many products of other houses whose titles use the
            brand's words name it).
        filed: each brand -> the category paths of its products, with how many are there.
    """

    houses: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    sold: Mapping[str, Mapping[str, tuple[int, int]]] = field(default_factory=dict)
    filed: Mapping[str, Mapping[str, int]] = field(default_factory=dict)

    def house(self, brand: str) -> tuple[str, ...]:
        """Every spelling of ``brand``'s house, ``brand`` first (itself alone when none)."""
        return self.houses.get(brand, (brand,))

    def spellings(self, brands: Iterable[str]) -> list[str]:
        """Every spelling of ``brands``' houses, each brand followed by its house's others
        ("M.A.C": "MAC" too)."""
        return list(dict.fromkeys(h for b in brands for h in self.house(b)))

    def named(self, brands: Iterable[str]) -> list[str]:
        """``brands`` with each house named once, by the first of its spellings among them
        (the shopper's: a filter puts the named spelling first): "M.A.C, MAC" -> "M.A.C"."""
        named: list[str] = []
        for brand in brands:
            if not any(brand in self.house(n) or n in self.house(brand) for n in named):
                named.append(brand)
        return named

    def nearest(self, brands: Sequence[str], category: str) -> str | None:
        """The deepest branch above ``category``, below a department ("Beauty > Skin Care"),
        that holds `SEVERAL` of ``brands``' products, when none of them is filed in
        ``category``; None when one is, or when no such branch is near (Moroccanoil's one hair
        oil filed under Skin Care > Face makes no face treatment of Moroccanoil's)."""
        filed = self.filed_of(brands)
        if not filed or any(within(p, category) for p in filed):
            return None
        levels = category.split(SEPARATOR)
        for depth in range(len(levels) - 1, DEPARTMENT, -1):
            branch = SEPARATOR.join(levels[:depth])
            if sum(n for p, n in filed.items() if within(p, branch)) >= SEVERAL:
                return branch
        return None

    def home(self, brands: Sequence[str]) -> str | None:
        """The deepest branch, a department or below, holding more than half of ``brands``'
        products ("Olay": Skin Care > Face); None when they have fewer than `SEVERAL` or no
        department holds most of them. What a shopper who names the brand only as a reference
        ("like Olay but cheaper") is shopping among."""
        filed = self.filed_of(brands)
        total = sum(filed.values())
        if total < SEVERAL:
            return None
        branches: Counter[str] = Counter()
        for path, n in filed.items():
            levels = path.split(SEPARATOR)
            for depth in range(DEPARTMENT, len(levels) + 1):
                branches[SEPARATOR.join(levels[:depth])] += n
        most = [b for b, n in branches.items() if 2 * n > total]
        return max(most, key=lambda b: b.count(SEPARATOR), default=None)

    def filed_of(self, brands: Sequence[str]) -> Counter[str]:
        """The category paths of ``brands``' products, with how many are there (all together)."""
        filed: Counter[str] = Counter()
        for brand in brands:
            filed.update(self.filed.get(brand, {}))
        return filed

    def sells(self, brand: str, kind: str) -> bool:
        """Whether ``brand``, named by everyday words, is meant when said right before the
        product type ``kind`` (a lower-case word): it has listings of that type, and more of
        them than other houses have listings of that type whose titles use its words."""
        counts = self.sold.get(name_key(brand), {})
        for word in {stem(kind), *(stem(w) for w in CATEGORY_SYNONYMS.get(kind, ()))}:
            own, other = counts.get(word, (0, 0))
            if own > other:
                return True
        return False


def name_key(brand: str) -> str:
    """A brand's words, lower case, without accents or a trade mark sign ("L'Oréal Paris" ->
    "loreal paris", "SODIAL(R)" -> "sodial")."""
    return " ".join(words(unaccented(TRADE_MARK.sub(" ", brand)).replace("&", " ")))


class _Union:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, a: str) -> str:
        self.parent.setdefault(a, a)
        while self.parent[a] != a:
            self.parent[a] = self.parent[self.parent[a]]
            a = self.parent[a]
        return a

    def join(self, a: str, b: str) -> None:
        self.parent[self.find(a)] = self.find(b)


def brand_facts(
    listings: Iterable[tuple[str | None, str, Sequence[str]]] | TitleWords,
) -> BrandFacts:
    """The houses and the everyday-word brands' product types of a catalog.

    Args:
        listings: each product's (brand or None, title, category path levels), or the
            catalog's titles read once for every pass (`TitleWords`).
    """
    read = listings if isinstance(listings, TitleWords) else TitleWords(listings)
    titles: dict[str, list[str]] = {}
    unbranded: list[tuple[str, set[str]]] = []
    kinds_of: dict[str, list[set[str]]] = {}
    path_words: set[str] = set()
    filed: dict[str, Counter[str]] = {}
    path_stems: dict[tuple[str, ...], frozenset[str]] = {}
    keyed = cache(name_key)
    for listing in read:
        brand, title = listing.brand, listing.title
        if title.isascii():  # `unaccented` leaves it as it is: the words already read
            plain, stems = listing.words, listing.stems
        else:
            plain = tuple(words(unaccented(title)))
            stems = tuple(map(read.stem, plain))
        said = f" {' '.join(plain)} "
        levels = path_stems.get(listing.levels)
        if levels is None:
            levels = frozenset(s for level in listing.levels for s in read.level_stems(level))
            path_stems[listing.levels] = levels
            path_words |= levels
        kinds = set(stems) | levels
        if brand and keyed(brand):
            filed.setdefault(brand, Counter())[listing.path] += 1
            titles.setdefault(brand, []).append(said)
            kinds_of.setdefault(brand, []).append(kinds)
        else:
            unbranded.append((said, kinds))
    filed_words = frozenset(path_words)
    houses = _houses(titles, filed_words)
    sold = _sold(titles, kinds_of, unbranded, houses, filed_words)
    return BrandFacts(houses=houses, sold=sold, filed={b: dict(p) for b, p in filed.items()})


def store_brand_facts(store: CatalogStore) -> BrandFacts:
    """`brand_facts` of every product in ``store`` (`shopassist search` reads the brands as
    chat does)."""
    return brand_facts((brand, title, levels) for brand, title, levels, _ in store.listings())


def _line_word(word: str, path_words: frozenset[str]) -> bool:
    """A title word that can name a product line: not a number, a stop or everyday word, a
    category word or a measure."""
    return (
        len(word) >= 4
        and not word.isdigit()
        and word not in STOP_WORDS
        and not everyday(word)
        and stem(word) not in path_words
        and word not in MEASURES
    )


def _named(title: str, keys: Mapping[str, object], firsts: Mapping[str, int]) -> set[str]:
    """The ``keys`` (names of a few words; ``firsts``: `_first_words` of them) a title (words
    padded with spaces) names."""
    said = title.split()
    return {
        key
        for i, word in enumerate(said)
        if word in firsts
        for j in range(i + 1, min(i + firsts[word], len(said)) + 1)
        if (key := " ".join(said[i:j])) in keys
    }


def _first_words(keys: Iterable[str], longest: int = 5) -> dict[str, int]:
    """The first word of each of ``keys`` (names of a few words), with how many words the
    longest of them that begin with it has (at most ``longest``): how far `_named` looks."""
    firsts: dict[str, int] = {}
    for key in keys:
        first, n = key.split()[0], len(key.split())
        firsts[first] = min(max(firsts.get(first, 0), n), longest)
    return firsts


def _in(phrase: str, said: list[str]) -> int:
    """How many of the titles ``said`` (padded with spaces) name ``phrase``."""
    padded = f" {phrase} "
    return sum(padded in t for t in said)


def _houses(
    titles: Mapping[str, list[str]], path_words: frozenset[str]
) -> dict[str, tuple[str, ...]]:
    names = {b: name_key(b) for b in titles}
    union = _Union()
    by_key: dict[str, list[str]] = {}
    by_word: dict[str, set[str]] = {}
    for brand, key in names.items():
        by_key.setdefault(key.replace(" ", ""), []).append(brand)
        for w in set(key.split()):
            by_word.setdefault(w, set()).add(brand)
    for same in by_key.values():  # "M.A.C" and "MAC", "Crème of Nature" and "Creme of Nature"
        for other in same[1:]:
            union.join(same[0], other)
    line_word = cache(lambda w: _line_word(w, path_words))
    lines = {b: {w for t in said for w in t.split() if line_word(w)} for b, said in titles.items()}
    named_by: Counter[str] = Counter(w for found in lines.values() for w in found)
    for short, key in names.items():
        said = key.split()
        for long in set().union(*(by_word[w] for w in said)) - {short}:
            whole = names[long].split()
            n = len(said)
            if n >= len(whole) or (whole[:n] != said and whole[-n:] != said):
                continue
            extra = [w for w in whole if w not in said and _line_word(w, path_words)]
            shared = (lines[short] & lines[long]) - set(whole)
            if (
                _in(names[long], titles[short])
                or any(_in(w, titles[short]) for w in extra)
                or any(named_by[w] <= LINE_BRANDS for w in shared)
            ):
                union.join(short, long)
    phrases: dict[str, list[str]] = {}
    for brand, key in names.items():
        if len(key.replace(" ", "")) >= 4:
            phrases.setdefault(key, []).append(brand)
    firsts = _first_words(phrases)
    written: set[tuple[str, str]] = set()  # (a, b): b's name is in half of a's titles or more
    for a, said in titles.items():
        if len(said) < 2:
            continue
        named = Counter(
            k for title in said for k in _named(title, phrases, firsts) if k != names[a]
        )
        written.update((a, b) for k, n in named.items() if 2 * n >= len(said) for b in phrases[k])
    for a, b in written:
        if (b, a) in written:
            union.join(a, b)
    groups: dict[str, list[str]] = {}
    for brand in titles:
        groups.setdefault(union.find(brand), []).append(brand)
    out: dict[str, tuple[str, ...]] = {}
    for group in groups.values():
        if len(group) < 2:
            continue
        ranked = sorted(group, key=lambda b: (-len(titles[b]), b))
        for brand in group:
            out[brand] = (brand, *(b for b in ranked if b != brand))
    return out


def _sold(
    titles: Mapping[str, list[str]],
    kinds_of: Mapping[str, list[set[str]]],
    unbranded: list[tuple[str, set[str]]],
    houses: Mapping[str, tuple[str, ...]],
    path_words: frozenset[str],
) -> dict[str, dict[str, tuple[int, int]]]:
    everyday_keys: dict[str, list[str]] = {}
    for brand in titles:
        key = name_key(brand)
        if all(ordinary(w) or stem(w) in path_words for w in key.split()):
            everyday_keys.setdefault(key, []).append(brand)
    firsts = _first_words(everyday_keys)
    own = {key: Counter[str]() for key in everyday_keys}
    other = {key: Counter[str]() for key in everyday_keys}
    for key, brands in everyday_keys.items():
        for brand in brands:
            for kinds in kinds_of[brand]:
                own[key].update(kinds)
    for said, kinds in unbranded:  # "Suave Professionals ..." filed with no brand
        for key in _named(said, everyday_keys, firsts):
            if said.startswith(f" {key} "):
                own[key].update(kinds)
    for brand, said in titles.items():
        house = set(houses.get(brand, (brand,)))
        for title, kinds in zip(said, kinds_of[brand], strict=True):
            for key in _named(title, everyday_keys, firsts):
                if house.isdisjoint(everyday_keys[key]):  # another house's words
                    other[key].update(kinds)
    return {
        key: {w: (n, other[key].get(w, 0)) for w, n in counts.items()}
        for key, counts in own.items()
    }
