"""`NamedHomes.titled_beside`: the sibling category whose titles name a need's product-type
words, read from what the product is, not from what the need says it has."""

from __future__ import annotations

from assistant.adapters import query_parser
from assistant.dialogue.category.named_homes import NamedHomes
from assistant.dialogue.category.need_parts import without_what_it_has
from assistant.dialogue.vocabulary import CatalogVocabulary
from retrieval.tokenize import stem

CLEANSERS = "Beauty > Bath & Body > Cleansers"
BODY_WASHES = f"{CLEANSERS} > Body Washes"
SOAPS = f"{CLEANSERS} > Soaps"
PATHS = [BODY_WASHES, SOAPS, "Beauty > Fragrance"]
# most titles under Cleansers that say "fragrance" are soaps; body washes say "body wash"
COUNTS = {
    stem("fragrance"): {SOAPS: 30, BODY_WASHES: 2},
    stem("wash"): {BODY_WASHES: 40, SOAPS: 20},
    stem("body"): {BODY_WASHES: 40, SOAPS: 20},
}
VOCAB = CatalogVocabulary(
    categories=PATHS,
    words=frozenset({"body", "wash", "soap", "fragrance"}),
    title_counts=COUNTS,
)
HOMES = NamedHomes(query_parser(VOCAB), VOCAB)


def test_what_a_need_has_names_no_sibling() -> None:
    # "fragrance" after "with" is what the body wash has, not a soap's title word
    assert HOMES.titled_beside("a body wash with a fresh fragrance", BODY_WASHES) is None
    assert HOMES.titled_beside("a body wash without a fragrance", BODY_WASHES) is None


def test_the_type_said_together_still_finds_its_sibling() -> None:
    # said as one product type ("fragrance body wash"), the titles still decide
    assert HOMES.titled_beside("a fragrance body wash", BODY_WASHES) == SOAPS


def test_what_it_has_is_cut_from_the_need() -> None:
    assert without_what_it_has("a body wash with a fresh fragrance") == "a body wash"
    assert without_what_it_has("a shampoo without sulfates") == "a shampoo"
    assert without_what_it_has("a red lipstick") == "a red lipstick"


def test_an_opening_that_asks_names_no_sibling() -> None:
    """CONVO93: "I'm after a shampoo that's gentle on colour-treated hair" went from Shampoos to
    Styling Products: "after" (a word of After Sun) was read as a type the need names, and
    few shampoo titles say it. The opening asks for the product; its words say no type."""
    hair = "Beauty > Hair Care"
    shampoos, styling = f"{hair} > Shampoos", f"{hair} > Styling Products > Hair Sprays"
    after_sun = "Beauty > Skin Care > Sun > After Sun"
    counts = {
        stem("shampoo"): {shampoos: 400, styling: 6},
        stem("after"): {styling: 5, after_sun: 10},
    }
    vocab = CatalogVocabulary(
        categories=[shampoos, styling, after_sun],
        words=frozenset({"shampoo", "after", "sun", "hair", "spray"}),
        title_counts=counts,
    )
    homes = NamedHomes(query_parser(vocab), vocab)
    assert homes.titled_beside("I'm after a gentle shampoo", shampoos) is None
    assert homes.titled_beside("after shampoo", shampoos) is not None  # said as a type
