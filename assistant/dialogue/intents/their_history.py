"""Picks from the shopper's own history, said beside the intent: picks for them with no need
("just browsing", "the one i bought last time but cheaper"), not their usual ("something new"),
what they bought ("what did i buy last time?"), again ("reorder my usual lashes") or in an order
("best selling")."""

from __future__ import annotations

import re

from assistant.dialogue.intents.message import Message
from assistant.dialogue.needs.wording import cut_out
from assistant.dialogue.phrases.prices_and_orders import ORDER_WORDS, PICK_SUPERLATIVE, SUPERLATIVES
from assistant.dialogue.phrases.their_history import (
    AGAIN,
    BOUGHT_WHAT,
    FOR_ME,
    HELP_WITH_NO_NEED,
    NOT_THEIR_USUAL,
)
from assistant.dialogue.request import Intent


def for_themselves(turn: Message) -> None:
    """ "... i bought last time but cheaper", "just browsing" (with no picks on screen): picks
    for them, with no need (their history's), not talk."""
    request = turn.request
    searching = request.intent in (Intent.SEARCH, Intent.OFF_TOPIC)
    asked = re.sub(r"(?:[\s,]+(?:but|and|though|tho))+$", "", request.text.lower().strip(" ?!."))
    if searching and (
        re.fullmatch(FOR_ME, asked)  # "... i bought last time but cheaper"
        or (not turn.shown and HELP_WITH_NO_NEED.fullmatch(asked))  # "just browsing"
    ):
        request.intent = Intent.SEARCH
        request.text, turn.parsed.category = "", None


def not_their_usual(turn: Message) -> None:
    """ "not the one i always buy, something new" beside picks: theirs out, the picks refined."""
    if turn.shown and turn.has(NOT_THEIR_USUAL) and not turn.parsed.category:
        turn.request.intent = Intent.REFINE


def bought_what(turn: Message) -> None:
    """ "what did i buy last time?" (with picks on screen too): their purchases again."""
    if turn.has(BOUGHT_WHAT) and not turn.parsed.category:
        turn.request.intent, turn.request.text = Intent.SEARCH, ""
        turn.request.superlative = "again"


def again_or_in_order(turn: Message) -> None:
    """ "reorder my usual lashes": theirs first ("i need to restock": no type said, still a
    search); "the best selling shampoo": in that order, its words no need."""
    request = turn.request
    again = turn.has(AGAIN)  # "reorder my usual lashes": theirs first
    if again and request.intent == Intent.OFF_TOPIC:
        request.intent, request.text = Intent.SEARCH, ""  # "i need to restock": no type said
    ordered = again or turn.has(PICK_SUPERLATIVE)
    named = bool(turn.parsed.category)  # "the biggest bottle of conditioner" beside shampoos
    if request.intent == Intent.SEARCH and (again or (ordered and (named or not turn.shown))):
        asked = (kind for kind, words in SUPERLATIVES.items() if turn.has(words))
        request.superlative = "again" if again else next(asked, None)  # "best selling"
        unordered = cut_out(ORDER_WORDS, request.text)
        request.text = unordered or ("" if again else request.text)  # "time to restock"
