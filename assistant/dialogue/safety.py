"""What the catalog can and cannot confirm about an ingredient a shopper must avoid (issue 17,
point 5). The search already leaves out every product whose catalog text names an avoided
item (`retrieval.filters.Filters.avoid`); a product that passes only because its record says
nothing about its ingredients is not shown as safe: its card and the reply say so. The same
holds for a claim the shopper asks of the product ("a vegan lipstick"): only a record that
states it backs it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.dialogue.avoid import LOOK_WORDS
from catalog.schema import Product
from retrieval.filters import names_absent

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


def cannot_confirm(product: Product, avoid: Sequence[str]) -> str | None:
    """The note for a pick whose record cannot show it is free of ``avoid``'s ingredients
    (`ingredients_of`), or None. A record that says it is free of one ("Sulfate Free
    Shampoo") answers for that one."""
    text = f"{product.title} {product.description}"
    avoid = [a for a in ingredients_of(avoid) if not names_absent(text, a)]
    if not avoid or lists_ingredients(product):
        return None
    return f"the catalog cannot confirm it is free of {', '.join(avoid)}"


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
