"""A new need (`search`): the search handler, and where each step of a search turn lives.

A search turn, in order: the brand the shopper usually buys or the one on screen
(`their_history.their_brand`), a name liked that the shop does not sell taken out
(`not_carried.unsold_liked_name`), the constraints folded in, a man's branch
(`for_him.for_him`), a travel size (`sizes`), then `find_picks.find`: search, keep what may be
shown (`found_filters`, `candidates`), maybe one question, present the picks. A reply to our
question is `our_question.answered`; a change to the need on screen is `refinement.refine`,
which changes the need and its prices through `refined_need.refine_need`."""

from __future__ import annotations

from assistant.dialogue.context import TurnContext
from assistant.dialogue.handlers.candidates import BY_PRICE, ORDERS
from assistant.dialogue.handlers.find_picks import find
from assistant.dialogue.handlers.for_him import for_him
from assistant.dialogue.handlers.not_carried import unsold_liked_name, without_the_name
from assistant.dialogue.handlers.sizes import TRAVEL_ML, TRAVEL_SIZE, all_of_one_kind
from assistant.dialogue.handlers.their_history import their_brand
from assistant.dialogue.needs.search_words import display
from assistant.dialogue.request import Intent, Request
from assistant.dialogue.turn import Turn


def search(request: Request, ctx: TurnContext) -> Turn:
    """A new need: fold in its constraints, search, maybe ask one question, present picks. Going
    back to an earlier need ("go back to the first search") searches it again as it was."""
    if request.back_to:
        c = ctx.state.constraints
        current = display(ctx.query()) if (c.need or c.category) else ""
        if ctx.state.need_back(request.back_to) is None:
            still = f" This is still your search for \u2018{current}\u2019." if current else ""
            return Turn(
                reply="I have no earlier search like that to go back to."
                + (still or " What are you looking for?"),
                intent=Intent.SEARCH.value,
            )
        return find(ctx, answered=True)
    theirs = their_brand(request, ctx, request.parsed.category)
    if isinstance(theirs, Turn):
        return theirs
    unsold = unsold_liked_name(theirs, ctx)  # "a gift for my sister, she loves chanel"
    if unsold:
        theirs = without_the_name(theirs, ctx, unsold)
    ctx.state.keep_need()
    ctx.merge(theirs, new_need=True)
    ctx.state.constraints.order = request.superlative if request.superlative in ORDERS else None
    ctx.state.constraints.types = list(request.types)  # "a cleanser and toner": some of each
    if ctx.state.constraints.order in BY_PRICE:  # "the cheapest": the order, no price ceiling
        ctx.state.constraints.cheap_half.wanted = False
    for_him(ctx)
    travel = TRAVEL_SIZE.search(ctx.state.constraints.need.lower())
    if travel:  # "travel size shampoo": 100 ml or less, as beside picks
        ctx.state.constraints.max_size_ml = TRAVEL_ML + 1
    turn = find(ctx)
    if travel and not turn.picks and not turn.question:  # "a travel size hair dryer": no ml
        ctx.state.constraints.max_size_ml = None  # the type's titles say none: its words only
        turn = find(ctx)
    if travel and turn.picks:
        turn.reply += all_of_one_kind(turn.picks, ctx)
    if unsold:
        turn.reply = f"Nothing in this store's catalog says \u201c{unsold.capitalize()}\u201d. " + (
            turn.reply
        )
    return turn
