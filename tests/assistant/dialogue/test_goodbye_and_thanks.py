"""A goodbye after words that name nothing sold is a goodbye (`intents.talk.shops_for_nothing`),
and thanks after a nod is thanks alone (`phrases.small_talk.THANKS_ALONE`: feedback, as the label
contract says). CONVO51's probe: "boring. bye" was off the shop's topic and "perfect thanks" a
greeting. CONVO64's: thanks and a goodbye in sentences of their own ("That's very helpful, thank
you. Goodbye!") were a like (`intents.talk.thanked_and_gone`)."""

from __future__ import annotations

from assistant.dialogue.model.model_request import PickLine, TurnSituation
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
        # thanks and a goodbye, each a sentence of its own, are a goodbye
        (
            PICKS,
            Intent.GREETING,
            [
                "That's very helpful, thank you. Goodbye!",
                "Lovely, thank you. Take care!",
                "ty so much!! cya",
                "Great, thanks - goodnight",
            ],
        ),
        # thanks in two sentences with no goodbye stays thanks; a question after it is no goodbye
        (PICKS, Intent.FEEDBACK, ["Lovely. Thank you!"]),
        (PICKS, Intent.ASK, ["Thanks. Is the revlon one matte?"]),
    ],
)
