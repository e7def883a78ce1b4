"""What a shopper's message asks for, as the dialogue layer understands it."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Intent(StrEnum):
    """The kinds of turn the assistant knows how to serve."""

    SEARCH = "search"  # a new need: "a moisturiser for dry skin under $30"
    REFINE = "refine"  # change the current picks: "cheaper", "not that brand", "something else"
    COMPARE = "compare"  # "compare the first two"
    ASK = "ask"  # a question about a shown product: "how much is the second one?"
    WHY = "why"  # "why this?"
    BUNDLE = "bundle"  # "what goes with this?", "build me a routine under $50"
    FEEDBACK = "feedback"  # "I like the first one", "not for me"
    MORE_LIKE = "more_like"  # "more like the second one", "in another colour"
    CLEAR = "clear"  # "start over"
    GREETING = "greeting"
    OFF_TOPIC = "off_topic"
    UNSAFE = "unsafe"


@dataclass
class Request:
    """A parsed shopper message.

    Attributes:
        intent: what the turn should do.
        text: the message with constraint phrases removed (what to search for).
        references: 0-based indexes of earlier picks the message points at.
        min_price / max_price / around_price: price constraints stated in this message.
        brands / exclude_brands: brand constraints stated in this message.
        category: a category path prefix the message points at, if any.
        cheaper / pricier: relative price refinements against the current picks.
        exclude_shown: "something else": do not show the current picks again.
        exclude_reference_brand: "not that brand": drop the brand of the referenced pick(s).
        sentiment: +1 / -1 for feedback ("love it" / "not for me"), 0 otherwise.
        attributes: stated needs and facts ("dry skin", "for my sister").
        budget: a total budget for a bundle or routine.
        drop: constraint names the shopper asked to drop ("any price", "any brand").
        add_detail: "something with X": X narrows the current need instead of replacing it.
    """

    intent: Intent
    text: str = ""
    references: list[int] = field(default_factory=list)
    min_price: float | None = None
    max_price: float | None = None
    around_price: float | None = None
    brands: list[str] = field(default_factory=list)
    exclude_brands: list[str] = field(default_factory=list)
    category: str | None = None
    cheaper: bool = False
    pricier: bool = False
    exclude_shown: bool = False
    exclude_reference_brand: bool = False
    sentiment: int = 0
    attributes: dict[str, str] = field(default_factory=dict)
    budget: float | None = None
    drop: list[str] = field(default_factory=list)
    add_detail: bool = False
