"""The scorer's neutral record of what an understanding produced for one turn.

Any understanding (today's rules, tomorrow's model-filled typed request) is scored through its
own adapter to this record, so the scorer never depends on either one's types. Like the labels,
the record is the **effective request after the turn** (what the next search must honour).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from assistant.evaluation.understanding.cases import Attributes, DialogueContext


@dataclass
class Understood:
    """One turn as an understanding sees it.

    Attributes:
        intent: the turn's intent, in the set's vocabulary (``answer`` for an answer to the
            pending question).
        query: the text the next search would run (the need in catalog words).
        category: the category path the search is limited to, or None.
        price_min, price_max, price_around: the price constraints.
        brands, exclude_brands: brands wanted and ruled out (catalog spellings).
        avoid: ingredients or attributes that are hard exclusions.
        attributes: stated facts (skin_type, hair_type, scent, price_band, ...).
        self_attributes: what the shopper says about themself beside a recipient.
        recipient: who the product is for when not the shopper.
        occasion: the occasion, snake_case.
        references: 0-based indexes of the picks on screen the turn points at.
        answer: the option chosen from the pending question, a list of them, ``any``, or None.
        relative: cheaper | pricier | other | not_that_brand | bigger | smaller, or None.
    """

    intent: str
    query: str = ""
    category: str | None = None
    price_min: float | None = None
    price_max: float | None = None
    price_around: float | None = None
    brands: list[str] = field(default_factory=list)
    exclude_brands: list[str] = field(default_factory=list)
    avoid: list[str] = field(default_factory=list)
    attributes: Attributes = field(default_factory=dict)
    self_attributes: Attributes = field(default_factory=dict)
    recipient: str | None = None
    occasion: str | None = None
    references: list[int] = field(default_factory=list)
    answer: str | list[str] | None = None
    relative: str | None = None


Understander = Callable[[str, DialogueContext | None], Understood]
"""An understanding under test: (message, dialogue context or None) -> what it understood.
It sees the message and its context only, never the labels."""
