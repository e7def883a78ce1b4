"""A trait said beside the picks with a word that only restricts it ("waterproof ones only
pls", "just waterproof") is a trait of the type on screen (`beside_picks.traits_of`), as
"waterproof" alone is. CONVO51's probe: beside mascaras, "waterproof ones only pls" was searched
as a new need and found eyeliners."""

from __future__ import annotations

import pytest

from assistant.dialogue.picks.beside_picks import traits_of
from assistant.dialogue.vocabulary import CatalogVocabulary
from tests.catalog_paths import EYELINER, MASCARA

VOCAB = CatalogVocabulary(
    categories=[MASCARA, EYELINER],
    words=frozenset({"mascara", "eyeliner", "waterproof", "black"}),
    title_words={
        "mascara": frozenset({MASCARA}),
        "eyeliner": frozenset({EYELINER}),
        "waterproof": frozenset({MASCARA, EYELINER}),
        "black": frozenset({MASCARA, EYELINER}),
        "dark": frozenset({EYELINER}),
    },
)


@pytest.mark.parametrize(
    "need", ["waterproof", "waterproof ones only pls", "just waterproof", "something more black"]
)
def test_a_trait_with_words_that_restrict_it_is_the_picks(need: str) -> None:
    assert traits_of(need, MASCARA, VOCAB), need


@pytest.mark.parametrize("need", ["an eyeliner", "for dark circles", "waterproof eyeliner only"])
def test_a_type_or_a_word_the_picks_do_not_say_is_not(need: str) -> None:
    assert not traits_of(need, MASCARA, VOCAB), need
