"""How a reply offers to lift a constraint that stands in the way: the words the shopper may say
to lift it, words the reader reads so ("nuts are fine": `avoid_lifted`; "forget the budget":
`phrases.no_preference.DROP_PRICE`), and what saying them does."""

from __future__ import annotations

BUDGET_DROPPED = "forget the budget"
"""What a shopper may say to lift the dialogue's prices (`phrases.no_preference.DROP_PRICE`)."""


def lift_offer(words: str, does: str) -> str:
    """The offer to lift a constraint: what to say and what it does ("say 'nuts are fine' to
    include it again")."""
    return f"say '{words}' to {does}"
