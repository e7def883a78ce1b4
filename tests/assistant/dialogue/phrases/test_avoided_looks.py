"""A look ruled out before a product word rules out the look, not the product (issue 17 point 5:
what is avoided is a hard filter on the catalog text). Phrasings are our own."""

from __future__ import annotations

import pytest

from assistant.dialogue.needs.avoid import find_avoided
from tests.tables import reads_as


def _avoided(message: str) -> list[str]:
    return find_avoided(message)[0]


test_what_is_ruled_out = reads_as(
    _avoided,
    [
        # a look before a product word rules out the look only ("dewy not matte foundation"
        # ruled out every foundation and searched 'dewy')
        ("dewy not matte foundation", ["matte"]),
        ("no glitter eyeshadow for my daughter", ["glitter"]),
        ("a nail polish, no glitter or shimmer", ["glitter", "shimmer"]),
        ("not waterproof mascara", ["waterproof"]),
        # ingredients ruled out are as before
        ("a shampoo without parabens and sulfates", ["parabens", "sulfates"]),
        ("no shea butter or almond oil", ["shea", "almond"]),
    ],
)


@pytest.mark.parametrize(
    "message", ["a sunscreen with no white cast", "a deodorant that leaves no white marks"]
)
def test_what_a_product_leaves_is_no_colour_ruled_out(message: str) -> None:
    """ "no white cast" ruled out every sunscreen saying "white" and searched 'sunscreen with
    cast'."""
    assert find_avoided(message) == ([], [])
