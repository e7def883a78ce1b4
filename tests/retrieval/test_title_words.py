"""The catalog's titles read once for every vocabulary pass (`retrieval.title_words`)."""

from __future__ import annotations

import pytest

from retrieval.title_words import TitleWords, by_first_word, phrases_named, read_titles
from retrieval.tokenize import stem, words

LISTINGS = [
    ("Batiste", "Batiste Dry Shampoo, 6.73 Ounces", ["Beauty", "Hair Care", "Shampoos"]),
    (None, "L'Oréal Paris Lip Balms (2 Pack)", ["Beauty", "Lips", "Lip Balms"]),
    ("Tweezerman", "Tweezerman Slant Tweezers", ["Beauty", "Tools", "Tweezers"]),
]


def test_each_title_is_split_and_stemmed_as_tokenize_does() -> None:
    titles = TitleWords(LISTINGS)
    assert len(titles) == 3
    for (brand, title, levels), read in zip(LISTINGS, titles, strict=True):
        assert (read.brand, read.title, read.levels) == (brand, title, tuple(levels))
        assert read.path == " > ".join(levels)
        assert read.words == tuple(words(title))
        assert read.stems == tuple(stem(w) for w in words(title))
    assert titles.titles[1].words[:3] == ("loréal", "paris", "lip")
    assert titles.titles[1].stems[3] == "balm"


def test_distinct_words_and_levels_are_stemmed_once() -> None:
    titles = TitleWords(LISTINGS)
    assert titles.level_stems("Lip Balms") == ("lip", "balm")
    assert titles.level_stems("Lip Balms") is titles.level_stems("Lip Balms")
    assert titles.stem("ounces") == "ounce"


def test_pairs_are_read_and_a_reading_is_passed_through() -> None:
    titles = TitleWords(LISTINGS)
    assert read_titles(titles) is titles
    pairs = read_titles([(title, levels) for _, title, levels in LISTINGS])
    assert [r.brand for r in pairs] == [None, None, None]
    assert [r.stems for r in pairs] == [r.stems for r in titles]


PHRASES = ("dry shampoo", "shampoo", "lip balm", "balm", "lip", "tweezer", "slant tweezer tip")


@pytest.mark.parametrize(
    "title",
    [
        "Batiste Dry Shampoo",
        "Shampoo for dry hair",
        "Lip Balm and a lip scrub",
        "Balm lip",
        "Slant Tweezers",
        "nothing named here",
        "dry dry shampoo shampoo",
    ],
)
def test_phrases_named_are_those_the_padded_text_holds(title: str) -> None:
    """The same phrases as the search of the stemmed text it replaces."""
    stems = [stem(w) for w in words(title)]
    text = f" {' '.join(stems)} "
    expected = {p for p in PHRASES if f" {p} " in text}
    assert phrases_named(stems, by_first_word(PHRASES)) == expected


def test_no_phrases_name_nothing() -> None:
    assert phrases_named(["dry", "shampoo"], by_first_word(())) == set()
