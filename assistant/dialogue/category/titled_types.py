"""Everyday names of product types that no category of a catalog is named by ("tweezers",
"blotting sheets", "a setting spray", "heat protectant"), and the category the catalog's own
titles file each under (`titled_homes`, built once per catalog into
`CatalogVocabulary.titled_types`; read by `NeedCategory.named` for a need whose words name no
category, or only one above the type's).

The names are a reviewed list of words shoppers use for tools, small accessories and kinds of
product named by their use (`said_types`, language data in `SAID_TYPES_FILE`); where a shop's
titles call a type otherwise than shoppers do, `said_as` reads the shopper's name as the
titles' ("heat protectant": the titles say "heat protection"). Which category holds a type is
never listed there: the titles decide, so the same list serves any store, and a type its
titles do not settle has no home.

The same reading serves a type a category is named by, where search guessed no category for a
need naming it (`type_home`: "hydrating serum" is where most titles saying serum are).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from functools import cache
from types import MappingProxyType

from assistant.dialogue.category.form_after_type import form_said_after
from assistant.dialogue.needs.wording import BODY_PARTS, WORD
from catalog.category_paths import SEPARATOR, nodes, within
from retrieval.data_files import load_yaml
from retrieval.title_words import TitleWords, by_first_word, phrases_named, read_titles
from retrieval.tokenize import STOP_WORDS, stem, stemmed, words

SAID_TYPES_FILE = "said_types.yaml"
"""The reviewed lists of shoppers' names of types (package data beside the lexicon,
``retrieval/data/said_types.yaml``): its ``tools``, other ``types`` and ``said_as`` names."""


@cache
def said_tools() -> tuple[str, ...]:
    """Shoppers' names of tools and small accessories: what a tool is used with, said after it
    ("a blender for my foundation", "a uv lamp for gel polish"), is not what it is."""
    return tuple(load_yaml(SAID_TYPES_FILE)["tools"])


@cache
def said_types() -> tuple[str, ...]:
    """Shoppers' names of product types that a catalog's categories are seldom named by: the
    tools (`said_tools`) and the types named by their use or their problem."""
    return (*said_tools(), *load_yaml(SAID_TYPES_FILE)["types"])


@cache
def said_as() -> Mapping[str, str]:
    """Shoppers' names of `said_types` that titles say otherwise ("a pumice stone" is sold as
    a foot file; "a beauty blender" as a makeup sponge; "hair clippers" as a haircut kit)."""
    return MappingProxyType(dict(load_yaml(SAID_TYPES_FILE)["said_as"]))


@cache
def tool_kinds() -> frozenset[str]:
    """The `said_tools` and their `said_as` names, as `titled_homes` keys them (stemmed)."""
    tools = said_tools()
    return frozenset(
        stemmed(name) for name in (*tools, *(n for n, kind in said_as().items() if kind in tools))
    )


HOME_SHARE = 0.5
"""The share of the titles naming a type that its home (the deepest category holding them)
must hold."""
LEAST_TITLES = 3
"""How many titles must name a type before the catalog settles its home."""
LEAST_DEPTH = 2
"""A home lies at least this deep below the store ("Beauty > Skin Care > Face"): a department
("Skin Care", where "stretch mark" titles lie) is left to search, which reads more than a name."""

TYPE_HOME_SHARE = 0.5
"""The share of the titles naming a product type (of those in the category above) a category
must hold to be where a need for that type is, when search guessed nothing (`type_home`)."""
TYPE_HOME_LEAST = 10
"""...and how many titles must name it at least."""
TYPE_TITLED_SHARE = 0.2
"""The share of a category's titles that must say the last word of its name for that word to
be a product type there ("serum": Oils & Serums; not "combination": Eyes > Combinations)."""


def titled_homes(
    products: Iterable[tuple[str, Sequence[str]]] | TitleWords,
    said: Iterable[str] | None = None,
    titles_say: Mapping[str, str] | None = None,
) -> dict[str, str]:
    """Each of the ``said`` types (stemmed; default `said_types`) and the ``titles_say`` names
    of one (default `said_as`), with the category path of the type's home among the (title,
    category levels) ``products`` (or their titles read once, `TitleWords`): the deepest
    category, at least `LEAST_DEPTH` below the store, that holds `HOME_SHARE` of the (at least
    `LEAST_TITLES`) titles naming it. Types without a home are left out."""
    types = {stemmed(t) for t in (said_types() if said is None else said)}
    wanted = by_first_word(types)
    found: dict[str, list[str]] = {t: [] for t in types}
    for title in read_titles(products):
        for kind in phrases_named(title.stems, wanted):
            found[kind].append(title.path)
    homes: dict[str, str] = {}
    for kind, paths in found.items():
        if len(paths) < LEAST_TITLES:
            continue
        counts: dict[str, int] = {}
        for path in paths:
            counts[path] = counts.get(path, 0) + 1
        if home := majority_home(counts, LEAST_DEPTH + 1, HOME_SHARE, of_all=True):
            homes[kind] = home
    for name, kind in (said_as() if titles_say is None else titles_say).items():
        if (home := homes.get(stemmed(kind))) is not None:
            homes.setdefault(stemmed(name), home)
    return homes


def titled_type(text: str, homes: Mapping[str, str] | None) -> tuple[str, str] | None:
    """The longest type of ``homes`` (`titled_homes`) that ``text`` names, with its home; or
    None."""
    if not homes:
        return None
    said = f" {stemmed(text)} "
    named = [kind for kind in homes if f" {kind} " in said]
    kind = max(named, key=len, default=None)
    return (kind, homes[kind]) if kind else None


def form_after(text: str, kind: str) -> str | None:
    """The form ``text`` says right after the words of ``kind`` (a stemmed type of
    `titled_homes`; `form_after_type.form_said_after`), the form that type comes in, as a
    stem: "spray" of "a leave-in spray"; else None."""
    said = words(text)
    stemmed_said = [stem(w) for w in said]
    size = len(kind.split())
    for at in range(len(said) - size):
        form = form_said_after(said, at + size)
        if form and " ".join(stemmed_said[at : at + size]) == kind:
            return stem(form)
    return None


def without_type(text: str, kind: str) -> str:
    """``text`` less the words of ``kind`` (a stemmed type of `titled_homes`)."""
    said = set(kind.split())
    return " ".join(w for w in words(text) if stem(w) not in said)


def majority_home(
    counts: Mapping[str, int], depth: int, share: float, *, of_all: bool
) -> str | None:
    """The deepest category, from ``depth`` levels down, reached by stepping each level into
    the node that holds ``share`` of the titles ``counts`` (category path -> titles naming a
    type there): of all of them (``of_all``), or of those in the node above; None when the
    first level has no such node."""
    total = sum(counts.values())
    home: str | None = None
    while True:
        inside = {p: n for p, n in counts.items() if home is None or within(p, home)}
        held: dict[str, int] = {}
        for path, n in inside.items():
            levels = path.split(SEPARATOR)
            if len(levels) >= depth:
                node = SEPARATOR.join(levels[:depth])
                held[node] = held.get(node, 0) + n
        if not held:
            return home
        node, n = max(held.items(), key=lambda item: item[1])
        if n < share * (total if of_all else sum(inside.values())):
            return home
        home, depth = node, depth + 1


def type_home(
    need: str, leaf_types: frozenset[str], title_counts: Mapping[str, Mapping[str, int]]
) -> str | None:
    """Where most titles that name the one product type ``need`` names (one of
    `titled_leaf_types`) lie: from the department down, the category holding `TYPE_HOME_SHARE`
    of them at each level ("hydrating serum": 77% of the titles saying serum are in Skin Care,
    59% in its Face, 57% there in Oils & Serums), of the categories whose titles say the need's
    other words too, where enough do (`_titled_with`: "a texturizing spray" is hair's); None
    where it names several types or none, or few titles name it."""
    said = {stem(w) for w in WORD.findall(need.lower())}
    types = said & leaf_types
    if len(types) != 1:
        return None
    kind = types.pop()
    counts = title_counts.get(kind, {})
    if sum(counts.values()) < TYPE_HOME_LEAST:
        return None
    counts = _titled_with(counts, said - {kind}, title_counts) or counts
    return majority_home(counts, 2, TYPE_HOME_SHARE, of_all=False)  # 2: "Beauty > Skin Care"


SAID_WITH_LEAST = 3
"""How many titles must say a word said beside a product type, and how many titles of the type
must lie where it is said, for that word to narrow where the type is (`_titled_with`)."""


def _titled_with(
    counts: Mapping[str, int], others: set[str], title_counts: Mapping[str, Mapping[str, int]]
) -> dict[str, int] | None:
    """``counts`` (a type's titles by category) in the categories whose titles also say each of
    ``others`` (the need's other words that at least `SAID_WITH_LEAST` titles say), where at
    least `SAID_WITH_LEAST` of the type's titles lie: "a texturizing spray" is among the hair
    sprays and styling products whose titles say "texturizing", not the perfumes most titles
    saying "spray" are; else None (no such word, or too few titles there)."""
    kept = dict(counts)
    narrowed = False
    for word in others - STOP_WORDS:
        where = title_counts.get(word, {})
        if sum(where.values()) < SAID_WITH_LEAST:
            continue
        kept = {p: n for p, n in kept.items() if p in where}
        narrowed = True
    return kept if narrowed and sum(kept.values()) >= SAID_WITH_LEAST else None


def titled_leaf_types(
    categories: Sequence[str],
    sizes: Sequence[int],
    title_counts: Mapping[str, Mapping[str, int]],
) -> frozenset[str]:
    """The product types a catalog's categories are named by, as titles name them: the last
    word (in the singular: `stem`) of a part of the name of a category with none under it
    ("serum" of Oils & Serums) that `TYPE_TITLED_SHARE` of its titles say; not "combination"
    of Eyes > Combinations nor "after" of After Sun, nor a part of the body or a department's
    word ("bath")."""
    if len(sizes) != len(categories):
        return frozenset()
    inner = nodes(categories, themselves=False)
    found = set()
    for path, size in zip(categories, sizes, strict=True):
        if path in inner:
            continue
        department = {stem(w) for w in WORD.findall(path.split(SEPARATOR)[1].lower())}
        parts = re.split(r"\s*(?:&|,|/|\band\b)\s*", path.rsplit(SEPARATOR, 1)[-1].lower())
        for part in parts:
            said = WORD.findall(part)
            head = stem(said[-1]) if said else ""
            counts = title_counts.get(head, {})
            if (
                len(head) >= 4
                and head not in BODY_PARTS
                and head not in department
                and counts.get(path, 0) >= TYPE_TITLED_SHARE * max(size, 1)
            ):
                found.add(head)
    return frozenset(found)
