"""The filters and choice of a set's complements: what each must pass (`complement_filters`,
`set_filters`: the type named, a routine's home, an add-on's price ceiling), and the products
chosen (`complements`): bought with the anchors when ranking knows, their skin or hair type
first, then topped up from search, one per category or up to three of the type named."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from assistant.dialogue.context import TurnContext
from assistant.dialogue.facts import topic_quote
from assistant.dialogue.handlers.bundle_anchors import Anchors
from assistant.dialogue.handlers.bundle_type import type_words
from assistant.dialogue.needs.search_words import content_words, stated_type
from assistant.dialogue.needs.wording import stems
from assistant.dialogue.ports import Candidate
from assistant.dialogue.request import Request
from assistant.dialogue.vocabulary import priced_in_error
from catalog.category_paths import below
from catalog.schema import Product
from core.errors import ShopAssistError
from retrieval.filters import Filters
from retrieval.metadata import product_passes

BUNDLE_SIZE = 3


def complement_filters(ctx: TurnContext, budget: float | None = None) -> Filters:
    """What every product of a set must pass: the conversation's excluded brands (the
    profile's too), avoided ingredients and price ceiling (a set's own ``budget``, when the
    shopper gave one, replaces the ceiling: the total is held to it). Not its category (a set
    spans others), wanted brands (they chose the need's brand, not the set's) or price floor
    (a small add-on is welcome)."""
    allowed = replace(ctx.filters(), category=None, brands=(), min_price=None)
    return replace(allowed, max_price=None) if budget is not None else allowed


def set_filters(
    request: Request,
    ctx: TurnContext,
    allowed: Filters,
    named: str | None,
    anchors: Anchors,
    budget: float | None,
) -> Filters:
    """``allowed`` narrowed for this set: to the type named (``named``), else, with no anchor,
    to the home of a routine the words name (`routine_home`), else, with no budget, to an
    add-on's price ceiling (`add_on_ceiling`)."""
    if named:
        return replace(allowed, category=named)
    if not anchors.ids and request.parsed.category:  # "a skincare routine": in Skin Care
        return replace(allowed, category=routine_home(request, ctx))
    if budget is None and (cap := add_on_ceiling(anchors.products)) is not None:
        ceiling = cap if allowed.max_price is None else min(cap, allowed.max_price)
        return replace(allowed, max_price=ceiling)  # no $92 vanity beside a $6 lipstick
    return allowed


def routine_home(request: Request, ctx: TurnContext) -> str | None:
    """Where a set with no pick to go with is built: the category the request's words name
    ("a skincare routine": Skin Care), narrowed to the branch right under it that search finds
    for the request there ("for oily skin": Face, not a body butter for eczema) when that
    branch has categories of its own to spread the set over; else None."""
    home = request.parsed.category
    if home is None or ctx.parts.categories is None:
        return home
    try:
        found = ctx.parts.categories.guess(request.text, Filters(category=home))
    except ShopAssistError:
        return home
    if not found or not below(found, home):
        return home
    branch = " > ".join(found.split(" > ")[: home.count(" > ") + 2])
    paths = ctx.parts.vocabulary.categories if ctx.parts.vocabulary else ()
    return branch if any(below(p, branch) for p in paths) else home  # Makeup Sets: no routine


ADD_ON_TIMES = 2.0
ADD_ON_FLOOR = 15.0
"""A set's add-on costs at most ``ADD_ON_TIMES`` its anchor's price, or ``ADD_ON_FLOOR``
when that is more (a $3 mascara may still go with a $12 eye shadow)."""


def add_on_ceiling(anchors: Sequence[Product]) -> float | None:
    """The highest price of an add-on to a set built around ``anchors`` with no budget and no
    type named: bought-together data paired a $92 vanity table with a $6 lipstick, a $49
    perfume and a $43 toiletry bag with an $11 gel polish remover tool. None without a priced
    anchor."""
    prices = [p.price for p in anchors if p.price is not None]
    return max(ADD_ON_TIMES * max(prices), ADD_ON_FLOOR) if prices else None


def complements(
    request: Request,
    ctx: TurnContext,
    anchors: Anchors,
    named: str | None,
    allowed: Filters,
    budget: float | None,
) -> tuple[list[Product], set[str]] | str:
    """The products of a set and the ids of those bought with the anchors: first from what
    ranking knows is bought with them (those naming the skin or hair type stated for the type
    named first: `_of_their_type`; else the anchors' departments first: `_near_first`), then
    topped up from search for the request's words (`_searched`); the reply when search fails."""
    home = None if named else allowed.category  # a routine's: one of each type under it
    spread = home.count(" > ") + 2 if home else None
    chosen: list[Product] = []
    theirs = stated_type(request.text, ctx.state.needs, named) if named else ""  # "oily skin"
    later: list[Candidate] = []  # bought with it, not for their type: after searched ones that are
    if anchors.ids and ctx.parts.scorer is not None:
        pool = ctx.parts.scorer.bought_with(anchors.ids, 60)
        if theirs:  # a cleanser for their oily skin first
            pool, later = _of_their_type(pool, ctx)
        pool = pool if named else _near_first(pool, ctx, anchors.products)
        chosen = _choose(ctx, pool, anchors, budget, allowed, not named)
    bought = {p.id for p in chosen} | {h.item_id for h in later}
    if len(chosen) < (BUNDLE_SIZE if named else 1):  # top up from search
        pool = _searched(request, ctx, anchors, theirs, later, allowed)
        if isinstance(pool, str):
            return pool
        chosen = _choose(ctx, pool, anchors, budget, allowed, not named, chosen, spread)
    return chosen, bought


def _searched(
    request: Request,
    ctx: TurnContext,
    anchors: Anchors,
    theirs: str,
    later: list[Candidate],
    allowed: Filters,
) -> list[Candidate] | str:
    """The search that tops a set up: for the request's words (the type said and the skin or
    hair type stated, ``theirs``; the anchors' departments when it says no type), those naming
    ``theirs`` first, then those bought with the anchors (``later``); the reply when search
    fails."""
    need = request.text if content_words(request.text) else ctx.query()
    if theirs:  # "conditioner curly hair", not 'a conditioner to go with it curly hair'
        need = f"{' '.join(type_words(request.text)) or need} {theirs}"
    if anchors.ids and not type_words(request.text):  # "with the cheaper one": no words
        need = " ".join(p.categories[1] for p in anchors.products if len(p.categories) > 1)
    try:
        pool = ctx.parts.searcher.search(need or "skin care routine", allowed, 100)
    except ShopAssistError as e:
        return f"I could not build a set: {e}"
    if theirs:  # those naming their skin or hair type first, then the ones bought with it
        fit, rest = _of_their_type(pool, ctx)
        pool = [*fit, *later, *rest]
    return pool


def _of_their_type(
    pool: list[Candidate], ctx: TurnContext
) -> tuple[list[Candidate], list[Candidate]]:
    """``pool`` parted into the products whose records name the skin or hair type stated in
    the conversation and the others, each in its order ("a cleanser to go with it" after
    moisturisers for oily skin: a cleanser for oily skin, not any cleanser bought with the
    moisturiser)."""
    types = [v for k, v in ctx.state.needs.items() if k in ("skin", "hair")]
    records = {p.id: p for p in ctx.products([h.item_id for h in pool])}

    def names_it(hit: Candidate) -> bool:
        p = records.get(hit.item_id)
        return p is not None and all(topic_quote(p, t) is not None for t in types)

    return [h for h in pool if names_it(h)], [h for h in pool if not names_it(h)]


def _near_first(
    pool: list[Candidate], ctx: TurnContext, anchor_products: Sequence[Product]
) -> list[Candidate]:
    """``pool`` with the products of the anchors' departments first, each part in its order:
    "what goes with it?" beside a hair fringe added a foundation, a nail file and a perfume
    (bought together across the shop) before any hair accessory."""
    departments = {tuple(p.categories[:2]) for p in anchor_products if len(p.categories) > 1}
    if not departments:
        return pool
    records = {p.id: p for p in ctx.products([h.item_id for h in pool])}

    def near(hit: Candidate) -> bool:
        product = records.get(hit.item_id)
        return product is not None and tuple(product.categories[:2]) in departments

    return [h for h in pool if near(h)] + [h for h in pool if not near(h)]


SETS = frozenset({"set", "kit"})
"""Stems of the names of categories that hold whole sets ("Sets & Kits"): no step of a routine
("a simple skincare routine under 50" spent $44 of it on an acne treatment kit)."""


def _choose(
    ctx: TurnContext,
    pool: list[Candidate],
    anchors: Anchors,
    budget: float | None,
    allowed: Filters,
    one_per_leaf: bool = True,
    chosen: Sequence[Product] = (),
    spread: int | None = None,
) -> list[Product]:
    """Presentable products (a title and a price) that pass ``allowed``, within the budget:
    one per leaf category the set does not have yet (one per category ``spread`` levels deep,
    where given: a routine's cleanser, moisturizer and serum, not three moisturizers, and no
    kit: `SETS`), or, when the shopper named the type (``one_per_leaf`` False), up to
    `BUNDLE_SIZE` of it; added to those ``chosen`` already."""

    def leaf(p: Product) -> tuple[str, ...]:
        return tuple(p.categories[:spread] if spread else p.categories)

    products = {p.id: p for p in ctx.products([h.item_id for h in pool])}
    chosen = list(chosen)
    spent = sum(p.price or 0.0 for p in chosen)  # held to a budget, which leaves the anchor out
    used_leaves = {leaf(p) for p in [*anchors.products, *chosen]}
    taken = {*anchors.ids, *(p.id for p in chosen)}
    for hit in pool:
        p = products.get(hit.item_id)
        if p is None or p.id in taken or not p.presentable:
            continue
        if priced_in_error(p, ctx.parts.vocabulary):  # a $0.01 listing: no add-on at that
            continue
        if one_per_leaf and leaf(p) in used_leaves:
            continue
        if spread and SETS & stems(leaf(p)[-1]):  # a routine's steps, not a kit of them all
            continue
        if not product_passes(p, allowed):
            continue
        price = p.price or 0.0  # presentable: never None here
        if budget is not None and spent + price > budget:
            continue
        chosen.append(p)
        taken.add(p.id)
        used_leaves.add(leaf(p))
        spent += price
        if len(chosen) == BUNDLE_SIZE:
            break
    return chosen
