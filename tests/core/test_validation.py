"""core.validation: one number check with the house's messages."""

from __future__ import annotations

import math

import pytest

from core.validation import non_negative_number


@pytest.mark.parametrize(("value", "expected"), [(0, 0.0), ("12.99", 12.99), (3, 3.0)])
def test_numbers_and_their_text_pass(value, expected) -> None:
    assert non_negative_number(value, "price", "12.99") == expected


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("cheap", r"price: expected a number such as 12\.99, got 'cheap'"),
        (None, "price: expected a number such as 12.99, got None"),
        (math.inf, "price: expected a finite number"),
        ("nan", "price: expected a finite number"),
        (-1, r"price is negative \(-1\): expected 0 or more"),
    ],
)
def test_bad_values_name_the_field(value, message) -> None:
    with pytest.raises(ValueError, match=message):
        non_negative_number(value, "price", "12.99")
