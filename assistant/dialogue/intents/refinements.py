"""Refinements of the picks on screen (REFINE): a colour ("do you have it in pink?"), a detail
wished or added ("spf would be nice too", "spf 50"), a price, brand or other pick ("cheaper",
"not that brand", "something else"), one of that type with a trait ("one that heats up fast"),
more or less of a trait ("make it matte", "nothing too bright")."""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.dialogue.intents.message import Message
from assistant.dialogue.needs.brands_said import without_brands
from assistant.dialogue.needs.milder import toned_down, toned_trait
from assistant.dialogue.needs.wording import ADD_DETAIL, MAKE_IT, said_words
from assistant.dialogue.phrases.brands import NOT_THAT_BRAND
from assistant.dialogue.phrases.prices_and_orders import (
    CHEAPER,
    DEARER_ONES,
    NOT_TOO_DEAR,
    PRICIER,
)
from assistant.dialogue.phrases.questions import QUESTION_FIRST
from assistant.dialogue.phrases.refinements import (
    A_COLOUR_ALONE,
    IN_A_COLOUR,
    ONE_FOR,
    ONE_OF_THAT_TYPE,
    SOMETHING_ELSE,
    SPF_ONLY,
    WOULD_BE_NICE,
)
from assistant.dialogue.phrases.traits import MILDER, MORE_OF_A_TRAIT, TONED_DOWN
from assistant.dialogue.request import Intent, Request
from assistant.dialogue.vocabulary import names_a_type
from retrieval.tokenize import STOP_WORDS


def in_a_colour(turn: Message) -> Request | None:
    """ "do you have it in pink?", "pink?": that colour of the need on screen, no category."""
    text = turn.text
    if not (
        turn.shown
        and (colour := re.match(IN_A_COLOUR, text) or re.match(A_COLOUR_ALONE, text))
        and not turn.parsed.category
    ):
        return None
    request = turn.request
    request.intent, request.add_detail = Intent.REFINE, True
    request.text, request.references = colour.group("colour"), []
    return request


def wished_for(turn: Message) -> Request | None:
    """ "spf would be nice too": the detail wished for (`WOULD_BE_NICE`), when it names no
    category nor product type."""
    if not (turn.shown and (wish := _wished(turn))):
        return None
    request = turn.request
    request.intent, request.add_detail = Intent.REFINE, True
    request.text = wish
    return request


def adds_a_detail(turn: Message) -> Request | None:
    """A detail added to the need on screen (`ADD_DETAIL`: "also waterproof")."""
    if not (turn.shown and turn.has(ADD_DETAIL)):
        return None
    turn.request.intent = Intent.REFINE
    turn.request.add_detail = True
    return turn.request


def spf_only(turn: Message) -> Request | None:
    """ "spf 50" beside sunscreens: the type on screen, not the sports sunscreens search finds."""
    if not (turn.shown and turn.has(SPF_ONLY)):
        return None
    turn.request.intent, turn.request.add_detail = Intent.REFINE, True
    turn.parsed.category = None
    return turn.request


def price_brand_or_other(turn: Message) -> Request | None:
    """Cheaper, dearer, not too dear, something else, not that brand, a preference dropped, a
    trait toned down, or only constraints (a price, a brand, an ingredient) beside the picks:
    those picks, refined."""
    request, text = turn.request, turn.text
    if not (
        turn.shown
        and (
            turn.has(CHEAPER)
            or turn.has(NOT_TOO_DEAR)
            or turn.has(PRICIER)
            or turn.has(DEARER_ONES)
            or turn.has(SOMETHING_ELSE)
            or turn.has(NOT_THAT_BRAND)
            or only_constraints(request, text)
        )
    ):
        return None
    request.intent = Intent.REFINE
    return request


def only_constraints(
    request: Request, text: str, names: Callable[[str], bool] | None = None
) -> bool:
    """Whether a message changes only the request's constraints: drops a preference ("any
    price"), tones a trait down, or says a price, a brand or an ingredient and no other word
    than stop words, not as a question ("ok under 10 then", "only Olay", "no parabens", "what
    about La Roche-Posay"; not "is it fragrance free?"). ``text``: the message, lower-cased.
    ``names``: where given, only the words it says name something count ("ok try under 15
    then": 'try' names no product), the rest are filler like stop words."""
    parsed = request.parsed
    said = [w for w in said_words(without_brands(request.text, parsed)) if w not in STOP_WORDS]
    said = [w for w in said if names(w)] if names is not None else said
    return bool(
        request.drop
        or toned_down(text)
        or (
            not said
            and not re.match(QUESTION_FIRST, request.text.lower())
            and (
                parsed.priced
                or parsed.cheap
                or parsed.dear
                or parsed.exclude_brands
                or parsed.brands
                or request.avoid
            )
        )
    )


def one_of_that_type(turn: Message) -> Request | None:
    """ "one that heats up fast", "ones for dark hair": the type on screen with that trait, not
    the category a word names (Hair Care)."""
    if not (
        turn.shown
        and turn.has(ONE_OF_THAT_TYPE)
        and (not turn.parsed.category or turn.has(ONE_FOR))
    ):
        return None
    turn.request.intent, turn.request.add_detail = Intent.REFINE, True
    turn.parsed.category = None  # "ones for dark hair": the type on screen, not Hair Care
    return turn.request


def more_of_a_trait(turn: Message) -> Request | None:
    """ "make it matte": a trait of the picks, not the type a word names (Powder)."""
    if not (turn.shown and (turn.has(MAKE_IT) or turn.has(MORE_OF_A_TRAIT))):
        return None
    turn.request.intent, turn.request.add_detail = Intent.REFINE, True
    turn.parsed.category = None
    return turn.request


def milder(turn: Message) -> None:
    """A refinement that tones a trait down ("nothing too bright") asks for its milder word."""
    toned = re.search(TONED_DOWN, turn.text)
    if toned and turn.request.intent == Intent.REFINE and toned_down(turn.text):
        turn.request.text, turn.request.add_detail = MILDER[toned_trait(toned)], True


def other_picks(turn: Message) -> None:
    """ "something else": not the picks on screen again; "not that brand": nor the brand of
    the pick it points at. With no picks on screen neither says anything ("none of those
    really, it's normal skin" to our question: its options turned down, no pick)."""
    turn.request.exclude_shown = bool(turn.shown) and turn.has(SOMETHING_ELSE)
    turn.request.exclude_reference_brand = bool(turn.shown) and turn.has(NOT_THAT_BRAND)


def _wished(turn: Message) -> str | None:
    """The detail a message only wishes for (`WOULD_BE_NICE`: "spf would be nice too":
    "spf"), when it names no category nor product type; else None."""
    said = re.match(WOULD_BE_NICE, turn.text)
    if said is None or turn.parsed.category or names_a_type(said.group("what"), turn.vocabulary):
        return None
    return said.group("what")
