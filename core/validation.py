"""Checks of single values that more than one layer applies, with the house's messages."""

from __future__ import annotations

import math
from typing import Any


def non_negative_number(value: Any, name: str, example: str) -> float:
    """``value`` as a finite number of 0 or more (a price, a price bound, a rating bound).

    Args:
        value: what was given (a number or its text).
        name: the field, for the message.
        example: a valid value, for the message ("12.99").

    Raises:
        ValueError: not a number, not finite, or negative; the message names the field.
    """
    try:
        number = float(value)
    except (TypeError, ValueError) as e:
        raise ValueError(f"{name}: expected a number such as {example}, got {value!r}") from e
    if not math.isfinite(number):
        raise ValueError(f"{name}: expected a finite number, got {value!r}")
    if number < 0:
        raise ValueError(f"{name} is negative ({number:g}): expected 0 or more")
    return number
