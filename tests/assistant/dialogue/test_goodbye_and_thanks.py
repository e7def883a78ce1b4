"""A goodbye after words that name nothing sold is a goodbye (`intents.talk.shops_for_nothing`),
and thanks after a nod is thanks alone (`phrases.talk.THANKS_ALONE`: feedback, as the label
contract says). CONVO51's probe: "boring. bye" was off the shop's topic and "perfect thanks" a
greeting."""

from __future__ import annotations

from assistant.dialogue.model_request import PickLine, TurnSituation
from assistant.dialogue.request import Intent
from assistant.dialogue.vocabulary import CatalogVocabulary
from tests.assistant.dialogue.readers import intents_read, reader_over

VOCAB = CatalogVocabulary(
    categories=["Beauty > Makeup > Lips > Lipstick"], words=frozenset({"lipstick", "red"})
)
READER = reader_over(VOCAB)
PICKS = TurnSituation(picks=(PickLine("Revlon Lipstick", "Revlon", 5.0),), so_far="need=lipstick")


NOTHING = TurnSituation()
GOODBYES_AFTER_TALK = ["boring. bye", "ugh whatever, gotta go", "meh. see ya"]

test_a_turn_of_talk_is_read_as = intents_read(
    READER,
    [
        # a goodbye after talk is a goodbye, beside picks or not
        (PICKS, Intent.GREETING, GOODBYES_AFTER_TALK),
        (NOTHING, Intent.GREETING, GOODBYES_AFTER_TALK),
        # thanks after a nod is thanks
        (PICKS, Intent.FEEDBACK, ["perfect thanks", "great, thanks!", "ok thank you so much"]),
        # thanks with a goodbye stays a greeting
        (PICKS, Intent.GREETING, ["thanks, bye", "ok that's all, thanks"]),
        # talk with no goodbye stays off the topic
        (NOTHING, Intent.OFF_TOPIC, ["what's your favourite film"]),
        # thanks after a British nod is thanks
        (PICKS, Intent.FEEDBACK, ["brill, cheers", "ace, thanks", "lush thank you"]),
    ],
)
