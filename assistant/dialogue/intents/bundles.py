"""Bundles: what goes with a pick, a routine or set asked for ("what goes with the second one?",
"build me a routine under $50"), and a budget for the whole set ("under 60 total")."""

from __future__ import annotations

import re

from assistant.dialogue.intents.message import Message
from assistant.dialogue.phrases.prices_and_orders import IN_TOTAL
from assistant.dialogue.phrases.questions import BUNDLE, FOR_USE_WITH
from assistant.dialogue.request import Intent, Request
from assistant.dialogue.vocabulary import names_a_type
from catalog.category_paths import is_department
from retrieval.query import ParsedQuery

FOLLOWS_A_ROUTINE = (
    r"\b(?:i|we|she|he)\s+(?:have|has|follow|follows|do|does|use|uses|am on|'m on|m on|"
    r"am doing|'m doing|keep|stick to)\s+(?:a|an|my|her|his|the|this)?\s*(?:[\w-]+\s+){0,4}"
    r"routine\b"
)
"""A routine the shopper already follows ("i have a curly girl method routine", "i do a 10 step
routine"): what the need must fit, not a routine asked for (`phrases.questions.BUNDLE`)."""
WITH_THE_PICKS_UNSAID = r"\bto (?:go|pair|use|wear|match)(?: with| alongside)?\W*$|\ba matching\b"
"""A bundle whose anchor goes unsaid ("a mascara to go with", "got a shampoo to pair?", "a
matching lip liner"): beside picks, it is built around them, as "to go with these" is."""
ROUTINE = r"\broutines?\b"
"""A routine asked for: a set, even where a department's words before it name a type ("a hair
care routine for curly hair": "hair" is a word of Hair Dryers, but Hair Care is no type)."""


def bundle(turn: Message) -> Request | None:
    """A bundle's words (`BUNDLE`), not a choice for the cart ("I'll go with the third one"),
    not a routine they follow, nor a need of its own beside them ("a lipstick to go with my
    black dress"), though "a hair care routine" is one."""
    if not (
        (
            turn.has(BUNDLE) or (turn.shown and turn.has(FOR_USE_WITH))
        )  # "anything to store them in?"
        and not turn.carts()
        and not turn.has(FOLLOWS_A_ROUTINE)  # "i have a curly girl routine so no silicones"
        and not (
            _a_need_of_its_own(turn)
            and not (turn.has(ROUTINE) and is_department(turn.parsed.category or ""))
        )
    ):
        return None
    turn.request.intent = Intent.BUNDLE
    turn.request.budget = _budget(turn.parsed)
    if turn.shown and not turn.request.references and turn.has(WITH_THE_PICKS_UNSAID):
        turn.request.references = list(range(turn.shown))  # "a shampoo to go with": these
    return turn.request


def set_in_total(turn: Message) -> Request | None:
    """ "under 60 total" beside picks: a budget for the set, no words of a need."""
    if not (turn.shown and turn.has(IN_TOTAL) and (total := _budget(turn.parsed)) is not None):
        return None
    request = turn.request
    request.intent, request.budget = Intent.BUNDLE, total  # "under 60 total": the set's
    request.text, request.references = "", []
    return request


def _a_need_of_its_own(turn: Message) -> bool:
    """Whether a message with a bundle's words, with no picks on screen, names a product type
    before them and points at nothing after them ("a CeraVe cleanser for my morning routine",
    "a lipstick to go with my black dress"): a search for that type, not what goes with a
    pick ("a toner to go with it" stays a bundle, "what goes with a red lipstick" too)."""
    text = turn.text
    found = re.search(BUNDLE, text)
    if (
        turn.shown
        or found is None
        or re.search(r"\b(it|this|that|them|these|those)\b", text[found.end() :])
    ):
        return False
    return names_a_type(text[: found.start()], turn.vocabulary)


def _budget(parsed: ParsedQuery) -> float | None:
    """The most a bundle may cost: the parsed highest price ("under thirty dollars"), else a
    price to aim at ("for $50")."""
    if parsed.max_price is not None:
        return parsed.max_price
    return parsed.around_price
