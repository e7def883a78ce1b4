"""How deep a need's type reaches under a branch (`assistant/dialogue/category/type_reach.py`):
search's
leaf is kept only where it holds most of the titles naming the type below the level that names
it ("a sunscreen" is Skin Protection, not its Sports; "a moisturizer" Creams & Moisturizers,
not its Lotions); with no level naming it, the one category named for it ("lip primer")."""

from __future__ import annotations

from assistant.dialogue.category.type_reach import as_deep_as_its_type
from assistant.dialogue.vocabulary import CatalogVocabulary
from retrieval.tokenize import stem
from tests.catalog_paths import (
    CREAMS_AND_MOISTURIZERS,
    FLUIDS_AND_LOTIONS,
    FLUIDS_AND_LOTIONS_LOTIONS,
    LIPS,
    LIPSTICK,
    LIPSTICK_PRIMERS,
    NIGHT_CREAMS,
    SKIN_CARE,
    SKIN_PROTECTION,
    SPORTS,
    SUNSCREENS,
    TINTED_MOISTURIZERS,
)

SUNSCREEN, MOISTURIZER, CREAM = stem("sunscreen"), stem("moisturizer"), stem("cream")
VOCAB = CatalogVocabulary(
    categories=[
        SKIN_PROTECTION,
        SPORTS,
        SUNSCREENS,
        CREAMS_AND_MOISTURIZERS,
        FLUIDS_AND_LOTIONS_LOTIONS,
        TINTED_MOISTURIZERS,
        NIGHT_CREAMS,
        LIPSTICK,
        LIPSTICK_PRIMERS,
    ],
    title_counts={
        SUNSCREEN: {
            SKIN_PROTECTION: 22,
            SPORTS: 62,
            SUNSCREENS: 15,
            CREAMS_AND_MOISTURIZERS: 12,
        },  # as the catalog
        MOISTURIZER: {
            CREAMS_AND_MOISTURIZERS: 58,
            FLUIDS_AND_LOTIONS_LOTIONS: 46,
            TINTED_MOISTURIZERS: 5,
        },
        CREAM: {CREAMS_AND_MOISTURIZERS: 107, NIGHT_CREAMS: 42},
        stem("lipstick"): {LIPSTICK: 150},
    },
)


def test_the_type_reaches_as_deep_as_most_of_its_titles() -> None:
    assert as_deep_as_its_type({SUNSCREEN}, SKIN_CARE, SPORTS, VOCAB) == SKIN_PROTECTION
    assert (
        as_deep_as_its_type({MOISTURIZER}, SKIN_CARE, FLUIDS_AND_LOTIONS_LOTIONS, VOCAB)
        == CREAMS_AND_MOISTURIZERS
    )
    assert (
        as_deep_as_its_type({MOISTURIZER}, CREAMS_AND_MOISTURIZERS, FLUIDS_AND_LOTIONS, VOCAB)
        == CREAMS_AND_MOISTURIZERS
    )
    assert as_deep_as_its_type({stem("primer")}, LIPS, LIPSTICK, VOCAB) == LIPSTICK_PRIMERS


def test_a_leaf_named_for_the_type_or_holding_its_titles_stays() -> None:
    assert as_deep_as_its_type({stem("sport"), SUNSCREEN}, SKIN_CARE, SPORTS, VOCAB) is None
    assert (
        as_deep_as_its_type({CREAM}, CREAMS_AND_MOISTURIZERS, NIGHT_CREAMS, VOCAB) is None
    )  # "Night Creams" says it
    assert as_deep_as_its_type({stem("lipstick")}, LIPS, LIPSTICK, VOCAB) is None
    assert as_deep_as_its_type(set(), SKIN_CARE, SPORTS, VOCAB) is None
    unknown = CatalogVocabulary(categories=VOCAB.categories)  # no titles: as search found
    assert as_deep_as_its_type({SUNSCREEN}, SKIN_CARE, SPORTS, unknown) is None


def test_a_trait_said_as_a_type_word_moves_nothing() -> None:
    """The labelled set's brand-026 and blind2-071: "something glittery" among Essie polishes
    stayed Nail Polish (Nails' own products name no glitter), "lip shimmer" a lip gloss (no
    eyes' Glitter & Shimmer: only a category beside the one found)."""
    nails, polish = "Beauty > Makeup > Nails", "Beauty > Makeup > Nails > Nail Polish"
    art, glosses = f"{nails} > Nail Art", f"{LIPS} > Lip Glosses"
    shimmer = "Beauty > Makeup > Eyes > Glitter & Shimmer"
    vocab = CatalogVocabulary(
        categories=[polish, art, glosses, shimmer],
        title_counts={stem("glitter"): {polish: 40, art: 10, shimmer: 5}, stem("shimmer"): {}},
    )
    assert as_deep_as_its_type({stem("glitter")}, "Beauty > Makeup", polish, vocab) is None
    assert as_deep_as_its_type({stem("shimmer")}, "Beauty > Makeup", glosses, vocab) is None
