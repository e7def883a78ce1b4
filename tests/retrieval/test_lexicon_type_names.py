"""English names of product types that the catalog's titles and category tree say otherwise
(retrieval/data/lexicon.yaml, `en`): read as the catalog's words, so the query parser names
their category ("nite cream" found body lotions, "self tan mousse" body mousses, "exfoliant"
face cleansers, "gradual tanner" nothing, and "scrunchies" was off the shop's topic)."""

from __future__ import annotations

from retrieval.lexicon import to_catalog_words
from tests.tables import reads_as, stays_as_said

test_a_shoppers_name_is_read_as_the_catalogs = reads_as(
    to_catalog_words,
    [
        ("nite cream", "night cream"),
        ("a nite creme for wrinkles", "a night cream for wrinkles"),
        ("self tan mousse", "self tanner mousse"),
        ("self-tan for my legs", "self tanner for my legs"),
        ("gradual tanner", "gradual self tanner"),
        ("a gentle exfoliant", "a gentle exfoliator"),
        ("scrunchies", "scrunchie hair ties"),
        # CONVO34: kinds said by how they go on ("press ons" found hair clips)
        ("press ons!! short ones", "press on false nails!! short ones"),
        ("some press-on nails", "some press-on false nails"),
        ("glue on nails for a party", "glue on false nails for a party"),
        ("clip ins in blonde", "clip in hair extensions in blonde"),
        ("clip-in extensions 18 inch", "clip-in hair extensions 18 inch"),
    ],
)
test_the_catalogs_own_names_stay = stays_as_said(
    to_catalog_words,
    [
        "a self tanner",
        "self tanning lotion",
        "a night cream",
        "an exfoliator",
        "false nails",
        "press on powder",
    ],
)
