"""`safety.FreeOf`: what one pick's record answers for among the ingredients a shopper avoids,
read once per pick for its card's notes and the reply's line."""

from __future__ import annotations

from assistant.dialogue.safety import FreeOf
from catalog.schema import Product

SULFATE_FREE = Product(id="s", title="Sulfate Free Shampoo", description="Gentle daily wash.")
SILENT = Product(id="q", title="Daily Shampoo", description="Gentle daily wash.")
LISTED = Product(id="l", title="Daily Shampoo", description="Ingredients: water, glycerin.")


def test_a_record_says_what_it_is_free_of_and_leaves_the_rest_unanswered() -> None:
    free_of = FreeOf.read(SULFATE_FREE, ["sulfates", "parabens"])
    assert free_of == FreeOf(said=("sulfates",), unanswered=("parabens",))
    assert free_of.note() == "the catalog cannot confirm it is free of parabens"


def test_a_record_listing_its_ingredients_answers_for_all() -> None:
    free_of = FreeOf.read(LISTED, ["sulfates", "parabens"])
    assert free_of.unanswered == () and free_of.note() is None


def test_a_look_ruled_out_is_no_ingredient() -> None:
    # "not red": titles and shades show it, an ingredients list does not
    assert FreeOf.read(SILENT, ["red", "sulfates"]).unanswered == ("sulfates",)


def test_among_keeps_only_the_names_the_catalog_can_show() -> None:
    free_of = FreeOf.read(SULFATE_FREE, ["sulfates", "ξυλόλη", "parabens"])
    assert free_of.unanswered == ("ξυλόλη", "parabens")  # the card's note names every one
    shown = free_of.among(["sulfates", "parabens"])  # the reply's line only those it read
    assert shown == FreeOf(said=("sulfates",), unanswered=("parabens",))
    assert FreeOf.read(SILENT, []).among([]) == FreeOf((), ())
