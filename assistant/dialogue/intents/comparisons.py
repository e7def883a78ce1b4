"""Comparisons of the picks on screen (COMPARE): which costs less or more ("the first two, which
is cheaper?"), which is best of those named ("which is best for dry skin, the first or the
third?"), the cheapest or best of them ("the cheapest one?"), which suits a need ("which is best
for thick hair"), which of two named has more of a trait ("is the revlon or the conair
quieter?")."""

from __future__ import annotations

import re

from assistant.dialogue.category.need_parts import department
from assistant.dialogue.intents.message import Message
from assistant.dialogue.needs.wording import said_words
from assistant.dialogue.phrases.prices_and_orders import (
    BEST_VALUE,
    FAIR_ENOUGH,
    PACKAGES,
    PICK_SUPERLATIVE,
    SUPERLATIVES,
    WHICH_CHEAPER,
)
from assistant.dialogue.phrases.questions import (
    ASK,
    COMPARATIVE,
    PLACE_WORDS,
    SET_AGAINST,
    THE_DIFFERENCE,
    WEIGH_PICKS,
    WHICH_SUITS,
)
from assistant.dialogue.request import Intent, Request
from retrieval.tokenize import STOP_WORDS


def weighs_by_price(turn: Message) -> Request | None:
    """ "the first two, which is cheaper?": the one of them that costs less (or more, or gives
    the most for the price: "which one is cheaper per ounce?")."""
    if not (turn.shown and _weighs_by_price(turn)):
        return None
    request, text = turn.request, turn.text
    request.intent = Intent.COMPARE  # "the first two, which is cheaper?": one of them
    request.references = request.references or list(range(turn.shown))
    dear = re.search(r"\b(?:more expensive|pricier|dearer)\b", text)
    request.superlative = "dearest" if dear else "cheapest"
    if turn.has(BEST_VALUE):  # "which one is cheaper per ounce?"
        request.superlative = "best_value"
    turn.parsed.cheap = False
    return request


def weighs_for_a_need(turn: Message) -> Request | None:
    """ "which would suit dark skin best", "which of them works for curly hair": the pick that
    suits it best, whatever the need's words name (the subject is the picks, no type)."""
    if not (turn.shown and turn.has(WHICH_SUITS)):
        return None
    turn.request.intent = Intent.COMPARE
    turn.request.superlative = "best_match"
    return turn.request


def asks_the_difference(turn: Message) -> Request | None:
    """ "is there a difference?", "whats the difference tho" beside picks: they are compared."""
    if not (turn.shown >= 2 and turn.has(THE_DIFFERENCE)):
        return None
    turn.request.intent = Intent.COMPARE
    return turn.request


def sets_picks_against(turn: Message) -> Request | None:
    """ "the first or the last?", "3 vs 4", "2nd or 3rd, which holds curl better": two or more
    picks named by place and set against each other ("or", "vs"), asking which (a "which", or
    nothing but their places, or "what's better"): they are compared."""
    refs = set(turn.request.references)
    if not (turn.shown and len(refs) >= 2 and turn.has(SET_AGAINST)):
        return None
    only_places = not set(said_words(turn.text)) - PLACE_WORDS
    if not (only_places or turn.has(r"\bwhich\b") or turn.has(WEIGHED_AS_BETTER)):
        return None
    turn.request.intent = Intent.COMPARE
    if not only_places:  # "which holds curl better": the better of them for what is said
        turn.request.superlative = "best_match"
    return turn.request


WEIGHED_AS_BETTER = r"\b(?:what(?:'?s| is)|whats) (?:the )?(?:better|best)\b"
"""A question of which is better said with "what" ("whats better for thick hair, the first or
second?")."""


def weighs_two_named(turn: Message) -> Request | None:
    """ "which is best for dry skin, the first or the third?": one of those two, named."""
    if not (turn.shown and len(set(turn.request.references)) >= 2 and turn.has(WEIGH_PICKS)):
        return None
    turn.request.intent = Intent.COMPARE
    turn.request.superlative = "best_match"
    return turn.request


def pick_superlative(turn: Message) -> Request | None:
    """ "the cheapest one?": which of the picks, when the message says nothing else of a need
    (a package's size is no need: "the biggest bottle") and names no category."""
    text = turn.text
    if not (
        turn.shown
        and turn.has(PICK_SUPERLATIVE)
        and not [
            w
            for w in said_words(re.sub(PICK_SUPERLATIVE + r"|['’]s\b", " ", text))
            if w not in STOP_WORDS
            and len(w) > 2
            and w not in FAIR_ENOUGH
            and w not in PACKAGES  # "the biggest bottle"
        ]
        and not turn.parsed.category
    ):
        return None
    request = turn.request
    request.intent = Intent.COMPARE
    request.references = request.references or list(range(turn.shown))
    request.superlative = next(
        (kind for kind, words in SUPERLATIVES.items() if turn.has(words)), None
    )
    return request


def weighs_the_picks(turn: Message) -> Request | None:
    """ "which is best for thick hair" ("hair" names no type), "which one would you pick": one
    of the picks, named."""
    if not (turn.shown and turn.has(WEIGH_PICKS) and _a_department_at_most(turn.parsed.category)):
        return None
    turn.request.intent = Intent.COMPARE
    turn.request.superlative = "best_match"
    return turn.request


def compares_two_named(turn: Message) -> Request | None:
    """ "is the revlon or the conair quieter?": a comparative asked of two picks named."""
    if not (
        turn.shown
        and len(set(turn.request.references)) >= 2
        and turn.has(ASK)
        and turn.has(COMPARATIVE)
        and _a_department_at_most(turn.parsed.category)
    ):
        return None
    turn.request.intent = Intent.COMPARE
    return turn.request


def _weighs_by_price(turn: Message) -> bool:
    """Whether the message asks which of the picks costs less or more (`WHICH_CHEAPER`,
    or a question naming two picks: "is the first one cheaper than the second?")."""
    if turn.has(WHICH_CHEAPER):
        return True
    return (
        len(set(turn.request.references)) >= 2
        and turn.has(ASK)
        and re.search(r"\b(?:cheaper|less expensive|more expensive|pricier|dearer)\b", turn.text)
        is not None
    )


def _a_department_at_most(category: str | None) -> bool:
    """Whether ``category`` is None or a department ("Beauty > Hair Care": "hair" names no
    product type)."""
    return category is None or category == department(category)
