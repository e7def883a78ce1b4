"""Shorter versions of a copy that end at a whole clause: what is left of a completion the token
budget cut mid-price ("..., $1") or that runs past the channel's length, before giving up on it
for the template."""

from __future__ import annotations

import re

from assistant.copy.stemming import stem

_BOUNDARY = re.compile(r"[,;:]\s+|\s+[-–—]\s+|(?<=[.!?])\s+")
"""Where a clause ends: a comma, semicolon or colon, a dash between spaces, a sentence end."""

_TRAILING = " ,;:-–—"
_WORD = re.compile(r"[A-Za-z][A-Za-z'’&-]*")
MIN_WORDS = 3
"""Words a shortened copy keeps at least (a bare "Clean eyes" is no copy)."""
_FUNCTION = frozenset(
    """a an the and or but for with of to in on at by from your its their our as than this
    that these those is are""".split()  # noqa: SIM905
)
"""Words a whole clause does not end on, nor a two-word last clause start with ("..: a chic,
easy-to-wear set" is one phrase, not two clauses)."""


def _whole(cut: str) -> bool:
    """Whether ``cut`` ends a clause: not on a function word, its last clause neither one bare
    word ("a rich, smooth, and clean lather") nor a two-word start of a phrase ("a chic")."""
    words = cut.lower().split()
    if not words or words[-1].strip(".") in _FUNCTION:
        return False
    last = _BOUNDARY.split(cut)[-1].lower().split()
    if len(last) == 1 and not re.search(r"\d", last[0]):
        return False
    return not (len(last) == 2 and last[0] in _FUNCTION)


def looks_cut_off(text: str) -> bool:
    """Whether ``text`` stops mid-phrase, as the token budget leaves it: on a bare currency
    sign ("..., $") or on a function word ("10 pcs for")."""
    words = text.split()
    if not words:
        return False
    last = words[-1]
    return last in ("$", "£", "€") or last.lower() in _FUNCTION


def own_words(text: str, name: str) -> set[str]:
    """Content words of ``text`` (stemmed) that ``name`` (the product's title, brand and
    categories) does not hold: what a copy says beyond naming the product."""
    named = {stem(t) for t in _WORD.findall(name)}
    return {
        w
        for w in (stem(t) for t in _WORD.findall(text))
        if len(w) >= 3 and w not in _FUNCTION and w not in named
    }


def clause_cuts(text: str, max_chars: int, *, sentence_end: bool, name: str = "") -> list[str]:
    """``text`` cut at each clause boundary, longest first, each within ``max_chars``, of
    `MIN_WORDS` words at least and, given ``name`` (the product's title, brand and
    categories), saying something beyond it (a bare product name is no better than the
    template); with ``sentence_end`` each cut ends in a full stop (push, SMS and email bodies
    end a sentence; banners need not).

    "Coastal Scents Palette, Beijing, $12.95, 0.2" -> ["Coastal Scents Palette, Beijing,
    $12.95"]. The text itself is not among the cuts.
    """
    text = " ".join(text.split())
    cuts: list[str] = []
    for m in reversed(list(_BOUNDARY.finditer(text))):
        cut = text[: m.start()].rstrip(_TRAILING)
        if not _whole(cut):
            continue
        if sentence_end and cut and cut[-1] not in ".!?":
            cut += "."
        if (
            len(cut.split()) >= MIN_WORDS
            and len(cut) <= max_chars
            and cut not in cuts
            and (not name or own_words(cut, name))
        ):
            cuts.append(cut)
    return cuts
