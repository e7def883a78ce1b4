"""After a search found nothing, a message that changes only the need's constraints refines it
even when said with words that name nothing the catalog sells ("ok try under 15 then", "go on,
let's say up to 30"); and a budget is dropped however it is said ("whatever it costs", "ignore
the budget", "no price limit"). CONVO56's probes: 'try' made "ok try under 15 then" a search for
'ok try then' from scratch, and "whatever it costs" kept the old $5 ceiling."""

from __future__ import annotations

import re

import pytest

from assistant.dialogue.model.model_request import TurnSituation
from assistant.dialogue.phrases.no_preference import DROP_PRICE
from assistant.dialogue.request import Intent
from assistant.dialogue.vocabulary import CatalogVocabulary
from tests.assistant.dialogue.readers import intents_read, nothing_found, reader_over
from tests.catalog_paths import HAIR_DRYERS

VOCAB = CatalogVocabulary(
    categories=[HAIR_DRYERS, "Beauty > Makeup > Eyes > Eyeliner", "Beauty > Hair Care > Shampoos"],
    brands=["Conair", "T3"],
    words=frozenset({"dryer", "hair", "eyeliner", "shampoo", "ionic"}),
)
READER = reader_over(VOCAB)
NOTHING_FOUND = nothing_found("hair dryer", HAIR_DRYERS, 5.0)

test_filler_beside_a_constraint_refines_the_need_so_far = intents_read(
    READER,
    [
        (
            NOTHING_FOUND,
            Intent.REFINE,
            [
                "ok try under 15 then",
                "fine let's say up to 30",
                "how about something up to 25 quid then",
                "go on then, whatever it costs",
                "pfft. try it without the price limit",
                "ok ignore the budget",
            ],
        ),
        # a type named is a new search, filler or not
        (NOTHING_FOUND, Intent.SEARCH, ["ok try an eyeliner under 15 then"]),
        # from nothing, a price alone stays a search
        (TurnSituation(), Intent.SEARCH, ["ok try under 15 then"]),
    ],
)


@pytest.mark.parametrize(
    "message",
    [
        "whatever it costs",
        "whatever the price",
        "no price limit",
        "ignore the budget",
        "try it without the price limit",
        "price is no object",
        "budget's not an issue",
        "i don't care what it costs",
        "sky's the limit",
        "any price",
    ],
)
def test_a_budget_dropped(message: str) -> None:
    assert re.search(DROP_PRICE, message)


@pytest.mark.parametrize(
    "message",
    ["a budget eyeliner", "under budget please", "a price list", "no more than 20", "the cost"],
)
def test_no_budget_dropped(message: str) -> None:
    assert not re.search(DROP_PRICE, message)
