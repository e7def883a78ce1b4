"""Going back: to an earlier need ("go back to the first search") or one step ("go back")."""

from __future__ import annotations

import re

from assistant.dialogue.intents.message import Message
from assistant.dialogue.phrases.going_back import BACK_TO, UNDO
from assistant.dialogue.request import Request


def back_to_a_need(turn: Message) -> Request | None:
    """ "go back to the first search": that need again, no words of this message."""
    back = re.search(BACK_TO, turn.text)
    if not back:
        return None
    request = turn.request
    place = back.group("place")
    request.back_to = (
        ("first" if place in ("first", "original", "1st") else "previous")
        if place
        else back.group("words")
    )
    request.text, request.references = "", []
    return request


def undo(turn: Message) -> Request | None:
    """ "go back": one step back, no words of this message."""
    if not re.match(UNDO, turn.text):
        return None
    request = turn.request
    request.back_to, request.text, request.references = "undo", "", []
    return request
