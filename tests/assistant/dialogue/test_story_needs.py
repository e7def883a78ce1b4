"""A problem a new need describes calls for a product type (`story_needs.type_for_a_problem`),
unless the need names a type of its own: one below a department, or one no category is named
by that the catalog's titles file (`names_a_titled_type`)."""

from __future__ import annotations

from assistant.adapters import query_parser
from assistant.dialogue.category.story_needs import names_a_titled_type, type_for_a_problem
from assistant.dialogue.model.model_request import TurnSituation
from assistant.dialogue.request import Intent, Request
from assistant.dialogue.vocabulary import CatalogVocabulary
from retrieval.query import ParsedQuery

NAIL_ART = "Beauty > Tools & Accessories > Nail Tools > Nail Art Equipment"
SCRUBS = "Beauty > Skin Care > Face > Exfoliators & Scrubs > Scrubs"
EXFOLIATORS = "Beauty > Skin Care > Face > Exfoliators & Scrubs > Exfoliators"
VOCAB = CatalogVocabulary(
    categories=[NAIL_ART, SCRUBS, EXFOLIATORS],
    category_sizes=[219, 66, 14],
    words=frozenset({"scrub", "exfoliator"}),
    titled_types={"tweezer": NAIL_ART},
)


def _problem(text: str) -> Request:
    request = Request(intent=Intent.SEARCH, text=text, parsed=ParsedQuery(text=text))
    return type_for_a_problem(
        request, text, TurnSituation(), query_parser(VOCAB), VOCAB, categories=None
    )


def test_a_type_the_titles_file_is_named() -> None:
    assert names_a_titled_type("slanted tweezers", VOCAB)
    assert not names_a_titled_type("something for ingrown hairs", VOCAB)
    assert not names_a_titled_type("tweezers", CatalogVocabulary(categories=[NAIL_ART]))


def test_a_titled_type_named_beside_the_problem_is_what_is_asked_for() -> None:
    """Lead probe (round twenty-six): "tweezers for ingrown hairs" searched "exfoliator
    tweezers" and landed in Scrubs; the tweezers are the type."""
    assert _problem("tweezers for ingrown hairs").text == "tweezers for ingrown hairs"
    called = _problem("something for ingrown hairs")
    assert "exfoliator" in called.text  # no type named: the problem calls for one
