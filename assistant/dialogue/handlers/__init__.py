"""One handler per intent: ``handler(request, ctx) -> Turn``. `HANDLERS` is the dispatch table;
to serve a new intent, add it to `assistant.dialogue.request.Intent`, write its handler in the
module of its kind, and register it here."""

from __future__ import annotations

from collections.abc import Callable

from assistant.dialogue.context import TurnContext
from assistant.dialogue.handlers.bundle import bundle, refine_beside_a_set
from assistant.dialogue.handlers.feedback import apply_feedback, feedback, more_like
from assistant.dialogue.handlers.find_picks import find
from assistant.dialogue.handlers.our_question import a_need_in_answer, answered
from assistant.dialogue.handlers.questions import ask, compare, why
from assistant.dialogue.handlers.search import search
from assistant.dialogue.handlers.talk import clear, greeting, off_topic, unsafe
from assistant.dialogue.request import Intent, Request
from assistant.dialogue.turn import Turn

Handler = Callable[[Request, TurnContext], Turn]

HANDLERS: dict[Intent, Handler] = {
    Intent.SEARCH: search,
    Intent.REFINE: refine_beside_a_set,
    Intent.COMPARE: compare,
    Intent.ASK: ask,
    Intent.WHY: why,
    Intent.BUNDLE: bundle,
    Intent.FEEDBACK: feedback,
    Intent.MORE_LIKE: more_like,
    Intent.CLEAR: clear,
    Intent.GREETING: greeting,
    Intent.OFF_TOPIC: off_topic,
    Intent.UNSAFE: unsafe,
}

__all__ = ["HANDLERS", "Handler", "a_need_in_answer", "answered", "apply_feedback", "find"]
