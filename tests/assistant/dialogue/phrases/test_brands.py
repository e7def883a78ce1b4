"""`phrases.brands`: the shopper's usual brand, the picks' brand, not that brand, a brand
acceptable after all; each read as `understanding` and `beside_picks` read them."""

from __future__ import annotations

import re

import pytest

from assistant.dialogue.phrases.brands import ACCEPTED, NOT_THAT_BRAND, PICKS_BRAND, USUAL_BRAND
from tests.assistant.dialogue.phrases.reading import found_and_not_found

FOUND = [  # (pattern, a message it finds)
    # usual brand
    (USUAL_BRAND, "the same brand i usually get"),
    (USUAL_BRAND, "my usual brand"),
    (USUAL_BRAND, "a shampoo from the same brand as last time"),
    (USUAL_BRAND, "my favourite brand please"),
    (USUAL_BRAND, "the brand i always buy"),
    (USUAL_BRAND, "same brand which i bought before"),
    # picks brand
    (PICKS_BRAND, "the same brand's conditioner"),
    (PICKS_BRAND, "a conditioner from that brand"),
    (PICKS_BRAND, "anything else by this brand?"),
    (PICKS_BRAND, "same brand as the first one"),
    (PICKS_BRAND, "that brand's shampoo please"),
    (PICKS_BRAND, "a mascara from the same brand as the second"),
    # not that brand
    (NOT_THAT_BRAND, "not that brand"),
    (NOT_THAT_BRAND, "other brands?"),
    (NOT_THAT_BRAND, "another brand please"),
    (NOT_THAT_BRAND, "something from a different brand"),
    (NOT_THAT_BRAND, "no more of that brand"),
]


NOT_FOUND = [  # (pattern, a message it does not find)
    # usual brand is not the picks nor any
    (USUAL_BRAND, "a conditioner from that brand"),
    (USUAL_BRAND, "not that brand"),
    (USUAL_BRAND, "a brand new palette"),
    (USUAL_BRAND, "any brand"),
    # picks brand is not the usual one
    (PICKS_BRAND, "the same brand i usually get"),  # theirs: USUAL_BRAND
    (PICKS_BRAND, "same brand as before"),
    (PICKS_BRAND, "same brand as last time"),  # its "as last" was a pick: 'time' searched
    (PICKS_BRAND, "the same brand which i always buy"),
    (PICKS_BRAND, "not that brand"),
    (PICKS_BRAND, "a brand new palette"),
    # not that brand needs a turn away
    (NOT_THAT_BRAND, "that brand's conditioner"),
    (NOT_THAT_BRAND, "the same brand"),
    (NOT_THAT_BRAND, "a brand new palette"),
    (NOT_THAT_BRAND, "any brand"),
]


test_found, test_not_found = found_and_not_found(FOUND, NOT_FOUND)


@pytest.mark.parametrize(
    ("message", "left"),
    [
        ("cetaphil is fine actually", "cetaphil"),
        ("olay's ok after all", "olay"),
        ("Neutrogena would be fine too", "Neutrogena"),
        ("garnier is okay with me", "garnier"),
        ("cerave is perfectly acceptable now", "cerave"),
    ],
)
def test_accepted_is_cut_leaving_the_brand(message: str, left: str) -> None:
    # beside_picks.about_the_picks: re.sub on the shopper's words, case-insensitive
    assert re.sub(ACCEPTED, " ", message, flags=re.I).split() == [left]


@pytest.mark.parametrize(
    "message",
    ["is it fine for oily skin?", "a fine mist spray", "that's not ok", "the finest one"],
)
def test_accepted_needs_a_verb_and_the_word(message: str) -> None:
    assert not re.search(ACCEPTED, message, flags=re.I)
