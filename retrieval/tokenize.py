"""The word splitter shared by the keyword index and query checks."""

from __future__ import annotations

import re
from functools import cache

from retrieval.data_files import load_yaml

_STOP_TEXT = (
    "a an and are as at be but by for from has have i if in into is it its me my of on or "
    "our so than that the their them then there these they this to too was we were what "
    "when where which who will with you your any some something anything want need "
    "looking look like would please find show get give good best nice great really very "
    "just also can could should i'm im one ones thing things stuff myself rather "
    # chat filler: abbreviations and hedges that say nothing about a product
    "smth sth lol lmao haha omg pls plz thx ty idk tbh maybe kinda sorta gonna wanna few "
    # and the turn-taking fillers of a chat ("hmm, actually a toner instead")
    "hmm hmmm um umm uh ok okay actually instead nah nope yeah yep "
)
STOP_WORDS = frozenset(_STOP_TEXT.split())

_JOINERS = re.compile(r"(?<=\w)[.'’`](?=\w)")
_WORD = re.compile(r"[^\W_]+")


_ES_AFTER = ("ss", "sh", "ch", "zz", "x")
"""Endings whose plural adds "es" ("glosses", "brushes", "matches", "fizzes", "boxes"); after
any other letter the "e" belongs to the word ("cases", "roses", "sizes")."""

_NOT_PLURAL = ("ss", "us", "is")
"""Endings in "s" that are not plurals ("gloss", "citrus", "iris")."""


def stem(word: str) -> str:
    """The one light English plural stripper, for a lower-case word: 'shampoos' -> 'shampoo',
    'brushes' -> 'brush', 'lilies' -> 'lily', 'sizes' -> 'size'; short words keep their "s".

    Search tokens (the keyword index, the query checks) and the copy checks
    (`assistant.copy.stemming`) both compare words through it.
    """
    if len(word) <= 3 or word.isdigit():
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("es") and word[:-2].endswith(_ES_AFTER):
        return word[:-2]
    if word.endswith("s") and not word.endswith(_NOT_PLURAL):
        return word[:-1]
    return word


def words(text: str) -> list[str]:
    """Lower-case words of ``text`` ('L'Oreal' -> 'loreal', 'e.l.f.' -> 'elf'), no stemming."""
    return _WORD.findall(_JOINERS.sub("", text.lower()))


IRREGULAR_PLURALS = {"feet": "foot", "teeth": "tooth"}
"""Plurals `stem` does not strip, the body's ("foot peel" and "feet peel", "a feet file"), with
their singulars. The keyword index holds each title's word as written (`stem` strips no such
plural at build time), so a query searches both forms (`query_tokens`) rather than `stem`
folding them: a folding `stem` would find no "feet" title in an index built before it."""


@cache
def _all_other_forms() -> dict[str, tuple[str, ...]]:
    """Each search token -> the tokens of its other forms: an irregular plural and its singular
    (`IRREGULAR_PLURALS`), a word's British and American spellings (`data/spellings.yaml`:
    "grey" and "gray", "colour" and "color")."""
    spellings = load_yaml("spellings.yaml").items()
    pairs = [*IRREGULAR_PLURALS.items(), *((stem(uk), stem(str(us))) for uk, us in spellings)]
    forms: dict[str, list[str]] = {}
    for one, other in pairs:
        if one == other:
            continue
        for a, b in ((one, other), (other, one)):
            if b not in forms.setdefault(a, []):
                forms[a].append(b)
    return {token: tuple(others) for token, others in forms.items()}


def other_forms(token: str) -> tuple[str, ...]:
    """The other forms of a search token (a stemmed word): its irregular plural or singular, its
    other spelling ("sulphate": sulfate; "gray": grey); none for most words."""
    return _all_other_forms().get(token, ())


def query_tokens(text: str) -> list[str]:
    """Search tokens of a query (`tokenize`), each followed by its other forms (`other_forms`):
    "feet file" -> feet, foot, file; "grey polish" -> grey, gray, polish. The keyword index
    holds titles' words as written, and titles use either form ("Blue Grey Flow")."""
    said = tokenize(text)
    tokens: list[str] = []
    for token in said:
        tokens.append(token)
        tokens.extend(o for o in other_forms(token) if o not in said and o not in tokens)
    return tokens


def stemmed(text: str) -> str:
    """``text``'s words (`words`), plurals stripped (`stem`), one space apart: "Hair Sprays" ->
    "hair spray"."""
    return " ".join(stem(w) for w in words(text))


def tokenize(text: str) -> list[str]:
    """Search tokens: words without stop words, plurals stripped."""
    return [stem(w) for w in words(text) if w not in STOP_WORDS]


_SEEKING_FOR = re.compile(
    r"^(?:[\w']+\W+){0,4}?(?:(?:look(?:ing)?|search(?:ing)?|shop(?:ping)?|hunt(?:ing)?|"
    r"in the market)\s+for|(?:i'?m|i am|we'?re|we are)\s+(?:just\s+|really\s+)?after)\s+",
    re.IGNORECASE,
)
"""An opening that asks for a product ("i'm looking for", "hi, we are shopping for", "I'm
after"), within the first words: its "for" says what is sought, not what the product is for ("a
gift for my mum, looking for a candle" keeps its first "for"), and its "after" names no After
Sun."""


def past_seeking(text: str) -> str:
    """``text`` after an opening that asks for the product (`_SEEKING_FOR`): "a powder for oily
    skin" of "looking for a powder for oily skin"; else ``text``."""
    return _SEEKING_FOR.sub("", text, count=1)


TURNED_DOWN = re.compile(
    r"(?<=[\w,;])\s+(?:not|rather than|instead of)(?: for)?(?: (?:a|an|the|my|your|his|her|their))?"
    r" [a-z]+(?= ones?\b| but\b|\s*[,;.!?)]|\s*$)"
)
"""The place or kind a need is said not to be for, said last in its phrase ("a scrub, not for
the face", "sunscreen for the body rather than the face", "a body scrub, not a face one"): it
names no category of the need, nor the part it is for. Only after the need is said: "not a
fragrance" alone turns down the type it names."""


def without_turned_down(text: str) -> str:
    """``text`` less what it says the need is not for (`TURNED_DOWN`): "a scrub, not for the
    face, for my legs" -> "a scrub, , for my legs"."""
    return TURNED_DOWN.sub("", text)


def partition_purpose(text: str) -> tuple[str, str, str]:
    """``text.partition(" for ")`` at the "for" that says what the product is for, past one
    that asks for it ("looking for a powder for oily skin": "a powder", " for ", "oily skin");
    ``(text, "", "")`` when none says what it is for ("looking for a powder")."""
    before, found, after = past_seeking(text).partition(" for ")
    return (before, found, after) if found else (text, "", "")
