"""The cart named as a bag ("chuck the nyx in my bag pls") is where a pick named in passing goes
(`named_picks.a_pick_said_in_passing`), not a bag asked for: 'bag' names a product of the
catalog (Bags & Cases), and that made the turn a search for the pick's brand. CONVO58's probe.
A bag asked for beside a pick stays a need."""

from __future__ import annotations

from assistant.dialogue.request import Intent
from tests.assistant.dialogue.readers import intents_read, the_pick_not_its_brand
from tests.assistant.dialogue.scenes import THREE_MASCARAS

READER = THREE_MASCARAS.reader(
    categories=["Beauty > Tools & Accessories > Bags & Cases > Cosmetic Bags"],
    words={"mascara", "bag", "bags"},
)
PICKS = THREE_MASCARAS.shown()

test_a_pick_put_in_the_bag = intents_read(
    READER,
    [
        (PICKS, Intent.FEEDBACK, ["chuck the nyx in my bag pls", "pop the maybelline in my bag"]),
        (PICKS, Intent.BUNDLE, ["a bag for the nyx"]),
    ],
)


test_the_pick_is_the_reference = the_pick_not_its_brand(
    READER, PICKS, "chuck the nyx in my bag pls", 2
)
