"""The type a bundle names or guesses (`set_type`: "a toner to go with it"): the words of the
request left without the bundle's own and its pointers (`type_words`), the category they name
beside the anchors' (`type_near`) or the guesser finds (`type_guessed`), never the anchor's own
type, and those words as the shopper said them (`type_as_said`)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.dialogue.context import TurnContext
from assistant.dialogue.handlers.bundle_anchors import Anchors
from assistant.dialogue.needs.search_words import content_words
from assistant.dialogue.needs.wording import WORD, cut_out, stems
from assistant.dialogue.phrases.questions import BUNDLE
from assistant.dialogue.phrases.references import ORDINALS
from assistant.dialogue.ports import CategoryGuesser
from assistant.dialogue.request import Request
from assistant.dialogue.vocabulary import CatalogVocabulary, leaf_words
from catalog.category_paths import below, nested, shared_branch, within
from catalog.schema import Product
from core.errors import ShopAssistError
from retrieval.filters import Filters
from retrieval.tokenize import stem


def set_type(request: Request, ctx: TurnContext, anchors: Anchors) -> str | None:
    """The category of the one product type a bundle request asks for beside its anchors ("a
    toner to go with it", "a primer to go with it": `_type_named`), or None for a set across
    types; a word that names the anchor's own type names the anchor, not the set ("what goes
    with the cleanser?": `_the_anchors_type`)."""
    named = named_type(request, bool(anchors.ids))
    if anchors.ids and anchors.searched is None and (named is None or named.count(" > ") < 2):
        # "a primer to go with it"; "a moisturizer to go with it" names a type, not Skin Care
        named = _type_named(request.text, ctx, anchors.products) or named
    if named and _the_anchors_type(named, anchors.products):
        return None
    return named


def named_type(request: Request, anchored: bool) -> str | None:
    """The category of the product type a bundle request names by its words ("a toner to go
    with it"), when the set has an anchor; None otherwise (`_type_named` may then find it by
    search)."""
    return request.parsed.category if anchored else None


def _the_anchors_type(category: str, anchors: Sequence[Product]) -> bool:
    """Whether ``category`` is an anchor's own type: above or under its category, or a category
    of the same name elsewhere (Bath & Body's Cleansers beside a face cleanser)."""
    leaf = stems(category.rsplit(" > ", 1)[-1])
    return any(
        nested(category, " > ".join(p.categories))
        or (p.categories and stems(p.categories[-1]) == leaf)
        for p in anchors
    )


def _type_named(text: str, ctx: TurnContext, anchors: Sequence[Product]) -> str | None:
    """The category of the product type a bundle request names that the words alone do not
    place ("ok and a primer to go with it"): `type_guessed` with the turn's category guesser,
    near the first anchor's category. An anchor's brand names the pick, not a type ("what goes
    with the Andis": no flat irons)."""
    near = " > ".join(anchors[0].categories) if anchors and anchors[0].categories else None
    brands = sorted({re.escape(p.brand.lower()) for p in anchors if p.brand})
    if brands:
        text = cut_out(rf"\b(?:{'|'.join(brands)})\b", text)
    return type_guessed(text, ctx.parts.categories, near, ctx.parts.vocabulary)


def type_guessed(
    text: str,
    categories: CategoryGuesser | None,
    near: str | None = None,
    vocabulary: CatalogVocabulary | None = None,
) -> str | None:
    """The category ``categories`` guesses for the words of a bundle request left without the
    bundle's own ("go with it") and its pointers ("the first one"); None when none are left or
    nothing is found. A type the anchor's department, or a branch named after it, has a home
    for is that home (`type_near`: "a brush" beside foundations is a makeup brush, not a hair
    brush; "a mask" beside shampoos a hair mask, not a face mask). A word no title of the
    catalog has names no type ("wat else wud go w/ it")."""
    words = type_words(text)
    if vocabulary is not None and vocabulary.title_counts is not None:
        words = [w for w in words if stem(w) in vocabulary.title_counts]
    if not words or categories is None:
        return None
    try:
        nearby = type_near(text, near, categories, vocabulary) if near else None
        return nearby or categories.guess(" ".join(words), Filters())
    except ShopAssistError:
        return None


NAMED_PICK = re.compile(r"\b(?:this|that|the) (?:[\w.'-]+ ){1,2}ones?\b")
"""A pick named by its own words ("the andis one", "the T-Gel one"): which pick, not a type."""


def type_words(text: str) -> list[str]:
    """The words of a request less a bundle's own ("go with it") and its pointers, and less
    the words a pick is named by ("with the andis one": no type named)."""
    words = content_words(re.sub(BUNDLE, " ", NAMED_PICK.sub(" ", text.lower())))
    pointers = {*ORDINALS, "last", "it", "this", "that", "them", "these", "those", "else"}
    pointers |= {"cheaper", "cheapest", "pricier", "priciest", "dearer", "dearest"}
    return [w for w in words if w not in pointers]  # "what (else) goes with the first one?"


def type_as_said(text: str, category: str) -> str:
    """The words of a bundle request that name the type of ``category`` by a word of one of its
    names below the root, in the shopper's form and order: "lip liner" of "I need a lip liner
    to go with the first one" (Lip Liners), "makeup remover" (Makeup Remover > Eyes), "brush"
    (Brushes & Applicators); "" when none do (a word of the same root only, "what removes it",
    or another language: the category's own name stands). The need then is what was said, not
    the category's plural name ('lip liners')."""
    names = set(WORD.findall(" ".join(category.split(" > ")[1:]).lower()))

    def names_it(word: str) -> bool:
        return any(f in names for f in (word, f"{word}s", f"{word}es", word.removesuffix("s")))

    return " ".join(w for w in type_words(text) if names_it(w))


def type_near(
    text: str,
    near: str,
    categories: CategoryGuesser | None,
    vocabulary: CatalogVocabulary | None,
) -> str | None:
    """The home beside the category ``near`` (the picks') of the product type ``text`` names
    (`_type_near`), or None: for a set's type, and for a new need said beside the picks ("a
    mask too" beside shampoos)."""
    words = type_words(text)
    if not words or categories is None or vocabulary is None:
        return None
    try:
        return _type_near(words, near, categories, vocabulary)
    except ShopAssistError:
        return None


def _type_near(
    words: Sequence[str], near: str, categories: CategoryGuesser, vocabulary: CatalogVocabulary
) -> str | None:
    """Where the type ``words`` name lives beside the anchor's category ``near``: first in its
    department, then in a branch of another department named after a level of it, the deepest
    first ("Nails" -> Nail Tools, "Makeup" -> Makeup Brushes & Tools), then in a category of
    another department named after one ("Face" -> Face Cleansing Brushes), a category whose own
    name holds a type word (`_home_in`); else, in the department, the branch search guesses
    when titles there name a type word ("mask": hair treatments). Never the anchor's own
    category (or one above or under it, but for a whole department: a type under it); None
    when nothing fits."""
    paths = list(vocabulary.categories)
    said = _said_stems(words, paths)
    if not said:
        return None
    need = " ".join(words)
    for branch in _branches(near, paths):
        home = _home_in(branch, said, near, need, paths, categories)
        if home is not None:
            return home
    department = " > ".join(near.split(" > ")[:2])
    guessed = categories.guess(need, Filters(category=department))
    titles = vocabulary.title_words or {}
    if (
        guessed
        and below(guessed, department)
        and not nested(guessed, near)
        and any(guessed in titles.get(w, ()) for w in said)
    ):
        return guessed
    return None


def _said_stems(words: Sequence[str], paths: Sequence[str]) -> set[str]:
    """The stems (over 3 letters) of ``words`` that a category's own name holds, each word's
    and its plural's ("mousse" names "Mousses & Foams": stem 'mouss')."""
    said = {stem(w) for w in words} | {stem(f"{w}s") for w in words}
    said &= {stem(w) for w in leaf_words(tuple(paths))}
    return {w for w in said if len(w) > 3}


def _branches(near: str, paths: Sequence[str]) -> list[str]:
    """Where a type is looked for beside ``near``, in order: its department, then the branches
    of other departments named after a level of ``near`` (by its first word, the deepest level
    first: "Nails" before "Makeup", a brush beside nail polish), then their leaves too (Face
    Cleansing Brushes)."""
    levels = near.split(" > ")
    department = " > ".join(levels[:2])
    branches = [department]
    for leaves in (False, True):
        for node in reversed(levels[1:]):
            first = [stem(w) for w in WORD.findall(node.lower())[:1]]
            branches += sorted(
                {
                    " > ".join(p.split(" > ")[:depth])
                    for p in paths
                    if not below(p, department)
                    for depth in range(3, p.count(" > ") + 1 + leaves)
                    if [stem(w) for w in WORD.findall(p.split(" > ")[depth - 1].lower())[:1]]
                    == first
                }
                - set(branches)
            )
    return branches


def _home_in(
    branch: str,
    said: set[str],
    near: str,
    need: str,
    paths: Sequence[str],
    categories: CategoryGuesser,
) -> str | None:
    """The category under ``branch`` whose own name holds a type word of ``said``: the deepest,
    the one nearest ``near``, else the one search guesses there; one above it that names as
    many of the words where the guess is not in it ("a moisturizer" is Creams & Moisturizers,
    "a tinted moisturizer" Tinted Moisturizers). Never ``near`` or one above or under it (under
    picks of a whole department, "Hair Care": shampoos and conditioners, every type is under
    their category; the type named is a home of its own there). None when none is named."""
    mine = nested if near.count(" > ") > 1 else (lambda p, n: within(n, p))
    named = [
        p
        for p in paths
        if within(p, branch) and not mine(p, near) and said & stems(p.rsplit(" > ", 1)[-1])
    ]
    if not named:
        return None
    deepest = [p for p in named if not any(below(o, p) for o in named)]
    closest = max(_shared(p, near) for p in deepest)
    deepest = [p for p in deepest if _shared(p, near) == closest]
    naming = len(said & stems(deepest[0].rsplit(" > ", 1)[-1]))  # "tinted moisturizer": 2
    above = [  # Creams & Moisturizers above Tinted Moisturizers, for "a moisturizer"
        p
        for p in named
        if below(deepest[0], p) and len(said & stems(p.rsplit(" > ", 1)[-1])) >= naming
    ]
    if len(deepest) == 1 and not above:
        return deepest[0]
    guessed = categories.guess(need, Filters(category=branch)) or ""
    chosen = next((p for p in deepest if nested(p, guessed)), deepest[0])
    if above and not nested(chosen, guessed):  # "a moisturizer": no Tinted Moisturizers
        return max(above, key=lambda p: p.count(" > "))
    return chosen


def _shared(a: str, b: str) -> int:
    """How many levels two category paths share from the root (`shared_branch`'s)."""
    shared = shared_branch([a, b])
    return shared.count(" > ") + 1 if shared else 0
