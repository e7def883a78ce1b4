"""The typo reader (`assistant.dialogue.typos`)."""

from __future__ import annotations

from assistant.dialogue.typos import read_misspelt_words
from assistant.dialogue.vocabulary import CatalogVocabulary


def test_a_short_slip_is_the_far_wider_word_with_a_letter_left_out() -> None:
    """CONVO11 probe: "a darker shde" beside foundations searched 'foundation darker shed' (two
    letters swapped came first): a short slip with a letter left out of a word titles name in
    many more categories is that word; an even spread keeps the swap."""
    paths = [f"Beauty > Makeup > C{i}" for i in range(20)]
    vocab = CatalogVocabulary(
        categories=paths,
        words=frozenset({"shade", "shed", "darker"}),
        title_words={
            "shade": frozenset(paths[:17]),
            "shed": frozenset(paths[:2]),
            "darker": frozenset(paths),
        },
    )
    assert read_misspelt_words("a darker shde", vocab) == "a darker shade"
    vocab.title_words = {"shade": frozenset(paths[:3]), "shed": frozenset(paths[:2])}
    assert read_misspelt_words("a darker shde", vocab) == "a darker shed"
    vocab.title_words = None  # spread unknown: the swap, as before
    assert read_misspelt_words("a darker shde", vocab) == "a darker shed"
