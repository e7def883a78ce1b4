"""What a gift is given with or in ("gift cards", "gift wrap", "gift bags") does not make the
need a gift (`phrases.gifts_and_people.THING_FOR_GIVING`): before, `says_a_gift` read the
word "gift" in them as the occasion, and the session kept "gift: yes" for the shopper's own
needs after it. A gift said by any name still is one."""

from __future__ import annotations

import pytest

from assistant.dialogue.needs.stated_needs import says_a_gift


@pytest.mark.parametrize(
    "message",
    [
        "do you sell gift cards",
        "do you do gift wrap?",
        "i need gift bags for a party",
        "gift-wrapping paper",
        "can i get a gift receipt",
        "present tags and ribbon",
    ],
)
def test_a_thing_for_giving_is_not_a_gift(message: str) -> None:
    assert not says_a_gift(message), message


@pytest.mark.parametrize(
    "message",
    [
        "a gift for my mum",
        "a gift set for my aunt",
        "gift ideas for a coworker",
        "a present and some gift wrap",
        "secret santa, $10 limit",
        "presents for the bridesmaids",
    ],
)
def test_a_gift_said_is_still_a_gift(message: str) -> None:
    assert says_a_gift(message), message
