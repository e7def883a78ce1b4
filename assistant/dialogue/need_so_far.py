"""A turn with no picks on screen and no question of ours pending, after a need was asked for:
the last search found nothing (or its reply showed no picks), and the need stays in the dialogue.
A message that changes only that need's constraints refines it, as it would beside picks."""

from __future__ import annotations

from collections.abc import Callable

from assistant.dialogue.intents.refinements import only_constraints
from assistant.dialogue.model_request import NEED_SO_FAR, TurnSituation
from assistant.dialogue.request import Intent, Request
from assistant.dialogue.shopping_words import names_a_product
from assistant.dialogue.vocabulary import CatalogVocabulary, names_a_type


def a_change_to_the_need_so_far(
    request: Request, text: str, situation: TurnSituation, vocabulary: CatalogVocabulary | None
) -> Request:
    """``request`` as a refinement of the need so far where it is a search (or names nothing
    sold) that names no type nor category and changes only constraints
    (`intents.refinements.only_constraints`: "ok under 10 then", "fine, any price", "forget the
    budget", "any brand is ok", "no parabens then"; words that name nothing the catalog sells
    are filler, `shopping_words.names_a_product`: "ok try under 15 then") with no picks on
    screen, no question pending and a need so far (the last search found nothing: 'vegan
    mascara under $3'); they searched 'ok then' from scratch and asked what the shopper was
    shopping for. Else ``request`` as it is."""
    if (
        request.intent not in (Intent.SEARCH, Intent.OFF_TOPIC)  # "fine, any price": no product
        or not situation.from_scratch
        or not (NEED_SO_FAR.search(situation.so_far) or situation.need_category)
        or request.parsed.category
        or names_a_type(request.text, vocabulary)
        or not only_constraints(request, " ".join(text.lower().split()), _naming(vocabulary))
    ):
        return request
    request.intent = Intent.REFINE
    return request


def _naming(vocabulary: CatalogVocabulary | None) -> Callable[[str], bool] | None:
    """Whether a word names something the catalog sells (None where the catalog is unknown:
    then every word but a stop word counts)."""
    if vocabulary is None:
        return None
    return lambda word: names_a_product(word, vocabulary)
