"""How an ingredient to leave out is said (issue 17 point 5), CONVO48's inventory: a list
before "-free", an ingredient named by two words, "minus", "none of", "is a no go". Phrasings
are our own; the rows after them must not change."""

from __future__ import annotations

from assistant.dialogue.avoid import find_avoided
from tests.tables import reads_as


def _avoided(message: str) -> list[str]:
    return find_avoided(message)[0]


test_what_is_ruled_out = reads_as(
    _avoided,
    [
        # a list before "-free" ("sulfate and paraben free" ruled out parabens alone)
        ("mousse that's sulfate and paraben free", ["sulfate", "paraben"]),
        ("a sulfate, paraben and silicone free conditioner", ["sulfate", "paraben", "silicone"]),
        ("oil free and fragrance free moisturizer", ["oil", "fragrance"]),
        ("a lip balm, vegan and paraben free", ["paraben"]),  # a claim, not an ingredient
        ("a lip balm, vegan and cruelty free", []),
        ("a black and gold nail polish that is chip free", []),  # a wear, not an ingredient
        # two words that name one ingredient ("mineral oil" ruled out every mineral sunscreen)
        ("stay away from mineral oil please, a baby lotion", ["mineral oil"]),
        ("can't tolerate essential oils, a body butter", ["essential oils"]),
        ("a cream with no baby oil", ["baby oil"]),
        ("coconut oil breaks me out", ["coconut"]),  # as before: coconut, not every oil
        ("a lotion without coconut oil", ["coconut"]),
        ("no shea butter or almond oil", ["shea", "almond"]),
        # other leads
        ("a body oil minus the alcohol", ["alcohol"]),
        ("a toner, none of the parabens", ["parabens"]),
        ("gluten is a no go for me, a lipstick", ["gluten"]),
        ("fragrance is a no-no, a lotion", ["fragrance"]),
        # nothing ruled out
        ("no need to avoid fragrance anymore", ["fragrance"]),  # read, then lifted by the reader
        ("none of these", []),
    ],
)
