"""Questions about the picks on screen (ASK): "and the other ones?", "the second one", "looks
nice, what's in it?", "is the second one oil free?", "is it good for sensitive skin?"."""

from __future__ import annotations

import re

from assistant.dialogue.category.need_purpose import named_for_whom_alone
from assistant.dialogue.intents.message import Message, has
from assistant.dialogue.needs.wording import WORD
from assistant.dialogue.phrases.cart_and_likes import POSITIVE
from assistant.dialogue.phrases.questions import (
    ABOUT_A_PICK,
    ASK,
    ASKED_FIRST,
    HOW_SO,
    NAMED_ONE,
    OTHERS_ASKED_OF_THE_SHOP,
    POINTS_AT_PICKS,
    PRICE_SURPRISE,
    SURPRISED,
    TOO_DEAR,
    WHY_WORDS,
)
from assistant.dialogue.phrases.references import A_PLACE_ALONE, FOLLOW_UP, ORDINALS, THE_OTHERS
from assistant.dialogue.request import Intent, Request
from retrieval.tokenize import STOP_WORDS


def surprised_by_a_pick(turn: Message) -> Request | None:
    """ "wait, the second one is a body lotion?? why", "the clinique one is $60?? how come",
    "the remington one costs that much?": surprise at a pick on screen, a question why it was
    shown; not a search for what it names, nor a price it says. A question of its own with
    two marks ("is the second one waterproof??") stays a question; a price complaint ("these
    are way too expensive??") asks for cheaper ones."""
    text = turn.text
    if not (turn.names_a_pick() and not turn.has(TOO_DEAR)):
        return None
    surprised = (
        turn.has(SURPRISED)
        or turn.has(HOW_SO)  # "how is the first one so expensive"
        or (text.endswith("?") and turn.has(PRICE_SURPRISE))
    )
    if not surprised or (re.match(ASKED_FIRST, text) and not turn.has(WHY_WORDS)):
        return None
    if not (turn.has(WHY_WORDS) or turn.has(PRICE_SURPRISE) or _one_pick_named(turn)):
        return None  # "any of them waterproof??": marks alone, about them all, ask
    turn.request.intent = Intent.WHY
    return turn.request


def _one_pick_named(turn: Message) -> bool:
    """Whether the message names a pick of its own (its place, its brand, "the X one"), not the
    picks together ("them", "these"): what surprise said by question marks alone is at."""
    return bool(turn.request.references or turn.parsed.brands or turn.has(NAMED_ONE))


def the_others(turn: Message) -> Request | None:
    """ "and the other ones?": the picks not pointed at, asked about."""
    if not (turn.shown and turn.has(THE_OTHERS) and _follows_up(turn.text)):
        return None
    turn.request.intent, turn.request.others = Intent.ASK, True
    return turn.request


def a_place_alone(turn: Message) -> Request | None:
    """ "the second one": what it is (or the last question, of it)."""
    if not (turn.shown and turn.request.references and re.match(A_PLACE_ALONE, turn.text)):
        return None
    turn.request.intent = Intent.ASK
    return turn.request


def asked_beside_praise(turn: Message) -> Request | None:
    """ "looks nice, what's in it?": the question asked of the pick liked."""
    if not (turn.shown and turn.has(POSITIVE) and (question := _asked_of_a_pick(turn.text))):
        return None
    turn.request.intent, turn.request.text = Intent.ASK, question
    return turn.request


def praise_asked(turn: Message) -> Request | None:
    """ "the first one is good?": asked, not said (not of the cart)."""
    text = turn.text
    if not (turn.shown and text.endswith("?") and turn.has(POSITIVE) and not turn.carts()):
        return None
    turn.request.intent = Intent.ASK
    return turn.request


def about_named_picks(turn: Message) -> Request | None:
    """A question of the picks it points at ("is the second one oil free?"); with none on
    screen, one about a pick (`ABOUT_A_PICK`) is asked all the same."""
    request = turn.request
    if not (
        request.references
        and ((turn.shown and turn.has(ASK)) or (not turn.shown and turn.has(ABOUT_A_PICK)))
    ):
        return None
    request.intent = Intent.ASK
    return request


def about_the_picks(turn: Message) -> Request | None:
    """ "is it good for sensitive skin?": a question about the picks, with no constraint of a
    new search (no price, no brand, no category where it only points at them, but one its
    words for whom alone name: "which of these is gentle enough for children?" asks of the
    picks, not of Fragrance > Children's, `need_purpose.named_for_whom_alone`)."""
    parsed = turn.parsed
    named = parsed.category and not named_for_whom_alone(turn.text, parsed.category, turn.parse)
    if not (
        turn.shown
        and turn.has(ASK)
        and not turn.has(OTHERS_ASKED_OF_THE_SHOP)  # "do they have anything with spf 50"
        and (turn.has(ABOUT_A_PICK) or (turn.has(POINTS_AT_PICKS) and not named))
        and not parsed.priced
        and not (parsed.brands or parsed.exclude_brands)
    ):
        return None
    turn.request.intent = Intent.ASK
    return turn.request


def asked_not_avoided(turn: Message) -> None:
    """ "is the second one oil free?": asked about, not ruled out (a question's need keeps the
    words an avoidance took)."""
    request = turn.request
    if request.intent == Intent.ASK and request.avoid:
        request.text, request.avoid = turn.parsed.text.strip(), []


def _asked_of_a_pick(text: str) -> str:
    """The question a message that likes a pick also asks of it ("the third one looks nice,
    what's in it?": "what's in it?"), the one to answer; "" when it asks none."""
    last = re.split(r"[,.;!]", text)[-1].strip()
    return last if text.rstrip().endswith("?") and last != text.strip() and has(ASK, last) else ""


def _follows_up(text: str) -> bool:
    """Whether the message says nothing but which picks it means ("and the other ones?", "not
    the first one, the others", "what about the rest"): no words of a need or a question of its
    own."""
    rest = re.sub(THE_OTHERS, " ", re.sub(FOLLOW_UP, "", text))
    rest = re.sub(rf"\b(?:{'|'.join(ORDINALS)}|last|one|ones|the|please|then)\b", " ", rest)
    return not [w for w in WORD.findall(rest) if w not in STOP_WORDS]
