"""Questions about the shop that name no product, greetings and thanks said in more words or
languages (issue 17, round twenty-one, CONVO52): `phrases.talk.SHOP_SERVICE` reads samples,
gift cards used, stock coming back, a parcel arrived damaged, whether the shop's products are
genuine, collecting in a store, opening, minimum orders and changing an order ("can i get free
samples with my order" was searched for samples); `THANKS_ALONE` reads thanks with praise of
the assistant ("thank you, you've been great" was searched, in Makeup); `GREETING` reads a hello
in more words ("hi, first time here" was searched, in Hair Sprays), a request for help naming
nothing, questions about the assistant; the lexicon reads thanks and greetings in the languages
it knows ("merci beaucoup" was searched for 'beaucoup', "bonsoir" was off the shop's topic)."""

from __future__ import annotations

import pytest

from assistant.dialogue.phrases.talk import COMPLIMENT, GREETING, SHOP_SERVICE, THANKS_ALONE
from retrieval.lexicon import to_catalog_words
from tests.assistant.dialogue.phrases.reading import lowered, match, search


@pytest.mark.parametrize(
    "message",
    [
        "can i return something if i don't like it",
        "can i return an opened product",
        "could we exchange a gift",
        "can i get free samples with my order",
        "do you include samples?",
        "will you give me samples",
        "how do i use my gift card",
        "can i redeem a voucher online",
        "when will the foundation be back in stock",
        "do you restock often",
        "will you get more in?",
        "the product arrived broken",
        "my lipstick came smashed",
        "are your products authentic",
        "are all your perfumes genuine",
        "is there a minimum order for free delivery",
        "do you do next day delivery",
        "can i pick it up in store",
        "are you open on bank holidays",
        "what time does the shop close",
        "is there a sale on?",
        "can i change my order",
    ],
)
def test_a_question_about_the_shop(message: str) -> None:
    assert search(SHOP_SERVICE, message)


@pytest.mark.parametrize(
    "message",
    [  # must not change: products, and going back to a pick
        "a sample size mascara",
        "travel size shampoo samples",
        "can i return to the first one",
        "any deals on mascara",
        "a face mask for the delivery room",
        "is the real techniques brush real",
        "a gift card",
        "my hair is thinning, will it grow back in",
    ],
)
def test_no_question_about_the_shop(message: str) -> None:
    assert not search(SHOP_SERVICE, message)


@pytest.mark.parametrize(
    "message",
    [
        "thank you, you've been great",
        "thanks so much, you were a great help",
        "thanks, ur the best",
        "ty!! you have been amazing",
        "thank you! that was so helpful",
        "thanks so much!!",  # must not change
    ],
)
def test_thanks_with_praise_is_thanks(message: str) -> None:
    assert match(THANKS_ALONE, message)


@pytest.mark.parametrize(
    "message", ["thanks, now a shampoo", "thanks but these are too pricey", "great, cheaper ones?"]
)
def test_thanks_with_a_request_is_not_thanks_alone(message: str) -> None:
    assert not match(THANKS_ALONE, message)


@pytest.mark.parametrize(
    "message", ["you're awesome", "you've been a great help", "you are so kind"]
)
def test_praise_alone_is_a_compliment(message: str) -> None:
    assert match(COMPLIMENT, message)


@pytest.mark.parametrize(
    "message",
    [
        "merci beaucoup",
        "danke schön",
        "vielen Dank!",
        "muchas gracias",
        "muito obrigada",
        "grazie tante",
        "dank je wel",
        "dziękuję bardzo",
        "tack så mycket",
        "teşekkürler",
        "mulțumesc",
        "mange tak",
        "tusen takk",
        "kiitos paljon",
        "большое спасибо",
    ],
)
def test_thanks_in_other_languages(message: str) -> None:
    assert match(THANKS_ALONE, lowered(to_catalog_words(message)))


@pytest.mark.parametrize(
    "message",
    [
        "yo wassup",
        "hi there, hope you're well",
        "good afternoon, i was wondering if you could help",
        "hello? anyone?",
        "hi, first time here",
        "hey bestie",
        "greetings",
        "hiii can you help me find something?",
        "can you help me please",
        "are you a bot?",
        "what are you",
        "what do you sell",
        "what kind of products do you have",
        "peace out",
    ],
)
def test_a_greeting_in_more_words(message: str) -> None:
    assert match(GREETING, message)


@pytest.mark.parametrize(
    "message",
    [  # must not change: a need beside the greeting words, a reaction, a person a gift is for
        "hi, can you help me find a shampoo",
        "a gift for my friend",
        "lovely",
        "help me choose between these two",
        "what do you have in blue",
        "tell me something interesting",
    ],
)
def test_no_greeting(message: str) -> None:
    assert not match(GREETING, message)


@pytest.mark.parametrize(
    "message",
    [
        "bonsoir",
        "salut !",
        "guten Tag",
        "buenas tardes",
        "buongiorno",
        "olá, tudo bem?",
        "hoi",
        "cześć",
        "hej",
        "selam",
        "bună ziua",
    ],
)
def test_greetings_in_other_languages(message: str) -> None:
    assert match(GREETING, lowered(to_catalog_words(message)))
