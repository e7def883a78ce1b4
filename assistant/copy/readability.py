"""Readability figures of copy: words per sentence and Flesch reading ease (our own counter)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from assistant.copy.sentences import split_sentences

_WORDS = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)?|\d+(?:[.,]\d+)*")


def syllables(word: str) -> int:
    """Syllables of an English word, by vowel groups (a heuristic, good to about one syllable)."""
    word = word.lower()
    if word.isdigit() or not word.isalpha():
        return max(1, len(re.findall(r"\d", word)) // 2 or 1)
    groups = re.findall(r"[aeiouy]+", word)
    count = len(groups)
    if word.endswith("e") and not word.endswith(("le", "ee", "ye")) and count > 1:
        count -= 1
    return max(1, count)


def flesch_reading_ease(text: str) -> float | None:
    """206.835 - 1.015 * words/sentence - 84.6 * syllables/word; None for text without words.

    Higher is easier: 60-70 is plain English, 90+ very easy, below 30 hard.
    """
    sentences = split_sentences(text)
    words = _WORDS.findall(text)
    if not words or not sentences:
        return None
    per_sentence = len(words) / len(sentences)
    per_word = sum(syllables(w) for w in words) / len(words)
    return 206.835 - 1.015 * per_sentence - 84.6 * per_word


def words_per_sentence(text: str) -> float | None:
    """Average sentence length in words; None for empty text."""
    sentences = split_sentences(text)
    words = _WORDS.findall(text)
    return len(words) / len(sentences) if sentences and words else None


def mean(values: Iterable[float | None]) -> float | None:
    """The mean of the values that are not None (None when there are none)."""
    kept = [v for v in values if v is not None]
    return sum(kept) / len(kept) if kept else None
