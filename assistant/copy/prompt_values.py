"""The variables of a copy prompt (the packaged few-shot prompts and a tuned model's
`TUNED_PROMPT`): the product quoted safely, the audience, tone and length."""

from __future__ import annotations

from typing import Any

from assistant.copy.audience import CustomerFacts
from assistant.copy.templates import price_text, safe_text
from catalog.schema import Product

COPY_TASK = "copy"
"""`LLM.tuned_for` of a model whose adapter was trained by `shopassist tune copy`."""
TUNED_PROMPT = "copy_tuned"
"""The prompt a tuned copywriter model reads (the facts, no worked examples)."""
TUNED_FIELDS = {
    "email": ("Marketing email", "Subject"),
    "push": ("Push notification", "Push"),
    "sms": ("SMS", "SMS"),
    "banner": ("Banner", "Banner"),
}
"""Per channel: the tuned prompt's heading and the field the model completes."""


def prompt_values(
    product: Product, facts: CustomerFacts | None, tone: str, length: str
) -> dict[str, Any]:
    """The variables of a copy prompt: product text quoted safely, audience, tone, length."""
    return {
        "product": {
            "name": product_name(product),
            "brand": safe_text(product.brand or "", 40) or "-",
            "category": safe_text(product.categories[-1], 40) if product.categories else "-",
            "price": price_text(product) or "not listed",
        },
        "audience": safe_text(facts.label, 120) if facts else "all customers",
        "tone": tone,
        "length": length,
    }


def product_name(product: Product) -> str:
    """The product's name as a copy prompt quotes it."""
    return safe_text(product.title) or safe_text(product.brand or "") or product.id


def tuned_values(values: dict[str, Any], channel: str) -> dict[str, Any]:
    """``values`` with the tuned prompt's channel fields (``heading``, ``field``)."""
    heading, field = TUNED_FIELDS[channel]
    return {**values, "heading": heading, "field": field}
