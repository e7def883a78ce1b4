"""Personal data is redacted before messages are stored or reach a prompt."""

from __future__ import annotations

import pytest

from assistant.privacy import redact


@pytest.mark.parametrize(
    ("text", "tag", "secret"),
    [
        ("mail me at jane.doe@example.com please", "[email]", "jane.doe"),
        ("my card is 4111 1111 1111 1111, exp 12/29", "[card]", "4111"),
        ("card 5500-0000-0000-0004", "[card]", "5500"),
        ("call +44 20 7946 0958 after six", "[phone]", "7946"),
        ("my number is 555-123-4567", "[phone]", "4567"),
        ("I live at 221 Baker Street, London", "[address]", "Baker"),
        ("ship to 10 Downing St", "[address]", "Downing"),
        ("postcode NW1 6XE", "[postcode]", "6XE"),
    ],
)
def test_personal_data_is_redacted(text: str, tag: str, secret: str) -> None:
    out = redact(text)
    assert tag in out
    assert secret not in out


@pytest.mark.parametrize(
    "text",
    ["under $30 please", "between 10 and 20 dollars", "a 50 ml bottle", "order of 3", "SPF 50"],
)
def test_shopping_language_is_left_alone(text: str) -> None:
    assert redact(text) == text
