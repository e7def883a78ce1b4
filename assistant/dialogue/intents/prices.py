"""What a message says of price beside its intent: "nothing crazy expensive" (a cheap need),
cheaper or dearer than the picks, and the cheapest or dearest pick ("add the cheapest to my
cart")."""

from __future__ import annotations

import re

from assistant.dialogue.intents.message import Message
from assistant.dialogue.needs.wording import cut_out
from assistant.dialogue.phrases.prices_and_orders import (
    CHEAPER,
    DEARER_ONES,
    NOT_TOO_DEAR,
    PRICIER,
)
from assistant.dialogue.phrases.references import PRICE_PICK
from assistant.dialogue.request import Intent

THAT_IS_LEFT = r"[\s,]*\b(?:that|which)(?:'s|’s| is| are)?$"
"""What opened a price clause ("a sunscreen that's not too expensive", "a mascara which isn't
too pricey"), left at the end of the need once the clause is read: no need word."""


def not_too_dear(turn: Message) -> None:
    """ "a red lipstick, nothing crazy expensive": a cheap one, and the clause is no need."""
    if not turn.has(NOT_TOO_DEAR):
        return
    request = turn.request
    turn.parsed.cheap = True
    cut = cut_out(NOT_TOO_DEAR, request.text)
    request.text = re.sub(THAT_IS_LEFT, "", cut, flags=re.I)  # "a sunscreen that's"


def cheaper_or_pricier(turn: Message) -> None:
    """Cheaper or dearer than the picks (a comparison's "cheaper" asks which one, not for
    cheaper picks); more like a pick "but not so dear" is cheaper than it."""
    request = turn.request
    like_one_not_dear = request.intent == Intent.MORE_LIKE and turn.has(NOT_TOO_DEAR)
    request.cheaper = request.intent != Intent.COMPARE and (
        request.cheaper or turn.has(CHEAPER) or like_one_not_dear  # "like it but not so dear"
    )
    request.pricier = turn.has(PRICIER) or bool(turn.shown and turn.has(DEARER_ONES))
    if request.pricier and not turn.has(CHEAPER):  # "it looks cheap, something more premium":
        request.cheaper = turn.parsed.cheap = False  # 'cheap' judged the pick, asked nothing


def the_pick_by_price(turn: Message) -> None:
    """ "add the cheapest to my cart": the pick that costs least (or most), not cheaper (or
    dearer) picks, for feedback, a question, why it was shown, a bundle or more like it."""
    request = turn.request
    by_price = re.search(PRICE_PICK, turn.text)
    about_one = (Intent.FEEDBACK, Intent.ASK, Intent.WHY, Intent.BUNDLE, Intent.MORE_LIKE)
    if by_price and turn.shown and request.intent in about_one:  # "more like the cheapest one"
        cheap = re.search(r"cheap|least", by_price.group(0))
        request.superlative = "cheapest" if cheap else "dearest"
        request.cheaper = request.pricier = turn.parsed.cheap = turn.parsed.dear = False
