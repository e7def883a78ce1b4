"""A product type asked for a pick on screen, whatever verb ties them (`bundle_for_a_pick`): "and a
lip liner that matches the revlon", "a remover for it", "a gloss to layer over the lime crime",
"curler too for them" are bundles around that pick. CONVO58's probes: each was a new search
with the pick's brand as a filter. The picks' own type for a pick, a type for no pick ("a
shampoo for the gym"), a type in place of theirs or a part of the pick ("how big is the tube on
the revlon") stay what they were."""

from __future__ import annotations

from assistant.dialogue.request import Intent
from tests.assistant.dialogue.readers import intent_not_read, intents_read, the_pick_not_its_brand
from tests.assistant.dialogue.scenes import THREE_LIPSTICKS, reader_beside_lipsticks

READER = reader_beside_lipsticks()
PICKS = THREE_LIPSTICKS.shown()

test_a_bundle_for_a_pick = intents_read(
    READER,
    [
        (
            PICKS,
            Intent.BUNDLE,
            [
                "and a lip liner that matches the revlon",
                "a lip liner for the revlon one",
                "lip liner for it?",
                "need a gloss to layer over the lime crime",
                "a remover for them",
                "some makeup remover for these",
            ],
        ),
    ],
)


test_the_picks_own_type_no_pick_or_a_type_instead_is_no_bundle = intent_not_read(
    READER,
    PICKS,
    Intent.BUNDLE,
    [
        "a lipstick for the nude one",
        "a shampoo for the gym",
        "a gloss instead for the revlon",
        "how big is the tube on the revlon",
        "is the liner on it waterproof",
    ],
)


test_the_pick_named_is_the_reference_and_no_brand_wanted = the_pick_not_its_brand(
    READER, PICKS, "and a lip liner that matches the revlon", 1
)
