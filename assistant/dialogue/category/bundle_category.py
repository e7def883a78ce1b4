"""The category of a bundle asked beside the picks whose words the query parser does not place:
something to take a pick off or to keep them in (`used_with_a_pick`), a type named by a word of
several categories' names (`bundle_type`).

Both are read by `reader.TurnReader.read` once the turn's need is read.
"""

from __future__ import annotations

import re

from assistant.dialogue.handlers.bundle_anchors import points_at_a_pick
from assistant.dialogue.handlers.bundle_type import type_guessed
from assistant.dialogue.model.model_request import TurnSituation
from assistant.dialogue.phrases.questions import STORING
from assistant.dialogue.ports import CategoryGuesser, QueryParser
from assistant.dialogue.request import Intent, Request
from assistant.dialogue.vocabulary import CatalogVocabulary, names_a_type
from retrieval.category_names import REMOVING, STAYS_ON


def used_with_a_pick(
    request: Request,
    situation: TurnSituation,
    parse: QueryParser | None,
    vocabulary: CatalogVocabulary | None,
) -> Request:
    """A bundle asked to take a pick off ("and something to take it off at night?" beside
    mascaras) is a remover of that pick's type (Makeup Remover; Nail Polish Remover beside
    polishes), not what its other words name (Night Creams): the category the query parser
    reads for taking off the picks' type (`retrieval.category_names.REMOVING`). One asked
    to keep them in ("anything to store them in?", `STORING`) and naming no type is a bag
    or a case."""
    if request.intent != Intent.BUNDLE or not situation.picks or parse is None:
        return request
    lowered = " ".join(request.text.lower().split())
    if REMOVING.search(lowered) and not STAYS_ON.search(lowered):
        place = request.references[0] if request.references else 0
        pick = situation.picks[min(place, len(situation.picks) - 1)]
        kind = (situation.need_category or "").split(" > ")[-1] or pick.title
        for said in (kind, pick.title):
            category = parse(f"something to take off {said}").category
            if category and "remover" in category.lower():
                request.parsed.category = category
                break
    elif (
        re.search(STORING, lowered)
        and not request.parsed.category
        and not names_a_type(request.text, vocabulary)
    ):
        request.parsed.category = parse("a bag or a case").category
    return request


def bundle_type(
    request: Request,
    situation: TurnSituation,
    categories: CategoryGuesser | None,
    vocabulary: CatalogVocabulary | None,
) -> Request:
    """A bundle request anchored on a pick whose words name a type by a word of a category's
    name that the query parser does not place ("a primer to go with it": face, eye or nail
    primer) gets the category search guesses for them (``categories``), the one the bundle
    handler shows (`handlers.bundle_type.type_guessed`)."""
    if request.intent != Intent.BUNDLE or request.parsed.category or not situation.picks:
        return request
    if points_at_a_pick(request) and names_a_type(request.text, vocabulary):
        near = situation.need_category  # "a brush" beside foundations: makeup brushes
        request.parsed.category = type_guessed(request.text, categories, near, vocabulary)
    return request
