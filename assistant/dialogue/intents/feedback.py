"""Feedback on the picks: more like one ("more like the second one"), a choice ("I'll take the
first one"), a like, a dislike or the cart ("add it to my cart"); and a product type they love
said with none on screen ("i love this lipstick": those)."""

from __future__ import annotations

import re

from assistant.dialogue.intents.message import Message, has
from assistant.dialogue.needs.stated_traits import read_traits
from assistant.dialogue.needs.wording import cut_out
from assistant.dialogue.phrases.cart_and_likes import (
    ASKS_FOR_ONE,
    BAD_EXPERIENCE,
    CHOSEN,
    EVERY_PICK,
    LOVES,
    LOVES_ONE_OF_THEIRS,
    LUKEWARM,
    NEGATIVE,
    NO_BAD_EXPERIENCE,
    ONE_TURNED_DOWN,
    POSITIVE,
    TRIED_BADLY,
    TRIED_WELL,
    USED_BEFORE,
)
from assistant.dialogue.phrases.prices_and_orders import CHEAPER, NOT_TOO_DEAR, PICK_SUPERLATIVE
from assistant.dialogue.phrases.references import EVERY_ONE_SHOWN
from assistant.dialogue.phrases.refinements import MORE_LIKE, OTHERS_ASKED
from assistant.dialogue.request import Intent, Request
from assistant.dialogue.vocabulary import names_a_type


def more_like(turn: Message) -> Request | None:
    """ "more like the second one", "in another colour", "anything similar for less" (one like
    them, cheaper: `_like_them_for_less`); not a brand said as a reference with nothing on screen
    ("something similar to Clinique but cheaper": a new need)."""
    if not (turn.has(MORE_LIKE) or _like_them_for_less(turn)) or (
        not turn.shown and turn.parsed.exclude_brands
    ):
        return None
    turn.request.intent = Intent.MORE_LIKE
    return turn.request


FOR_LESS = (
    rf"(?:,?\s*-?\s*\b(?:but|for|at|and|that|which)\s+(?:(?:is|are|'s|costs?|will|would)\s+)?)?"
    rf"(?:{CHEAPER}|{NOT_TOO_DEAR})"
)
"""A price said beside products like a pick, with the word that joins it ("but cheaper", "for
less", "at a lower price", "but not so dear", "that won't break the bank")."""


def _like_them_for_less(turn: Message) -> bool:
    """Whether, beside the picks, the message asks for products like them once its price words
    are cut out (`FOR_LESS`: "have you anything similar for less?", "one like the maybelline but
    less pricey"): more like them, cheaper (`prices.cheaper_or_pricier`); `MORE_LIKE` alone
    leaves "similar but for men" to the refinements."""
    if not (turn.shown and (turn.has(CHEAPER) or turn.has(NOT_TOO_DEAR))):
        return False
    return has(MORE_LIKE, cut_out(FOR_LESS, turn.text))


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


USED_POINTERS = r"\b(?:it|this one|that one|these|those|they|them)\b"
"""Words that point at a pick they used ("it gave me a rash"; not "that": "something that
won't break me out" is a need)."""


def used_a_pick(turn: Message) -> Request | None:
    """What a pick on screen did when they used it ("the last one broke me out last year", "i
    had the first one before, it gave me a rash", "i tried the first one, hated it"): a dislike
    of it; "i used the second one for
    years, love it", "it never broke me out": a like. A brand ruled out beside it stays a
    refinement."""
    if not turn.names_a_pick(USED_POINTERS) or turn.parsed.exclude_brands:
        return None  # "not Olay, because it broke me out": the brand ruled out, a refinement
    bad = turn.has(BAD_EXPERIENCE) and not turn.has(NO_BAD_EXPERIENCE)
    bad = bad or (turn.has(USED_BEFORE) and turn.has(TRIED_BADLY))  # "tried it, hated it"
    good = turn.has(USED_BEFORE) and (turn.has(TRIED_WELL) or turn.has(NO_BAD_EXPERIENCE))
    if not (bad or good):
        return None
    request = turn.request
    request.intent, request.sentiment = Intent.FEEDBACK, -1 if bad else 1
    return request


def loves_a_brand(turn: Message) -> Request | None:
    """A brand they love said with a need ("I love Simple products, a moisturiser please", "i
    really like neutrogena, need a face wash"), or alone with nothing on screen ("i love olay,
    what do u have": no pick to like): a search for that brand (of that type), not a like of a
    pick; with picks on screen, only when the message names a type and asks for one
    (`ASKS_FOR_ONE`)."""
    if not (turn.has(POSITIVE) and turn.parsed.brands) or turn.carts():
        return None
    named = turn.parsed.category or names_a_type(turn.text, turn.vocabulary)
    if turn.shown and not named:
        return None
    if turn.shown and not turn.has(ASKS_FOR_ONE):
        return None  # "i love the cerave cleanser": the pick of that brand
    turn.request.text = re.sub(LOVES, " ", turn.request.text, flags=re.IGNORECASE)  # no 'love'
    return turn.request


def liked_or_carted(turn: Message) -> Request | None:
    """A like, a dislike, or the cart: feedback on the picks it points at; one of every pick
    on screen ("not really feeling any of these", "love them all", "add them to my cart",
    "none of these are really me") points at them all. A dislike that asks for other picks
    refines them instead. With nothing on screen, a like of what the catalog sells or of a
    trait ("i like floral scents", "i love vanilla": `_likes_a_kind`) is a want, no feedback:
    there is no pick to like; nor one that names a product type ("my nails look amazing but
    I want to keep them nice, a top coat maybe": `_names_a_type`)."""
    if not (turn.carts() or turn.has(POSITIVE) or turn.has(NEGATIVE)):
        return None
    if turn.shown and not (turn.carts() or turn.has(POSITIVE)) and turn.has(OTHERS_ASKED):
        return None  # "something different? not really feeling any of these": other picks
    if not turn.shown and not turn.carts() and (_likes_a_kind(turn) or _names_a_type(turn)):
        return None
    request = turn.request
    request.intent = Intent.FEEDBACK
    request.sentiment = 1 if (turn.carts() or turn.has(POSITIVE)) else -1
    if turn.carts():
        request.attributes["action"] = "cart"
    if (
        turn.shown
        and not request.references
        and (turn.has(EVERY_PICK) or turn.has(EVERY_ONE_SHOWN))
    ):
        request.references = list(range(turn.shown))  # "not feeling any of these", "add them
        # to my cart": every pick
    return request


def _names_a_type(turn: Message) -> bool:
    """Whether the message names a product type: a category below a department its words name,
    or a word of a category's own name in its need (`vocabulary.names_a_type`)."""
    category = turn.parsed.category or ""
    return category.count(" > ") >= 2 or names_a_type(turn.request.text, turn.vocabulary)


def _likes_a_kind(turn: Message) -> bool:
    """Whether the message says a trait of products (`stated_traits.read_traits`: a scent, a
    colour, a finish), not only how dear ("i love this shop", "i like cheap brands")."""
    return any(v for k, v in read_traits(turn.text).items() if k != "price_band")


def lukewarm(turn: Message) -> Request | None:
    """A lukewarm turn-down beside the picks and nothing else ("meh", "nah", "hmm not really",
    "none of these"): a dislike of every pick on screen (other picks for the same need), or of
    the one last pointed at ("not that one"); with nothing on screen, not feedback."""
    if not turn.shown or not turn.has(LUKEWARM):
        return None
    request = turn.request
    request.intent, request.sentiment, request.text = Intent.FEEDBACK, -1, ""
    if not request.references and not turn.has(ONE_TURNED_DOWN):
        request.references = list(range(turn.shown))
    return request
