"""What one chat turn returns: the reply, an optional question, and product cards."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from catalog.schema import Product


@dataclass
class Pick:
    """A product card: catalog facts, why it was chosen, and (streamed later) its copy."""

    id: str
    title: str
    brand: str | None
    price: float | None
    rating: float | None
    categories: list[str]
    reason: str
    copy: str = ""
    grounded: bool = True
    signals: dict[str, float] = field(default_factory=dict)

    @classmethod
    def of(cls, product: Product, reason: str, signals: dict[str, float] | None = None) -> Pick:
        """A card for ``product`` (every fact comes from its record)."""
        return cls(
            id=product.id,
            title=product.title,
            brand=product.brand,
            price=product.price,
            rating=product.rating,
            categories=list(product.categories),
            reason=reason,
            signals=dict(signals or {}),
        )


@dataclass
class Turn:
    """The assistant's answer to one message."""

    reply: str
    intent: str
    question: str | None = None
    picks: list[Pick] = field(default_factory=list)
    table: list[dict[str, Any]] | None = None
    total: float | None = None
    why: list[str] = field(default_factory=list)
    answer: list[str] = field(default_factory=list)
    """The options of our pending question the message was taken to answer with (their
    category paths, or ``any``); empty when the turn answered none."""
    acted_on: list[str] = field(default_factory=list)
    """The picks on screen (item ids) the turn acted on: asked about, compared, liked, built
    a set around, ruled out (`TurnContext.act_on`); empty when it acted on none."""

    def to_json(self) -> dict[str, Any]:
        """A JSON-compatible dict (the REST API's and `chat --json`'s shape)."""
        return asdict(self)


@dataclass
class TurnEvent:
    """One piece of a streamed turn.

    kinds: ``reply`` (the whole reply text, at once, before any model call), ``question`` (a
    clarifying question, when there is one), ``table`` (comparison rows, when there are some),
    ``picks`` (the cards, without copy), ``copy`` (one card's copy: data = {"index", "id", "copy",
    "grounded"}), ``done`` (the final Turn).
    """

    kind: str
    data: Any
