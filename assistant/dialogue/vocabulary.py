"""What the rules know of the catalog's words: its brands, category paths, common words and the
product types its categories name (`CatalogVocabulary`), built once per catalog by the
composition root and read by understanding, the reader and the handlers."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from assistant.dialogue.kinds import about_homeless
from assistant.dialogue.wording import WORD
from retrieval.tokenize import STOP_WORDS


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


@lru_cache(maxsize=8)
def leaf_words(categories: tuple[str, ...]) -> frozenset[str]:
    """The lower-cased words of the categories' own names (the last node of each path: "Oils &
    Serums" gives "oils", "serums"): the product types a catalog files things under."""
    leaves = {path.rsplit(" > ", 1)[-1].lower() for path in categories}
    return frozenset(w for leaf in leaves for w in WORD.findall(leaf))


@lru_cache(maxsize=8)
def leaf_types(categories: tuple[str, ...]) -> frozenset[str]:
    """The words (over 3 letters, without a plural "s") of the own names of the categories
    that have none under them: product types ("shampoo", "oil"), not branches ("face")."""
    parents = {p.rsplit(" > ", 1)[0] for p in categories if " > " in p}
    return frozenset(
        w.rstrip("s")
        for p in categories
        if p not in parents
        for w in WORD.findall(p.rsplit(" > ", 1)[-1].lower())
        if len(w) > 3
    )


def _type_words(categories: tuple[str, ...]) -> frozenset[str]:
    """The words (over 3 letters, without a plural "s") of the categories' own names."""
    return frozenset(w.rstrip("s") for w in leaf_words(categories) if len(w) > 3)


def names_a_type(text: str, vocabulary: CatalogVocabulary | None) -> bool:
    """Whether ``text`` names a product type by a word of a category's own name ("anti aging
    serum" names Oils & Serums) where the query parser named none."""
    if vocabulary is None or not vocabulary.categories:
        return False
    return bool(plain_words(text) & _type_words(tuple(vocabulary.categories)))


def singular(word: str) -> str:
    """``word`` without a plural "s" (the rules' plain form: "serums" -> "serum")."""
    return word.rstrip("s")


def path_words(path: str, normal: Callable[[str], str] = singular) -> frozenset[str]:
    """The lower-cased words of every level of a category path, or of one level's name, each
    as ``normal`` writes it: without a plural "s" (`singular`), or `stem` where the words it is
    compared with are stems."""
    return frozenset(normal(w) for w in WORD.findall(path.lower()))


def plain_words(text: str) -> set[str]:
    """The lower-cased words of ``text`` without a plural "s", less stop words."""
    return {w.rstrip("s") for w in WORD.findall(text.lower()) if w not in STOP_WORDS}


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
