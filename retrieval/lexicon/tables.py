"""The lexicon read from ``data/lexicon.yaml``: every language's keys as patterns (stems,
prefixes, case endings), their English and language, the words read in context, the keys
written without their accents; the keys of the other languages' sections (`english_keys`)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, cached_property

from core.yaml_files import RepeatedKeyError
from retrieval.data_files import load_yaml
from retrieval.everyday import everyday
from retrieval.lexicon.accents import without_accents
from retrieval.lexicon.scripts import CJK, LETTER, OTHER_SCRIPTS
from retrieval.tokenize import STOP_WORDS


@dataclass(frozen=True)
class _Lexicon:
    """The lexicon read: a pattern over every key, the same over those a message in the
    Latin script can hold, one that also matches anywhere the keys of the unspaced scripts
    (each compiled on first use),
    the English of each plain key, and the keys that are patterns (stems, prefixed) with
    theirs; the language of each key; and, by language, the words read only in a message in
    it (`in_context`) with a pattern over them."""

    ascii: str
    spaced: str
    anywhere: str
    own_script: dict[str, str]
    """By language, a pattern over the spaced keys its section writes (with those it shares):
    what `in_own_script_where_read` tries a message in Latin letters against, so an English
    message compiles no more than `ascii`."""
    entries: dict[str, str]
    patterns: tuple[tuple[str, str, str], ...]
    languages: dict[str, str]
    in_context: dict[str, tuple[re.Pattern[str], dict[str, str]]]
    joins: dict[str, tuple[str, ...]]
    parts: dict[str, tuple[frozenset[str], re.Pattern[str] | None]]
    loans: frozenset[str]
    stems: tuple[str, ...]
    said_prefixes: dict[str, tuple[tuple[str, str], ...]]
    postpositions: frozenset[str]
    adjectives_after: frozenset[str]
    rooted: frozenset[str]
    readings: dict[str, dict[str, str]]
    words: dict[str, str]
    shared: frozenset[str]

    @cached_property
    def words_in_context(self) -> frozenset[str]:
        """Every language's `in_context` words, gathered on first use."""
        return frozenset(w for _, words in self.in_context.values() for w in words)


def _key_pattern(key: str, prefix: str, endings: tuple[str, ...] = ()) -> str:
    """The regular expression of one key: its words apart by spaces (none needed between words
    of the unspaced scripts), a stem's last word open at the end, after an optional prefix; the
    words of a key of a language that adds case endings ("şampuan-ı", "podkład-u") with one
    of ``endings`` or none (`_inflected`)."""
    join = r"\s*" if CJK.search(key) else r"\s+"
    said = key.split()
    words = [
        re.escape(w[:-1]) + rf"{LETTER}*"
        if w.endswith("*")
        else _inflected(w, endings, last=i == len(said) - 1)
        for i, w in enumerate(said)
    ]
    return prefix + join.join(words)


INFLECTED_LENGTH = 4
"""The fewest letters of a word of a key, but its last, that is read with the language's case
endings: the short words between ("do", "na", "za") keep their form."""


def _inflected(word: str, endings: tuple[str, ...], last: bool = True) -> str:
    """The regular expression of one word of a key, with one of ``endings`` or none: an ending
    is added to the word ("şampuan" + "ı"), or, written "a>u", replaces the word's own ending
    ("pěna" -> "pěnu", "pomadka" -> "pomadki"); a word shorter than `INFLECTED_LENGTH` that is
    not the key's ``last`` as written ("ruj" + "lar" is read, "do" + "u" is not)."""
    if not endings or (len(word) < INFLECTED_LENGTH and not last):
        return re.escape(word)
    forms = {word}
    for ending in endings:
        own, _, new = ending.rpartition(">")
        if not own:
            forms.add(word + new)
        elif word.endswith(own) and len(word) - len(own) >= INFLECTED_LENGTH - 1:
            forms.add(word[: len(word) - len(own)] + new)
    if len(forms) == 1:
        return re.escape(word)
    return f"(?:{'|'.join(map(re.escape, sorted(forms, key=len, reverse=True)))})"


def _says_something(english: object) -> bool:
    """Whether an entry's English is a word of content, not only "for", "with", "the"."""
    return bool(english) and not set(str(english).split()) <= STOP_WORDS


@cache
def _lexicon() -> _Lexicon:
    """Every language's entries as one pattern (longest keys first); the unspaced scripts'
    keys (`CJK`) tried only on text in them, where they match anywhere."""
    data = dict(load_yaml("lexicon.yaml"))  # a copy: the sections of no language are popped
    prefixes = _prefixes(data.pop("prefixes", {}) or {})
    postpositions = frozenset(data.pop("postpositions", []) or [])
    adjectives_after = frozenset(data.pop("adjectives_after", []) or [])
    rooted = frozenset(data.pop("rooted", []) or [])
    in_context: dict[str, dict[str, str]] = data.pop("in_context", {}) or {}
    endings: dict[str, list[str]] = data.pop("endings", {}) or {}
    compounding: dict[str, list[str]] = data.pop("compounding", {}) or {}
    joins = {language: tuple(letters or ()) for language, letters in compounding.items()}
    loans = frozenset(str(w).lower() for w in data.pop("compound_loans", []) or [])
    entries: dict[str, str] = {}
    keyed: dict[str, str] = {}  # key -> its regular expression
    languages: dict[str, str] = {}  # key -> its language ("es" for the es-more section too)
    given: dict[object, tuple[str, object]] = {}  # key (and language) -> section and English
    patterns: list[tuple[str, str, str]] = []  # with its English and language
    readings: dict[str, dict[str, str]] = {}  # a key several languages write: each one's English
    shared: set[str] = set()  # keys several languages write ("za", "за")
    one_word: dict[str, str] = {}  # one-word keys (a stem without its "*") that say something
    for section, words in data.items():
        language = section.split("-")[0]
        glued = [p for p, _ in prefixes.get(language, ())]  # ar-dialogue too, longest first
        prefix = f"(?:{'|'.join(map(re.escape, glued))})?" if glued else ""
        for said, english in words.items():
            key = str(said).lower()
            if key in keyed:  # another language writes it too: read in the message's language
                shared.add(key)
                first = readings.setdefault(key, {languages[key]: str(given[key][1])})
                if language in first:
                    before = given.get((key, language), given[key])
                    raise _given_twice(key, before, (section, english))
                first[language] = str(english)
                given[(key, language)] = (section, english)
                continue
            languages[key] = language
            given[key] = (section, english)
            inflected = tuple(endings.get(language, ())) if _says_something(english) else ()
            keyed[key] = _key_pattern(key, prefix, inflected)
            if "*" in key or prefix or inflected:
                patterns.append((keyed[key], str(english), language))
            if "*" not in key:
                entries[key] = str(english)
            if " " not in key and not CJK.search(key) and _says_something(english):
                one_word[key.rstrip("*")] = str(english)
    in_context = {language: dict(words) for language, words in in_context.items()}
    for key, english, language in _written_plain(entries, languages, keyed):
        in_context.setdefault(language, {}).setdefault(key, english)
    patterns.sort(key=lambda p: len(p[0]), reverse=True)  # a longer stem reads first
    keys = sorted(keyed, key=lambda k: len(k.rstrip("*")), reverse=True)
    spaced = [keyed[k] for k in keys if not CJK.search(k)]
    unspaced = [keyed[k] for k in keys if CJK.search(k)]
    ascii_only = [keyed[k] for k in keys if k.isascii()]

    def between_spaces(alternatives: list[str]) -> str:
        return rf"(?<!{LETTER})(?:{'|'.join(alternatives)})(?!{LETTER})"

    anywhere = between_spaces(spaced) + (f"|(?:{'|'.join(unspaced)})" if unspaced else "")
    by_language: dict[str, list[str]] = {}
    for k in keys:
        if not CJK.search(k):
            for language in {languages[k], *readings.get(k, {})}:
                by_language.setdefault(language, []).append(keyed[k])
    return _Lexicon(
        ascii=between_spaces(ascii_only),  # compiled on first use (`_compiled`): an English
        spaced=between_spaces(spaced),  # message needs only this one
        anywhere=anywhere,
        own_script={language: between_spaces(keys) for language, keys in by_language.items()},
        entries=entries,
        patterns=tuple(patterns),
        languages=languages,
        in_context={
            language: (
                re.compile(
                    between_spaces([_key_pattern(str(k).lower(), "") for k in words]), re.IGNORECASE
                ),
                {str(k).lower(): str(v) for k, v in words.items()},
            )
            for language, words in in_context.items()
        },
        joins=joins,
        parts={language: _parts(language, data, keyed) for language in joins},
        loans=loans,
        stems=tuple(k[:-1] for k in keyed if k.endswith("*") and " " not in k),
        said_prefixes=prefixes,
        postpositions=postpositions,
        adjectives_after=adjectives_after,
        rooted=rooted,
        readings={  # only those the languages read differently
            keyed[k]: by_language
            for k, by_language in readings.items()
            if len(set(by_language.values())) > 1
        },
        words=one_word,
        shared=frozenset(shared),
    )


PLAIN_LENGTH = 4
"""The fewest letters of a key's word written without its accents for that form to be read
too ("sotia", "seche"; not "sa" for "są", "e" for "é")."""


def _written_plain(
    entries: dict[str, str], languages: dict[str, str], keyed: dict[str, str]
) -> list[tuple[str, str, str]]:
    """The Latin-script keys with accents as shoppers type them without ("sotia mea": my wife,
    "peau seche": dry skin), each with its key's English and language, read as the words of
    ``in_context`` are: only in a message that holds another word of the language ("cheers
    mate" is no Slovak "máte"). Only a form no key is already, no everyday English word nor any
    word the lexicon reads into ("rosé" -> "rose" stays English), whose words that lost a mark
    have `PLAIN_LENGTH` letters or more; a form two keys share with different English is left
    out."""
    english_words = {w for english in entries.values() for w in english.split()}
    found: dict[str, tuple[str, str]] = {}
    clashes: set[str] = set()
    for key, english in entries.items():
        plain = without_accents(key)
        if plain == key or OTHER_SCRIPTS.search(key) or plain in keyed:
            continue
        changed = [p for k, p in zip(key.split(), plain.split(), strict=True) if k != p]
        if any(len(w) < PLAIN_LENGTH for w in changed) or (
            " " not in plain and (everyday(plain) or plain in STOP_WORDS or plain in english_words)
        ):
            continue
        if plain in found and found[plain][0] != english:
            clashes.add(plain)
        found.setdefault(plain, (english, languages[key]))
    return [(k, e, lang) for k, (e, lang) in found.items() if k not in clashes]


def _prefixes(listed: dict[str, dict[str, str]]) -> dict[str, tuple[tuple[str, str], ...]]:
    """The ``prefixes`` section read: by language, each prefix with the English a key read after
    it says ("" where it is dropped), longest first."""
    return {
        language: tuple(
            sorted(
                ((str(p), str(english or "")) for p, english in prefixes.items()),
                key=lambda pair: len(pair[0]),
                reverse=True,
            )
        )
        for language, prefixes in listed.items()
    }


def _given_twice(
    key: str, first: tuple[str, object], again: tuple[str, object]
) -> RepeatedKeyError:
    """The error of a key one language gives twice (in one section or two of its sections):
    only the first is read, the second would say otherwise in vain."""
    return RepeatedKeyError(
        f"lexicon.yaml: the key {key!r} is given twice in {first[0].split('-')[0]!r}: "
        f"{first[1]!r} (section {first[0]!r}) and {again[1]!r} (section {again[0]!r}); "
        "only the first is read: keep one"
    )


def _parts(
    language: str, data: dict[str, dict[str, str]], keyed: dict[str, str]
) -> tuple[frozenset[str], re.Pattern[str] | None]:
    """The keys of ``language`` that may be a part of a compound: its one-word keys that say a
    word of content (not "for", "with", "the"), as written and as stems."""
    words = {
        str(said).lower()
        for section, entries in data.items()
        if section.split("-")[0] == language
        for said, english in entries.items()
        if " " not in str(said) and _says_something(english)
    }
    stems = [keyed[w] for w in sorted(words) if w.endswith("*")]  # one order, any hash seed
    return (
        frozenset(w for w in words if not w.endswith("*")),
        re.compile("|".join(stems), re.IGNORECASE) if stems else None,
    )


ENGLISH = "en"
"""The language of the English sections (`en`, `en-gb`): their keys are English on purpose."""


def english_keys() -> list[str]:
    """The keys of the other languages' sections (for checks that none is an everyday English
    word); the English sections' keys are English on purpose ("grey": gray)."""
    lexicon = _lexicon()
    return sorted(k for k in lexicon.entries if lexicon.languages[k] != ENGLISH)
