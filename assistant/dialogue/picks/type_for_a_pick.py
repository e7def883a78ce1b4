"""Another product type asked of a pick on screen: "like the aveeno one but a moisturizer",
"do they make the revlon one as a lip gloss", "the maybelline one but a concealer". The turn
points at a pick (a more-like or a question) and names, after "but" or "as", a type filed
beside the picks' own; the need is that type, like the pick, not the picks' type again.

`a_type_for_a_pick` is read by `reader.TurnReader.read` after the category of the turn is read.
"""

from __future__ import annotations

import re

from assistant.dialogue.category.several_types import type_stems
from assistant.dialogue.handlers.bundle_type import type_near
from assistant.dialogue.model.model_request import TurnSituation
from assistant.dialogue.ports import CategoryGuesser, QueryParser
from assistant.dialogue.request import Intent, Request
from assistant.dialogue.vocabulary import CatalogVocabulary
from catalog.category_paths import nested, within

ANOTHER_TYPE = re.compile(r"\b(?:but|as|only)\s+(?:(?:a|an|the|in|as)\s+)*(?P<type>[a-z][\w '-]*)$")
"""The words after "but" or "as" that end a turn about a pick ("... but a moisturizer", "...
as a lip gloss"): what the pick should be instead."""

ABOUT_A_PICK = frozenset({Intent.MORE_LIKE, Intent.REFINE})
"""Turns that keep the picks' type unless they name another (a question about a pick keeps the
request as it was, whatever it asks)."""


def a_type_for_a_pick(
    request: Request,
    text: str,
    situation: TurnSituation,
    parse: QueryParser | None,
    categories: CategoryGuesser | None,
    vocabulary: CatalogVocabulary | None,
) -> Request:
    """``request`` with the category of the type ``text`` names after "but" or "as"
    (`ANOTHER_TYPE`), where the turn is about the picks on screen (`ABOUT_A_PICK`), those
    words name a product type (`several_types.type_stems`) that the query parser places in a
    category neither above nor under the picks', else one beside theirs (`bundle_type.type_near`:
    "like the mac one but a liner" beside lipsticks, where "liner" read all of Makeup: Lip
    Liners; a more-like turn or a refinement becomes a search for it: "shea moisture one but a
    shampoo" beside curl creams). Else ``request`` as it was ("the same but cheaper", "but in
    pink"), and so where a kind of the picks' own type was read already (`kind_of_theirs`: "the
    eucerin one but as a bar soap" beside face cleansers is their Bars, not Hand Soaps)."""
    shown = situation.need_category if situation.picks else None
    if request.intent not in ABOUT_A_PICK or not shown or parse is None:
        return request
    read = request.parsed.category
    if read and read != shown and within(read, shown):
        return request
    found = ANOTHER_TYPE.search(" ".join(text.lower().split()).rstrip(" ?!."))
    if found is None or not type_stems(found.group("type"), vocabulary):
        return request
    said = found.group("type")
    named = parse(said).category
    if not named or nested(named, shown):
        named = type_near(said, shown, categories, vocabulary)
    if named and not nested(named, shown):
        request.parsed.category = named
        request.intent = Intent.SEARCH  # a new need, like the pick: searched anew
    return request
