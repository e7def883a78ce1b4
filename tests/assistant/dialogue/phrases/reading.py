"""The message as the rules read it before a pattern of `assistant.dialogue.phrases` runs on
it: lower-cased, its spaces one (`understanding.understand`'s ``text``)."""

from __future__ import annotations

import re
from typing import Any


def lowered(message: str) -> str:
    """``message`` lower-cased, its runs of spaces one, as the rules read it."""
    return " ".join(message.lower().split())


def search(pattern: str | re.Pattern[str], message: str) -> re.Match[str] | None:
    """``pattern`` anywhere in the lowered message (`re.search`, as `understanding._has`)."""
    return re.search(pattern, lowered(message))


def match(pattern: str | re.Pattern[str], message: str) -> re.Match[str] | None:
    """``pattern`` at the start of the lowered message (`re.match`, for a pattern a caller
    reads from the message's start)."""
    return re.match(pattern, lowered(message))


def group(pattern: str, message: str, *names: str | int, opens: bool = False) -> Any:
    """The value of the group ``names`` name (their values, for several) where ``pattern``
    finds the lowered message (at its start, with ``opens``); the test fails where it finds
    nothing."""
    found = match(pattern, message) if opens else search(pattern, message)
    assert found is not None, f"nothing found in {message!r}"
    return found.group(*names)
