"""Shopper words in other languages read into the catalog's English words.

The catalog (and the embedder) speak English; a message such as "Quiero un champú para cabello
rizado" is read word by word into "i want un shampoo for curly hair" (a hair or skin type said
before the part, as in English) before the rules parse it, so its product type, body part,
attributes and refinements ("algo más barato" -> "something cheaper") are understood. Unknown
words stay as written. The word list is package data (``retrieval/data/lexicon.yaml``), one
section per language, and three ways of writing a key cover how languages build words:

- a word of a key ending in ``*`` is a stem: it reads the word that starts with it, whatever
  its ending ("шампун*" reads шампунь, шампуня, шампунем; "trocken*" reads trockenes,
  trockenen; "крем* для лица" reads крем, крема or кремы для лица);
- a language listed under ``prefixes`` glues short words to the next one (Arabic "للشعر", for
  the hair; Hebrew "לשיער"): its keys read the word after one of them too, the prefix said
  where it says "for" ("for hair") and dropped otherwise;
- Japanese, Chinese, Korean and Thai write no spaces between words (or glue particles to them):
  their entries match anywhere, each read as a word of its own, and what is left of such a
  message in those scripts (particles, counters) goes once one entry was read
  ("日焼け止めが欲しいです" -> "sunscreen i want");
- a language listed under ``compounding`` glues words into one ("Haaröl", "fotkräm",
  "kasvonaamio"): a word no key reads whole is read as the keys it is made of, glued with
  one of the language's joining letters or not ("Gesichtspuder": face powder;
  `retrieval.compounds`), and an English word listed under ``compound_loans`` may be one of
  them ("Trockenshampoo", "Körperlotion");
- a language listed under ``endings`` adds case endings to a word ("şampuanı", "saç
  kremini", "podkładu") or changes a word's own ("pěna" -> "pěnu", written "a>u"): each of
  its keys that says something also reads its words with one of them;
- a language listed under ``postpositions`` says "for" after its word ("बालों के लिए शैम्पू":
  hair for shampoo): it is said the English way, "shampoo for hair";
- a verb or noun of taking off read "remove" ("quitar el maquillaje", "Nagellack zu
  entfernen", "zmywania lakieru") next to makeup or nail polish is that thing's remover;
- a word no key reads, in a message no language's own keys read (none of its words is a key
  of one language's section alone), is read as the key of another language (or the English
  word other languages borrow, ``compound_loans``) it shares a root with (five letters or
  more, four of a borrowed word; `retrieval.cognates`): a language with no section of its own
  is read through the product words it shares ("šampūnas", "sjampó", "շամպուն" -> shampoo);
  a message in a language the lexicon reads is read by its keys alone ("glaze" is no Russian
  "глаз");
- a language a shopper may write in Latin letters (Russian: "ishchu tush dlya resnits") is
  written back in its script where its section reads half the message's words so and no key
  reads them as written (`in_own_script_where_read`, `retrieval.transliteration`);
- a word that is an English word too ("per", "ma", "rouge") is listed under ``in_context``
  by language, and read only in a message that holds another word of that language ("uno
  shampoo per capelli ricci" -> "a shampoo for curly hair"; "$5 per item" stays), one read
  "for" not right before an amount ("do 50 zł": the price reader's "up to");
- a key several languages write but read differently ("um": Portuguese 'a', German 'for';
  "suche": Polish 'dry', German 'looking for') is read in the language most of the message's
  other words are in, the first section's way where none is;
- a key written with accents is read typed without them too ("sotia mea": soția mea, my wife;
  "peau seche": dry skin), as the words of ``in_context`` are, in a message that holds another
  word of its language ("cheers mate" holds no Slovak "máte"; `_written_plain`);
- an article read "a" before a word read that begins with a vowel is "an" ("une huile": an
  oil).

The punctuation of other scripts ("،", "।", "，") is read as the Latin script's first
(`retrieval.script_punctuation`). `unread_words` tells what of a message is left in a script
other than the Latin one once it is read: words no list knows, so the reply can say we read
English best.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache

from core.yaml_files import RepeatedKeyError
from retrieval.cognates import cognate_key
from retrieval.compounds import split_compound
from retrieval.currency import amounts_in_full
from retrieval.data_files import load_yaml
from retrieval.everyday import everyday
from retrieval.number_words import numbers_in_digits
from retrieval.script_punctuation import latin_punctuation
from retrieval.tokenize import STOP_WORDS, stem
from retrieval.transliteration import in_own_script, transliterated_languages

CJK = re.compile(
    r"[\u0e00-\u0e3e\u0e40-\u0e7f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uff66-\uff9f]+"
)
"""Thai, Japanese kana, Chinese characters and Korean hangul: scripts that write no spaces
between words, or glue particles to them."""
MARKS = r"\u0300-\u036f\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u0900-\u0dff"
"""Combining marks (accents, Hebrew and Arabic vowel points, the vowel signs of the Indian
scripts) that are part of a word though ``\\w`` does not say so."""
LETTER = rf"[\w'{MARKS}]"
"""A character inside a word, where a key must not begin or end."""
OTHER_SCRIPTS = re.compile(
    r"[\u0370-\u03ff\u0400-\u052f\u0530-\u058f\u0590-\u05ff\u0600-\u06ff\u0700-\u08ff"
    r"\u0900-\u0dff\u0e00-\u0eff\u10a0-\u10ff\u1100-\u11ff\u1200-\u137f\u3040-\u30ff"
    r"\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]"
)
"""Letters of scripts other than the Latin one (Greek, Cyrillic, Armenian, Hebrew, Arabic, the
Indian scripts, Thai, Georgian, Ethiopic, Japanese, Chinese, Korean)."""


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

LATIN_LETTERS = {"ł": "l", "ø": "o", "đ": "d", "ß": "ss", "ı": "i"}
"""Latin letters that are no letter with a mark, written plain as their base letter."""


def without_accents(text: str) -> str:
    """The text with its Latin letters' accents and marks left off ("soția" -> "sotia",
    "sèche" -> "seche", "złoty" -> "zloty"); letters of other scripts stay as written ("й")."""
    return "".join(_plain_letter(c) for c in text)


def _plain_letter(c: str) -> str:
    """A Latin letter without its marks; any other character as it is."""
    if c in LATIN_LETTERS:
        return LATIN_LETTERS[c]
    base = unicodedata.normalize("NFD", c)[0]
    return base if base.isascii() else c


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


def _english(said: str, lexicon: _Lexicon) -> str:
    """The English of a match: its key's, or that of the first stem or prefixed key it is."""
    plain = " ".join(said.lower().split())
    if plain in lexicon.entries:
        return lexicon.entries[plain]
    if (joined := plain.replace(" ", "")) in lexicon.entries:  # an unspaced key, spaces between
        return lexicon.entries[joined]
    found = _pattern_read(said)
    if found is None:
        return said
    english, language = found
    for prefix, before in lexicon.said_prefixes.get(language, ()):
        rest = plain[len(prefix) :]
        if before and plain.startswith(prefix) and _english(rest, lexicon) == english:
            return f"{before} {english}"  # "للشعر": for hair
    return english


def _readings(said: str, lexicon: _Lexicon) -> dict[str, str] | None:
    """The English of a match in each language that writes its key, where they read it
    differently ("um": Portuguese 'a', German 'for'); None where they do not."""
    if not lexicon.readings:
        return None
    plain = " ".join(said.lower().split())
    return next((english for p, english in lexicon.readings.items() if _fullmatch(p, plain)), None)


def _in_the_message_s_language(
    found: list[re.Match[str]], said: list[str], lexicon: _Lexicon
) -> list[str]:
    """``said`` with each match whose key several languages write read in the language most
    of the message's other words read are in ("etwas um Nagellack zu entfernen": German, so "um"
    is 'for', and Portuguese 'a' in "um óleo para cabelo"; "Suche ein Shampoo": 'looking for',
    not Polish 'dry'); the first language's reading where none of them is."""
    shared = [_readings(m.group(0), lexicon) for m in found]
    if not any(shared):
        return said
    pairs = zip(found, shared, strict=True)
    spoken = Counter(_language(m.group(0), lexicon) for m, several in pairs if not several)
    read = list(said)
    for i, several in enumerate(shared):
        most = max(several or {}, key=lambda language: spoken[language], default=None)
        if several and most is not None and spoken[most]:
            read[i] = several[most]
    return read


def _language(said: str, lexicon: _Lexicon) -> str | None:
    """The language of the key a match is: its own, or that of the first stem or prefixed
    key it is."""
    plain = " ".join(said.lower().split())
    if plain in lexicon.languages:
        return lexicon.languages[plain]
    found = _pattern_read(said)
    return found[1] if found is not None else None


@lru_cache(maxsize=8192)
def _pattern_read(said: str) -> tuple[str, str] | None:
    """The English and language of the first stem, prefixed or inflected key (the longest
    first) ``said`` is all of; None where it is none. Remembered by match: a turn reads its
    message several times, and each reading tried the two thousand patterns in turn."""
    return next(((e, lang) for p, e, lang in _lexicon().patterns if _fullmatch(p, said)), None)


def _languages(said: str, lexicon: _Lexicon) -> frozenset[str]:
    """The languages a match may be in: its key's, or those that read it in context ("rouge":
    French, "mate": Spanish)."""
    word = said.lower()
    languages = {language for language, (_, words) in lexicon.in_context.items() if word in words}
    if (own := _language(said, lexicon)) is not None:
        languages.add(own)
    return frozenset(languages)


def _fullmatch(pattern: str, said: str) -> bool:
    """Whether ``said`` is all of a key's ``pattern`` (any case): compiled on first use, as
    most messages never reach the stems and inflected keys (an English one reads its plain
    keys), and compiling the thousand of them cost a fresh worker's first answer 0.3 s."""
    return _compiled(pattern).fullmatch(said) is not None


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


def _in_context(
    text: str, found: list[re.Match[str]], said: list[str], lexicon: _Lexicon
) -> tuple[list[re.Match[str]], list[str]]:
    """The matches with the words of ``text`` that are English words too ("per", "ma",
    "rouge") read in the language of the other words read, the one most of them are in first:
    "uno shampoo per capelli ricci" is Italian, so "per" is "for" there, and stays "per" in
    "$5 per item". A phrase read so takes the place of the shorter words read inside it
    ("sotul meu": my husband, not "sotul" and "meu": my)."""
    spoken = Counter(_language(m.group(0), lexicon) for m in found)
    pairs = list(zip(found, said, strict=True))
    added = False
    for language, _ in spoken.most_common():  # the message's main language first
        if language not in lexicon.in_context:
            continue
        context_pattern, words = lexicon.in_context[language]
        for m in context_pattern.finditer(text):
            english = words.get(m.group(0).lower())  # None: "ı" matched as "i", a key read
            if english is None or (english == "for" and AN_AMOUNT_NEXT.match(text, m.end())):
                continue  # "do 50 zł": up to 50, the price reader's cue, not "for"
            over = [p for p in pairs if p[0].start() < m.end() and m.start() < p[0].end()]
            if all(_inside(p[0], m) for p in over):
                pairs = [p for p in pairs if p not in over] + [(m, english)]
                added = True
    if not added:
        return found, said
    pairs.sort(key=lambda pair: pair[0].start())
    return [m for m, _ in pairs], [english for _, english in pairs]


def _inside(word: re.Match[str], phrase: re.Match[str]) -> bool:
    """Whether a match lies within a longer one."""
    inside = phrase.start() <= word.start() and word.end() <= phrase.end()
    return inside and word.end() - word.start() < phrase.end() - phrase.start()


AN_AMOUNT_NEXT = re.compile(r"\s*[$€£¥₩₹]?\d")
"""An amount right after a word ("do 50 zł"): a word read "for" there says how it bounds a price
(up to 50), which the price reader reads as written."""


def _apart(text: str, found: list[re.Match[str]], i: int) -> bool:
    """Whether something other than spaces or a comma stands between found words i and i+1."""
    return bool(text[found[i].end() : found[i + 1].start()].strip(" ,"))


def _type_after(text: str, found: list[re.Match[str]], said: list[str], i: int) -> int | None:
    """The index of the hair or skin type said right after the part at ``i``, an intensifier
    between them ("peau très sèche", "piel muy seca": very dry skin); None if no type is."""
    first = i + 1
    if first + 1 < len(found) and said[first] == "very" and not _apart(text, found, i):
        i, first = first, first + 1
    if first < len(found) and said[first] in TYPES and not _apart(text, found, i):
        return first
    return None


def _last_type(text: str, found: list[re.Match[str]], said: list[str], first: int) -> int:
    """The index of the last type of a list of types that starts at ``first`` ("seca y
    sensible", "grasse et mixte", "fino, graso")."""
    last, j = first, first
    while j + 1 < len(found) and not _apart(text, found, j):
        joined = said[j + 1].split() or [""]  # "y sensible": "and sensitive", one key
        if said[j + 1] in TYPES or (joined[0] in ("and", "or") and joined[-1] in TYPES):
            last = j = j + 1
        elif said[j + 1] in ("and", "or") and j + 2 < len(found) and said[j + 2] in TYPES:
            if _apart(text, found, j + 1):
                break
            last = j = j + 2
        else:
            break
    return last


NOT_AFTER = "excluded"
"""The English of a word that rules out the word before it, as Turkish, Japanese and Korean say
it ("parfüm olmasın", "香水以外", "향수 말고"): after a word the lexicon read, "not" that word
(what the rules read as a type ruled out); after a brand, which no list reads, it stays
"excluded" ("Nivea olmasın": `retrieval.query` rules the brand out)."""

PARTS = frozenset({"hair", "skin"})
"""What a hair or skin type is said of."""
TYPES = frozenset({
    "dry", "oily", "greasy", "combination", "sensitive", "normal", "mature", "curly", "wavy",
    "straight", "frizzy", "fine", "thin", "thick", "coarse", "damaged", "colored", "dyed",
})  # fmt: skip
"""Hair and skin types: said after the part in Spanish, French, Italian or Portuguese
("cheveux gras", "cabello rizado"), before it in English ("oily hair", "curly hair")."""
TYPES_SAID = TYPES | {"very"}
"""A type and the intensifier said before one ("very dry")."""


def _languages_of(word: str, lexicon: _Lexicon) -> frozenset[str]:
    """The compounding languages in which ``word`` (lower case) is a key a compound's part
    may be; all of them for an English word they borrow as a part ("shampoo", "lotion")."""
    if word in lexicon.loans:
        return frozenset(lexicon.parts)
    return frozenset(
        language
        for language, (words, stems) in lexicon.parts.items()
        if word in words or (stems is not None and stems.fullmatch(word))
    )


def _compounds_apart(text: str, lexicon: _Lexicon) -> str:
    """``text`` with each word that no key reads whole, but two or three keys of a
    compounding language read glued together, said as those keys apart ("Haaröl" -> "haar
    öl", `retrieval.compounds`); a word a stem reads further than the compound's first part
    ("hiusnaamio*" in "hiusnaamiota") stays whole."""

    def apart(m: re.Match[str]) -> str:
        word = m.group(0).lower()
        if word in lexicon.entries or len(word) < 5:
            return m.group(0)
        parts = split_compound(word, lambda w: _languages_of(w, lexicon), lexicon.joins)
        if parts is None:
            return m.group(0)
        reach = max((len(s) for s in lexicon.stems if word.startswith(s)), default=0)
        return m.group(0) if reach > len(parts[0]) else " ".join(parts)

    return WORDS_APART.sub(apart, text)


ROOT_WORD_MIN = 5
"""The fewest letters of a word read through its root (`_by_root`): shorter ones are near too
many words of their own."""
ROOT_ENDING_MAX = 3
"""The most letters a word read through its root may have past the root of the key it is read
as: a case or plural ending ("šampūn-as", "шампо-ан"), not another word."""
KEY_ROOT_MIN = 5
"""The shortest root of a key a word is read as (`retrieval.cognates.cognate_key`): one of four
letters is that of many words of other languages ("тени" in the Catalan "teniu", "глаз" in
"glaze", "тата" in the Albanian "thata", "masque" in the Armenian "մաշկի": skin), one of five
or more seldom ("шампун", "parfym", "помад")."""
LOAN_ROOT_MIN = 4
"""The shortest root of a borrowed English word (``compound_loans``, of five letters or more:
no "mask") a word is read as: a product's name ("samp" of "shampoo": "sjampó", "xampù")."""


@dataclass(frozen=True)
class _Root:
    """A key (or an English word other languages borrow) as a root reads it: what to write for
    it, its English, its language (None for the English word), and whether a word may go on
    past its root (a stem, or the English word, whose last vowels the root drops)."""

    write: str
    english: str
    language: str | None
    open_ended: bool


@cache
def _roots() -> dict[str, tuple[_Root, ...]]:
    """The one-word keys of every language and the English words other languages borrow
    (``compound_loans``), by their root (`retrieval.cognates.cognate_key`); a key of a word of
    talk ("máte": do you have, "matku": my mom) is no root of a word of the shop's."""
    lexicon = _lexicon()
    roots: dict[str, list[_Root]] = {}
    for key, english in lexicon.words.items():
        root = cognate_key(key)
        if len(root) >= KEY_ROOT_MIN and not set(english.split()) & STOP_WORDS:
            is_stem = key in lexicon.stems
            language = lexicon.languages.get(key + "*" if is_stem else key)
            roots.setdefault(root, []).append(_Root(key, english, language, is_stem))
    for loan in sorted(lexicon.loans):
        if len(loan) > LOAN_ROOT_MIN and len(root := cognate_key(loan)) >= LOAN_ROOT_MIN:
            roots.setdefault(root, []).append(_Root(loan, loan, None, True))
    return {root: tuple(said) for root, said in roots.items()}


@cache
def _words_of_phrases() -> frozenset[str]:
    """The words of the keys of two words or more ("moins" of "moins cher"): words of a language
    the lexicon has, read by its own keys where they are, never through another's root."""
    return frozenset(
        word
        for key in _lexicon().languages
        if " " in key
        for word in key.split()
        if not word.endswith("*")
    )


def _by_root(word: str, spoken: frozenset[str]) -> str | None:
    """What to write for ``word``, a word no key reads: the key (or borrowed English word) of a
    language other than those ``spoken`` in the message whose root it shares, a stem's or an
    English word's with an ending of its own language ("šampūnas", "шампоан", "შამპუნი",
    "sjampó" -> shampoo; "პომადა" -> the Russian "помад*"); None when none is, when keys of
    other meanings are, or when it is the English word in a form of its own ("perfumes"). A
    word of a language spoken is read by its own keys ("bueno" is no "buenas")."""
    low = word.lower()
    if len(word) < ROOT_WORD_MIN or not word.isalpha() or low in _words_of_phrases():
        return None  # "moins" of "moins cher": a word of a language read, in its own phrases
    if everyday(low):
        return None  # "lipstik nude matte": English, no Czech "máte" (do you have)
    root, roots = cognate_key(word), _roots()
    for length in range(len(root), max(LOAN_ROOT_MIN, len(root) - ROOT_ENDING_MAX) - 1, -1):
        said = [
            r
            for r in roots.get(root[:length], ())
            if r.language not in spoken and (length == len(root) or r.open_ended)
        ]
        if said:
            english = {r.english for r in said}
            if len(english) > 1 or stem(low) == stem(said[0].english):
                return None  # two meanings, or the English word itself ("perfumes")
            return next((r.write for r in said if r.language is None), said[0].write)
    return None


def _read_by_root(text: str, found: list[re.Match[str]], lexicon: _Lexicon) -> str:
    """``text`` with each word no key reads written as the key it shares a root with
    (`_by_root`), in a message in a language with no section of its own: one not in the Latin
    script's English alone, and none of whose words is a key of one language's alone
    (`_in_a_language_read`). Its words are read through the words of the languages they share
    roots with ("šampūnas nuo pleiskanų", "sjampó fyrir hár": shampoo). An English message, and
    one in a language the lexicon reads ("un champú de Lancôme"), is read as written: a word its
    keys leave is a name or a word they lack, no other language's product."""
    spoken = frozenset(_language(m.group(0), lexicon) or ENGLISH for m in found)
    if text.isascii() and spoken <= {ENGLISH}:
        return text
    if _in_a_language_read(found, lexicon):
        return text
    taken = [m.span() for m in found]
    in_context = lexicon.words_in_context

    def rooted(m: re.Match[str]) -> str:
        if any(a < m.end() and m.start() < b for a, b in taken) or m.group(0).lower() in in_context:
            return m.group(0)  # read, or a word read in its language's context ("trucs")
        return _by_root(m.group(0), spoken) or m.group(0)

    return WORDS_APART.sub(rooted, text)


def _in_a_language_read(found: list[re.Match[str]], lexicon: _Lexicon) -> bool:
    """Whether a word of a message is a key of one language's section alone, other than
    English's and those of the languages read through roots too (``rooted``: "meklēju"),
    ("champú", "tražim"; not "za" or "за", which several languages write): the message is in a
    language the lexicon reads."""
    return any(
        _language(m.group(0), lexicon) not in (None, ENGLISH, *lexicon.rooted)
        and " ".join(m.group(0).lower().split()) not in lexicon.shared
        for m in found
    )


def to_catalog_words(text: str) -> str:
    """``text`` with the words and phrases of other languages the lexicon knows replaced by
    the catalog's English ones; everything else (English, brands, numbers) unchanged. A hair
    or skin type said after the part ("cheveux gras", "peau très sèche") is said before it, as
    English does ("oily hair", "very dry skin": the phrases the rules read as a stated type),
    where the words were read; a word read before one that rules it out ("parfüm olmasın") is
    "not" that word ("not perfume")."""
    lexicon = _lexicon()
    text = latin_punctuation(text)  # "زيت للشعر، رخيص": the Arabic comma is a comma
    text = numbers_in_digits(text)  # "veinte euros" -> "20 euros", "二千円" -> "2000円"
    text = amounts_in_full(text)  # "3만원" -> "30,000 won": one number, its money in English
    text = _compounds_apart(text, lexicon)  # "Haaröl" -> "haar öl"
    found = list(_compiled(_pattern_for(text, lexicon)).finditer(text))
    if text.isascii():  # "ishchu tush dlya resnits": ищу тушь для ресниц
        script = in_own_script_where_read(text, [m.span() for m in found])
        if script != text:
            text = script
            found = list(_compiled(_pattern_for(text, lexicon)).finditer(text))
    if (rooted := _read_by_root(text, found, lexicon)) != text:  # "шампоан": shampoo
        text = rooted
        pattern = lexicon.anywhere if CJK.search(text) else lexicon.spaced
        found = list(_compiled(pattern).finditer(text))
    if not found:
        return text
    said = [_english(m.group(0), lexicon) for m in found]
    said = _in_the_message_s_language(found, said, lexicon)
    found, said = _in_context(text, found, said, lexicon)
    for i in range(len(found) - 1):
        *head, part = said[i].split() or [""]  # "do włosów": for hair
        if part in PARTS and (first := _type_after(text, found, said, i)) is not None:
            end = _last_type(text, found, said, first)
            moved = [*said[i + 1 : end + 1], part]  # "very dry and sensitive skin"
            moved[0] = " ".join([*head, moved[0]])  # "for oily hair"
            said[i : end + 1] = moved
    ruled_out = [
        i
        for i in range(1, len(found))
        if said[i] == NOT_AFTER and said[i - 1] != NOT_AFTER and not _apart(text, found, i - 1)
    ]
    for i in ruled_out:
        said[i - 1 : i + 1] = [f"not {said[i - 1]}", ""]  # "parfüm olmasın": not perfume
    _articles_before_vowels(text, found, said)
    moved = (
        _buying_said_last(said)
        + _removers(text, found, said)
        + _postpositions_before(text, found, said, lexicon)
        + _adjectives_before(text, found, said, lexicon)
    )
    out, at = [], 0
    for m, english in zip(found, said, strict=True):
        spaced = CJK.search(m.group(0)) is not None
        out += [text[at : m.start()], f" {english} " if spaced else english]
        at = m.end()
    read = "".join([*out, text[at:]])
    if any(CJK.search(m.group(0)) for m in found):  # the particles and counters left: no words
        read = " ".join(CJK.sub(" ", read).split())
    elif ruled_out or moved:  # the word that ruled one out or moved leaves its space
        read = " ".join(read.split())
    return read


WORDS_APART = re.compile(rf"{LETTER}+")

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


VOWEL_SOUND = re.compile(r"(?:[aeio]|u(?!n[aeiou]|s[aeiou]|v\b|r[aeiou]))", re.IGNORECASE)
"""How an English word that takes "an" begins: a vowel, but a "u" said "you" ("uv lamp",
"unisex", "usual")."""


def _articles_before_vowels(text: str, found: list[re.Match[str]], said: list[str]) -> None:
    """Says in ``said`` the article another language says alike before every word ("un", "ein",
    "um", "bir" read "a") as English says it before a word read that begins with a vowel: "un
    huile" is "an oil", not "a oil" (which the search, embedder included, read otherwise:
    "looking for a oil for dry hair" found Hair Care alone, "an oil" Hair & Scalp Treatments)."""
    for i in range(len(said) - 1):
        if said[i] == "a" and not _apart(text, found, i) and VOWEL_SOUND.match(said[i + 1]):
            said[i] = "an"


REMOVE = "remove"
"""The English of a verb or noun that says a product takes something off ("quitar",
"enlever", "entfernen", "zmywania", "снятия"): said next to what it takes off, the two are
that thing's remover (`_removers`)."""
REMOVED = {
    "makeup": "makeup remover",
    "eye makeup": "eye makeup remover",
    "waterproof makeup": "makeup remover",
    "mascara": "makeup remover",
    "nail polish": "nail polish remover",
    "polish": "nail polish remover",
    "gel polish": "nail polish remover",
    "gel nail polish": "nail polish remover",
}
"""What a remover takes off, with the remover's name in the catalog's words."""
SKIPPED = frozenset({"", "the", "a", "to", "my"})
"""Words read between a verb of taking off and its object ("quitar el maquillaje", "Nagellack
zu entfernen")."""


def _removers(text: str, found: list[re.Match[str]], said: list[str]) -> int:
    """Reads in ``said`` a verb of taking off (`REMOVE`) said right before or after what it
    takes off (`REMOVED`, articles between) as that thing's remover: "algo para quitar el
    maquillaje" -> "something for makeup remover", "Nagellack zu entfernen" -> "nail polish
    remover", "メイクを落とす" -> "makeup remover". The number of words it joined."""
    joined = 0
    for i, english in enumerate(said):
        *before, verb = english.split() or [""]  # "لإزالة": for remove
        if verb != REMOVE:
            continue
        for step in (1, -1):  # what it takes off after it, or before it (a verb said last)
            j = i + step
            while 0 <= j < len(said) and said[j] in SKIPPED and not _apart_at(text, found, i, j):
                j += step
            if 0 <= j < len(said) and said[j] in REMOVED and not _apart_at(text, found, i, j):
                low, high = min(i, j), max(i, j)
                said[low : high + 1] = [" ".join([*before, REMOVED[said[j]]]), *[""] * (high - low)]
                joined += 1
                break
    return joined


BUY = frozenset({"buy", "to buy"})
"""The English of a verb of buying ("kaufen", "comprar", "купить")."""


def _buying_said_last(said: list[str]) -> int:
    """Drops from ``said`` a verb of buying (`BUY`) said last, after what it buys, as German,
    Dutch, Turkish or Georgian say it ("Ich möchte einen Lippenstift kaufen": "i would like a
    lipstick"): the wish says the buying, and a "buy" left after the product is read as a word
    of the need. The number dropped."""
    read = [i for i, english in enumerate(said) if english]
    if len(read) < 2 or said[read[-1]] not in BUY or not _says_something(said[read[-2]]):
        return 0
    said[read[-1]] = ""
    return 1


def _apart_at(text: str, found: list[re.Match[str]], i: int, j: int) -> bool:
    """Whether anything but spaces or a comma stands between found words i and j (either
    order)."""
    return any(_apart(text, found, k) for k in range(min(i, j), max(i, j)))


def _postpositions_before(
    text: str, found: list[re.Match[str]], said: list[str], lexicon: _Lexicon
) -> int:
    """Reads in ``said`` the "for" that Hindi, Urdu, Bengali and Turkish say after its word
    ("बालों के लिए शैम्पू": hair for shampoo) the English way, the product first: "shampoo
    for hair", "moisturizer for dry skin" (a hair or skin type before the part goes with it).
    Only a key of a language listed under ``postpositions`` moves. The number moved."""
    moved = 0
    for i in range(1, len(said)):
        if said[i] != "for" or _language(found[i].group(0), lexicon) not in lexicon.postpositions:
            continue
        if _apart(text, found, i - 1) or not said[i - 1]:
            continue
        first = i - 1
        while first > 0 and said[first - 1] in TYPES_SAID and not _apart(text, found, first - 1):
            first -= 1
        phrase = " ".join(["for", *said[first:i]])
        if i + 1 < len(said) and said[i + 1] and not _apart(text, found, i):
            said[first : i + 2] = [f"{said[i + 1]} {phrase}", *[""] * (i + 1 - first)]
        else:
            said[first : i + 1] = [phrase, *[""] * (i - first)]
        moved += 1
    return moved


SAID_BEFORE = frozenset({
    "red", "pink", "black", "brown", "nude", "coral", "purple", "blue", "green", "white",
    "gold", "silver", "orange", "yellow", "gray", "grey", "burgundy", "plum", "beige",
    "matte", "glossy", "shimmer", "shiny", "waterproof", "long lasting", "liquid", "tinted",
    "night", "day",
})  # fmt: skip
"""Colours, finishes and the time of day a product is for: said after the product in Spanish,
French, Italian, Arabic or Vietnamese ("rossetto rosso opaco", "vernis rouge", "crème de
nuit"), before it in English ("red matte lipstick", "night cream": the product types the
catalog's titles and the rules read)."""


def _adjectives_before(
    text: str, found: list[re.Match[str]], said: list[str], lexicon: _Lexicon
) -> int:
    """Reads in ``said`` the colours and finishes (`SAID_BEFORE`) that a language listed under
    ``adjectives_after`` says right after a product ("lipstick red matte") before it, as English
    does: "red matte lipstick", "waterproof mascara". A word of no content ("something red")
    keeps its colour after it. The number of products whose words moved."""
    moved = 0
    for i in range(len(said) - 1):
        product = said[i]
        if not _says_something(product) or product in SAID_BEFORE or product.split()[-1] in TYPES:
            continue
        last = i
        while (
            last + 1 < len(said)
            and said[last + 1] in SAID_BEFORE
            and _languages(found[last + 1].group(0), lexicon) & lexicon.adjectives_after
            and not _apart(text, found, last)
        ):
            last += 1
        if last > i:
            said[i : last + 1] = [" ".join([*said[i + 1 : last + 1], product]), *[""] * (last - i)]
            moved += 1
    return moved


def unread_words(text: str) -> list[str]:
    """The words of ``text`` (a message, or one already read by `to_catalog_words`) written in
    a script other than the Latin one that the lexicon did not read: what we cannot understand
    ("ქალის სუნამო" in "ქალის სუნამო 50 ლარამდე"); none for English or a message read."""
    if text.isascii():
        return []
    read = to_catalog_words(text)
    return [w for w in WORDS_APART.findall(read) if OTHER_SCRIPTS.search(w)]


ENGLISH = "en"
"""The language of the English sections (`en`, `en-gb`): their keys are English on purpose."""
BRITISH = "en-gb"
"""The lexicon's section of British English words read as the catalog's ("cotton buds")."""


def english_keys() -> list[str]:
    """The keys of the other languages' sections (for checks that none is an everyday English
    word); the English sections' keys are English on purpose ("grey": gray)."""
    lexicon = _lexicon()
    return sorted(k for k in lexicon.entries if lexicon.languages[k] != ENGLISH)


@cache
def _british() -> tuple[re.Pattern[str], dict[str, str]]:
    """The British words of the lexicon's section and the spellings table
    (`data/spellings.yaml`) as one pattern (longest first, whole words), and their American
    words."""
    words = {
        str(k).lower(): str(v)
        for table in (load_yaml("lexicon.yaml")[BRITISH], load_yaml("spellings.yaml"))
        for k, v in table.items()
    }
    keys = sorted(words, key=len, reverse=True)
    said = "|".join(_key_pattern(k, "") for k in keys)
    return re.compile(rf"(?<!{LETTER})(?:{said})(?!{LETTER})", re.IGNORECASE), words


def in_american_spelling(text: str) -> str:
    """``text`` with each British word in the catalog's American one ("colour-treated":
    color-treated, "Grey": gray), the rest as written: the one fold of US/UK words, for whoever
    compares a value said either way (the understanding eval's attributes, the stated needs a
    profile keeps). The reader reads a message as said: only the lexicon's `en-gb` words are
    read as the catalog's (`to_catalog_words`), not the spellings."""
    pattern, words = _british()
    return pattern.sub(lambda m: words[" ".join(m.group(0).lower().split())], text)
