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
  word of its language ("cheers mate" holds no Slovak "máte"; `tables._written_plain`);
- an article read "a" before a word read that begins with a vowel is "an" ("une huile": an
  oil).

The punctuation of other scripts ("،", "।", "，") is read as the Latin script's first
(`retrieval.script_punctuation`). `unread_words` tells what of a message is left in a script
other than the Latin one once it is read: words no list knows, so the reply can say we read
English best.
"""

from __future__ import annotations

from retrieval.currency import amounts_in_full
from retrieval.lexicon.accents import without_accents
from retrieval.lexicon.glued_words import _compounds_apart
from retrieval.lexicon.languages import _compiled, _english, _in_context, _in_the_message_s_language
from retrieval.lexicon.own_script import _pattern_for, in_own_script_where_read
from retrieval.lexicon.roots import _read_by_root
from retrieval.lexicon.scripts import CJK, OTHER_SCRIPTS, WORDS_APART
from retrieval.lexicon.spelling import in_american_spelling
from retrieval.lexicon.tables import _lexicon, english_keys
from retrieval.lexicon.word_order import (
    NOT_AFTER,
    PARTS,
    SAID_BEFORE,
    _adjectives_before,
    _apart,
    _articles_before_vowels,
    _buying_said_last,
    _last_type,
    _postpositions_before,
    _removers,
    _type_after,
)
from retrieval.number_words import numbers_in_digits
from retrieval.script_punctuation import latin_punctuation


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


def unread_words(text: str) -> list[str]:
    """The words of ``text`` (a message, or one already read by `to_catalog_words`) written in
    a script other than the Latin one that the lexicon did not read: what we cannot understand
    ("ქალის სუნამო" in "ქალის სუნამო 50 ლარამდე"); none for English or a message read."""
    if text.isascii():
        return []
    read = to_catalog_words(text)
    return [w for w in WORDS_APART.findall(read) if OTHER_SCRIPTS.search(w)]


__all__ = [
    "NOT_AFTER",
    "OTHER_SCRIPTS",
    "SAID_BEFORE",
    "english_keys",
    "in_american_spelling",
    "in_own_script_where_read",
    "to_catalog_words",
    "unread_words",
    "without_accents",
]
