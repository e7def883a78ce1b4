"""Reply writing: a capable language model introduces the picks in 1-3 sentences, grounded
(issue 17, point 2).

The template reply ("Here are 4 picks for 'x', under $30.") is what a turn says unless a capable
model (`LLM.capable`) writes one from the shopper's message, the constraints and the picks'
catalog records (`ModelReplyWriter`, the ``chat_reply`` prompt). What it writes is checked
(`check_reply`): at most three finished sentences, every claim supported by one of the picks
shown (`assistant.copy.pick_grounding`: a price, brand, product name or product type must
belong to a pick; the budget and the count of picks may be stated), naming at least one pick,
nothing about allergens, ingredients to avoid or safety. Anything else, or a model error or
timeout, gives the template.
The safety note ("cannot confirm ... check the label") and each pick's reasons are appended by
code afterwards (`TurnContext.present`), never left to the model.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

import prompts
from assistant.copy.grounding import GroundingChecker
from assistant.copy.pick_grounding import names_a_pick, unsupported_by_picks
from assistant.copy.sentences import split_sentences
from assistant.llm.base import LLM, Message
from assistant.llm.checked import ModelTask, text_problem
from catalog.schema import Product

PROMPT = "chat_reply"
MAX_SENTENCES = 3
MAX_CHARS = 400
SAFETY_WORDS = re.compile(
    r"\b(?:allerg\w*|safe\w*|free|without|contains?|containing|nuts?|labels?|ingredients?|"
    r"hypoallergenic)\b",
    re.IGNORECASE,
)
"""Words of a safety statement: only code says those (the model cannot know an item is free
of an allergen, and the catalog often cannot either)."""
META = re.compile(
    r"\b(?:as an ai|language model|i cannot|i can't|i'm sorry|the list above|quoted|"
    r"instructions?|the shopper|the picks?|product facts|looking for:|why:|catalog facts)",
    re.IGNORECASE,
)
"""A model talking about its prompt (or copying its labels) instead of to the shopper."""


@dataclass(frozen=True)
class ReplyBrief:
    """What the reply is written from.

    Attributes:
        message: the shopper's last message (already redacted).
        need: the need as we echo it (`search_words.display`).
        constraints: the constraints in words ("under $30, no Olay"), or "".
        picks: the picks shown, in order, each with its reason line.
        amounts: numbers the reply may state beside the picks' own (the budget, the count).
        avoid: ingredients the shopper must avoid (the reply may not speak of them).
    """

    message: str
    need: str
    constraints: str
    picks: tuple[tuple[Product, str], ...]
    amounts: tuple[float, ...] = ()
    avoid: tuple[str, ...] = field(default=())


class ReplyWriter(Protocol):
    """Writes the text that introduces a turn's picks."""

    def write(self, brief: ReplyBrief, *, fallback: str) -> str:
        """The reply: a checked one, else ``fallback`` (the template)."""
        ...


def check_reply(text: str, brief: ReplyBrief, checker: GroundingChecker) -> str | None:
    """Why a model-written reply cannot be shown, or None when it can.

    Args:
        text: the reply (cut to its finished sentences, `finished_sentences`).
        brief: what it was written from.
        checker: the catalog's grounding checker.

    Returns:
        A reason ("price: $30 (expected the price $24.00)"), or None.
    """
    problem = text_problem(
        text,
        max_chars=MAX_CHARS,
        meta=META,
        sentences=len(split_sentences(text)),
        max_sentences=MAX_SENTENCES,
    )
    if problem is not None:
        return problem
    if (m := SAFETY_WORDS.search(text)) is not None:
        return f"speaks about safety or ingredients ({m.group(0)!r}), which only code may"
    lowered = text.casefold()
    for item in brief.avoid:
        if item and re.search(rf"(?<![\w]){re.escape(item.casefold())}", lowered):
            return f"names {item!r}, an ingredient to avoid"
    products = [product for product, _ in brief.picks]
    bad = unsupported_by_picks(checker, text, products, amounts=brief.amounts)
    if bad:
        return "; ".join(f"{c.kind.value}: {c.text} ({c.reason})" for c in bad[:3])
    if not names_a_pick(checker, text, products):
        return "names none of the picks"
    return None


def finished_sentences(text: str, limit: int = MAX_SENTENCES) -> str:
    """The first ``limit`` sentences of ``text``, whitespace collapsed; a last sentence cut
    off by the token limit is dropped when a finished one comes before it."""
    parts = split_sentences(" ".join(text.split()))[: limit + 1]
    if len(parts) > 1 and not parts[-1].endswith((".", "!", "?")):
        parts = parts[:-1]
    return " ".join(parts[:limit])


class ModelReplyWriter:
    """A `ReplyWriter` over a capable language model, checked, with the template as fallback.

    Attributes:
        task: the model calls' outcomes and the last one's time (`ModelTask`: "model" for a
            reply shown, "refused" and "failed" for the template).
    """

    def __init__(self, llm: LLM, checker: GroundingChecker) -> None:
        """Set up the writer.

        Args:
            llm: a capable model (`LLM.capable`); the composition root builds none otherwise.
            checker: the catalog's grounding checker (the copywriter's).
        """
        self.llm = llm
        self.checker = checker
        self.task = ModelTask("reply writing")

    def messages(self, brief: ReplyBrief) -> list[Message]:
        """The chat messages the model answers (the ``chat_reply`` prompt): the instruction, its
        worked example as an earlier turn, then this turn's facts."""
        spec = prompts.load(PROMPT)
        system = Message("system", str(spec.extra["system"]).strip())
        example = spec.extra.get("example")
        shown = []
        if example:  # one worked example as an earlier turn
            facts = {k: example[k] for k in ("message", "need", "constraints", "picks")}
            shown = [
                Message("user", spec.render(**facts)),
                Message("assistant", str(example["reply"])),
            ]
        picks = [
            {
                "title": product.title,
                "brand": product.brand or "",
                "price": f"${product.price:.2f}" if product.price is not None else "",
                "rating": f"{product.rating:.1f}" if product.rating is not None else "",
                "category": product.categories[-1] if product.categories else "",
                "reason": reason,
            }
            for product, reason in brief.picks
        ]
        user = spec.render(
            message=brief.message, need=brief.need, constraints=brief.constraints, picks=picks
        )
        return [system, *shown, Message("user", user)]

    def write(self, brief: ReplyBrief, *, fallback: str) -> str:
        """The model's reply when it checks out (`check_reply`), else ``fallback`` (logged)."""
        if not brief.picks:
            return fallback
        spec = prompts.load(PROMPT)
        text = self.task.ask(
            lambda: self.llm.chat(
                self.messages(brief),
                max_new_tokens=spec.max_new_tokens,
                temperature=spec.temperature,
            )
        )
        if text is None:
            return fallback
        text = finished_sentences(text)
        return text if self.task.accept(text, check_reply(text, brief, self.checker)) else fallback


def brief_of(
    message: str,
    need: str,
    constraints: str,
    picks: Sequence[tuple[Product, str]],
    *,
    budget: Sequence[float | None] = (),
    avoid: Sequence[str] = (),
) -> ReplyBrief:
    """A `ReplyBrief`; the amounts the reply may state beside the picks' prices are the
    budget's, the count of picks and their ratings (listed in the prompt)."""
    ratings = tuple(p.rating for p, _ in picks if p.rating is not None)
    stated = tuple(float(a) for a in budget if a is not None)
    amounts = (*stated, float(len(picks)), *ratings)
    return ReplyBrief(
        message=message,
        need=need,
        constraints=constraints,
        picks=tuple(picks),
        amounts=amounts,
        avoid=tuple(avoid),
    )
