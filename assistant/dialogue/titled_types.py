"""Everyday names of product types that no category of a catalog is named by ("tweezers",
"blotting sheets", "a setting spray", "heat protectant"), and the category the catalog's own
titles file each under (`titled_homes`, built once per catalog into
`CatalogVocabulary.titled_types`; read by `NeedCategory.named` for a need whose words name no
category, or only one above the type's).

The names are a reviewed list of words shoppers use for tools, small accessories and kinds of
product named by their use (`SAID_TYPES`); where a shop's titles call a type otherwise than
shoppers do, `SAID_AS` reads the shopper's name as the titles' ("heat protectant": the titles
say "heat protection"). Which category holds a type is never listed here: the titles decide,
so the same list serves any store, and a type its titles do not settle has no home.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence

from retrieval.tokenize import stem, words

SAID_TYPES = (
    # tools and small accessories
    "tweezers", "blotting", "callus", "foot file", "emery board", "nipper", "clipper",
    "hair tie", "bobby pin", "scrunchie", "claw clip", "makeup sponge", "blender",
    "cotton round", "eyelash glue", "derma roller", "pore strip", "nail decal", "makeup bag",
    # kinds of product named by their use
    "setting spray", "setting powder", "heat protection", "spot treatment", "body mist",
    "shower gel", "bar soap", "hand wash", "bath salt", "sugar scrub", "cleansing oil",
    "cleansing cream", "facial cleanser", "cleansing wipe", "facial wipe", "face primer",
    "leave in",
)  # fmt: skip
"""Shoppers' names of product types that a catalog's categories are seldom named by."""

SAID_AS = {
    "heat protectant": "heat protection", "heat protectant spray": "heat protection",
    "thermal protection": "heat protection", "cleansing balm": "facial cleanser",
    "face wash balm": "facial cleanser", "pumice stone": "foot file", "lash glue": "eyelash glue",
    "beauty blender": "makeup sponge", "cotton pad": "cotton round", "makeup wipe":
    "cleansing wipe", "makeup remover wipe": "cleansing wipe", "blotting sheet": "blotting",
    "blotting paper": "blotting", "pore primer": "face primer", "hair elastic": "hair tie",
    "toiletry bag": "makeup bag", "cosmetic bag": "makeup bag",
}  # fmt: skip
"""Shoppers' names of `SAID_TYPES` that titles say otherwise ("a pumice stone" is sold as a
foot file; "a beauty blender" as a makeup sponge)."""

HOME_SHARE = 0.5
"""The share of the titles naming a type that its home (the deepest category holding them)
must hold."""
LEAST_TITLES = 3
"""How many titles must name a type before the catalog settles its home."""
LEAST_DEPTH = 2
"""A home lies at least this deep below the store ("Beauty > Skin Care > Face"): a department
("Skin Care", where "stretch mark" titles lie) is left to search, which reads more than a name."""


def _stemmed(text: str) -> str:
    """``text``'s words, lower case, stemmed, one space apart."""
    return " ".join(stem(w) for w in words(text))


def titled_homes(
    products: Iterable[tuple[str, Sequence[str]]],
    said: Iterable[str] = SAID_TYPES,
    said_as: Mapping[str, str] = SAID_AS,
) -> dict[str, str]:
    """Each of the ``said`` types (stemmed) and the ``said_as`` names of one, with the category
    path of the type's home among the (title, category levels) ``products``: the deepest
    category, at least `LEAST_DEPTH` below the store, that holds `HOME_SHARE` of the (at least
    `LEAST_TITLES`) titles naming it. Types without a home are left out."""
    types = {_stemmed(t) for t in said}
    found: dict[str, list[Sequence[str]]] = {t: [] for t in types}
    for title, levels in products:
        text = f" {_stemmed(title)} "
        for kind in types:
            if f" {kind} " in text:
                found[kind].append(levels)
    homes: dict[str, str] = {}
    for kind, paths in found.items():
        if len(paths) < LEAST_TITLES:
            continue
        home = None
        for depth in range(LEAST_DEPTH + 1, max(len(p) for p in paths) + 1):
            held = Counter(tuple(p[:depth]) for p in paths if len(p) >= depth)
            node, count = held.most_common(1)[0]
            if count < HOME_SHARE * len(paths):
                break
            home = " > ".join(node)
        if home:
            homes[kind] = home
    for name, kind in said_as.items():
        if (home := homes.get(_stemmed(kind))) is not None:
            homes.setdefault(_stemmed(name), home)
    return homes


def titled_type(text: str, homes: Mapping[str, str] | None) -> tuple[str, str] | None:
    """The longest type of ``homes`` (`titled_homes`) that ``text`` names, with its home; or
    None."""
    if not homes:
        return None
    said = f" {_stemmed(text)} "
    named = [kind for kind in homes if f" {kind} " in said]
    kind = max(named, key=len, default=None)
    return (kind, homes[kind]) if kind else None


def without_type(text: str, kind: str) -> str:
    """``text`` less the words of ``kind`` (a stemmed type of `titled_homes`)."""
    said = set(kind.split())
    return " ".join(w for w in words(text) if stem(w) not in said)
