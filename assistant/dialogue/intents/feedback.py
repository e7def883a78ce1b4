"""Feedback on the picks: more like one ("more like the second one"), a choice ("I'll take the
first one"), a like, a dislike or the cart ("add it to my cart"); and a product type they love
said with none on screen ("i love this lipstick": those)."""

from __future__ import annotations

import re

from assistant.dialogue.intents.message import Message
from assistant.dialogue.phrases.cart_and_likes import (
    CART,
    CHOSEN,
    LOVES_ONE_OF_THEIRS,
    NEGATIVE,
    POSITIVE,
)
from assistant.dialogue.phrases.prices_and_orders import PICK_SUPERLATIVE
from assistant.dialogue.phrases.refinements import MORE_LIKE
from assistant.dialogue.request import Intent, Request
from assistant.dialogue.vocabulary import names_a_type


def more_like(turn: Message) -> Request | None:
    """ "more like the second one", "in another colour"."""
    if not turn.has(MORE_LIKE):
        return None
    turn.request.intent = Intent.MORE_LIKE
    return turn.request


def chosen(turn: Message) -> Request | None:
    """A pick on screen chosen ("I'll take the first one"): a choice, not 'more like it'; not
    the cheapest or best of them ("I'll take the cheapest": which one)."""
    if not (turn.shown and turn.has(CHOSEN) and not turn.has(PICK_SUPERLATIVE)):
        return None
    request = turn.request
    request.intent, request.sentiment = Intent.FEEDBACK, 1
    request.attributes["action"] = "choose"  # a choice, not 'more like it'
    return request


def loves_one_of_theirs(turn: Message) -> Request | None:
    """ "i love this lipstick" with none on screen: a search for those (the intent stays)."""
    if turn.shown or not (loved := re.match(LOVES_ONE_OF_THEIRS, turn.text)):
        return None
    if not names_a_type(turn.text[loved.end() :], turn.vocabulary):
        return None
    turn.request.text = turn.text[loved.end() :]
    return turn.request


def liked_or_carted(turn: Message) -> Request | None:
    """A like, a dislike, or the cart: feedback on the picks it points at."""
    if not (turn.has(CART) or turn.has(POSITIVE) or turn.has(NEGATIVE)):
        return None
    request = turn.request
    request.intent = Intent.FEEDBACK
    request.sentiment = 1 if (turn.has(CART) or turn.has(POSITIVE)) else -1
    if turn.has(CART):
        request.attributes["action"] = "cart"
    return request
