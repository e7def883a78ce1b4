"""The everyday words the brand matcher needs a name for."""

from __future__ import annotations

import pytest

from retrieval.everyday import everyday

EVERYDAY_WORDS = ["simple", "adores", "adored", "summers", "smoothing", "berries", "gud", "curls"]
TIME_WORDS = ["noon", "tomorrow", "friday", "weeks", "workout"]  # "oily by noon" names no maker


@pytest.mark.parametrize("word", [*EVERYDAY_WORDS, *TIME_WORDS])
def test_everyday_words_and_their_forms(word: str) -> None:
    assert everyday(word)


@pytest.mark.parametrize("word", ["revlon", "maybelline", "suave", "olay", "cerave", "bio", "dove"])
def test_brand_names_are_not_everyday_words(word: str) -> None:
    assert not everyday(word)
