"""What the language model fills for one shopper turn: the typed request, and what it sees.

The contract between the conversation and any request parser (issue 17): the few-shot base
model, a fine-tuned one, an instruction-tuned one or a server all read the same `TurnSituation`
rendered by `parser_messages` and answer one `ModelRequest` (JSON, constrained to its schema).
The training-data generator writes the same pair, so what a parser learns is what it is asked.

The request is a **delta**: what this message says, not the request so far (the dialogue
state merges it). Every field but ``intent`` may be omitted, so a short message costs a short
answer. The model never names a product id: picks are referenced by their 0-based position.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from assistant.llm.base import Message

IntentName = Literal[
    "search", "refine", "answer", "ask", "compare", "why", "bundle", "feedback", "more_like",
    "clear", "greeting", "off_topic", "unsafe",
]  # fmt: skip
Relative = Literal["cheaper", "pricier", "other", "not_that_brand", "bigger", "smaller"]
Reaction = Literal["like", "dislike", "cart"]
Dropped = Literal["price", "brand", "category", "avoid"]

_SHORT = 60
_NEED = 80
_LIST = 6
_ITEM = 40
Item = Annotated[str, Field(max_length=_ITEM)]
"""One brand, ingredient or chosen option: bounded, so a constrained answer cannot run on."""


class Traits(BaseModel):
    """Stated facts about the person a product is for (or, as `self_attributes`, about the
    shopper beside a recipient). Keys follow the labelled set's vocabulary."""

    model_config = ConfigDict(extra="forbid")

    skin_type: str | None = Field(None, max_length=_SHORT)
    skin_tone: str | None = Field(None, max_length=_SHORT)
    hair_type: str | None = Field(None, max_length=_SHORT)
    scent: str | None = Field(None, max_length=_SHORT)
    finish: str | None = Field(None, max_length=_SHORT)
    color: str | None = Field(None, max_length=_SHORT)
    concern: str | None = Field(None, max_length=_SHORT)
    formula: str | None = Field(None, max_length=_SHORT)
    size: str | None = Field(None, max_length=_SHORT)
    spf: str | None = Field(None, max_length=_SHORT)
    gender: str | None = Field(None, max_length=_SHORT)
    age_group: str | None = Field(None, max_length=_SHORT)
    price_band: Literal["low", "mid", "high"] | None = None


class ModelRequest(BaseModel):
    """One shopper message as a request parser understands it (the delta of this turn).

    Attributes:
        intent: what the turn asks for (``answer``: a reply to the pending question).
        need: the product need in catalog (English) words, whatever language the shopper
            used; never words of an ingredient to avoid, never filler ("anything fine").
        category: a category path of the store's tree ("Beauty > Hair Care > Shampoos").
        price_min, price_max, price_around: prices in the store's currency, as typed.
        brands, exclude_brands: brands wanted / ruled out (also a dislike to remember).
        avoid: ingredients or attributes that must be absent (hard filters, never searched).
        attributes: facts about whoever the product is for.
        self_attributes: what the shopper says about themself beside a recipient.
        recipient: who it is for when not the shopper ("mother", "boyfriend").
        occasion: snake_case occasion ("birthday", "mothers_day").
        references: 0-based positions of the picks on screen the message points at.
        answer: with a pending question, the options chosen word for word, or ["any"].
        relative: a refinement relative to the picks on screen.
        reaction: feedback on the referenced picks.
        drop: constraints the shopper lifts ("any price").
    """

    model_config = ConfigDict(extra="forbid")

    intent: IntentName
    need: str = Field("", max_length=_NEED)
    category: str | None = Field(None, max_length=120)
    price_min: float | None = Field(None, ge=0)
    price_max: float | None = Field(None, ge=0)
    price_around: float | None = Field(None, ge=0)
    brands: list[Item] = Field(default_factory=list, max_length=_LIST)
    exclude_brands: list[Item] = Field(default_factory=list, max_length=_LIST)
    avoid: list[Item] = Field(default_factory=list, max_length=_LIST)
    attributes: Traits = Field(default_factory=Traits)
    self_attributes: Traits = Field(default_factory=Traits)
    recipient: str | None = Field(None, max_length=_SHORT)
    occasion: str | None = Field(None, max_length=_SHORT)
    references: list[int] = Field(default_factory=list, max_length=_LIST)
    answer: list[Item] = Field(default_factory=list, max_length=_LIST)
    relative: Relative | None = None
    reaction: Reaction | None = None
    drop: list[Dropped] = Field(default_factory=list, max_length=4)

    def compact_json(self) -> str:
        """The answer as a parser should write it: only the fields that say something."""
        return self.model_dump_json(exclude_defaults=True)


@dataclass(frozen=True)
class PickLine:
    """A pick on screen as the parser sees it (no id: it answers with positions)."""

    title: str
    brand: str = ""
    price: float | None = None


SO_FAR_CATEGORY = re.compile(r"(?:^|;)\s*category=([^;]+)")
"""The current need's category in `TurnSituation.so_far` ("need=shampoo; category=A > B")."""
NEED_SO_FAR = re.compile(r"(?:^|;)\s*need=([^;]+)")
"""The current need's words in `TurnSituation.so_far` ("need=sunscreen; category=...")."""
AVOID_SO_FAR = re.compile(r"(?:^|;)\s*avoid=([^;]+)")
"""The ingredients ruled out so far in `TurnSituation.so_far` ("...; avoid=nut, fragrance")."""


@dataclass(frozen=True)
class TurnSituation:
    """Everything besides the message that a parser reads.

    Attributes:
        question: the assistant's pending question, or "".
        options: the options that question offered.
        picks: the picks on screen, in order.
        so_far: the request so far in one line ("need=hair dryer; price_max=30"), or "".
    """

    question: str = ""
    options: tuple[str, ...] = ()
    picks: tuple[PickLine, ...] = ()
    so_far: str = ""

    @property
    def need_category(self) -> str | None:
        """The category of the need the picks on screen answer (from ``so_far``), or None."""
        found = SO_FAR_CATEGORY.search(self.so_far)
        return found.group(1).strip() if found else None

    @property
    def beside_picks(self) -> bool:
        """Whether picks are on screen and no question of ours is pending: what the shopper
        says now is said beside the picks (`beside_picks.py`)."""
        return bool(self.picks) and not self.question

    @property
    def from_scratch(self) -> bool:
        """Whether neither picks nor a question of ours are on screen: what the shopper says
        now starts a need from nothing."""
        return not self.picks and not self.question

    @property
    def avoided(self) -> list[str]:
        """The ingredients ruled out so far (from ``so_far``), or []."""
        found = AVOID_SO_FAR.search(self.so_far)
        return [a.strip() for a in found.group(1).split(",") if a.strip()] if found else []


PARSER_INSTRUCTION = (
    "You turn a shopper's message in a beauty shop chat into a JSON request. Write only what "
    "this message says. need: the product in catalog English words. avoid: ingredients to "
    "exclude (never in need). references: 0-based positions of the picks. answer: the "
    'option(s) chosen from the question, or ["any"].'
)
"""The system message every parser gets (short: its tokens are paid on every turn)."""

_TITLE_CHARS = 70


def situation_text(situation: TurnSituation, message: str) -> str:
    """The user message a parser reads: the situation's lines, then the shopper's message."""
    lines: list[str] = []
    for i, pick in enumerate(situation.picks):
        price = f" | ${pick.price:.2f}" if pick.price is not None else ""
        brand = f" | {pick.brand}" if pick.brand else ""
        lines.append(f"Pick {i}: {pick.title[:_TITLE_CHARS]}{brand}{price}")
    if situation.question:
        options = " | ".join(situation.options)
        lines.append(
            f"Question: {situation.question}" + (f" Options: {options}" if options else "")
        )
    if situation.so_far:
        lines.append(f"So far: {situation.so_far}")
    lines.append(f"Message: {' '.join(message.split())}")
    return "\n".join(lines)


def parser_messages(
    situation: TurnSituation,
    message: str,
    *,
    examples: Sequence[tuple[TurnSituation, str, ModelRequest]] = (),
) -> list[Message]:
    """The chat a request parser answers: the instruction, optional worked examples (few-shot
    for a base model), then this turn."""
    chat = [Message("system", PARSER_INSTRUCTION)]
    for seen, said, understood in examples:
        chat.append(Message("user", situation_text(seen, said)))
        chat.append(Message("assistant", understood.compact_json()))
    chat.append(Message("user", situation_text(situation, message)))
    return chat
