"""A goodbye after words that name nothing sold is a goodbye (`intents.talk.shops_for_nothing`),
and thanks after a nod is thanks alone (`phrases.talk.THANKS_ALONE`: feedback, as the label
contract says). CONVO51's probe: "boring. bye" was off the shop's topic and "perfect thanks" a
greeting."""

from __future__ import annotations

import pytest

from assistant.adapters import query_parser
from assistant.dialogue.model_request import PickLine, TurnSituation
from assistant.dialogue.reader import TurnReader
from assistant.dialogue.request import Intent
from assistant.dialogue.vocabulary import CatalogVocabulary

VOCAB = CatalogVocabulary(
    categories=["Beauty > Makeup > Lips > Lipstick"], words=frozenset({"lipstick", "red"})
)
READER = TurnReader(parse=query_parser(VOCAB), vocabulary=VOCAB)
PICKS = TurnSituation(picks=(PickLine("Revlon Lipstick", "Revlon", 5.0),), so_far="need=lipstick")


@pytest.mark.parametrize("message", ["boring. bye", "ugh whatever, gotta go", "meh. see ya"])
@pytest.mark.parametrize("situation", [PICKS, TurnSituation()])
def test_a_goodbye_after_talk_is_a_goodbye(message: str, situation: TurnSituation) -> None:
    assert READER.read(message, situation).intent == Intent.GREETING, message


@pytest.mark.parametrize("message", ["perfect thanks", "great, thanks!", "ok thank you so much"])
def test_thanks_after_a_nod_is_thanks(message: str) -> None:
    assert READER.read(message, PICKS).intent == Intent.FEEDBACK, message


@pytest.mark.parametrize("message", ["thanks, bye", "ok that's all, thanks"])
def test_thanks_with_a_goodbye_stays_a_greeting(message: str) -> None:
    assert READER.read(message, PICKS).intent == Intent.GREETING, message


def test_talk_with_no_goodbye_stays_off_topic() -> None:
    assert READER.read("what's your favourite film", TurnSituation()).intent == Intent.OFF_TOPIC


@pytest.mark.parametrize("message", ["brill, cheers", "ace, thanks", "lush thank you"])
def test_thanks_after_a_british_nod_is_thanks(message: str) -> None:
    assert READER.read(message, PICKS).intent == Intent.FEEDBACK, message
