"""A product type asked for a pick on screen: a bundle read from the dialogue's state, not from a
bundle phrase (`a_bundle_for_a_pick`; a type asked *instead of* a pick, "the mac one but a
liner", is `type_for_a_pick`'s).

Beside picks, a message that names a product type of another category than theirs and then
points at one of them ("and a lip liner that matches the revlon", "a remover for it", "an
eyeliner to wear with the nyx", "conditioner for the fekkai one?", "curler too for them") asks
for something to go with that pick, whatever verb ties them: the type is what it fills, the pick
what it points at. Before, such a turn was read as a new search (its pick's brand a filter) or as
a question about the pick.
"""

from __future__ import annotations

import re

from assistant.dialogue.model.model_request import TurnSituation
from assistant.dialogue.picks.beside_picks import OFFERS_ANOTHER
from assistant.dialogue.picks.named_picks import picks_carrying
from assistant.dialogue.picks.picks_by_own_word import picks_named_after_the
from assistant.dialogue.ports import QueryParser
from assistant.dialogue.request import Intent, Request
from assistant.dialogue.vocabulary import CatalogVocabulary, names_a_type, path_words, plain_words
from catalog.category_paths import below, within
from retrieval.tokenize import stem, words

TIED_TO = re.compile(
    r"\b(?:for|with|over|under(?:neath)?|to|on|beside|alongside|match(?:es|ing)?|as)\s+"
    r"(?:(?P<pronoun>it|them|these|those|this one|that one)\b"
    r"|(?P<named>(?:the|this|that)\s+[a-z0-9][\w' .&-]*))"
)
"""A relation word and what it points at: a pronoun for the picks ("for it", "with them") or a
pick named after "the" ("with the nyx", "that matches the revlon"), which must name a pick."""

PART_OF = r"\b(?:the|its|their|that|this) "
"""Before a type word, what makes it a part of the pick it is tied to ("the bottle on the
nautica", "the brush on it"), not a product asked for ("a brush for it")."""

READ_AS = frozenset({Intent.SEARCH, Intent.REFINE, Intent.ASK})
"""The readings a type asked for a pick replaces: a new search, a refinement of the picks, a
question about the pick it names."""


def a_bundle_for_a_pick(
    request: Request,
    english: str,
    situation: TurnSituation,
    parse: QueryParser | None,
    vocabulary: CatalogVocabulary | None,
) -> Request:
    """``request`` as a bundle (`Intent.BUNDLE`) around the pick it points at when, beside the
    picks (no question of ours pending), the message names a product type before pointing at
    them (`TIED_TO`) and that type's category is not the picks' ("a lipstick for the nude one"
    stays about the lipsticks); not one that puts a need in place of theirs ("a conditioner
    instead"). The pick's brand is no brand wanted; the type's category is the one its own
    words name. Otherwise ``request`` as it was."""
    shown = situation.need_category
    if request.intent not in READ_AS or not situation.beside_picks or not shown:
        return request
    lowered = " ".join(english.lower().split())
    tied = TIED_TO.search(lowered)
    if tied is None or OFFERS_ANOTHER.search(lowered):
        return request
    before = lowered[: tied.start()]
    types = [w for w in words(before) if names_a_type(w, vocabulary)]
    if not types or any(
        re.search(rf"{PART_OF}(?:[\w-]+ )?{re.escape(w)}\b", before) for w in types
    ):
        return request  # "how big is the bottle on the nautica": a part of the pick
    category = parse(before).category if parse is not None else None
    if category and within(category, shown):
        return request  # the picks' own type: about them ("a lipstick for the nude one")
    if category and below(shown, category):  # "a liner" read as all of Lips
        if {stem(w) for w in plain_words(before)} & path_words(shown.rsplit(" > ", 1)[-1]):
            return request  # a word of the picks' own type
        category = None  # the type's home is guessed near the picks (`bundle_category.bundle_type`)
    named: list[int] = []
    if tied.group("named"):
        named = request.references or sorted(picks_named_after_the(lowered, situation.picks))
        named = named or picks_carrying(request.parsed.brands, situation.picks) or []
        if not named:
            return request  # "a shampoo for the gym": no pick
    request.intent = Intent.BUNDLE
    request.references = sorted(i for i in named if i < len(situation.picks))
    request.parsed.brands = [  # "with the nyx": a pick's brand, no brand wanted
        b for b in request.parsed.brands if picks_carrying([b], situation.picks) is None
    ]
    request.parsed.category = category
    return request
