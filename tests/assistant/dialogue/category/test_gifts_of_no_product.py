"""A gift or a want that names no product gets no category guessed (`no_product.names_no_product`,
`category_placement.with_category`): search found one for its other words ("christmas" found Nail
Art, "pretty" Makeup). A scripted guesser stands in for search and always answers Nail Art."""

from __future__ import annotations

import pytest

from assistant.dialogue.category.no_product import names_no_product
from assistant.dialogue.model.model_request import TurnSituation
from assistant.dialogue.reader import TurnReader
from assistant.dialogue.vocabulary import CatalogVocabulary
from retrieval.filters import Filters
from tests.assistant.dialogue.readers import reader_over, search_request
from tests.catalog_paths import HAND_CREAMS_AND_LOTIONS, NAIL_ART, NAILS, SELF_TANNERS_AND_BRONZERS

PATHS = [
    NAIL_ART,
    f"{NAILS} > Nail Polish",
    HAND_CREAMS_AND_LOTIONS,
    SELF_TANNERS_AND_BRONZERS,
    "Beauty > Fragrance > Women's",
]
VOCAB = CatalogVocabulary(
    brands=[],
    categories=PATHS,
    words=frozenset(),
    title_counts={  # "christmas" titles lie in Nail Art, but a word of few titles names nothing
        "christma": {NAIL_ART: 6, HAND_CREAMS_AND_LOTIONS: 1},
        "lotion": {HAND_CREAMS_AND_LOTIONS: 30},
    },
)


class NailArtGuesser:
    """Search that finds Nail Art for anything, as "christmas" did."""

    def guess(self, need: str, filters: Filters) -> str | None:
        return NAIL_ART


def _reader() -> TurnReader:
    return reader_over(VOCAB, NailArtGuesser())


@pytest.mark.parametrize(
    "message",
    [
        "a nice christmas gift for my girlfriend",
        "something for my mother in law for christmas, under $30",
        "something special for my wife for our anniversary, money no object",
        "a birthday surprise for my wife, she deserves to be spoiled",
        "baby shower gift for my cousin",
        "what do you get a teenage boy for christmas",
        "idk just show me something pretty",
        "treat yo self time, something under 20",
        "a cute little something for my bestie",
        "a kit for a beginner",  # a set or kit of no kind, wanted or not
        "a starter set please",
    ],
)
def test_a_gift_or_a_want_of_no_product_gets_no_category(message: str) -> None:
    assert _reader().read(message, TurnSituation()).parsed.category is None


@pytest.mark.parametrize(
    ("message", "category"),
    [  # must not change: a product named beside the gift
        ("a nail polish for my girlfriend for christmas", f"{NAILS} > Nail Polish"),
        ("a hand lotion for my nan's birthday", HAND_CREAMS_AND_LOTIONS),
        ("a self tanner for my sister", SELF_TANNERS_AND_BRONZERS),
        ("a nail art kit for a beginner", NAIL_ART),  # a kit of a kind
    ],
)
def test_a_gift_that_names_a_product_keeps_its_category(message: str, category: str) -> None:
    request = _reader().read(message, TurnSituation())
    assert request.parsed.category is not None
    assert request.parsed.category.startswith(category.rsplit(" > ", 1)[0])


def test_names_no_product_needs_a_gift_or_a_want() -> None:
    """A need that is neither a gift nor a want is left to search, whatever its words."""
    assert names_no_product(search_request("nice christmas", occasion="christmas"), VOCAB)
    assert names_no_product(search_request("something pretty"), VOCAB)
    assert not names_no_product(search_request("christmas"), VOCAB)  # no gift, no want said
    assert not names_no_product(search_request("nice lotion", occasion="christmas"), VOCAB)
    assert not names_no_product(
        search_request("nice christmas", skin="dry", occasion="xmas"), VOCAB
    )


def test_a_need_stating_nothing_names_no_product() -> None:
    """Probes (CONVO100): "I don't know what I want yet" was searched in Makeup, "any dog food"
    in body oils: a need that is neither a gift nor a want, and states nothing (``traits``
    read and empty), names no product where no word of it does; one stating a concern
    ("something for my frizz") is a kind of product, and unread traits keep the rule above."""
    assert names_no_product(search_request("i don't know what i want yet"), VOCAB, {})
    assert names_no_product(search_request("christmas"), VOCAB, {})
    assert not names_no_product(search_request("christmas"), VOCAB)  # traits unread
    frizz = search_request("something for my frizz")
    assert not names_no_product(frizz, VOCAB, {"concern": "frizz"})
    assert not names_no_product(search_request("a hand lotion"), VOCAB, {})


def test_the_reader_guesses_no_category_for_a_need_stating_nothing() -> None:
    """The reader reads what the message states before it asks whether it names a product:
    search's Nail Art for "I don't know what I want yet" is not guessed."""
    request = _reader().read("I don't know what I want yet", TurnSituation())
    assert request.parsed.category is None


def test_an_occasion_is_read_as_said() -> None:
    """Probes: "stocking stuffers" was read as "a gift" before its occasion was read, and "grad"
    as a slip of a word two swapped letters make ("gard"): both are occasions."""
    reader = _reader()
    stocking = reader.read("stocking stuffers for my nieces, nail polish", TurnSituation())
    assert stocking.attributes.get("occasion") == "christmas"
    assert stocking.attributes.get("for") == "nieces"
