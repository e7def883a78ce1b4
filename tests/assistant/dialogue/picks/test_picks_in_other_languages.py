"""Reactions to the picks in other languages are read as English says them (`lexicon.yaml`'s
`*-picks` sections): a like, why these, every pick turned down, one like a pick, the cart, the
end of the chat. CONVO51's probe: "me gusta el segundo" refined the lipsticks ('lipstick me
gusta') and "pourquoi ceux-là ?" was off the shop's topic."""

from __future__ import annotations

import pytest

from assistant.dialogue.model.model_request import PickLine, TurnSituation
from assistant.dialogue.request import Intent
from assistant.dialogue.vocabulary import CatalogVocabulary
from tests.assistant.dialogue.readers import picks_shown, reader_over
from tests.catalog_paths import LIPSTICK

VOCAB = CatalogVocabulary(
    categories=[LIPSTICK], brands=["Revlon"], words=frozenset({"lipstick", "red", "matte"})
)
READER = reader_over(VOCAB)
PICKS = picks_shown(
    tuple(PickLine(f"Revlon Lipstick {i}", "Revlon", 5.0 + i) for i in range(3)),
    "lipstick",
    LIPSTICK,
)


@pytest.mark.parametrize(
    ("message", "intent", "references"),
    [
        ("me gusta el segundo", Intent.FEEDBACK, [1]),
        ("me encanta la primera", Intent.FEEDBACK, [0]),
        ("j'aime bien le deuxième", Intent.FEEDBACK, [1]),
        ("mi piace il terzo", Intent.FEEDBACK, [2]),
        ("gostei do segundo", Intent.FEEDBACK, [1]),
        ("ninguno me convence", Intent.FEEDBACK, [0, 1, 2]),
        ("aucun ne me plaît", Intent.FEEDBACK, [0, 1, 2]),
        ("keiner gefällt mir", Intent.FEEDBACK, [0, 1, 2]),
        ("nessuno mi piace", Intent.FEEDBACK, [0, 1, 2]),
        ("pourquoi ceux-là ?", Intent.WHY, []),
        ("por qué estos?", Intent.WHY, []),
        ("perché questi?", Intent.WHY, []),
        ("algo parecido al segundo", Intent.MORE_LIKE, [1]),
        ("qualcosa di simile al primo", Intent.MORE_LIKE, [0]),
        ("gracias, eso es todo", Intent.GREETING, []),
        ("obrigado, tchau", Intent.GREETING, []),
    ],
)
def test_a_reaction_in_another_language(
    message: str, intent: Intent, references: list[int]
) -> None:
    request = READER.read(message, PICKS)
    assert request.intent == intent, message
    assert request.references == references, message


@pytest.mark.parametrize("message", ["un labial rojo", "un rossetto rosso"])
def test_a_need_in_another_language_is_still_a_search(message: str) -> None:
    assert READER.read(message, TurnSituation()).intent == Intent.SEARCH, message
