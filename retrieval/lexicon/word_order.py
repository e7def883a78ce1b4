"""Other languages' word order said the English way once the words are read: a hair or skin
type after its part, a word that rules out the one before it, articles before vowels,
removers, a verb of buying said last, postpositions, colours and finishes after a product."""

from __future__ import annotations

import re

from retrieval.lexicon.languages import _language, _languages
from retrieval.lexicon.tables import _Lexicon, _says_something


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
