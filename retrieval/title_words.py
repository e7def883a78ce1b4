"""One reading of a catalog's titles, shared by the passes that build its vocabulary.

`assistant.adapters.catalog_vocabulary` runs several passes over every title (the two-word kinds,
the homeless and unsold kinds, the homes of everyday product types, the brands' facts, the title
words by category); each used to split and stem every title again. `TitleWords` splits each
title into words (`tokenize.words`) and stems them (`tokenize.stem`) once, stems each distinct
word and each distinct category level once, and hands the same reading to every pass.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from catalog.category_paths import SEPARATOR
from retrieval.tokenize import stem, words


@dataclass(frozen=True, slots=True)
class TitleRead:
    """One product's brand, title and category levels, its title's words and their stems."""

    brand: str | None
    title: str
    levels: tuple[str, ...]
    path: str
    """The levels joined as a category path ("Beauty > Hair Care > Shampoos")."""
    words: tuple[str, ...]
    """`tokenize.words` of the title."""
    stems: tuple[str, ...]
    """`tokenize.stem` of each of ``words``."""


class _Stems(dict[str, str]):
    """`tokenize.stem` of each word looked up, worked out on the first lookup."""

    def __missing__(self, word: str) -> str:
        found = self[word] = stem(word)
        return found


class TitleWords:
    """Every title of a catalog read once (`TitleRead`, in the order given), with the stems of
    its distinct words and category levels kept for the passes to share."""

    def __init__(self, listings: Iterable[tuple[str | None, str, Sequence[str]]]) -> None:
        """``listings``: each product's (brand or None, title, category path levels)."""
        self._stems = _Stems()
        self._levels: dict[str, tuple[str, ...]] = {}
        self.titles: list[TitleRead] = []
        stems = self._stems.__getitem__
        for brand, title, levels in listings:
            said, kept = tuple(words(title)), tuple(levels)
            path = SEPARATOR.join(kept)
            self.titles.append(TitleRead(brand, title, kept, path, said, tuple(map(stems, said))))

    def __iter__(self) -> Iterator[TitleRead]:
        return iter(self.titles)

    def __len__(self) -> int:
        return len(self.titles)

    def stem(self, word: str) -> str:
        """`tokenize.stem` of ``word``, worked out once per distinct word."""
        return self._stems[word]

    def level_stems(self, level: str) -> tuple[str, ...]:
        """The stems of a category level's words ("Hair Sprays" -> ("hair", "spray")), worked
        out once per distinct level."""
        found = self._levels.get(level)
        if found is None:
            found = self._levels[level] = tuple(map(self._stems.__getitem__, words(level)))
        return found


def read_titles(products: Iterable[tuple[str, Sequence[str]]] | TitleWords) -> TitleWords:
    """``products`` as read titles: a `TitleWords` as it is, (title, category levels) pairs
    read now (with no brand)."""
    if isinstance(products, TitleWords):
        return products
    return TitleWords((None, title, levels) for title, levels in products)


def by_first_word(phrases: Iterable[str]) -> dict[str, list[str]]:
    """Stemmed ``phrases`` ("lip balm", "razor") by their first word, for `phrases_named`."""
    index: dict[str, list[str]] = {}
    for phrase in phrases:
        index.setdefault(phrase.split(" ", 1)[0], []).append(phrase)
    return index


def phrases_named(stems: Sequence[str], index: dict[str, list[str]]) -> set[str]:
    """The phrases of ``index`` (`by_first_word`) whose words ``stems`` say side by side: those
    for which `f" {phrase} " in f" {' '.join(stems)} "`, found by looking up each word once
    rather than searching the text for every phrase."""
    named: set[str] = set()
    text = ""
    for word in set(stems) & index.keys():
        for phrase in index[word]:
            if " " not in phrase:
                named.add(phrase)
                continue
            text = text or f" {' '.join(stems)} "
            if f" {phrase} " in text:
                named.add(phrase)
    return named
