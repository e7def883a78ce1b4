"""What the options of our question chosen in answer say of the shopper, in the question's own
words: "oily" to 'What's your skin type?' is oily skin, "dry and curly" to 'What's your hair
like?' dry, curly hair (the stated needs the search and the profile read)."""

from __future__ import annotations

from collections.abc import Sequence

from assistant.dialogue.model.model_request import TurnSituation
from assistant.dialogue.model.validation import ANY
from assistant.dialogue.needs.stated_needs import extract_attributes
from assistant.dialogue.request import Request
from retrieval.tokenize import STOP_WORDS, words


def traits_of_the_options(request: Request, situation: TurnSituation) -> Request:
    """``request`` with the stated needs its chosen options say when read with a word of our
    question (`stated_needs.extract_attributes` of "oily skin" for "Oily" to 'What's your skin
    type?'); a need the message said itself wins. Not for options that are categories (their
    paths say no trait), nor "any"."""
    chosen = [a for a in request.answer if a != ANY and " > " not in a]
    if not chosen or not situation.question:
        return request
    said = " and ".join(a.lower() for a in chosen)
    for subject in _subjects(situation.question):
        for key, value in extract_attributes(f"{said} {subject}").items():
            if key not in ("for", "occasion"):
                request.attributes.setdefault(key, value)
    return request


def _subjects(question: str) -> Sequence[str]:
    """The content words of our question, each a subject an option may be said of ("skin",
    "type" of 'What's your skin type?')."""
    return [w for w in words(question.lower()) if w not in STOP_WORDS]
