"""A new need said while our question is pending: the product type the message asks for lies
outside what the question offers ("forget lips, i need mascara" to 'Which kind: Lipstick, Lip
Glosses or Lip Stains?'). The dialogue's state decides it, not a phrase: the last type the
message names has no home under the need so far or any option, and most titles saying it lie
elsewhere.
It was read as an answer ("any"), the need so far kept. So was a type said after a reset
("actually forget moisturizer, i want a face mask" to 'What's your skin type?'), whatever the
question offers."""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.dialogue.model.model_request import TurnSituation
from assistant.dialogue.phrases.need_openings import RESET_FIRST
from assistant.dialogue.ports import QueryParser
from assistant.dialogue.request import Intent, Request
from assistant.dialogue.vocabulary import CatalogVocabulary, names_a_type, path_words
from catalog.category_paths import below, nested, within
from retrieval.tokenize import stem, words


def a_need_beside_the_question(
    request: Request,
    english: str,
    situation: TurnSituation,
    options: Sequence[str],
    parse: QueryParser | None,
    vocabulary: CatalogVocabulary | None,
) -> str:
    """The words of a type of its own that ``request``, read while our question with
    ``options`` (category paths) is pending, asks for, or "": the last word of ``english``
    (the message in the catalog's words) that names a product type, with the word before it,
    where that word names only categories that are neither the need so far's nor an option's,
    above or under them, the parser reads a product type for the two words (a category with no
    sub-categories: "hands" names a branch, a place not offered) and none of those ("hair mask":
    Hair Care), most titles that say it lie elsewhere (one lip liner's title says "mascara") and
    it is not ruled out ("dry, and fragrance free please" to 'What's your skin type?'); only
    where every option is a category, unless a reset opens the message (`a_type_after_a_reset`).
    """
    titles = vocabulary.title_words if vocabulary is not None else None
    if (
        not situation.question
        or request.intent not in (Intent.SEARCH, Intent.REFINE)  # an answer, or its detail
        or request.references
    ):
        return ""
    asked = [b for b in (situation.need_category, *options) if b]
    if after := a_type_after_a_reset(english, asked, parse, vocabulary):
        return after
    if (
        not options
        or titles is None
        or vocabulary is None
        or not set(options) <= set(vocabulary.categories)  # "What's your skin type?": no types
    ):
        return ""
    said = words(english.lower())
    ruled_out = {stem(w) for a in request.avoid for w in words(a)}  # "fragrance free": no need
    typed = [
        i for i, w in enumerate(said) if names_a_type(w, vocabulary) and stem(w) not in ruled_out
    ]
    if not typed:
        return ""
    key = stem(said[typed[-1]])
    homes = [p for p in vocabulary.categories if key in path_words(p.rsplit(" > ", 1)[-1])]
    if not homes or any(nested(h, b) for h in homes for b in asked):
        return ""
    phrase = " ".join(said[max(typed[-1] - 1, 0) : typed[-1] + 1])  # "hair mask": Hair Care
    named = parse(phrase).category if parse is not None else None
    if not named or any(nested(named, b) for b in asked):
        return ""  # "something to wash it with" to a hair question: no type the parser reads
    if any(below(p, named) for p in vocabulary.categories):
        return ""  # "hands actually" to 'Face or body?': a branch, a place not offered
    counts = (vocabulary.title_counts or {}).get(key, {})
    inside = sum(n for p, n in counts.items() if any(within(p, b) for b in asked))
    return phrase if 2 * inside < sum(counts.values()) else ""  # most titles: elsewhere


def a_type_after_a_reset(
    english: str,
    asked: Sequence[str],
    parse: QueryParser | None,
    vocabulary: CatalogVocabulary | None,
) -> str:
    """The words after a reset that opens ``english`` (`RESET_FIRST`: "actually forget
    moisturizer, i want a face mask", "nvm the lipstick, show me eyeliners") where they name a
    product type the parser places outside every category ``asked`` (the need so far's and our
    question's options; above or under them), or "": a new need whatever our question offers (a
    skin type, a finish), the question dropped. "forget matte, satin is fine" names no type;
    "forget it, a cream one" names the need's own."""
    lowered = " ".join(english.lower().split())
    reset = re.match(RESET_FIRST, lowered)
    if reset is None or parse is None:
        return ""
    rest = lowered[reset.end() :]
    if not names_a_type(rest, vocabulary):
        return ""
    named = parse(rest).category
    if not named or any(nested(named, b) for b in asked):
        return ""
    return rest
