"""Turns without products: start over, greetings and thanks, off-topic, unsafe requests."""

from __future__ import annotations

import re

from assistant.dialogue.context import TurnContext
from assistant.dialogue.request import Intent, Request
from assistant.dialogue.state import DialogueState
from assistant.dialogue.turn import Turn


def clear(request: Request, ctx: TurnContext) -> Turn:
    """Start over: a fresh conversation that keeps only the last message."""
    fresh = DialogueState()
    fresh.transcript = ctx.state.transcript[-1:]
    ctx.state.__dict__.update(fresh.__dict__)
    return Turn(reply="Starting over. What are you looking for?", intent=Intent.CLEAR.value)


def greeting(request: Request, ctx: TurnContext) -> Turn:
    """Hello and thanks."""
    if re.search(r"thank", request.text, re.I):
        return Turn(reply="You're welcome! Anything else?", intent=Intent.GREETING.value)
    return Turn(
        reply="Hi! Tell me what you are looking for: a product, a need, a budget.",
        intent=Intent.GREETING.value,
    )


def off_topic(request: Request, ctx: TurnContext) -> Turn:
    """Anything that is not shopping in this catalog."""
    return Turn(
        reply="I can only help with shopping in this store's catalog. What are you looking for?",
        intent=Intent.OFF_TOPIC.value,
    )


def unsafe(request: Request, ctx: TurnContext) -> Turn:
    """Jailbreaks, prompt injection, harmful requests."""
    return Turn(
        reply="Sorry, I can't help with that. I can help you find products in this store.",
        intent=Intent.UNSAFE.value,
    )
