"""Questions about the shop that name no product, greetings and thanks said in more words or
languages (issue 17, round twenty-one, CONVO52): `phrases.shop_questions.SHOP_SERVICE` reads
samples, gift cards used, stock coming back, a parcel arrived damaged, whether the shop's
products are genuine, collecting in a store, opening, minimum orders and changing an order ("can
i get free samples with my order" was searched for samples); `THANKS_ALONE` reads thanks with
praise of the assistant ("thank you, you've been great" was searched, in Makeup); `GREETING`
reads a hello in more words ("hi, first time here" was searched, in Hair Sprays), a request for
help naming nothing, questions about the assistant; the lexicon reads thanks and greetings in
the languages it knows ("merci beaucoup" was searched for 'beaucoup', "bonsoir" was off the
shop's topic)."""

from __future__ import annotations

import pytest

from assistant.dialogue.phrases.shop_questions import SHOP_SERVICE
from assistant.dialogue.phrases.small_talk import COMPLIMENT, GREETING, THANKS_ALONE
from retrieval.lexicon import to_catalog_words
from tests.assistant.dialogue.phrases.reading import found_and_not_found, lowered, match

FOUND = [
    # a question about the shop
    (SHOP_SERVICE, "can i return something if i don't like it"),
    (SHOP_SERVICE, "can i return an opened product"),
    (SHOP_SERVICE, "could we exchange a gift"),
    (SHOP_SERVICE, "can i get free samples with my order"),
    (SHOP_SERVICE, "do you include samples?"),
    (SHOP_SERVICE, "will you give me samples"),
    (SHOP_SERVICE, "how do i use my gift card"),
    (SHOP_SERVICE, "can i redeem a voucher online"),
    (SHOP_SERVICE, "when will the foundation be back in stock"),
    (SHOP_SERVICE, "do you restock often"),
    (SHOP_SERVICE, "will you get more in?"),
    (SHOP_SERVICE, "the product arrived broken"),
    (SHOP_SERVICE, "my lipstick came smashed"),
    (SHOP_SERVICE, "are your products authentic"),
    (SHOP_SERVICE, "are all your perfumes genuine"),
    (SHOP_SERVICE, "is there a minimum order for free delivery"),
    (SHOP_SERVICE, "do you do next day delivery"),
    (SHOP_SERVICE, "can i pick it up in store"),
    (SHOP_SERVICE, "are you open on bank holidays"),
    (SHOP_SERVICE, "what time does the shop close"),
    (SHOP_SERVICE, "is there a sale on?"),
    (SHOP_SERVICE, "can i change my order"),
    # thanks with praise is thanks
    (THANKS_ALONE, "thank you, you've been great"),
    (THANKS_ALONE, "thanks so much, you were a great help"),
    (THANKS_ALONE, "thanks, ur the best"),
    (THANKS_ALONE, "ty!! you have been amazing"),
    (THANKS_ALONE, "thank you! that was so helpful"),
    (THANKS_ALONE, "thanks a bunch, you've been super helpful"),  # CONVO95's note: a search
    (THANKS_ALONE, "thanks so much!!"),  # must not change
    # praise alone is a compliment
    (COMPLIMENT, "you're awesome"),
    (COMPLIMENT, "you've been a great help"),
    (COMPLIMENT, "you are so kind"),
    (COMPLIMENT, "you're incredibly helpful"),
    # a greeting in more words
    (GREETING, "yo wassup"),
    (GREETING, "hi there, hope you're well"),
    (GREETING, "good afternoon, i was wondering if you could help"),
    (GREETING, "hello? anyone?"),
    (GREETING, "hi, first time here"),
    (GREETING, "hey bestie"),
    (GREETING, "greetings"),
    (GREETING, "hiii can you help me find something?"),
    (GREETING, "can you help me please"),
    (GREETING, "are you a bot?"),
    (GREETING, "what are you"),
    (GREETING, "what do you sell"),
    (GREETING, "what kind of products do you have"),
    (GREETING, "peace out"),
]
NOT_FOUND = [
    # no question about the shop (must not change: products, and going back to a pick)
    (SHOP_SERVICE, "a sample size mascara"),
    (SHOP_SERVICE, "travel size shampoo samples"),
    (SHOP_SERVICE, "can i return to the first one"),
    (SHOP_SERVICE, "any deals on mascara"),
    (SHOP_SERVICE, "a face mask for the delivery room"),
    (SHOP_SERVICE, "is the real techniques brush real"),
    (SHOP_SERVICE, "a gift card"),
    (SHOP_SERVICE, "my hair is thinning, will it grow back in"),
    # thanks with a request is not thanks alone
    (THANKS_ALONE, "thanks, now a shampoo"),
    (THANKS_ALONE, "thanks but these are too pricey"),
    (THANKS_ALONE, "great, cheaper ones?"),
    # no greeting (must not change: a need beside the greeting words, a reaction, a person a
    # gift is for)
    (GREETING, "hi, can you help me find a shampoo"),
    (GREETING, "a gift for my friend"),
    (GREETING, "lovely"),
    (GREETING, "help me choose between these two"),
    (GREETING, "what do you have in blue"),
    (GREETING, "tell me something interesting"),
]

test_found, test_not_found = found_and_not_found(
    FOUND, NOT_FOUND, opening={THANKS_ALONE, COMPLIMENT, GREETING}
)

IN_OTHER_LANGUAGES = [  # read in the lexicon's words, from the message's start
    # thanks in other languages
    (THANKS_ALONE, "merci beaucoup"),
    (THANKS_ALONE, "danke schön"),
    (THANKS_ALONE, "vielen Dank!"),
    (THANKS_ALONE, "muchas gracias"),
    (THANKS_ALONE, "muito obrigada"),
    (THANKS_ALONE, "grazie tante"),
    (THANKS_ALONE, "dank je wel"),
    (THANKS_ALONE, "dziękuję bardzo"),
    (THANKS_ALONE, "tack så mycket"),
    (THANKS_ALONE, "teşekkürler"),
    (THANKS_ALONE, "mulțumesc"),
    (THANKS_ALONE, "mange tak"),
    (THANKS_ALONE, "tusen takk"),
    (THANKS_ALONE, "kiitos paljon"),
    (THANKS_ALONE, "большое спасибо"),
    # greetings in other languages
    (GREETING, "bonsoir"),
    (GREETING, "salut !"),
    (GREETING, "guten Tag"),
    (GREETING, "buenas tardes"),
    (GREETING, "buongiorno"),
    (GREETING, "olá, tudo bem?"),
    (GREETING, "hoi"),
    (GREETING, "cześć"),
    (GREETING, "hej"),
    (GREETING, "selam"),
    (GREETING, "bună ziua"),
]


@pytest.mark.parametrize(
    ("pattern", "message"), [pytest.param(*row, id=row[1]) for row in IN_OTHER_LANGUAGES]
)
def test_thanks_and_greetings_in_other_languages(pattern: str, message: str) -> None:
    assert match(pattern, lowered(to_catalog_words(message)))
