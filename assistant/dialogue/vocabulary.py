"""What the rules know of the catalog's words: its brands, category paths, common words and the
product types its categories name (`CatalogVocabulary`), built once per catalog by the
composition root and read by understanding, the reader and the handlers."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from statistics import median

from assistant.dialogue.category.kinds import about_homeless
from assistant.dialogue.needs.wording import WORD
from catalog.category_paths import nodes
from catalog.schema import Product
from retrieval.brand_facts import BrandFacts
from retrieval.tokenize import STOP_WORDS, stem


@dataclass
class CatalogVocabulary:
    """What the rules know about the catalog: brand names, category paths and common words."""

    brands: Sequence[str] = ()
    categories: Sequence[str] = ()
    words: frozenset[str] = field(default_factory=frozenset)
    category_sizes: Sequence[int] = ()
    """Each category path's product count, in the order of ``categories`` (may be empty)."""
    kinds: frozenset[str] = field(default_factory=frozenset)
    """Two-word product kinds the titles often name ("dry shampoo"; `dialogue.kinds`)."""
    homeless: frozenset[str] = field(default_factory=frozenset)
    """Product types the catalog has no category for ("deodorant"; `kinds.homeless_kinds`)."""
    unsold: frozenset[str] = field(default_factory=frozenset)
    """Of those, the ones no title names at all ("gift card"; `kinds.unsold_kinds`)."""
    untitled: frozenset[str] = field(default_factory=frozenset)
    """Of those, the ones no title names that something else may stand in for ("beard
    trimmer": a shop may sell shavers); search shows the nearest and says so."""
    title_words: Mapping[str, frozenset[str]] | None = None
    """Each title word (stemmed) and the category paths of the products whose titles name it;
    None where unknown (then the reader does not check a guess against the titles)."""
    title_counts: Mapping[str, Mapping[str, int]] | None = None
    """Each title word (stemmed) and, per category path, how many products there name it;
    None where unknown."""
    price_floors: Mapping[str, float] | None = None
    """Each category path (and branch above one) with enough priced products, and the least
    price a listing there plausibly sells at (`price_floors`); None where unknown."""
    titled_types: Mapping[str, str] | None = None
    """Everyday names of product types no category is named by ("tweezers", "setting spray";
    stemmed), each with the category its titles lie in (`titled_types.titled_homes`); None
    where unknown."""
    brand_facts: BrandFacts | None = None
    """What the listings say of the brands (`retrieval.brand_facts`: one house spelt several
    ways, the product types an everyday-word brand sells); None where unknown."""
    said_singular: frozenset[str] = field(default_factory=frozenset)
    """Words the titles say in the singular far more often than in the plural ("lipstick": 107
    titles, "lipsticks": 5; not "brush", "lashes" or "wipes", whose plurals titles say
    often): a need's plural of one is searched and echoed as the titles say it
    (`need_words.as_titles_say`); empty where unknown."""


PRICED_ENOUGH = 10
FLOOR_SHARE = 0.1
"""A listing priced under a tenth of the median price of its category (of the deepest branch
of its path with at least ten priced products) is a listing error, not a bargain: the Beauty
catalog's $0.01 Maybelline mascara and NIVEA lip gloss, a $0.60 Revlon lip stain (their
categories' medians are $8.86, $5.89 and $6.01). 82 of its 11,516 priced products fall under."""


def price_floors(priced: Iterable[tuple[Sequence[str], float]]) -> dict[str, float]:
    """The least plausible price (`FLOOR_SHARE` of the median) of each category path and each
    branch above one that holds at least `PRICED_ENOUGH` of the ``priced`` products (their
    category paths and prices)."""
    prices: dict[str, list[float]] = {}
    for path, price in priced:
        for depth in range(1, len(path) + 1):
            prices.setdefault(" > ".join(path[:depth]), []).append(price)
    return {
        branch: FLOOR_SHARE * median(found)
        for branch, found in prices.items()
        if len(found) >= PRICED_ENOUGH
    }


def priced_in_error(product: Product, vocabulary: CatalogVocabulary | None) -> bool:
    """Whether ``product``'s price is under the floor of the deepest branch of its category
    path that has one (`price_floors`): a listing error ("cheaper" beside $0.60 lip balms
    reached a $0.01 lip gloss), never a pick of a search or a set."""
    floors = vocabulary.price_floors if vocabulary is not None else None
    if not floors or product.price is None:
        return False
    path = list(product.categories)
    while path and " > ".join(path) not in floors:
        path.pop()
    return bool(path) and product.price < floors[" > ".join(path)]


@lru_cache(maxsize=8)
def leaf_words(categories: tuple[str, ...]) -> frozenset[str]:
    """The lower-cased words of the categories' own names (the last node of each path: "Oils &
    Serums" gives "oils", "serums"): the product types a catalog files things under."""
    leaves = {path.rsplit(" > ", 1)[-1].lower() for path in categories}
    return frozenset(w for leaf in leaves for w in WORD.findall(leaf))


@lru_cache(maxsize=8)
def leaf_types(categories: tuple[str, ...]) -> frozenset[str]:
    """The words (over 3 letters, in the singular: `stem`) of the own names of the categories
    that have none under them: product types ("shampoo", "oil"), not branches ("face")."""
    parents = {p.rsplit(" > ", 1)[0] for p in categories if " > " in p}
    return frozenset(
        stem(w)
        for p in categories
        if p not in parents
        for w in WORD.findall(p.rsplit(" > ", 1)[-1].lower())
        if len(w) > 3
    )


@lru_cache(maxsize=8)
def branch_nodes(categories: tuple[str, ...]) -> frozenset[str]:
    """The nodes of the categories' tree that have a category under them (Skin Care > Sun),
    each as the path down to it: the branches, not the product types."""
    return nodes(categories, themselves=False)


MANY_DEPARTMENTS = 3
"""In how many departments categories must be named by a word for it to name no one kind of
product (`kinds_in_many_departments`)."""


@lru_cache(maxsize=8)
def kinds_in_many_departments(categories: tuple[str, ...]) -> frozenset[str]:
    """The words (in the singular: `stem`) of the own names of categories below a department
    that lie in `MANY_DEPARTMENTS` departments or more ("set": Makeup Sets, Skin Care's Sets &
    Kits, Nail Tools' Sets & Kits...; "kit", "oil"): said alone, they name no one kind."""
    homes: dict[str, set[str]] = {}
    for path in categories:
        levels = path.split(" > ")
        if len(levels) < 3:
            continue
        for word in WORD.findall(levels[-1].lower()):
            homes.setdefault(stem(word), set()).add(levels[1])
    return frozenset(w for w, found in homes.items() if len(found) >= MANY_DEPARTMENTS)


@lru_cache(maxsize=8)
def words_of_many_departments(categories: tuple[str, ...]) -> frozenset[str]:
    """The words (in the singular: `stem`) that name two departments or more ("care": Skin
    Care and Hair Care): said alone, they name no one department ("she's into self care")."""
    homes: dict[str, set[str]] = {}
    for path in categories:
        levels = path.split(" > ")
        if len(levels) > 1:
            for word in WORD.findall(levels[1].lower()):
                homes.setdefault(stem(word), set()).add(levels[1])
    return frozenset(w for w, found in homes.items() if len(found) > 1)


@lru_cache(maxsize=8)
def root_of(categories: tuple[str, ...]) -> str | None:
    """The root every category path shares ("Beauty"), or None where there is none."""
    roots = {path.split(" > ")[0] for path in categories}
    return next(iter(roots)) if len(roots) == 1 else None


def root_words(categories: tuple[str, ...]) -> frozenset[str]:
    """The words (in the singular: `stem`) of the root every category path shares ("beauty"):
    they name every product, so no one kind ("beauty products for my mum")."""
    root = root_of(categories)
    return frozenset(stem(w) for w in WORD.findall(root.lower())) if root else frozenset()


def _type_words(categories: tuple[str, ...]) -> frozenset[str]:
    """The words (over 3 letters, in the singular: `stem`) of the categories' own names."""
    return frozenset(stem(w) for w in leaf_words(categories) if len(w) > 3)


def names_a_type(text: str, vocabulary: CatalogVocabulary | None) -> bool:
    """Whether ``text`` names a product type by a word of a category's own name ("anti aging
    serum" names Oils & Serums) where the query parser named none."""
    if vocabulary is None or not vocabulary.categories:
        return False
    return bool(plain_words(text) & _type_words(tuple(vocabulary.categories)))


def path_words(path: str, normal: Callable[[str], str] = stem) -> frozenset[str]:
    """The lower-cased words of every level of a category path, or of one level's name, each
    as ``normal`` writes it: in the singular (`retrieval.tokenize.stem`, the one English plural
    stripper: "brushes" -> "brush"), or as written (``str``)."""
    return frozenset(normal(w) for w in WORD.findall(path.lower()))


def plain_words(text: str) -> set[str]:
    """The lower-cased words of ``text`` in the singular (`stem`), less stop words."""
    return {stem(w) for w in WORD.findall(text.lower()) if w not in STOP_WORDS}


def names_a_homeless_family(text: str, vocabulary: CatalogVocabulary | None) -> bool:
    """Whether ``text`` says a family of product types the catalog files under other types'
    categories (`kinds.homeless_heads`: "after shaving", "my beard"), whatever else it says."""
    if vocabulary is None or not vocabulary.homeless:
        return False
    return about_homeless(text, vocabulary.homeless, vocabulary.categories) is not None


def about_a_homeless_family(text: str, vocabulary: CatalogVocabulary | None) -> bool:
    """Whether ``text`` is about a family of product types the catalog files under other types'
    categories (`kinds.homeless_heads`: "he has a beard", "after shaving") and names no product
    type besides ("a beard trimmer" is named by its type: `kinds.names_homeless`)."""
    if vocabulary is None or not vocabulary.homeless:
        return False
    rest = about_homeless(text, vocabulary.homeless, vocabulary.categories)
    return rest is not None and not names_a_type(rest, vocabulary)
