"""Which candidates a search found may be shown at all: none in a category the need turned
down (`not_turned_down`), none priced in error (`priced_rightly`), and the cheaper or dearer half
for a "cheap" or "luxury" need (`priced_half`)."""

from __future__ import annotations

from assistant.dialogue.context import TurnContext
from assistant.dialogue.ports import Candidate
from assistant.dialogue.vocabulary import priced_in_error
from catalog.category_paths import within

CHEAP_POOL = 40
"""How many of the best matches set what "cheap" costs (their median price)."""


def not_turned_down(found: list[Candidate], ctx: TurnContext) -> list[Candidate]:
    """``found`` less the products in a category the need turned down ("not a perfume" beside
    perfumes: none in Fragrance, `Constraints.not_categories`)."""
    turned_down = ctx.state.constraints.not_categories
    if not turned_down:
        return found
    paths = {p.id: p.category_path for p in ctx.products([h.item_id for h in found])}
    return [h for h in found if not any(within(paths.get(h.item_id, ""), c) for c in turned_down)]


def priced_rightly(found: list[Candidate], ctx: TurnContext) -> list[Candidate]:
    """``found`` less the listings whose price is an error (`vocabulary.priced_in_error`: a
    $0.01 lip gloss, a $0.50 lipstick), which a search that goes by price would put first and
    no shopper should be offered at that price."""
    vocabulary = ctx.parts.vocabulary
    if vocabulary is None or not vocabulary.price_floors:
        return found
    wrong = {
        p.id for p in ctx.products([h.item_id for h in found]) if priced_in_error(p, vocabulary)
    }
    return [h for h in found if h.item_id not in wrong]


def priced_half(found: list[Candidate], ctx: TurnContext) -> list[Candidate]:
    """For a "cheap" need with no highest price, the cheaper half of the best `CHEAP_POOL` of
    ``found`` (their median price becomes the need's highest: `Constraints.cheap_ceiling`);
    for a "luxury" need with no lowest price, the dearer half (`Constraints.dear_floor`);
    else ``found``."""
    c = ctx.state.constraints
    if not (c.cheap_half.wanted or c.dear_half.wanted) or not found:
        return found
    top = ctx.products([h.item_id for h in found[:CHEAP_POOL]])
    prices = {p.id: p.price for p in top if p.price is not None}
    if c.cheap_half.wanted:
        ceiling = c.cheap_ceiling(list(prices.values()))
        if ceiling is None:
            return found
        return [h for h in found[:CHEAP_POOL] if prices.get(h.item_id, ceiling + 1) <= ceiling]
    floor = c.dear_floor(list(prices.values()))
    if floor is None:
        return found
    return [h for h in found[:CHEAP_POOL] if prices.get(h.item_id, floor - 1) >= floor]
