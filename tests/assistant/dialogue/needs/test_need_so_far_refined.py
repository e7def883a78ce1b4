"""A need so far with nothing on screen (the last search found nothing) is refined by a message
that changes only its constraints (`need_so_far.a_change_to_the_need_so_far`). CONVO51's probe:
after 'vegan mascara under 3 dollars' found nothing, "ok under 10 then" and "fine, any price"
were searched from scratch ('ok then') and asked what the shopper was shopping for."""

from __future__ import annotations

from assistant.dialogue.model.model_request import PickLine, TurnSituation
from assistant.dialogue.request import Intent
from assistant.dialogue.vocabulary import CatalogVocabulary
from tests.assistant.dialogue.readers import intents_read, nothing_found, reader_over
from tests.catalog_paths import MASCARA

VOCAB = CatalogVocabulary(
    categories=[MASCARA, "Beauty > Makeup > Eyes > Eyeliner", "Beauty > Skin Care > Face"],
    brands=["Maybelline", "L'Oreal Paris"],
    words=frozenset({"mascara", "eyeliner", "vegan", "black", "face", "cream"}),
)
READER = reader_over(VOCAB)
NOTHING_FOUND = nothing_found("vegan mascara", MASCARA, 3.0)
SHOWN = TurnSituation(
    picks=(PickLine("Maybelline Great Lash", "Maybelline", 4.65),), so_far=NOTHING_FOUND.so_far
)


test_a_turn_after_nothing_found_is_read_as = intents_read(
    READER,
    [
        # a constraint alone refines the need so far
        (
            NOTHING_FOUND,
            Intent.REFINE,
            [
                "ok under 10 then",
                "fine, any price",
                "ok forget the budget then",
                "under 15?",
                "any brand is fine",
            ],
        ),
        # a new type is still a new search
        (
            NOTHING_FOUND,
            Intent.SEARCH,
            ["an eyeliner under 10 then", "what about eyeliner instead"],
        ),
        # from nothing (no need so far), a price alone is still a search
        (TurnSituation(), Intent.SEARCH, ["ok under 10 then"]),
        # beside picks it refines, as before
        (SHOWN, Intent.REFINE, ["ok under 10 then"]),
    ],
)
