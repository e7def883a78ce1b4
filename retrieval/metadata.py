"""The filterable facts of a product, as stored beside its vector and its BM25 row."""

from __future__ import annotations

from typing import Any

from catalog.schema import Product
from retrieval.filters import MAX_CATEGORY_LEVELS, Filters, brand_key
from retrieval.text import product_text, text_hash


def product_metadata(product: Product, text: str | None = None) -> dict[str, Any]:
    """Metadata for filtering and change tracking (Chroma allows no None values: absent keys).

    Keys: ``price``, ``rating`` (when known), ``brand`` and ``brand_key`` (lower case; '' when
    unknown), ``category_path``, ``cat0``.. ``catN`` (one per level), ``in_stock``,
    ``content_hash`` (every field) and ``text_hash`` (the embedded text only).
    """
    text = product_text(product) if text is None else text
    meta: dict[str, Any] = {
        "brand": product.brand or "",
        "brand_key": brand_key(product.brand),
        "category_path": " > ".join(product.categories),
        "in_stock": bool(product.in_stock),
        "content_hash": product.content_hash(),
        "text_hash": text_hash(text),
    }
    if product.price is not None:
        meta["price"] = float(product.price)
    if product.rating is not None:
        meta["rating"] = float(product.rating)
    for depth, level in enumerate(product.categories[:MAX_CATEGORY_LEVELS]):
        meta[f"cat{depth}"] = level
    return meta


def product_passes(product: Product, filters: Filters) -> bool:
    """Whether ``product``'s record passes ``filters``, by the rules searches filter with
    (price, brands, category, stock, and the avoided words in its catalog text)."""
    text = product_text(product)
    return filters.matches({**product_metadata(product, text), "text": text})
