"""`phrases.cart_and_likes.LUKEWARM`: a message that only turns the picks down, lukewarm ("meh",
"nah", "hmm not really", "not that one"), is a dislike beside the picks (`intents.feedback.
lukewarm`): CONVO33's probes, beside nail polishes, body lotions and perfumes, were answered "I
can only help with shopping in this store's catalog"."""

from __future__ import annotations

import pytest

from assistant.dialogue.phrases.cart_and_likes import LUKEWARM
from assistant.dialogue.request import Intent
from assistant.dialogue.understanding import understand
from retrieval.lexicon import to_catalog_words
from tests.assistant.dialogue.phrases.reading import found_and_not_found

FOUND = [  # (pattern, a message it finds)
    (LUKEWARM, "meh"),
    (LUKEWARM, "mehhh"),
    (LUKEWARM, "nah"),
    (LUKEWARM, "naah"),
    (LUKEWARM, "nope"),
    (LUKEWARM, "ugh no"),
    (LUKEWARM, "hmm not really"),
    (LUKEWARM, "honestly, not impressed"),
    (LUKEWARM, "not that one"),
    (LUKEWARM, "no, not those"),
    (LUKEWARM, "none of these tbh"),
    (LUKEWARM, "none of them really work for me"),
    (LUKEWARM, "boring"),
    (LUKEWARM, "eh..."),
    (LUKEWARM, "meh not a fan"),  # two turn-downs in a row
    (LUKEWARM, "hmm not really a fan tbh"),
    (LUKEWARM, "nah not my thing"),
    (LUKEWARM, "ugh, not for me"),
]

NOT_FOUND = [  # (pattern, a message it does not find)
    (LUKEWARM, "nah, cheaper"),  # a refinement
    (LUKEWARM, "meh, too sweet all of them"),  # the trait said: a refinement
    (LUKEWARM, "not that one, the second"),  # a pick chosen
    (LUKEWARM, "nope, that's it for today"),  # a goodbye
    (LUKEWARM, "not really what i need, something for curls"),
    (LUKEWARM, "no thanks"),
    (LUKEWARM, "not that brand"),
    (LUKEWARM, "not a fan of the smell, something fresher"),  # a refinement
]

test_found, test_not_found = found_and_not_found(FOUND, NOT_FOUND, opening={LUKEWARM})


@pytest.mark.parametrize("message", ["meh", "nah", "ugh no", "hmm not really", "none of these"])
def test_a_lukewarm_turn_down_beside_the_picks_dislikes_them_all(message: str) -> None:
    request = understand(message, shown=4)
    assert (request.intent, request.sentiment) == (Intent.FEEDBACK, -1), message
    assert request.references == [0, 1, 2, 3] and request.text == ""


@pytest.mark.parametrize("message", ["not that one", "no, not this", "not that"])
def test_not_that_one_dislikes_the_pick_last_pointed_at(message: str) -> None:
    request = understand(message, shown=4)
    assert (request.intent, request.sentiment, request.references) == (Intent.FEEDBACK, -1, [])


@pytest.mark.parametrize("message", ["meh", "nah", "not that one"])
def test_with_nothing_on_screen_it_is_no_feedback(message: str) -> None:
    assert understand(message, shown=0).intent != Intent.FEEDBACK


def test_what_it_does_not_read_stays_as_it_was() -> None:
    assert understand("nah, cheaper", shown=4).intent == Intent.REFINE
    assert understand("not for me", shown=4).references == []  # `NEGATIVE`: the focus pick


@pytest.mark.parametrize(
    "message",
    [
        "no me gusta ninguno",
        "no me gusta",
        "bof",
        "je n'aime pas",
        "gefällt mir nicht",
        "keins davon",
    ],
)
def test_a_turn_down_in_another_language_is_a_dislike(message: str) -> None:
    """CONVO33's probes: "no me gusta ninguno" beside face serums ruled out the ingredients
    'me', 'gusta' and 'neither'; "bof", "gefällt mir nicht" were off the topic."""
    request = understand(to_catalog_words(message), shown=4)
    assert (request.intent, request.sentiment, request.avoid) == (Intent.FEEDBACK, -1, [])


@pytest.mark.parametrize("message", ["gracias, adiós", "merci au revoir", "danke, tschüss"])
def test_a_goodbye_in_another_language_is_a_goodbye(message: str) -> None:
    assert understand(to_catalog_words(message), shown=4).intent == Intent.GREETING


@pytest.mark.parametrize(
    ("message", "sentiment"),
    [
        ("not really feeling any of these", -1),  # asking something different: refine
        ("i don't like any of these", -1),
        ("not loving either of them", -1),
        ("hmm, not really into any of those", -1),
        ("not a fan of any of them", -1),
        ("i dont love any of these", -1),
        ("not keen on any of those tbh", -1),
        ("i like all of them", 1),
    ],
)
def test_a_like_or_dislike_of_every_pick_points_at_them_all(message: str, sentiment: int) -> None:
    """CONVO44's replay: "not really feeling any of these" disliked the first pick only, and the
    other three came back as the "other options"."""
    request = understand(message, shown=4)
    assert (request.intent, request.sentiment) == (Intent.FEEDBACK, sentiment), message
    assert request.references == [0, 1, 2, 3], message


@pytest.mark.parametrize("message", ["i don't like the second one", "not for me", "love it"])
def test_a_like_or_dislike_of_one_pick_still_points_at_one(message: str) -> None:
    assert len(understand(message, shown=4).references) <= 1, message
