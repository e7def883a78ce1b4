"""The cart named as a bag ("chuck the nyx in my bag pls") is where a pick named in passing goes
(`named_picks.a_pick_said_in_passing`), not a bag asked for: 'bag' names a product of the
catalog (Bags & Cases), and that made the turn a search for the pick's brand. CONVO58's probe.
A bag asked for beside a pick stays a need."""

from __future__ import annotations

from assistant.dialogue.model_request import PickLine
from assistant.dialogue.request import Intent
from assistant.dialogue.vocabulary import CatalogVocabulary
from tests.assistant.dialogue.readers import intents_read, picks_shown, reader_over
from tests.catalog_paths import MASCARA

VOCAB = CatalogVocabulary(
    categories=[MASCARA, "Beauty > Tools & Accessories > Bags & Cases > Cosmetic Bags"],
    brands=["Maybelline", "COVERGIRL", "NYX"],
    words=frozenset({"mascara", "bag", "bags"}),
)
READER = reader_over(VOCAB)
PICKS = picks_shown(
    (
        PickLine("Maybelline Volum' Express Colossal Mascara", "Maybelline", 8.99),
        PickLine("Covergirl Natureluxe Mousse Mascara", "COVERGIRL", 7.25),
        PickLine("NYX Doll Eye Mascara", "NYX", 7.14),
    ),
    "mascara",
    MASCARA,
)

test_a_pick_put_in_the_bag = intents_read(
    READER,
    [
        (PICKS, Intent.FEEDBACK, ["chuck the nyx in my bag pls", "pop the maybelline in my bag"]),
        (PICKS, Intent.BUNDLE, ["a bag for the nyx"]),
    ],
)


def test_the_pick_is_the_reference() -> None:
    request = READER.read("chuck the nyx in my bag pls", PICKS)
    assert request.references == [2]
    assert request.parsed.brands == []
