"""What the training-data generator knows about a store, read from its own catalog only.

Categories with their counts and a need phrase, brands with counts, price quantiles per
category, attribute words that really occur in titles, and a few real products per category
to show as picks. Nothing here comes from a labelled evaluation set.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from assistant.dialogue.model.model_request import PickLine
from catalog.schema import Product
from retrieval.filters import loose_brand_key
from retrieval.tokenize import stem

MIN_CATEGORY_ITEMS = 12
"""Categories with fewer products than this are not asked for."""
MIN_ATTRIBUTE_TITLES = 3
"""An attribute word is kept when at least this many titles contain it."""

# Candidate attribute words per Traits key; only those found in the catalog's titles are used.
ATTRIBUTE_WORDS: dict[str, tuple[str, ...]] = {
    "skin_type": ("dry", "oily", "sensitive", "combination", "normal", "acne-prone", "mature"),
    "hair_type": (
        "curly",
        "dry",
        "oily",
        "fine",
        "thick",
        "frizzy",
        "damaged",
        "color-treated",
        "wavy",
        "straight",
        "thin",
        "coarse",
    ),
    "scent": (
        "lavender",
        "vanilla",
        "rose",
        "coconut",
        "citrus",
        "lemon",
        "mint",
        "jasmine",
        "sandalwood",
        "peppermint",
        "almond",
        "cherry",
        "strawberry",
        "grapefruit",
        "eucalyptus",
        "musk",
        "floral",
        "tea tree",
        "honey",
        "cucumber",
    ),
    "color": (
        "red",
        "pink",
        "nude",
        "coral",
        "black",
        "brown",
        "blue",
        "purple",
        "gold",
        "silver",
        "plum",
        "berry",
        "white",
        "green",
        "burgundy",
        "blonde",
    ),
    "finish": (
        "matte",
        "glossy",
        "shimmer",
        "satin",
        "dewy",
        "metallic",
        "glitter",
        "sheer",
        "gloss",
    ),
    "formula": (
        "cream",
        "gel",
        "liquid",
        "powder",
        "stick",
        "spray",
        "oil",
        "foam",
        "balm",
        "mousse",
        "waterproof",
        "long-lasting",
    ),
    "concern": (
        "anti-aging",
        "wrinkles",
        "acne",
        "dark spots",
        "dandruff",
        "frizz",
        "hair loss",
        "redness",
        "dark circles",
        "blemishes",
    ),
    "size": ("travel size", "mini", "1 oz", "2 oz", "4 oz", "8 oz", "16 oz", "large"),
    "spf": ("spf 15", "spf 30", "spf 50"),
}

# Need words for category leaves whose name is not how shoppers say it.
_LEAF_NEEDS: dict[str, str] = {
    "creams & moisturizers": "face moisturizer",
    "fluids & lotions": "face lotion",
    "treatments & masks": "face mask",
    "oils & serums": "face serum",
    "concealers & neutralizers": "concealer",
    "brushes & applicators": "makeup brush",
    "fake eyelashes & adhesives": "false eyelashes",
    "nail art equipment": "nail art kit",
    "hair & scalp treatments": "hair treatment",
    "creams, gels & lotions": "styling cream",
    "chemical hair dyes": "hair dye",
    "self-tanners & bronzers": "self tanner",
    "flattening irons": "flat iron",
    "top & base coats": "top coat",
    "shampoo & conditioner sets": "shampoo and conditioner set",
    "hair regrowth treatments": "hair regrowth treatment",
    "toners & astringents": "toner",
    "nail files & buffers": "nail file",
    "hand creams & lotions": "hand cream",
    "cloths & towelettes": "face wipes",
    "eau de parfum": "perfume",
    "eau de toilette": "eau de toilette",
    "cologne": "cologne",
    "skin protection": "sunscreen",
    "sports": "sport sunscreen",
    "soaps": "bar soap",
    "body washes": "body wash",
    "body scrubs": "body scrub",
    "eyebrow color": "eyebrow pencil",
    "lip glosses": "lip gloss",
    "hair styling serums": "hair serum",
    "wigs": "wig",
    "hair extensions": "hair extensions",
    "clips": "hair clips",
    "brushes": "hair brush",
    "hair dryers": "hair dryer",
    "curling irons": "curling iron",
    "body butter": "body butter",
    "lotions": "body lotion",
    "oils": "body oil",
    "creams": "cream",
    "washes": "face wash",
    "scrubs": "face scrub",
    "masks": "face mask",
    "foundation primers": "primer",
}
_GENERIC_LEAVES = {
    "face",
    "body",
    "eyes",
    "lips",
    "nails",
    "men's",
    "women's",
    "hair care",
    "skin care",
    "makeup",
    "fragrance",
    "beauty",
    "bath & body",
    "sun",
    "tools & accessories",
    "styling products",
    "styling tools",
    "moisturizers",
    "cleansers",
    "irons",
    "hair color",
    "styling accessories",
}


# Need words for a leaf whose meaning depends on its parent ("parent > leaf", lower case).
_PATH_NEEDS: dict[str, str | None] = {
    "fluids & lotions > lotions": "face lotion",
    "fluids & lotions > fluids": "face fluid",
    "eyes > creams": "eye cream",
    "eyes > combinations": None,
    "moisturizers > creams": "body cream",
    "cleansers > gels": "gel cleanser",
    "hair loss products > conditioners": "hair loss conditioner",
    "face > sets & kits": "skin care set",
    "skin care > sets & kits": "skin care set",
    "nail tools > sets & kits": "manicure set",
    "bath > minerals & salts": "bath salts",
    "styling products > pomades & waxes": "hair pomade",
    "styling products > mousses & foams": "hair mousse",
    "eyes > concealer & base": "eyeshadow primer",
    "eyes > glitter & shimmer": "eye glitter",
    "eyes > liner & shadow combinations": "eyeliner and eyeshadow set",
    "face > bronzers & highlighters": "bronzer",
    "hair color > highlights": "hair highlights kit",
    "bathing accessories > bath mitts & cloths": "bath mitt",
    "bathing accessories > loofahs, sponges & poufs": "loofah",
    "makeup brushes & tools > puffs, sponges & wedges": "makeup sponge",
    "cuticle care > cuticle creams & oils": "cuticle oil",
    "nail tools > clippers & trimmers": "nail clipper",
    "bags & cases > travel cases & holders": "travel makeup case",
    "eyelash tools > curlers": "eyelash curler",
    "nail treatments > growth formula": "nail growth treatment",
    "skin care > maternity": "stretch mark cream",
}


def need_of(path: str) -> str | None:
    """The everyday need phrase for a category path ("... > Hair Dryers" -> "hair dryer"), or
    None for a generic branch ("... > Face") or a leaf that names several things."""
    parts = [p.strip().lower() for p in path.split(" > ")]
    pair = " > ".join(parts[-2:])
    if pair in _PATH_NEEDS:
        return _PATH_NEEDS[pair]
    leaf = parts[-1]
    if leaf in _LEAF_NEEDS:
        return _LEAF_NEEDS[leaf]
    if leaf in _GENERIC_LEAVES or "&" in leaf or "," in leaf:
        return None
    words = leaf.replace("&", "and").split()
    return " ".join([*words[:-1], stem(words[-1])])  # "Complexes": an eye complex


@dataclass(frozen=True)
class Category:
    """A category the generator asks for: its path, need phrase, size, prices and picks."""

    path: str
    need: str
    count: int
    prices: tuple[float, float, float]  # 25th, 50th, 75th percentile
    picks: tuple[PickLine, ...]  # real products as the parser sees them (never their ids)
    brands: tuple[str, ...]


@dataclass(frozen=True)
class CatalogFacts:
    """Everything the generator reads about one store."""

    categories: tuple[Category, ...]
    brands: tuple[tuple[str, int], ...]
    attributes: dict[str, tuple[str, ...]] = field(default_factory=dict)
    fingerprint: str = ""

    @property
    def brand_keys(self) -> frozenset[str]:
        """Brands case-folded, letters and digits only."""
        return frozenset(loose_brand_key(b) for b, _ in self.brands)


def _quantile(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(q * len(values)))]


def collect_facts(products: Iterable[Product], *, picks_per_category: int = 12) -> CatalogFacts:
    """Read the generator's facts from the catalog.

    Args:
        products: every product of the store.
        picks_per_category: products kept per category to show as picks (titled and priced).

    Returns:
        Categories with at least `MIN_CATEGORY_ITEMS` products and a need phrase, brands with
        their counts, attribute words found in titles, and a fingerprint of what was read.
    """
    by_path: dict[str, list[Product]] = defaultdict(list)
    brand_counts: Counter[str] = Counter()
    titles: list[str] = []
    digest = hashlib.sha256()
    for p in products:
        digest.update(f"{p.id}|{p.title}|{p.brand}|{p.price}|{'>'.join(p.categories)}\n".encode())
        if p.categories:
            by_path[" > ".join(p.categories)].append(p)
        if p.brand:
            brand_counts[p.brand] += 1
        if p.title:
            titles.append(p.title.lower())
    categories = []
    for path in sorted(by_path):
        items = by_path[path]
        need = need_of(path)
        if need is None or len(items) < MIN_CATEGORY_ITEMS:
            continue
        priced = [p for p in items if p.price and p.title and len(p.title) > 8]
        prices = [float(p.price) for p in priced if p.price]
        if len(prices) < 4:
            continue
        shown = sorted(priced, key=lambda p: p.id)[:picks_per_category]
        cat_brands = Counter(p.brand for p in items if p.brand)
        categories.append(
            Category(
                path=path,
                need=need,
                count=len(items),
                prices=(_quantile(prices, 0.25), _quantile(prices, 0.5), _quantile(prices, 0.75)),
                picks=tuple(PickLine(p.title, p.brand or "", float(p.price or 0)) for p in shown),
                brands=tuple(b for b, _ in cat_brands.most_common(8)),
            )
        )
    attributes = {}
    for key, words in ATTRIBUTE_WORDS.items():
        found = tuple(
            w
            for w in words
            if sum(1 for t in titles if re.search(rf"\b{re.escape(w)}\b", t))
            >= MIN_ATTRIBUTE_TITLES
        )
        if found:
            attributes[key] = found
    return CatalogFacts(
        categories=tuple(categories),
        brands=tuple(sorted(brand_counts.items(), key=lambda kv: (-kv[1], kv[0]))),
        attributes=attributes,
        fingerprint=digest.hexdigest()[:16],
    )
