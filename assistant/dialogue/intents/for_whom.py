"""Refinements that say whom the need is for, or their state (REFINE): "what about for my dad",
"for men" beside moisturisers, "my skin is oily" or "for colored hair" beside the picks."""

from __future__ import annotations

import re

from assistant.dialogue.intents.message import Message
from assistant.dialogue.needs.stated_needs import own_state
from assistant.dialogue.needs.wording import CHILD_AGE, YOUNG, cut_out
from assistant.dialogue.phrases.gifts_and_people import FOR_A_SEX, FOR_SOMEONE_ELSE
from assistant.dialogue.phrases.questions import ABOUT_A_PICK
from assistant.dialogue.phrases.refinements import FOR_A_STATE, LIKE_THESE
from assistant.dialogue.request import Intent, Request


def for_someone_else(turn: Message) -> Request | None:
    """ "what about for my dad": the need for them, no words of this message ("for my
    daughter, she's 6": a kid's need)."""
    if not turn.has(FOR_SOMEONE_ELSE):
        return None
    request = turn.request
    request.intent, request.text = Intent.REFINE, ""
    if request.attributes.get("for", "").lower() in YOUNG and CHILD_AGE.search(turn.text):
        request.attributes["for"] = "kid"  # "for my daughter, she's 6": a kid's need
    return request


def for_a_sex(turn: Message) -> Request | None:
    """ "for men" beside moisturisers: men's products, as "for my husband"; "for women" beside
    razors: that detail."""
    if not (turn.shown and (sex := re.search(FOR_A_SEX, turn.text))):
        return None
    request = turn.request
    request.intent, request.text = Intent.REFINE, ""
    if sex.group("men"):
        request.attributes["for"] = "men"  # as "for my husband": men's products
    else:
        request.text, request.add_detail = "women", True  # "for women" beside razors
    return request


def their_own_state(turn: Message) -> Request | None:
    """Only how their skin or hair is, beside the picks: the need on screen, for that skin or
    hair; not where the message ends by asking it of the picks ("my hair is really dry, are
    they good for that": a question about them, `questions.about_the_picks`)."""
    if not (turn.shown and (state := own_state(turn.text))):
        return None
    last = [part.strip() for part in re.split(r"[,.;!?]", turn.text) if part.strip()][-1:]
    if last and re.match(ABOUT_A_PICK, last[0]):
        return None
    request = turn.request
    request.intent, request.add_detail = Intent.REFINE, True
    request.text, turn.parsed.category = state, None
    return request


def for_a_state(turn: Message) -> Request | None:
    """ "for colored hair" beside shampoos: that detail, not Hair Color."""
    if not (turn.shown and turn.has(FOR_A_STATE)):
        return None
    request = turn.request
    request.intent, request.add_detail = Intent.REFINE, True
    turn.parsed.category = None  # beside shampoos: not Hair Color
    request.text = cut_out(LIKE_THESE, request.text)
    return request
