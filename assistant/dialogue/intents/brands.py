"""A brand of theirs said beside the intent: the picks' brand ("that brand's conditioner") or
the one they usually get ("the same brand i usually get"), with no words of a need."""

from __future__ import annotations

from assistant.dialogue.intents.message import Message
from assistant.dialogue.needs.wording import WORD, cut_out
from assistant.dialogue.phrases.brands import PICKS_BRAND, USUAL_BRAND
from assistant.dialogue.request import Intent
from retrieval.tokenize import STOP_WORDS


def brand_of_theirs(turn: Message) -> None:
    """The picks' brand (not when "not that brand" rules it out) or their usual one; beside
    the picks with nothing else said, those picks refined."""
    request = turn.request
    brand_of = USUAL_BRAND  # "the same brand i usually get": theirs, no words
    if turn.shown and turn.has(PICKS_BRAND) and not request.exclude_reference_brand:
        brand_of, request.picks_brand = PICKS_BRAND, True  # "that brand's conditioner"
    elif turn.has(USUAL_BRAND):
        request.usual_brand = True
    if request.usual_brand or request.picks_brand:
        request.text = cut_out(brand_of, request.text)
        if turn.shown and not set(WORD.findall(request.text.lower())) - STOP_WORDS:
            request.intent = Intent.REFINE  # theirs, refined
