"""The copy checks' one stemmer: singular and plural meet, and the grounding checker and the
rubric see the same word in a record."""

from __future__ import annotations

import pytest

from assistant.copy import GroundingChecker
from assistant.copy.rubric import names_product
from assistant.copy.stemming import stem
from tests.assistant.copy.products import POLISH


@pytest.mark.parametrize(
    ("plural", "singular"),
    [
        ("cases", "case"),
        ("roses", "rose"),
        ("sizes", "size"),
        ("lilies", "lily"),
        ("accessories", "accessory"),
        ("brushes", "brush"),
        ("lashes", "lash"),
        ("matches", "match"),
        ("glosses", "gloss"),
        ("boxes", "box"),
        ("ties", "tie"),
        ("Serums", "serum"),
        ("Burt's", "burt"),
        ("Burt’s", "burt"),
    ],
)
def test_plural_meets_singular(plural: str, singular: str):
    assert stem(plural) == stem(singular) == singular


@pytest.mark.parametrize("word", ["gloss", "citrus", "iris", "gas", "yes"])
def test_words_that_only_look_plural_keep_their_s(word: str):
    assert stem(word) == word


CASE = POLISH.model_copy(
    update={
        "title": "Caboodles Cosmetic Case, Black",
        "brand": "Caboodles",
        "categories": ["Beauty", "Tools & Accessories", "Cosmetic Bags"],
        "price": 19.99,
    }
)


def test_grounding_and_rubric_agree_on_a_plural_in_the_record():
    # the title says "Case", the copy "Cases": the checker accepts the name, the rubric sees
    # the product type; before one stemmer, "Cases" stemmed to "cas" and "Case" to "case"
    text = "Two Cosmetic Cases for the road."
    assert names_product(text, CASE)
    checker = GroundingChecker(["Caboodles"], ["Beauty > Tools & Accessories > Cosmetic Bags"])
    report = checker.check("Pack it all: Caboodles Cosmetic Cases, $19.99.", CASE)
    assert not report.unsupported
