"""Deterministic copy built only from the product record: the fallback when nothing grounded
remains of what the model wrote, and the safe way to show product text in prompts."""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.copy.audience import CustomerFacts
from assistant.copy.claim_patterns import INJECTION
from catalog.schema import Product

TONES = ("friendly", "premium", "playful", "urgent")
LENGTHS = ("short", "medium", "long")


@dataclass(frozen=True)
class ChannelSpec:
    """What one channel allows."""

    name: str
    prompt: str
    max_chars: int
    subject_chars: int = 0


CHANNELS = {
    "email": ChannelSpec("email", "copy_email", 600, 78),
    "push": ChannelSpec("push", "copy_push", 120),
    "sms": ChannelSpec("sms", "copy_sms", 160),
    "banner": ChannelSpec("banner", "copy_banner", 70),
}


def safe_text(text: str, limit: int = 90) -> str:
    """Product text as it may appear inside a prompt or a template.

    Quotes, newlines and template markers are removed (they could end the quoted field), and
    anything from an instruction-like phrase ("ignore previous instructions") on is cut off:
    product text is data, never instructions.
    """
    text = " ".join(text.replace('"', "'").replace("###", " ").split())
    text = re.sub(
        r"\b(?:Product|Brand|Category|Price|Audience|Tone|SMS|Push|Banner|Subject|"
        r"Body|Length):",
        "",
        text,
    ).strip()
    found = INJECTION.search(text)
    if found:
        text = text[: found.start()].rstrip(" ,;:-(")
    if len(text) > limit:
        cut = text[:limit]
        for mark in (" - ", ", ", " ("):
            if cut.rfind(mark) >= 15:
                cut = cut[: cut.rfind(mark)]
                break
        else:
            cut = cut.rsplit(" ", 1)[0]
        text = cut.rstrip(" ,;:-(")
    return text


def price_text(product: Product) -> str:
    """The price as copy shows it ($8.00), or '' when unknown."""
    return f"${product.price:,.2f}" if product.price is not None else ""


def short_name(product: Product, limit: int = 60) -> str:
    """The product's title, made safe and cut at a word boundary; the brand when no title."""
    name = safe_text(product.title, limit) or (product.brand or "this product")
    if product.brand and product.brand.lower() not in name.lower() and len(name) < limit - 10:
        name = f"{product.brand} {name}"
    return name


_OPENERS = {
    "friendly": ("{name}{price}. Take a look!", "Hi! {name} is here{price}. Tap to shop."),
    "premium": ("Discover {name}{price}.", "{name}{price}. Made to be enjoyed."),
    "playful": ("Treat yourself! {name}{price}.", "Guess what? {name}{price}. Tap to shop."),
    "urgent": ("Don't wait: {name}{price}.", "Grab {name} now{price}."),
}
_SUBJECTS = {
    "friendly": "Picked for you: {name}",
    "premium": "Discover {name}",
    "playful": "Treat yourself: {name}",
    "urgent": "Don't miss {name}",
}


def template_copy(
    product: Product,
    *,
    channel: str,
    tone: str,
    facts: CustomerFacts | None = None,
    variant: int = 0,
) -> tuple[str, str]:
    """Copy built only from the record: ``(subject, text)`` (subject '' except for email)."""
    spec = CHANNELS[channel]
    price = price_text(product)
    price_part = f" for {price}" if price else ""
    patterns = _OPENERS.get(tone, _OPENERS["friendly"])
    pattern = patterns[variant % len(patterns)]
    if channel == "banner":
        pattern = "{name}{price}"
    limit = 60
    while True:
        name = short_name(product, limit)
        text = pattern.format(name=name, price=price_part)
        if len(text) <= spec.max_chars or limit <= 20:
            break
        limit -= 10
    subject = ""
    if channel == "email":
        subject = _SUBJECTS.get(tone, _SUBJECTS["friendly"]).format(name=short_name(product, 50))
        if facts is not None:
            text += f" Picked for {facts.label}."
    return subject, text[: spec.max_chars]
