"""What the shopper's history says of a need: the brand they usually buy (`their_brand`, or
the brand of the pick on screen), and picks from what they bought before when they name no
need (`from_their_history`)."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from assistant.dialogue.context import TurnContext
from assistant.dialogue.handlers.found_filters import priced_half, priced_rightly
from assistant.dialogue.request import Intent, Request
from assistant.dialogue.turn import Turn
from catalog.category_paths import within
from retrieval.metadata import product_passes

NO_USUAL_BRAND = (
    "I have no purchases of yours on record, so I don't know your usual brand. Which brand is it?"
)


def their_brand(request: Request, ctx: TurnContext, category: str | None) -> Request | Turn:
    """``request`` naming the brand the shopper has bought most, of ``category`` where they
    have bought in it (else of all they bought), when it asks for their usual brand ("the same
    brand i usually get"); a reply asking which brand when their history names none. One that
    asks for the picks' brand ("the same brand's conditioner") names the brand of the pick in
    view (`TurnContext.resolve`)."""
    if request.picks_brand:
        targets = ctx.resolve(request)
        shown = [] if isinstance(targets, str) else ctx.products(targets)
        brands = [p.brand for p in shown if p.brand][:1]
        return replace(
            request, parsed=replace(request.parsed, brands=brands or request.parsed.brands)
        )
    if not request.usual_brand:
        return request
    bought = [p for p in ctx.products(list(ctx.shopper().history)) if p.brand]
    mine = [p for p in bought if category and within(p.category_path, category)] or bought
    if not mine:
        return Turn(reply=NO_USUAL_BRAND, intent=request.intent.value)
    brand = Counter(p.brand for p in mine).most_common(1)[0][0]
    return replace(request, parsed=replace(request.parsed, brands=[brand]))


RECENT_ITEMS = 5
"""How many of a shopper's latest items seed picks asked for with no need."""


def from_their_history(ctx: TurnContext) -> Turn | None:
    """Picks asked for with no need ("any recommendations for me?") for a shopper with a
    history: what shoppers bought with their latest items, less what they have, within the
    conversation's constraints ("something under $20 for me"), ranked for them; None without
    a history, a scorer or anything to show (then we ask what they are shopping for)."""
    scorer, history = ctx.parts.scorer, ctx.shopper().history
    if scorer is None or not history:
        return None
    owned = set(history)
    found = [
        h
        for h in scorer.bought_with(list(history[-RECENT_ITEMS:]), ctx.options.candidates)
        if h.item_id not in owned and h.item_id not in ctx.state.constraints.exclude_items
    ]
    records = {p.id: p for p in ctx.products([h.item_id for h in found])}
    filters = ctx.filters()
    found = [
        h for h in found if (p := records.get(h.item_id)) is not None and product_passes(p, filters)
    ]
    found = priced_rightly(found, ctx)  # no $0.50 listing error, as in every search
    if not found:
        return None
    turn = ctx.present(priced_half(found, ctx), intent=Intent.SEARCH, query="")
    what = ctx.described()
    turn.reply = (
        f"Here {'is' if len(turn.picks) == 1 else 'are'} {len(turn.picks)} pick"
        f"{'' if len(turn.picks) == 1 else 's'} for you, from what you bought before"
        + (f", {what}" if what else "")
        + ". Tell me what you are shopping for and I'll look for that."
    )
    return turn
