"""THE one function that turns a product into the text we embed and keyword-index."""

from __future__ import annotations

import hashlib
from typing import Any

from catalog.schema import Product

MAX_DESCRIPTION_CHARS = 1_000
"""Descriptions are cut here: the embedder reads at most 256 word pieces anyway."""

_ATTRIBUTE_SKIP = {"sales_rank", "sales_rank_category"}


def _attribute_text(attributes: dict[str, Any]) -> str:
    parts = []
    for key in sorted(attributes):
        value = attributes[key]
        if key in _ATTRIBUTE_SKIP or value is None or isinstance(value, dict | list):
            continue
        parts.append(f"{key.replace('_', ' ')}: {value}")
    return "; ".join(parts)


def product_text(product: Product) -> str:
    """The text of a product for embedding and BM25: title, brand, category path, details.

    Lines, in this order, each only when present: the title; ``Brand: <brand>``;
    ``Category: A > B > C``; the description (cut to 1,000 characters); ``Details: k: v; ...``
    from scalar attributes (sales rank is left out: it says nothing about the product).

    Args:
        product: a catalog product.

    Returns:
        The text, newline-separated; never empty (falls back to the id).
    """
    lines = []
    if product.title:
        lines.append(product.title)
    if product.brand:
        lines.append(f"Brand: {product.brand}")
    if product.categories:
        lines.append(f"Category: {' > '.join(product.categories)}")
    if product.description:
        lines.append(product.description[:MAX_DESCRIPTION_CHARS])
    details = _attribute_text(product.attributes or {})
    if details:
        lines.append(f"Details: {details}")
    return "\n".join(lines) or product.id


def text_hash(text: str) -> str:
    """A digest of a product text: the embedding only changes when this does."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()
