"""What the catalog can and cannot confirm about an ingredient a shopper must avoid (issue 17,
point 5). The search already leaves out every product whose catalog text names an avoided
item (`retrieval.filters.Filters.avoid`); a product that passes only because its record says
nothing about its ingredients is not shown as safe: its card and the reply say so. The same
holds for a claim the shopper asks of the product ("a vegan lipstick"): only a record that
states it backs it."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from assistant.dialogue.needs.avoid import LOOK_WORDS, UNSCENTED
from catalog.schema import Product
from retrieval.filters import AVOID_FAMILIES, AVOID_SAME, names_absent

T = TypeVar("T")

INGREDIENT_CUE = re.compile(r"\b(ingredients?|contains|made with|formulated with|free of|-free)\b")
"""Words that show a record talks about what is in the product."""


def lists_ingredients(product: Product) -> bool:
    """Whether the record says anything about what the product contains (an ingredients
    attribute, or a description that names ingredients)."""
    if any("ingredient" in str(key).lower() for key in product.attributes):
        return True
    return bool(INGREDIENT_CUE.search(product.description.lower()))


def ingredients_of(avoid: Sequence[str]) -> list[str]:
    """What of ``avoid`` is in a product, not how it looks: not a colour or finish ruled out
    (`avoid.LOOK_WORDS`: "not red" beside lipsticks), which titles and shades show, not an
    ingredients list."""
    return [a for a in avoid if a not in LOOK_WORDS]


def unread_ingredients(avoid: Sequence[str], known_words: frozenset[str]) -> list[str]:
    """The ingredients of ``avoid`` said in letters the catalog's texts are not written in
    and no catalog word spells (the word lists did not translate them: "ξυλόλη" beside an
    English catalog): the filter cannot have ruled anything out for them, so a reply must not
    say that no pick names them."""
    return [
        a
        for a in ingredients_of(avoid)
        if not a.isascii() and not set(a.lower().split()) <= known_words
    ]


def said_free_of(product: Product, avoid: Sequence[str]) -> list[str]:
    """The ingredients of ``avoid`` (`ingredients_of`) ``product``'s record says it is free of
    ("Sulfate Free Shampoo", "no parabens"; "Unscented" for fragrance: `avoid.UNSCENTED`), or
    free of a family they belong to ("Nut Free" answers for almond: `AVOID_FAMILIES`)."""
    text = f"{product.title} {product.description}"
    unscented = UNSCENTED.search(text.lower()) is not None
    return [
        a
        for a in ingredients_of(avoid)
        if any(names_absent(text, said) for said in (a, *_families_of(a)))
        or (unscented and AVOID_SAME.get(a, a) == "fragrance")
    ]


@dataclass(frozen=True)
class FreeOf:
    """What one product's record answers for among the ingredients a shopper avoids
    (`ingredients_of`), read once per pick: those it says it is free of (`said_free_of`:
    "Sulfate Free Shampoo" answers for sulfates), and those it does not answer for (none when
    it lists its ingredients: the search's filter read them)."""

    said: tuple[str, ...]
    unanswered: tuple[str, ...]

    @classmethod
    def read(cls, product: Product, avoid: Sequence[str]) -> FreeOf:
        """What ``product``'s record answers for among ``avoid``'s ingredients."""
        said = said_free_of(product, avoid)
        if lists_ingredients(product):
            return cls(tuple(said), ())
        return cls(tuple(said), tuple(a for a in ingredients_of(avoid) if a not in said))

    def among(self, names: Sequence[str]) -> FreeOf:
        """The same answers for ``names`` only (the ingredients the catalog's words can show,
        beside those it cannot read: `unread_ingredients`)."""
        return FreeOf(
            tuple(a for a in self.said if a in names),
            tuple(a for a in self.unanswered if a in names),
        )

    def note(self) -> str | None:
        """The note for a pick whose record cannot show it is free of them, or None."""
        if not self.unanswered:
            return None
        return f"the catalog cannot confirm it is free of {', '.join(self.unanswered)}"


def _families_of(item: str) -> list[str]:
    """The `AVOID_FAMILIES` heads whose family names ``item`` ("nut" of "almond")."""
    said = item.lower()
    return [head for head, family in AVOID_FAMILIES.items() if head != said and said in family]


def _listed(items: Sequence[str], last: str) -> str:
    """``items`` as a reply lists them: "sulfates", "sulfates or parabens", "a, b and c"."""
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} {last} {items[-1]}"


def avoid_note(answered: Sequence[bool], read: Sequence[str]) -> str:
    """What a reply says about the ingredients ruled out that the catalog's words can show
    (``read``), given for each pick in order whether its record answers for all of them: the
    picks whose records say they are free of them, and that the others' records list no
    ingredients (search left out every one that names them; the words of a title cannot
    show it is free of them), so their labels must be checked."""
    if not read or not answered:
        return ""
    free_of = f"free of {_listed(read, 'and')}"
    if all(answered):
        return f" Each listing says it is {free_of}."
    said = [str(i) for i, ok in enumerate(answered, start=1) if ok]
    if not said:
        return (
            f" I left out every listing that names {_listed(read, 'or')}, but these listings "
            f"give no ingredients, so I cannot confirm they are {free_of}: check the label."
        )
    which = (
        f"Pick {said[0]} says it is"
        if len(said) == 1
        else f"Picks {_listed(said, 'and')} say they are"
    )
    one = len(answered) - len(said) == 1
    rest = "the other one gives" if one else "the others give"
    return (
        f" {which} {free_of}; {rest} no ingredients, so I cannot confirm it for "
        f"{'it' if one else 'them'}: check the label."
    )


def confirmed_first(
    items: Sequence[T], unanswered: Callable[[T], int], matched: Callable[[T], int]
) -> list[T]:
    """``items`` with each one whose record answers for more of the avoided ingredients (fewer
    ``unanswered``: "Sulfate Free Shampoo" for "no sulfates") moved ahead of every one that
    answers for fewer and is no more relevant (``matched``: how many of the need's words its
    title names); the rest keep their order. A shopper with an allergy sees the confirmed
    ones first, and a record that says nothing is never dropped for it."""
    kept: list[tuple[T, int, int]] = []
    for item in items:
        left, named = unanswered(item), matched(item)
        at = next((i for i, (_, u, m) in enumerate(kept) if u > left and m <= named), len(kept))
        kept.insert(at, (item, left, named))
    return [item for item, _, _ in kept]


CLAIMS = re.compile(r"\b(vegan|cruelty[- ]free|organic|hypoallergenic|non[- ]comedogenic)\b", re.I)
"""Claims a shopper may ask of a product that only its record can back ("a vegan lipstick",
"cruelty free mascara"); search finds the product type whatever its record says."""


def claims_asked(need: str) -> list[str]:
    """The claims ``need`` asks of the product (`CLAIMS`), lower case, hyphenated."""
    return list(dict.fromkeys(m.lower().replace(" ", "-") for m in CLAIMS.findall(need)))


SAID_OTHERWISE = {"cruelty-free": r"|\bnot tested on animals\b|\bno animal testing\b"}
"""Other words a record may state a claim in ("Not tested on animals": cruelty-free)."""


def states(product: Product, claim: str) -> bool:
    """Whether ``product``'s record (title, description, attributes) states ``claim``."""
    text = " ".join([product.title, product.description, *map(str, product.attributes.values())])
    said = rf"\b{claim.replace('-', '[- ]')}\b" + SAID_OTHERWISE.get(claim, "")
    return re.search(said, text, re.I) is not None


def unbacked(product: Product, claims: Sequence[str]) -> str | None:
    """The note for a pick whose record does not state every claim asked of it, or None."""
    missing = [c for c in claims if not states(product, c)]
    return f"the catalog does not say it is {' or '.join(missing)}" if missing else None
