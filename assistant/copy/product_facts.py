"""The facts of one product that copy may state: read once from its record per check."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from assistant.copy.audience import CustomerFacts
from assistant.copy.claim_patterns import (
    NUMBER,
    PERCENT,
    SIZE,
    SIZE_OF,
    UNITS,
    WORD,
    singular_phrase,
    to_number,
)
from assistant.copy.stemming import stem
from catalog.schema import Product


@dataclass(frozen=True)
class ProductFacts:
    """What one product's record (and the customer facts its copy was written from) supports."""

    text: str
    numbers: frozenset[float]
    sizes: frozenset[tuple[float, str]]
    percents: frozenset[float]
    words: frozenset[str]
    stemmed_text: str
    brands: tuple[str, ...]
    price: float | None
    offer: dict[str, Any]
    rating: float | None
    sales_rank: float | None


def product_text(product: Product) -> str:
    """The record's text the checks read: title, brand, categories, description, attributes
    (offers aside)."""
    values = [product.title, product.brand or "", " ".join(product.categories), product.description]
    for key, value in product.attributes.items():
        if key in ("discount_percent", "sale_price", "offer"):
            continue
        values.append(f"{key} {value if isinstance(value, str) else json.dumps(value)}")
    return " ".join(v for v in values if v)


def product_facts(product: Product, facts: CustomerFacts | None) -> ProductFacts:
    """The numbers, sizes, percentages, words and brands ``product`` (and ``facts``) support."""
    text = product_text(product)
    numbers = {to_number(m.group(1)) for m in NUMBER.finditer(text)}
    sizes = {(to_number(m.group(1)), UNITS[m.group(2).lower()]) for m in SIZE.finditer(text)}
    sizes |= {(to_number(m.group(2)), "count") for m in SIZE_OF.finditer(text)}
    percents = {to_number(m.group(1)) for m in PERCENT.finditer(text)}
    words = {stem(w) for w in WORD.findall(text)}
    brands = [product.brand] if product.brand else []
    if product.price is not None:
        numbers.add(round(product.price, 2))
    if facts is not None:
        numbers |= facts.numbers()
        brands += list(facts.brands)
        extra = " ".join([facts.label, *facts.categories, *facts.brands])
        words |= {stem(w) for w in WORD.findall(extra)}
        text = f"{text} {extra}"
    rank = product.attributes.get("sales_rank")
    offer = {
        k: product.attributes[k]
        for k in ("discount_percent", "sale_price", "offer")
        if k in product.attributes
    }
    return ProductFacts(
        text=text.lower(),
        numbers=frozenset(numbers),
        sizes=frozenset(sizes),
        percents=frozenset(percents),
        words=frozenset(words),
        stemmed_text=" " + singular_phrase(re.sub(r"[^\w\s']", " ", text.lower())) + " ",
        brands=tuple(b.lower() for b in brands),
        price=product.price,
        offer=offer,
        rating=product.rating,
        sales_rank=float(rank) if isinstance(rank, int | float) else None,
    )
