"""An ingredient ruled out earlier that the shopper lets back in (issue 17 point 5: a hard
filter for the whole conversation, until the shopper lifts it). Phrasings are our own; the
ingredient must have been ruled out so far, and saying it is still wanted absent lifts nothing."""

from __future__ import annotations

from assistant.dialogue.needs.avoid_lifted import lifted_avoids
from tests.tables import reads_as

SO_FAR = ["sulfate", "nut", "fragrance", "paraben", "silicone", "alcohol"]


def _lifted(message: str) -> list[str]:
    return lifted_avoids(message, SO_FAR)


test_what_is_let_back_in = reads_as(
    _lifted,
    [
        ("forget the sulfate thing", ["sulfate"]),
        ("never mind the parabens", ["paraben"]),
        ("ok forget about the paraben-free part", ["paraben"]),
        ("ignore what i said about silicones", ["silicone"]),
        ("actually nuts are fine", ["nut"]),
        ("almonds are ok after all", ["nut"]),  # a family's member lifts its head
        ("scent is totally fine", ["fragrance"]),  # another name of the head
        ("sulfates dont actually bother me", ["sulfate"]),
        ("turns out i'm not allergic to shea", ["nut"]),
        ("you can include alcohol again", ["alcohol"]),
        ("no need to avoid fragrance anymore", ["fragrance"]),
        ("parabens are ok, just no fragrance", ["paraben"]),  # the next clause still rules out
        ("silicones and sulfates are both fine now", ["sulfate", "silicone"]),
        # nothing lifted: a constraint restated, another word, another clause's "fine"
        ("the fragrance-free ones are fine", []),
        ("nut free is fine", []),
        ("unscented is fine", []),
        ("also no silicones", []),
        ("no parabens, the price is fine", []),
        ("forget it, show me a lipstick", []),
        ("forget coconut, vanilla", []),  # a need word, not an ingredient ruled out
        ("sulfates make my scalp itch", []),
        ("cheaper ones?", []),
    ],
)


def test_nothing_ruled_out_so_far_lifts_nothing() -> None:
    assert lifted_avoids("actually nuts are fine", []) == []
    assert lifted_avoids("actually nuts are fine", ["fragrance"]) == []
