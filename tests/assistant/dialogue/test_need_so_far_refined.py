"""A need so far with nothing on screen (the last search found nothing) is refined by a message
that changes only its constraints (`need_so_far.a_change_to_the_need_so_far`). CONVO51's probe:
after 'vegan mascara under 3 dollars' found nothing, "ok under 10 then" and "fine, any price"
were searched from scratch ('ok then') and asked what the shopper was shopping for."""

from __future__ import annotations

import pytest

from assistant.adapters import query_parser
from assistant.dialogue.model_request import PickLine, TurnSituation
from assistant.dialogue.reader import TurnReader
from assistant.dialogue.request import Intent
from assistant.dialogue.vocabulary import CatalogVocabulary

MASCARA = "Beauty > Makeup > Eyes > Mascara"
VOCAB = CatalogVocabulary(
    categories=[MASCARA, "Beauty > Makeup > Eyes > Eyeliner", "Beauty > Skin Care > Face"],
    brands=["Maybelline", "L'Oreal Paris"],
    words=frozenset({"mascara", "eyeliner", "vegan", "black", "face", "cream"}),
)
READER = TurnReader(parse=query_parser(VOCAB), vocabulary=VOCAB)
NOTHING_FOUND = TurnSituation(so_far=f"need=vegan mascara; category={MASCARA}; price_max=3.0")


@pytest.mark.parametrize(
    "message",
    [
        "ok under 10 then",
        "fine, any price",
        "ok forget the budget then",
        "under 15?",
        "any brand is fine",
    ],
)
def test_a_constraint_alone_refines_the_need_so_far(message: str) -> None:
    assert READER.read(message, NOTHING_FOUND).intent == Intent.REFINE, message


@pytest.mark.parametrize("message", ["an eyeliner under 10 then", "what about eyeliner instead"])
def test_a_new_type_is_still_a_new_search(message: str) -> None:
    assert READER.read(message, NOTHING_FOUND).intent == Intent.SEARCH, message


def test_from_nothing_a_price_alone_is_still_a_search() -> None:
    assert READER.read("ok under 10 then", TurnSituation()).intent == Intent.SEARCH


def test_beside_picks_it_refines_as_before() -> None:
    shown = TurnSituation(
        picks=(PickLine("Maybelline Great Lash", "Maybelline", 4.65),), so_far=NOTHING_FOUND.so_far
    )
    assert READER.read("ok under 10 then", shown).intent == Intent.REFINE
