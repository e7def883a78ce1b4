"""A record free of a family answers for its members (`safety.said_free_of`, CONVO50): "Nut Free"
answers for almond and shea, as a nut allergy rules the whole family out (`AVOID_FAMILIES`);
nothing else is answered by a claim about another ingredient."""

from __future__ import annotations

import pytest

from assistant.dialogue.safety import FreeOf, said_free_of
from catalog.schema import Product


def _product(title: str) -> Product:
    return Product(id="p", title=title, brand="B", price=5.0, categories=["Beauty"])


@pytest.mark.parametrize(
    ("title", "avoid", "answered"),
    [
        ("Nut Free Hand Cream, 2 oz", ["almond", "shea"], ["almond", "shea"]),
        ("Hand cream, free of nuts", ["walnut"], ["walnut"]),
        ("Sulfate Free Shampoo", ["sodium lauryl sulfate", "sles"], ["sles"]),
        ("Almond-free body oil", ["almond"], ["almond"]),  # as before: the item itself
        ("Sulfate Free Shampoo", ["almond"], []),  # another family answers nothing
        ("Nut Free Hand Cream", ["lanolin"], []),  # in no family
    ],
)
def test_a_family_said_absent_answers_for_its_members(
    title: str, avoid: list[str], answered: list[str]
) -> None:
    product = _product(title)
    assert said_free_of(product, avoid) == answered
    assert list(FreeOf.read(product, avoid).unanswered) == [a for a in avoid if a not in answered]
