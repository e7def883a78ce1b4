"""What a need names that the shop does not carry, for the search handler to say so beside (or
instead of) the nearest picks: a type no title in the catalog names (`missing_kind`: "a $30
gift card"), one something else may stand in for (`untitled_kind`: "a beard trimmer"), a
maker no title, category or brand says (`unknown_maker`: "a dyson hair dryer"), a product
the catalog lists but cannot sell (`listed_unsold`: "chanel no 5", listed without a price),
and a name the person a gift is for likes that no product the shop sells names
(`unsold_liked_name`: "she loves chanel"), which `without_the_name` takes out of the request.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from assistant.dialogue.category.kinds import names_homeless
from assistant.dialogue.category.typos import unknown_words
from assistant.dialogue.context import TurnContext
from assistant.dialogue.needs.wording import WORD, cut_out, stems
from assistant.dialogue.ports import Candidate
from assistant.dialogue.request import Request
from assistant.dialogue.vocabulary import names_a_type
from catalog.schema import Product
from core.errors import ShopAssistError
from retrieval.everyday import everyday
from retrieval.filters import Filters
from retrieval.tokenize import STOP_WORDS, stem, words


def missing_kind(ctx: TurnContext, query: str) -> str | None:
    """The type the need names that no title in the catalog names (`kinds.unsold_kinds`: "a $30
    gift card" showed gift sets and a perfume: the shop sells none); else None."""
    vocabulary = ctx.parts.vocabulary
    if vocabulary is None or not vocabulary.unsold:
        return None
    return names_homeless(query, vocabulary.unsold)


def untitled_kind(ctx: TurnContext, query: str) -> str | None:
    """The type the need names that no title in the catalog names, though something else may
    stand in for it (`CatalogVocabulary.untitled`: "a beard trimmer" showed nail clippers as if
    they were one); else None."""
    vocabulary = ctx.parts.vocabulary
    if vocabulary is None or not vocabulary.untitled:
        return None
    return names_homeless(query, vocabulary.untitled)


MAKER_AFTER = frozenset({"from", "by"})
"""Words a maker's name follows ("something from fenty", "a serum by tatcha")."""


def unknown_maker(ctx: TurnContext, query: str) -> str | None:
    """A word of the need that no title, category or brand of the catalog says
    (`typos.unknown_words`, nor its -ed or -ing stem), standing where
    a maker's name stands: right before a word that names a product type ("a dyson hair dryer",
    "fenty foundation") or after "from" or "by"; four letters or more, no everyday word. The
    shop does not carry it (search showed other makers' hair dryers as if they were it); else
    None."""
    vocabulary = ctx.parts.vocabulary
    if vocabulary is None or not vocabulary.words or not vocabulary.categories:
        return None
    unknown = set(unknown_words(query, vocabulary))
    said = WORD.findall(query.lower())
    for before, word, after in zip(["", *said[:-1]], said, [*said[1:], ""], strict=True):
        if word not in unknown or len(word) < 4:
            continue
        if {word.removesuffix("ed"), word.removesuffix("ing")} & vocabulary.words:
            continue  # "bleached" hair: titles say "bleach"
        if everyday(word) or not word.isalpha():
            continue
        if before in MAKER_AFTER or (after and names_a_type(after, vocabulary)):
            return word
    return None


LISTED_READ = 20
"""How many of a need's first matches are read for a listing that names all its words."""


def listed_unsold(ctx: TurnContext, query: str, found: Sequence[Candidate]) -> Product | None:
    """The listing among the first matches (`LISTED_READ`) whose title names every word of the
    need (two or more: "chanel no 5"), where the shop cannot sell it (`Product.presentable`: no
    price) and no listing it can sell names them all: the shopper asked for that product by
    name (the departments its search split into were asked about instead); else None."""
    said = {stem(w) for w in words(query) if w not in STOP_WORDS}
    if len(said) < 2:
        return None
    named = [
        p
        for p in ctx.products([h.item_id for h in found[:LISTED_READ]])
        if said <= {stem(w) for w in words(p.title)}
    ]
    if any(p.presentable for p in named):
        return None
    return next((p for p in named if p.title.strip() and p.categories), None)


LIKED_NAMES_READ = 20
"""How many matches of a name someone likes (`Request.liked`) are read for a title naming it."""


def unsold_liked_name(request: Request, ctx: TurnContext) -> str | None:
    """The name the person it is for likes (`Request.liked`: "she loves chanel") when no
    product the shop can sell names it in its title (a No. 5 by Chanel with no price is no
    Chanel to sell; search found holiday nail polishes for 'gift sister chanel'); else None."""
    liked = request.liked
    if not liked or request.parsed.brands:
        return None
    try:
        found = ctx.parts.searcher.search(liked, Filters(), LIKED_NAMES_READ)
    except ShopAssistError:
        return None
    said = stems(liked)
    named = [p for p in ctx.products([h.item_id for h in found]) if said <= stems(p.title)]
    return None if any(p.presentable for p in named) else liked


def without_the_name(request: Request, ctx: TurnContext, name: str) -> Request:
    """``request`` less a name the shop sells nothing of: its words without it, in the category
    they name themselves (the guess was read with it: Nail Polish for 'gift sister chanel')."""
    text = cut_out(rf"\b{re.escape(name)}\b", request.text)
    category = ctx.parts.parse(text).category if ctx.parts.parse is not None and text else None
    return replace(request, text=text, parsed=replace(request.parsed, category=category))
