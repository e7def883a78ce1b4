"""Hard filters of a search, validated once, applied inside both dense and keyword search."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from core.validation import non_negative_number
from retrieval.errors import RetrievalError
from retrieval.tokenize import other_forms, stem

if TYPE_CHECKING:
    from retrieval.brand_facts import BrandFacts

MAX_CATEGORY_LEVELS = 12
MAX_AVOID = 12

AVOID_FAMILIES: dict[str, tuple[str, ...]] = {
    "nut": ("nut", "tree nut", "almond", "walnut", "hazelnut", "cashew", "pecan", "pistachio",
            "macadamia", "brazil nut", "shea", "argan"),
    "peanut": ("peanut", "arachis"),
    "fragrance": ("fragrance", "parfum", "perfume", "scented", "essential oil", "lavender",
                  "vanilla", "jasmine", "musk"),
    "sulfate": ("sulfate", "sulphate", "sls", "sles"),
    "paraben": ("paraben", "methylparaben", "propylparaben", "butylparaben", "ethylparaben"),
    "silicone": ("silicone", "dimethicone", "cyclomethicone", "cyclopentasiloxane"),
    "soy": ("soy", "soybean", "glycine soja"),
    "gluten": ("gluten", "wheat"),
}  # fmt: skip
"""An avoided word also rules out its family (a nut allergy rules out almond and shea oil; no
fragrance rules out a scented or lavender lotion). Kept small and documented: anything else is
matched as the shopper's own words only."""

AVOID_SAME: dict[str, str] = {"perfume": "fragrance", "parfum": "fragrance", "scent": "fragrance"}
"""Other names of a family's head: "without perfume" ("senza profumo", "sans parfum") asks for
no fragrance, so it rules out the fragrance family, not only the records that say "perfume"
(ingredient lists say "fragrance" or "parfum")."""


def brand_key(brand: str | None) -> str:
    """The comparison key of a brand name: lower case, spaces squeezed ('' for none)."""
    return " ".join((brand or "").lower().split())


def loose_brand_key(text: str) -> str:
    """A brand as a shopper may spell it, compared loosely: case-folded letters and digits only
    (``e.l.f.`` = ``ELF``, ``M.A.C`` = ``MAC``). `brand_key` is the filter's exact key."""
    return re.sub(r"[^a-z0-9]", "", text.casefold())


def category_levels(category: str | Sequence[str] | None) -> list[str]:
    """A category prefix as its list of levels ('A > B' or ['A', 'B'] -> ['A', 'B'])."""
    if category is None:
        return []
    parts = category.split(">") if isinstance(category, str) else list(category)
    return [" ".join(str(p).split()) for p in parts if str(p).strip()]


def avoid_terms(items: Sequence[str]) -> tuple[str, ...]:
    """The words ``items`` rule out: each item (singular, in each of its spellings) and its
    `AVOID_FAMILIES` members (of the family it heads, or names by another name: `AVOID_SAME`)."""
    terms: list[str] = []
    for item in items:
        words = re.findall(r"[a-z0-9]+", item.lower())
        if not words:
            continue
        for said in _in_each_spelling([*words[:-1], stem(words[-1])]):
            key = " ".join(said)
            family = AVOID_FAMILIES.get(AVOID_SAME.get(key, key)) or AVOID_FAMILIES.get(
                AVOID_SAME.get(said[-1], said[-1]), ()
            )
            for term in (key, *family):
                if term not in terms:
                    terms.append(term)
    return tuple(terms)


def _in_each_spelling(words: list[str]) -> list[list[str]]:
    """``words`` as said, then with each word in its other spellings (`tokenize.other_forms`):
    an avoid said the British way ("sulphate", "colour") rules out the catalog's American word
    and its family too."""
    spelt = [(i, other) for i, w in enumerate(words) for other in other_forms(w)]
    return [words, *([*words[:i], other, *words[i + 1 :]] for i, other in spelt)]


def _term_pattern(term: str) -> str:
    """Whole words, any case, hyphen or space between words, an optional plural ending."""
    return r"[\s-]+".join(re.escape(w) for w in term.split()) + r"(?:e?s)?"


def names_present(text: str, term: str) -> bool:
    """Whether ``text`` names ``term`` as present: whole words, any case, a simple plural; a
    mention as absent ("almond-free", "free of parabens", "no fragrance", "without shea",
    "Alcohol-Free Toner") does not count."""
    word = _term_pattern(term)
    cleaned = re.sub(_absent_pattern(word), " ", text.lower())
    return re.search(rf"(?<![a-z0-9]){word}(?![a-z0-9])", cleaned) is not None


def names_absent(text: str, term: str) -> bool:
    """Whether ``text`` says the product is free of ``term`` ("Sulfate Free Shampoo", "free of
    parabens", "no fragrance"): the record itself answers the shopper's avoid. The term is
    matched in the singular too ("sulfates" beside "Sulfate Free")."""
    word = _term_pattern(" ".join(stem(w) for w in term.lower().split()))
    return re.search(_absent_pattern(word), text.lower()) is not None


def _absent_pattern(word: str) -> str:
    """A mention of ``word`` (a `_term_pattern`) as absent: "almond-free", "free of parabens",
    "no fragrance", "no added fragrance", "without shea"."""
    return (
        rf"\b{word}[\s-]*free\b|\bfree\s+(?:of|from)\s+{word}\b"
        rf"|\b(?:no|non|without|zero)(?:[\s-]+added)?[\s-]+{word}\b"
    )


def avoided_in(text: str, items: Sequence[str]) -> list[str]:
    """The avoided terms ``text`` names as present (`names_present`), ``items`` widened by the
    families of `AVOID_FAMILIES` (`avoid_terms`)."""
    return [term for term in avoid_terms(items) if names_present(text, term)]


def _number(value: Any, name: str) -> float | None:
    if value is None:
        return None
    try:
        return non_negative_number(value, name, "25")
    except ValueError as e:
        raise RetrievalError(str(e)) from e


def _opens_with_word(text: str, brand: str, *, then: str = r"(?![a-z0-9])") -> bool:
    """Whether ``text`` opens with ``brand``'s letters as whole words ("MAC Studio", "M.A.C
    Pro"), not as the start of a longer word ("Macadamia"), and what follows matches
    ``then``."""
    opening = _opening(brand, then)
    # only the text's start can match: no casefolding of a whole description per brand
    return opening is not None and opening.match(text[: 4 * len(brand) + 16].casefold()) is not None


@lru_cache(maxsize=4096)
def _opening(brand: str, then: str) -> re.Pattern[str] | None:
    """`_opens_with_word`'s pattern for ``brand``, compiled once (None for a brand with no
    letters or digits): the search filter checks every candidate against every excluded
    brand."""
    letters = [c for c in brand.casefold() if c.isalnum()]
    pattern = r"[^a-z0-9]*".join(re.escape(c) for c in letters)
    return re.compile(rf"\W*{pattern}{then}") if letters else None


@dataclass(frozen=True)
class Filters:
    """What every hit must satisfy.

    Attributes:
        min_price: lowest price, inclusive (products without a price fail a price filter).
        max_price: highest price, inclusive.
        brands: only these brands (case-insensitive); empty means any brand.
        exclude_brands: never these brands (case-insensitive).
        category: a category prefix, 'Beauty > Hair Care' or ['Beauty', 'Hair Care'].
        min_rating: lowest rating, inclusive (products without a rating fail it).
        in_stock_only: drop products marked out of stock.
        avoid: ingredients or words the product text must not name (`avoided_in`: whole words,
            simple plurals, the families of `AVOID_FAMILIES`). No index can express it: the
            retriever post-filters its hits on their catalog text, and `matches` checks the
            ``text`` of the metadata when it carries one. Never a search term.

    Raises:
        RetrievalError: on construction, when a value is malformed or min_price > max_price.
    """

    min_price: float | None = None
    max_price: float | None = None
    brands: Sequence[str] = field(default_factory=tuple)
    exclude_brands: Sequence[str] = field(default_factory=tuple)
    category: str | Sequence[str] | None = None
    min_rating: float | None = None
    in_stock_only: bool = False
    avoid: Sequence[str] = field(default_factory=tuple)

    def __post_init__(self) -> None:
        set_ = object.__setattr__
        set_(self, "min_price", _number(self.min_price, "min_price"))
        set_(self, "max_price", _number(self.max_price, "max_price"))
        set_(self, "min_rating", _number(self.min_rating, "min_rating"))
        if isinstance(self.brands, str):
            set_(self, "brands", (self.brands,))
        if isinstance(self.exclude_brands, str):
            set_(self, "exclude_brands", (self.exclude_brands,))
        set_(self, "brands", tuple(b for b in self.brands if brand_key(b)))
        set_(self, "exclude_brands", tuple(b for b in self.exclude_brands if brand_key(b)))
        if isinstance(self.avoid, str):
            set_(self, "avoid", (self.avoid,))
        avoid = tuple(dict.fromkeys(" ".join(str(a).lower().split()) for a in self.avoid))
        set_(self, "avoid", tuple(a for a in avoid if a))
        if len(self.avoid) > MAX_AVOID:
            raise RetrievalError(
                f"avoid: expected at most {MAX_AVOID} items, got {len(self.avoid)}; keep the "
                "ones that matter most"
            )
        if (
            self.min_price is not None
            and self.max_price is not None
            and self.min_price > self.max_price
        ):
            raise RetrievalError(
                f"min_price ({self.min_price:g}) is above max_price ({self.max_price:g}): "
                "expected min_price <= max_price; swap or drop one of them"
            )
        if self.min_rating is not None and self.min_rating > 5:
            raise RetrievalError(f"min_rating: expected a value from 0 to 5, got {self.min_rating}")
        levels = category_levels(self.category)
        if len(levels) > MAX_CATEGORY_LEVELS:
            raise RetrievalError(
                f"category: expected at most {MAX_CATEGORY_LEVELS} levels, got {len(levels)}"
            )
        include = {brand_key(b) for b in self.brands}
        if include and include <= {brand_key(b) for b in self.exclude_brands}:
            raise RetrievalError(
                "brands and exclude_brands: expected a brand to be either included or excluded, "
                f"got {sorted(include)} in both; drop it from one of them"
            )

    @property
    def levels(self) -> list[str]:
        """The category prefix as a list of levels."""
        return category_levels(self.category)

    @property
    def empty(self) -> bool:
        """True when nothing is filtered."""
        return self == Filters()

    def where(self) -> dict[str, Any] | None:
        """The filter as a Chroma ``where`` clause over the index metadata (None: no filter)."""
        clauses: list[dict[str, Any]] = []
        if self.min_price is not None:
            clauses.append({"price": {"$gte": self.min_price}})
        if self.max_price is not None:
            clauses.append({"price": {"$lte": self.max_price}})
        if self.brands:
            clauses.append({"brand_key": {"$in": sorted({brand_key(b) for b in self.brands})}})
        if self.exclude_brands:
            keys = sorted({brand_key(b) for b in self.exclude_brands})
            clauses.append({"brand_key": {"$nin": keys}})
        for depth, level in enumerate(self.levels):
            clauses.append({f"cat{depth}": level})
        if self.min_rating is not None:
            clauses.append({"rating": {"$gte": self.min_rating}})
        if self.in_stock_only:
            clauses.append({"in_stock": True})
        if not clauses:
            return None
        return clauses[0] if len(clauses) == 1 else {"$and": clauses}

    def matches(self, meta: dict[str, Any]) -> bool:
        """Whether one product's index metadata passes (the same rules as `where`)."""
        price = meta.get("price")
        if self.min_price is not None and (price is None or price < self.min_price):
            return False
        if self.max_price is not None and (price is None or price > self.max_price):
            return False
        key = meta.get("brand_key", "")
        if self.brands and key not in {brand_key(b) for b in self.brands}:
            return False
        if self.exclude_brands and key in {brand_key(b) for b in self.exclude_brands}:
            return False
        for depth, level in enumerate(self.levels):
            if meta.get(f"cat{depth}") != level:
                return False
        rating = meta.get("rating")
        if self.min_rating is not None and (rating is None or rating < self.min_rating):
            return False
        if self.in_stock_only and not meta.get("in_stock", True):
            return False
        text = meta.get("text")
        return not isinstance(text, str) or self.allows_text(text)

    def allows_text(self, text: str) -> bool:
        """Whether a product's catalog text (`retrieval.text.product_text`) names nothing in
        ``avoid``, and whose title does not open with an excluded brand: for a record with no
        brand, "MAC Studio Fix Powder ..." when MAC is ruled out (the index's brand key is
        empty, so `where` cannot catch it); for one with another brand, the brand's name
        followed by more of the title's words ("Maybelline New York Lash Stiletto ...", filed
        under the brand 'Eye Makeup'), not "MAC-style brush set"."""
        if self.avoid and avoided_in(text, self.avoid):
            return False
        if not self.exclude_brands:
            return True
        then = r"\s" if "\nBrand: " in text else r"(?![a-z0-9])"
        return not any(_opens_with_word(text, b, then=then) for b in self.exclude_brands)

    def describe(self, facts: BrandFacts | None = None) -> str:
        """A short human phrase ("under $30.00, not Olay, in Face"); '' when nothing is filtered.

        The one wording of constraints: chat replies and `shopassist search` both use it. With
        ``facts``, a house spelt several ways is named once ("not M.A.C", not "not M.A.C, MAC":
        `BrandFacts.named`).
        """
        named = facts.named if facts is not None else list
        parts = []
        low, high = self.min_price, self.max_price
        if low is not None and high is not None:
            parts.append(f"${low:.2f}-${high:.2f}")
        elif high is not None:
            parts.append(f"under ${high:.2f}")
        elif low is not None:
            parts.append(f"over ${low:.2f}")
        if self.brands:
            parts.append("from " + " or ".join(named(self.brands)))
        if self.exclude_brands:
            parts.append("not " + ", ".join(named(self.exclude_brands)))
        if self.levels:
            parts.append("in " + self.levels[-1])
        if self.min_rating is not None:
            parts.append(f"rated {self.min_rating:g} or more")
        if self.in_stock_only:
            parts.append("in stock")
        if self.avoid:
            parts.append("without " + ", ".join(self.avoid))
        return ", ".join(parts)
