"""A misspelt product type read as the type ("mascra" -> "mascara", "shapmoo" -> "shampoo"),
before the rules read the message."""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz.distance import OSA

from assistant.dialogue.needs.wording import NON_PRODUCT_WORDS, PAMPER, PEOPLE, WORD
from assistant.dialogue.phrases.gifts_and_people import LIKES_A_NAME, OCCASION
from assistant.dialogue.vocabulary import (
    CatalogVocabulary,
    leaf_words,
    names_a_type,
    path_words,
)
from retrieval.category_names import CATEGORY_SYNONYMS
from retrieval.cognates import english_for
from retrieval.everyday import EVERYDAY
from retrieval.prices import NUMBER_WORDS, currency_words
from retrieval.tokenize import STOP_WORDS, stem


def unknown_words(text: str, vocabulary: CatalogVocabulary) -> list[str]:
    """The message's words that no catalog title, category or brand uses (slang, typos, other
    languages); stop words and shopping filler are not counted."""
    out = []
    for word in WORD.findall(text.lower()):
        if len(word) < 3 or word.isdigit() or word in STOP_WORDS or word in NON_PRODUCT_WORDS:
            continue
        if word in vocabulary.words or stem(word) in vocabulary.words:
            continue
        out.append(word)
    return out


PEOPLE_AT_LARGE = frozenset(
    {"shopper", "shoppers", "customer", "customers", "buyer", "buyers", "user", "users",
     "reviewer", "reviewers", "people", "folks", "others", "everyone", "everybody", "parents",
     "grandparents", "in-laws", "inlaws", "relatives", "family", "families", "guests", "clients",
     "coworkers", "colleagues", "friends", "ladies", "gentlemen", "guys", "girls", "women", "men",
     "teens", "teenagers", "students", "teachers", "nurses", "moms", "mums", "dads"}
)  # fmt: skip
"""Words for people at large ("what do other shoppers buy", "a gift for my in-laws"): English
words the titles may not use, never a slip of a product type ("shoppers" is no "slippers")."""


def _compound_parts(text: str) -> frozenset[str]:
    """The words of ``text`` joined to another by a hyphen ("in-laws", "long-lasting"): parts
    of a word of their own, never read alone as a slip ("laws" is no "claws")."""
    return frozenset(
        part for joined in re.findall(r"\w+(?:-\w+)+", text.lower()) for part in joined.split("-")
    )


TYPO_MIN = 6
"""The shortest unknown word read as a misspelt product type ("mascra"): shorter ones are too
near too many words."""


@lru_cache(maxsize=8)
def _type_spellings(categories: tuple[str, ...]) -> frozenset[str]:
    """The product-type words a misspelling may be read as: the words of the categories' own
    names, as named and in the singular (`stem`), and the shopper words the query parser reads as
    category words ("perfume", "moisturiser")."""
    named = {w for w in leaf_words(categories) if len(w) >= TYPO_MIN - 1}
    return frozenset(named | {stem(w) for w in named} | set(CATEGORY_SYNONYMS))


def read_misspelt_types(text: str, vocabulary: CatalogVocabulary | None) -> str:
    """``text`` with each word the catalog does not know (`unknown_words`) that is one letter
    off a product type's word (two for words of 8 letters or more; two letters swapped count as
    one: "shapmoo", "moisturzier"; one where the message names a type already: "stealing" beside
    "lipstick" is no "styling"), with the same first letter and not an everyday word
    ("pamper" is no "paper": `retrieval.everyday.EVERYDAY`), written as that word: "mascra"
    -> "mascara", "condtioner" -> "conditioner", "foundaton" -> "foundation". Brands are the
    query parser's (it reads misspelt brands itself), numbers in words and money the price
    reader's (`retrieval.prices.NUMBER_WORDS`, `currency_words`), and a name someone likes is
    a name ("she loves glossier": `phrases.gifts_and_people.LIKES_A_NAME`)."""
    if vocabulary is None or not vocabulary.categories:
        return text
    spellings = _type_spellings(tuple(vocabulary.categories))
    typed = names_a_type(text, vocabulary)  # a type said already: a far-off word is a word
    liked = {m.group("name") for m in re.finditer(LIKES_A_NAME, text.lower())}
    for word in dict.fromkeys(unknown_words(text, vocabulary)):
        if word.lower() in liked:
            continue  # "she loves glossier": a name, no misspelt "glosses"
        if word in _PEOPLE or word in PEOPLE_AT_LARGE or word in _compound_parts(text):
            continue  # "other shoppers" are no slippers, "in-laws" no "in-claws"
        if word in currency_words():
            continue  # "under 500 baht": money, no bath
        if joined := _joined_type(word, vocabulary):  # "facewash": 'face wash'
            text = re.sub(rf"\b{re.escape(word)}\b", joined, text, flags=re.I)
            continue
        short = _backed_short_slip(word, text, vocabulary) if len(word) < TYPO_MIN else None
        if short:  # "nail polsh": 'polish', a word of the category's name "nail" is in
            text = re.sub(rf"\b{re.escape(word)}\b", short, text, flags=re.I)
            continue
        if len(word) < TYPO_MIN or not word.isalpha() or word in NUMBER_WORDS:
            continue  # "under a tenner" is a price, not a tanner
        if word in EVERYDAY or word in PAMPER:
            continue  # "something to pamper her": a word of its own (not its forms: "trimer")
        if _a_form_of_a_known_word(word, vocabulary, spellings):
            continue  # "we're all chipping in": 'chip' with its ending, no crimping iron
        limit = 1 if len(word) < 8 or typed else 2  # "stealing my sister's lipstick"
        near = sorted(
            (OSA.distance(word, t), t)
            for t in spellings
            if t[0] == word[0] and abs(len(t) - len(word)) <= limit
        )
        if not near or near[0][0] > limit:
            if not typed and (cognate := english_for(word, spellings, spellings)):
                text = re.sub(rf"\b{re.escape(word)}\b", cognate, text, flags=re.I)
            continue  # "loción", "kondicionér": the type of the same root (`cognates`)
        tied = [t for d, t in near if d == near[0][0]]
        meant = tied[0] if len(tied) == 1 else _broadest(tied, tuple(vocabulary.categories))
        if meant:
            text = re.sub(rf"\b{re.escape(word)}\b", meant, text, flags=re.I)
    return text


INFLECTIONS = ("ing", "ed", "er", "es", "s")
"""Endings an English word takes ("chipping", "chipped"): a word that is a catalog word with
one of them is that word, no slip of a product type."""


def _a_form_of_a_known_word(
    word: str, vocabulary: CatalogVocabulary, spellings: frozenset[str]
) -> bool:
    """Whether ``word`` is a word of the catalog with an ending of `INFLECTIONS` (its last
    letter doubled or an "e" dropped before it: "chipping" of 'chip', "wrapped" of 'wrap') that
    begins no product type's word (``spellings``): "we're all chipping in" is no "crimping";
    "conditionner" and "lotiones" are still the types they begin."""
    for ending in INFLECTIONS:
        if not word.endswith(ending) or len(word) - len(ending) < JOINED_MIN:
            continue
        base = word[: -len(ending)]
        undoubled = base[:-1] if len(base) > 1 and base[-1] == base[-2] else base
        known = {base, undoubled, base + "e"} & vocabulary.words
        if known and not any(t.startswith(k) for k in known for t in spellings):
            return True
    return False


JOINED_MIN = 3
"""The shortest part of a word written joined ("sun" of "suncream") read as a word of its own."""

JOINED_TOGETHER = 2
"""How many titles of one category must name both parts of a joined word before it is read as
them ("face" and "wash": 88; "foot" and "ball" of "football": none)."""


def _joined_type(word: str, vocabulary: CatalogVocabulary) -> str | None:
    """An unknown ``word`` that is two words the titles use written as one, the second naming
    a product type (a word of a category's own name, or one the query parser reads as a
    category word: "wash"), the two named together by the titles of a category (where the
    titles are known: "football" is no 'foot ball', "eyeball" no 'eye ball'): "facewash" ->
    'face wash', "suncream" -> 'sun cream', "eyecream" -> 'eye cream'; None when no split of
    it is."""
    if not word.isalpha() or len(word) < 2 * JOINED_MIN:
        return None
    for i in range(JOINED_MIN, len(word) - JOINED_MIN + 1):
        left, right = word[:i], word[i:]
        if left in STOP_WORDS or left not in vocabulary.words:
            continue
        typed = names_a_type(right, vocabulary) or right in CATEGORY_SYNONYMS  # "wash"
        if right in vocabulary.words and typed and _titled_together(left, right, vocabulary):
            return f"{left} {right}"
    return None


def _titled_together(left: str, right: str, vocabulary: CatalogVocabulary) -> bool:
    """Whether the titles of some category name both words often enough (`JOINED_TOGETHER`,
    at most as many as name the rarer there); true where title counts are unknown."""
    counts = vocabulary.title_counts
    if counts is None:
        return True
    by_left, by_right = counts.get(stem(left), {}), counts.get(stem(right), {})
    shared = sum(min(n, by_right[path]) for path, n in by_left.items() if path in by_right)
    return shared >= JOINED_TOGETHER


def _backed_short_slip(word: str, text: str, vocabulary: CatalogVocabulary) -> str | None:
    """The word of a category's name that a short unknown ``word`` (3 to `TYPO_MIN` - 1
    letters) is with one letter left out, when ``text`` also says another word of a category
    path whose own name says it: "nail polsh" is 'nail polish' (Nail Polish), "face wsh" 'face
    wash' (Face > Cleansers > Washes); alone, "polsh" is too near too many words."""
    if len(word) < 3 or not word.isalpha() or word in EVERYDAY or word in NUMBER_WORDS:
        return None
    said = {stem(w) for w in WORD.findall(text.lower())} - {stem(word)} - STOP_WORDS
    inserted = {word[:i] + c + word[i:] for i in range(len(word) + 1) for c in _LETTERS}
    found = set()
    for leaf, levels in _type_paths(tuple(vocabulary.categories)):
        meant = inserted & (leaf | {stem(w) for w in leaf})  # "wsh": 'wash' (of Washes)
        if meant and said & levels:
            found |= meant
    return found.pop() if len(found) == 1 else None


@lru_cache(maxsize=8)
def _type_paths(categories: tuple[str, ...]) -> tuple[tuple[frozenset[str], frozenset[str]], ...]:
    """Each category as (the words of its own name, the stems of every level's words)."""
    return tuple(
        (path_words(path.rsplit(" > ", 1)[-1], str) - {"and"}, path_words(path, stem) - {"and"})
        for path in categories
    )


def _broadest(spellings: list[str], categories: tuple[str, ...]) -> str | None:
    """Of type words a misspelling is as near to, the one naming a category above every
    category the others name ("perfum": "perfume" names Fragrance, above Eau de Parfum that
    "parfum" names); None when they name categories on other branches."""
    homes = {t: _highest_named(t, categories) for t in spellings}
    for t, home in homes.items():
        others = [h for o, h in homes.items() if o != t]
        if home and all(h and (h == home or h.startswith(home + " > ")) for h in others):
            return t
    return None


def _highest_named(word: str, categories: tuple[str, ...]) -> str | None:
    """The shallowest category a level of whose name says ``word`` (or the category word the
    query parser reads it as: "perfume" is Fragrance), as the path down to that level."""
    said = {word, stem(word), *CATEGORY_SYNONYMS.get(word, [])}
    best: str | None = None
    for path in categories:
        levels = path.split(" > ")
        for depth, level in enumerate(levels, 1):
            named = path_words(level)
            if said & (named | {w + "s" for w in named}):
                home = " > ".join(levels[:depth])
                if best is None or home.count(" > ") < best.count(" > "):
                    best = home
                break
    return best


WORD_MIN = 4
"""The shortest unknown word read as a misspelt word that is no product type ("hiar")."""
LEFT_OUT_MIN = 8
"""The shortest unknown word read as a word with a letter left out ("somthing"): shorter ones
are often English words the titles do not use ("dinner" is no "inner", "fathers" no
"feathers"), which no more than swapped letters make a title word."""

_LETTERS = "abcdefghijklmnopqrstuvwxyz"
_PEOPLE = frozenset(PEOPLE.split("|"))
"""Whom a shopper buys for (`wording.PEOPLE`): words a slip may mean though titles and everyday
words lack some ("girlfreind" is "girlfriend", not a maker the catalog lacks)."""
_EVERYDAY_OR_STOP = STOP_WORDS | EVERYDAY | _PEOPLE


def read_misspelt_words(text: str, vocabulary: CatalogVocabulary | None) -> str:
    """``text`` with each word the catalog does not know (`unknown_words`, after
    `read_misspelt_types`) written as the one word it is a slip of: two neighbouring letters
    swapped ("hiar": "hair", "skni": "skin", "seurm": "serum"), or from `LEFT_OUT_MIN` letters
    one letter left out ("somthing": "something", "waterprof": "waterproof"). The word meant
    is an everyday or stop word, else a word of the catalog's titles; a slip as near two such
    words, a number word, money (`currency_words`) or an everyday word stays as written."""
    if vocabulary is None or not vocabulary.words:
        return text
    for word in dict.fromkeys(unknown_words(text, vocabulary)):
        if len(word) < WORD_MIN or not word.isalpha() or word in NUMBER_WORDS:
            continue
        if word in currency_words():
            continue  # "under 500 baht": money, no bath
        if word in EVERYDAY or word in PAMPER or word in PEOPLE_AT_LARGE:
            continue
        if re.fullmatch(OCCASION, word):
            continue  # "a grad gift": an occasion, no slip of the Gard brand
        if word in _compound_parts(text):
            continue  # "in-laws": a word of its own, not a slip of "laws"
        meant = _slip_of(word, vocabulary.words)
        if meant and len(word) < LEFT_OUT_MIN and vocabulary.title_words is not None:
            meant = _wider_left_out(word, meant, vocabulary)
        if meant:
            text = re.sub(rf"\b{re.escape(word)}\b", meant, text, flags=re.I)
    return text


WIDER = 4
"""How many times as many categories' titles a word with a letter left out of a short slip must
be named in to be read before the word two swapped letters make: "shde" is "shade" (titles in
17 categories) before "shed" (2)."""


def _wider_left_out(word: str, swapped: str, vocabulary: CatalogVocabulary) -> str:
    """``swapped`` (what two letters swapped make of the short slip ``word``), unless one title
    word is ``word`` with a letter left out and titles name it across `WIDER` times as many
    categories: that one ("a darker shde" beside foundations is 'shade', not 'shed')."""
    spread = vocabulary.title_words or {}
    inserted = {word[:i] + c + word[i:] for i in range(len(word) + 1) for c in _LETTERS}
    found = inserted & vocabulary.words
    if swapped in _EVERYDAY_OR_STOP or len(found) != 1:
        return swapped
    meant = found.pop()
    wide = len(spread.get(stem(meant), ()))
    return meant if wide >= WIDER * max(1, len(spread.get(stem(swapped), ()))) else swapped


def _slip_of(word: str, titles: frozenset[str]) -> str | None:
    """The one word ``word`` is a slip of (`read_misspelt_words`), or None: two letters swapped
    first, then a letter left out ("somthing" is "something", not "soothing"); in a shorter
    word, only a doubled letter written once ("dandruf" is "dandruff")."""
    swaps = {word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(len(word) - 1)}
    kinds = [swaps]
    if len(word) >= LEFT_OUT_MIN:  # a letter left out, not a plural's "s" ("teenager")
        splits = [(word[:i], word[i:]) for i in range(len(word))]
        kinds.append({a + c + b for a, b in splits for c in _LETTERS})
    else:  # a doubled letter written once ("dandruf": "dandruff", "glos": "gloss")
        kinds.append({word[: i + 1] + word[i:] for i in range(len(word))})
    for near in kinds:
        near = {w for w in near - {word} if len(w) >= WORD_MIN}
        for known in (_EVERYDAY_OR_STOP, titles):
            found = near & known
            if len(found) == 1:
                return found.pop()
            if found:
                return None  # as near two words
    return None
