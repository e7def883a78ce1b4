"""A message in Latin letters written in a language's own script where its section reads it
so (`retrieval.transliteration`)."""

from __future__ import annotations

import re

from retrieval.everyday import everyday
from retrieval.lexicon.languages import _compiled
from retrieval.lexicon.scripts import CJK
from retrieval.lexicon.tables import _Lexicon, _lexicon
from retrieval.transliteration import in_own_script, transliterated_languages

TRANSLITERATED_WORDS = 2
"""The fewest words of three letters or more a message in Latin letters must hold that its
language's section reads once written in its script (and no section reads as written) for
them to be read so, and at least half its words of three letters or more must be: "nuzhen
shampun" is Russian; "krem" alone may be Polish, and "a brow gel to keep my brows in place"
is English (бров*)."""


def _pattern_for(text: str, lexicon: _Lexicon) -> str:
    """The lexicon's pattern a message in ``text``'s scripts needs: the Latin keys' for one in
    ASCII, the spaced keys' for another, and the unspaced scripts' too where it holds them."""
    if text.isascii():
        return lexicon.ascii
    return lexicon.anywhere if CJK.search(text) else lexicon.spaced


def in_own_script_where_read(
    text: str, read_as_written: list[tuple[int, int]] | None = None
) -> str:
    """``text`` (a message) with its words of a language written in Latin letters
    (`retrieval.transliteration`) written in that language's script where its section reads
    them: "ishchu tush dlya resnits nedorogo" -> "ищу туш для ресниц недорого", in the language
    whose section reads the most of its words (the first listed where two read as many:
    Russian, Ukrainian, Bulgarian); a message too few of whose words a section reads so
    (``TRANSLITERATED_WORDS``: English, Spanish, a brand) unchanged. ``read_as_written``: the
    spans the lexicon's Latin keys read in ``text``, where the caller has them
    (`to_catalog_words`); else found here."""
    if not text.isascii():
        return text
    lexicon = _lexicon()
    words = list(re.finditer(r"[A-Za-z']+", text))
    long_words = [w for w in words if len(w.group(0)) >= 3]
    if read_as_written is None:
        read_as_written = [m.span() for m in _compiled(lexicon.ascii).finditer(text)]
    unread = {  # the words that may be read once written in a script: not English, not read
        i
        for i, w in enumerate(words)
        if len(w.group(0)) >= 3
        and not everyday(w.group(0).lower())
        and not any(s <= w.start() < e for s, e in read_as_written)
    }
    enough = max(TRANSLITERATED_WORDS, len(long_words) / 2)
    if len(unread) < enough:
        return text  # most English messages: no language tried
    best: tuple[int, list[int], list[str]] = (0, [], [])
    for language in transliterated_languages():  # the language that reads the most words wins
        own_keys = lexicon.own_script.get(language)
        if own_keys is None:
            continue
        own = [in_own_script(w.group(0), language) for w in words]
        script, spans, at = "", [], 0
        for w, word in zip(words, own, strict=True):
            script += text[at : w.start()]
            spans.append((len(script), len(script) + len(word)))
            script += word
            at = w.end()
        script += text[at:]
        found = [m.span() for m in _compiled(own_keys).finditer(script)]
        read = [i for i, (a, b) in enumerate(spans) if any(s <= a and b <= e for s, e in found)]
        if (count := len(unread.intersection(read))) >= enough and count > best[0]:
            best = (count, read, own)
            if count == len(unread):
                break  # every word read: no language reads more
    _, read, own = best
    if not read:
        return text
    out, at = [], 0
    for i in read:
        out += [text[at : words[i].start()], own[i]]
        at = words[i].end()
    return "".join([*out, text[at:]])
