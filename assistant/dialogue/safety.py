"""What the catalog can and cannot confirm about an ingredient a shopper must avoid (issue 17,
point 5). The search already leaves out every product whose catalog text names an avoided
item (`retrieval.filters.Filters.avoid`); a product that passes only because its record says
nothing about its ingredients is not shown as safe: its card and the reply say so."""

from __future__ import annotations

import re
from collections.abc import Sequence

from catalog.schema import Product

INGREDIENT_CUE = re.compile(r"\b(ingredients?|contains|made with|formulated with|free of|-free)\b")
"""Words that show a record talks about what is in the product."""


def lists_ingredients(product: Product) -> bool:
    """Whether the record says anything about what the product contains (an ingredients
    attribute, or a description that names ingredients)."""
    if any("ingredient" in str(key).lower() for key in product.attributes):
        return True
    return bool(INGREDIENT_CUE.search(product.description.lower()))


def cannot_confirm(product: Product, avoid: Sequence[str]) -> str | None:
    """The note for a pick whose record cannot show it is free of ``avoid``, or None."""
    if not avoid or lists_ingredients(product):
        return None
    return f"the catalog cannot confirm it is free of {', '.join(avoid)}"
