"""A word the parser read as a product type, said as what a part of the body does
(`assistant/dialogue/category/part_states.py`): "my scalp flakes" names no bath flakes."""

from __future__ import annotations

from assistant.dialogue.category.part_states import said_as_what_a_part_does
from assistant.dialogue.vocabulary import CatalogVocabulary
from tests.catalog_paths import HAIR_SPRAYS, TREATMENTS_AND_MASKS_MASKS

BATH_FLAKES = "Beauty > Bath & Body > Bath > Bath Pearls & Flakes"
VOCAB = CatalogVocabulary(
    categories=[BATH_FLAKES, HAIR_SPRAYS, TREATMENTS_AND_MASKS_MASKS],
    kinds=frozenset({"hair spray"}),
)


def test_a_singular_part_s_verb_names_no_type() -> None:
    need = "my scalp flakes all over my black shirts"
    assert said_as_what_a_part_does(need, BATH_FLAKES, VOCAB)


def test_the_word_names_the_type_where_the_titles_pair_it_with_the_part() -> None:
    assert not said_as_what_a_part_does("my hair sprays are sticky", HAIR_SPRAYS, VOCAB)


def test_the_word_names_the_type_where_the_path_says_the_part() -> None:
    need = "my face masks keep drying out"
    assert not said_as_what_a_part_does(need, TREATMENTS_AND_MASKS_MASKS, VOCAB)


def test_a_type_said_after_no_part_or_in_the_singular_is_a_type() -> None:
    assert not said_as_what_a_part_does("bath flakes for my mum", BATH_FLAKES, VOCAB)
    assert not said_as_what_a_part_does("my scalp flake", BATH_FLAKES, VOCAB)
    assert not said_as_what_a_part_does("my scalp flakes", None, VOCAB)
