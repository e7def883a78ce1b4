"""Search for the conversation's current need and present the picks (`find`), the step every
search, answer and refinement ends in: what to say before searching (their purchases again,
nothing named, a type the shop does not sell), the search, the candidates that may be shown,
what to do when none is (the brand's wider branch, the nearest price), one clarifying question,
and the picks in the order asked for."""

from __future__ import annotations

import logging

from assistant.dialogue.category.kinds import as_said
from assistant.dialogue.clarifying.clarify import question_for, split_options
from assistant.dialogue.context import TurnContext
from assistant.dialogue.handlers.candidates import (
    BY_PRICE,
    NEAREST_PRICE,
    ORDER_DEPTH,
    ORDERS,
    bought_before,
    in_order,
    nearest_in_price,
    no_accessories,
    only_named,
    put_first,
)
from assistant.dialogue.handlers.for_him import gift_for_him, his_departments
from assistant.dialogue.handlers.found_filters import not_turned_down, priced_half, priced_rightly
from assistant.dialogue.handlers.not_carried import (
    listed_unsold,
    missing_kind,
    unknown_maker,
    untitled_kind,
)
from assistant.dialogue.handlers.several import OF_EACH, names_several_types, of_each_type
from assistant.dialogue.handlers.their_history import from_their_history
from assistant.dialogue.model.rewrite import rewritten
from assistant.dialogue.ports import Candidate
from assistant.dialogue.request import Intent
from assistant.dialogue.turn import Turn
from catalog.schema import Product
from core.errors import ShopAssistError
from retrieval.tokenize import tokenize

logger = logging.getLogger(__name__)


WHAT_FOR = "What are you shopping for? A product type, a need or a budget helps."
"""The question for a message that names nothing to search for."""


def find(
    ctx: TurnContext,
    *,
    answered: bool = False,
    same_kind: bool = False,
    near_price: tuple[float | None, float | None] | None = None,
) -> Turn:
    """Search for the conversation's current need and constraints and present the picks.

    ``answered``: the shopper has just answered our question (or refined), so no new one.
    ``same_kind``: only what the need names ("cheaper" than the picks: `only_named`), and no
    accessory of it (`no_accessories`).
    ``near_price``: the price range said, which nothing matched: the picks nearest it first
    (`_at_the_nearest_price`).
    """
    query = ctx.query()
    if (before := _before_searching(ctx, query)) is not None:
        return before
    hits = _searched(ctx, query)  # every match, the listings the shop cannot sell too
    if isinstance(hits, Turn):
        return hits
    found = _may_be_shown(hits, ctx, query, same_kind=same_kind)
    if not found:
        return _none_found(ctx, answered=answered, same_kind=same_kind)
    if not answered and (listed := listed_unsold(ctx, query, hits)) is not None:
        return _listed_without_a_price(ctx, listed)
    several = names_several_types(ctx, found)  # "a cleanser and toner": some of each, no question
    if not several and (question := _clarifying_question(ctx, query, found, answered)) is not None:
        return question
    turn = _picks(ctx, query, found, several=several, near_price=near_price)
    return _with_what_is_not_carried(turn, ctx, query)


def _before_searching(ctx: TurnContext, query: str) -> Turn | None:
    """A turn that needs no search: their purchases again ("reorder my usual lashes"), none on
    record, picks from their history or our question when the need names nothing ("something
    pretty"), a type the shop does not sell ("a $30 gift card"); else None."""
    c = ctx.state.constraints
    if c.order == "again":  # "reorder my usual lashes"
        if theirs := bought_before(ctx, query):
            lead = None if query or c.category else "Your latest purchases here:"
            return ctx.present(
                theirs, intent=Intent.SEARCH, query=query, lead=lead, in_order=ORDERS["again"]
            )
        if not query and not c.category:  # "what did i buy last time?"
            return Turn(
                reply="I have no purchases of yours on record here. What are you shopping for?",
                intent=Intent.SEARCH.value,
            )
    if not tokenize(query) and not c.category:  # "something pretty": no word
        if (for_them := from_their_history(ctx)) is not None:
            return for_them
        return Turn(
            reply=WHAT_FOR,
            intent=Intent.SEARCH.value,
            question="What are you shopping for?",
        )
    if (missing := missing_kind(ctx, query)) is not None:  # "a $30 gift card"
        return Turn(
            reply=f"I found no {missing} in this store's catalog. Can I help you find something "
            "else?",
            intent=Intent.SEARCH.value,
        )
    return None


def _searched(ctx: TurnContext, query: str) -> list[Candidate] | Turn:
    """What search finds for the need (rewritten into catalog words where a model can, every
    one of a type ordered by price); our question when search refuses the words."""
    state = ctx.state
    try:
        searched = rewritten(ctx.parts.rewriter, query, state)  # the reply keeps ``query``
        searched = gift_for_him(ctx, query, searched)
        depth = ctx.options.candidates
        if state.constraints.order in BY_PRICE:  # "the cheapest nail polish": every one of them
            depth = max(depth, ORDER_DEPTH)
        return ctx.parts.searcher.search(
            searched or state.constraints.category or "", ctx.filters(), depth
        )
    except ShopAssistError as e:
        logger.info("search refused %r: %s", query, e)  # the shopper gets a question, not it
        return Turn(
            reply=f"I could not tell what to look for there. {WHAT_FOR}",
            intent=Intent.SEARCH.value,
            question="What are you shopping for?",
        )


def _may_be_shown(
    hits: list[Candidate], ctx: TurnContext, query: str, *, same_kind: bool
) -> list[Candidate]:
    """``hits`` less the products excluded, turned down or priced in error, those the need
    names first (`put_first`); with ``same_kind``, only what it names and no accessory."""
    found = [h for h in hits if h.item_id not in ctx.state.constraints.exclude_items]
    found = not_turned_down(found, ctx)
    found = priced_rightly(found, ctx)  # no $0.01 listing error ("cheaper" reached them)
    found = put_first(found, ctx, query)
    if same_kind:
        found = no_accessories(only_named(found, ctx, query), ctx, query)  # no atomizer
    return found


def _none_found(ctx: TurnContext, *, answered: bool, same_kind: bool) -> Turn:
    """Nothing to show: the wanted brand in the nearest branch that has it, else the same need
    nearest the price said (not for "cheaper" than the picks: those are the end of the range),
    else a reply saying nothing matched."""
    c = ctx.state.constraints
    if (wider := _where_the_brand_is(ctx)) is not None:
        narrow, c.category = c.category, wider
        turn = find(ctx, answered=answered, same_kind=same_kind)
        if turn.picks:
            brand = c.brands[0]  # as the shopper named it
            turn.reply = f"{brand} has nothing in {_last(narrow)}; in {_last(wider)}: {turn.reply}"
        return turn
    if not same_kind and (nearest := _at_the_nearest_price(ctx)) is not None:
        return nearest
    what = ctx.described()
    return Turn(
        reply="I found nothing in the catalog for that"
        + (f" ({what})" if what else "")
        + ". Try fewer constraints, another price range or other words.",
        intent=Intent.SEARCH.value,
    )


def _listed_without_a_price(ctx: TurnContext, listed: Product) -> Turn:
    """A product the catalog lists without a price ("chanel no 5"): the nearest of its kind,
    the reply saying why it is not one of them."""
    ctx.state.constraints.category = " > ".join(listed.categories)  # "chanel no 5": its kind
    turn = find(ctx, answered=True)
    lead = f"\u201c{listed.title}\u201d is listed in this store's catalog without a price"
    lead += ", so I cannot offer it"
    turn.reply = f"{lead}; the nearest: {turn.reply}" if turn.picks else f"{lead}."
    return turn


def _clarifying_question(
    ctx: TurnContext, query: str, found: list[Candidate], answered: bool
) -> Turn | None:
    """Our one question, where the need should be narrowed (`TurnContext.should_clarify`) and
    the first matches split into options (a man's departments first); else None."""
    if not ctx.should_clarify(query, answered=answered):
        return None
    first = ctx.products([h.item_id for h in found[:40]])
    options = his_departments(ctx, query, first) or split_options(first)
    if not options:
        return None
    state = ctx.state
    state.asked = True
    state.pending_options = options
    question = state.pending_question = question_for(options)
    return Turn(reply=question, intent=Intent.SEARCH.value, question=question)


def _picks(
    ctx: TurnContext,
    query: str,
    found: list[Candidate],
    *,
    several: bool,
    near_price: tuple[float | None, float | None] | None,
) -> Turn:
    """The picks presented: the price half asked for ("a cheap dupe", "a luxury perfume"), in
    the order asked for ("best selling"), some of each type named, or nearest the price said."""
    whole, found = found, priced_half(found, ctx)
    order, said = ctx.state.constraints.order, None
    if order in ORDERS and order != "again":  # "best selling"
        found, said = in_order(found, ctx, order, query)
    elif several:  # the price half's types, else the whole list's (it names several)
        found, said = of_each_type(ctx, found) or of_each_type(ctx, whole) or [], OF_EACH
    elif near_price is not None:
        found, said = nearest_in_price(found, ctx, near_price, query), NEAREST_PRICE
    return ctx.present(found, intent=Intent.SEARCH, query=query, in_order=said)


def _with_what_is_not_carried(turn: Turn, ctx: TurnContext, query: str) -> Turn:
    """``turn`` whose reply says first what the need names that the shop does not carry: a
    maker ("a dyson hair dryer") or a type no title names ("a beard trimmer")."""
    if turn.picks and (maker := unknown_maker(ctx, query)):  # "a dyson hair dryer"
        named = f"\u201c{maker.capitalize()}\u201d"
        turn.reply = f"Nothing in this store's catalog says {named}; the nearest: " + turn.reply
    elif turn.picks and (kind := untitled_kind(ctx, query)):  # "a beard trimmer"
        said = as_said(query, kind)  # "eyebrow tweezers", as the shopper wrote it
        turn.reply = f"I found no {said} in this store's catalog; the nearest: " + turn.reply
    return turn


def _at_the_nearest_price(ctx: TurnContext) -> Turn | None:
    """Nothing at the price said ("a lip liner for like 3 dollars", "a wig over $100"): the
    same need at any price, nearest the price said first, the reply saying so; the price said
    stays the conversation's. None where no price was said or nothing matches without it."""
    c = ctx.state.constraints
    bounds = (c.min_price, c.max_price)
    if bounds == (None, None):
        return None
    missed = ctx.described()
    c.min_price = c.max_price = None
    try:
        turn = find(ctx, answered=True, near_price=bounds)
    finally:
        c.min_price, c.max_price = bounds
    if not turn.picks:
        return None
    turn.reply = f"I found nothing in the catalog for that ({missed}). {turn.reply}"
    return turn


def _where_the_brand_is(ctx: TurnContext) -> str | None:
    """The nearest branch above the need's category where the wanted brands have products,
    when they have none in it ("a Simple gel cleanser": Simple's wash gel is filed under
    Cleansers > Washes, not Gels); None otherwise."""
    c = ctx.state.constraints
    facts = ctx.brand_facts()
    if facts is None or not c.brands or not c.category:
        return None
    return facts.nearest(c.brands, c.category)


def _last(path: str | None) -> str:
    return (path or "").rsplit(" > ", 1)[-1]
