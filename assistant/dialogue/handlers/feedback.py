"""Likes, dislikes and carts (from buttons or words), and 'more like this one'."""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.dialogue.context import TurnContext
from assistant.dialogue.handlers.find_picks import find
from assistant.dialogue.handlers.talk import WELCOME
from assistant.dialogue.needs.lift_offer import BUDGET_DROPPED, lift_offer
from assistant.dialogue.needs.milder import milder_sides
from assistant.dialogue.needs.wording import with_detail
from assistant.dialogue.phrases.cart_and_likes import POINTED_BY_A_WORD
from assistant.dialogue.phrases.small_talk import THANKED, THANKS_ALONE
from assistant.dialogue.product_names import short_title
from assistant.dialogue.request import Intent, Request
from assistant.dialogue.turn import Turn
from catalog.schema import Event, EventKind, Product
from core.errors import ShopAssistError
from retrieval.filters import Filters

FEEDBACK_KINDS = ("like", "dislike", "cart")


def apply_feedback(ctx: TurnContext, item_id: str, kind: str) -> None:
    """Record a like, dislike or cart: in the conversation, in the profile of a known shopper
    who has not opted out, and a cart as a store event."""
    state, profile = ctx.state, ctx.profile
    state.feedback(item_id, kind)
    if kind == "dislike":
        state.constraints.exclude([item_id])
    if profile.user_id and not profile.opted_out:
        bucket = profile.disliked_items if kind == "dislike" else profile.liked_items
        if item_id not in bucket:
            bucket.append(item_id)
        if kind == "cart":
            cart = Event(
                user_id=profile.user_id, item_id=item_id, kind=EventKind.CART, position=state.turns
            )
            ctx.parts.store.upsert_events([cart])


def _picks(request: Request, ctx: TurnContext, intent: Intent, ask: str) -> list[str] | Turn:
    """The picks the message points at, or the reply when it points at none (``ask``) or at
    one that is not on screen."""
    targets = ctx.resolve(request)
    if isinstance(targets, str):
        return Turn(reply=targets, intent=intent.value)
    if not targets:
        return Turn(reply=ask, intent=intent.value)
    return targets


def feedback(request: Request, ctx: TurnContext) -> Turn:
    """'I love the first one', 'not for me', 'add it to my cart'."""
    if re.match(THANKS_ALONE, " ".join(request.text.lower().split())):  # "thx": no like
        return Turn(reply=WELCOME, intent=Intent.FEEDBACK.value)  # or dislike of a pick
    if not request.references and re.search(POINTED_BY_A_WORD, request.text.lower()):
        return Turn(  # "love the pink one" where no pick is pink: no like for the first one
            reply="Which pick do you mean? Say its number, like 'the second one'.",
            intent=Intent.FEEDBACK.value,
        )
    targets = _picks(request, ctx, Intent.FEEDBACK, "Which pick do you mean?")
    if isinstance(targets, Turn):  # no pick meant: thanks are welcomed, not asked which pick
        thanked = re.search(THANKED, request.text, re.I)  # ("thank you, that really helped!")
        return Turn(reply=WELCOME, intent=Intent.FEEDBACK.value) if thanked else targets
    kind = (
        "cart"
        if request.attributes.get("action") == "cart"
        else ("like" if request.sentiment > 0 else "dislike")
    )
    for item in targets:
        apply_feedback(ctx, item, kind)
    if kind == "dislike":  # other picks for the same need, or from their history
        c = ctx.state.constraints
        if c.need and (reason := milder_sides(request.text, c.category)):  # "too greasy"
            c.need = with_detail(c.need, reason)
        turn = find(ctx, answered=True)
        turn.intent = Intent.FEEDBACK.value
        turn.reply = "Noted, I will show you other options. " + turn.reply
        return turn
    if request.attributes.get("action") == "choose":  # "the second one please"
        return Turn(reply=_chosen(ctx, targets[0]), intent=Intent.FEEDBACK.value)
    if kind == "cart":
        n = len(targets)
        return Turn(
            reply={1: "Added to your cart.", 2: "Added both to your cart."}.get(
                n, f"Added all {n} to your cart."
            ),
            intent=Intent.FEEDBACK.value,
        )
    them = "it" if len(targets) == 1 else "them"
    return Turn(reply=f"Noted, I will show more like {them}.", intent=Intent.FEEDBACK.value)


def _chosen(ctx: TurnContext, item_id: str) -> str:
    """The reply to a pick chosen without a verb: which one was taken, and how to buy it (a
    choice is no wish for more like it)."""
    product = next(iter(ctx.products([item_id])), None)
    name = short_title(product) if product else item_id
    price = f" (${product.price:.2f})" if product and product.price is not None else ""
    return (
        f"Good choice: {name}{price}. Say “add it to my cart” to buy it, "
        "or tell me what else you need."
    )


def more_like(request: Request, ctx: TurnContext) -> Turn:
    """Products nearest to the referenced pick, within the conversation's filters; those that
    cost less than it, or more, where the turn asks so ("more like the first but cheaper": the
    reader's `Request.cheaper`), bounded at the search (`priced_beside`), so that the nearest
    cheaper ones come back, not the few cheaper ones among the nearest at any price. Where the
    budget the shopper set leaves no room beyond the pick, the reply says so and how to lift it
    (`_budget_in_the_way`), not that nothing was found."""
    targets = _picks(request, ctx, Intent.MORE_LIKE, "More like which one?")
    if isinstance(targets, Turn):
        return targets
    anchor = targets[0]
    product = next(iter(ctx.products([anchor])), None)
    price = product.price if product else None
    try:
        filters: Filters | None = ctx.filters()
        if filters is not None and price is not None and (request.cheaper or request.pricier):
            bounded = priced_beside(filters, price, cheaper=request.cheaper)
            budget_set = (filters.min_price, filters.max_price) != (None, None)
            if bounded is None and budget_set and product is not None:  # no room within it
                return Turn(
                    reply=_budget_in_the_way(filters, product, request.cheaper), intent="more_like"
                )
            filters = bounded
        similar = [] if filters is None else ctx.parts.searcher.similar(anchor, filters, 50)
    except ShopAssistError as e:
        return Turn(reply=f"I could not find similar products: {e}", intent="more_like")
    found = [h for h in similar if h.item_id != anchor]
    title = product.title if product else anchor
    return ctx.present(found, intent=Intent.MORE_LIKE, query=title, lead=f"More like {title[:80]}:")


def _budget_in_the_way(filters: Filters, product: Product, cheaper: bool) -> str:
    """Why nothing cheaper or dearer than ``product`` is shown: the budget the shopper set
    (``filters``' prices, in `Filters.describe`'s words) leaves no price beyond it; and the
    offer to lift it (`lift_offer`)."""
    budget = Filters(min_price=filters.min_price, max_price=filters.max_price).describe()
    beyond = ("cheaper", "below") if cheaper else ("pricier", "above")
    return (
        f"Nothing {beyond[0]} than {short_title(product)} (${product.price:.2f}) fits the "
        f"budget you set ({budget}); {lift_offer(BUDGET_DROPPED, f'look {beyond[1]} it')}."
    )


def priced_beside(filters: Filters, price: float, *, cheaper: bool) -> Filters | None:
    """``filters`` bounded to what costs less than ``price`` (``cheaper``: the highest price a
    cent under it, or the dialogue's own where that is lower), or more (the lowest a cent over
    it, or the dialogue's where higher); a product with no price passes neither. None when no
    price is left between the bounds ("pricier" than a pick at the dialogue's highest price)."""
    low, high = filters.min_price, filters.max_price
    if cheaper:
        high = round(price - 0.01, 2) if high is None else min(high, round(price - 0.01, 2))
    else:
        low = round(price + 0.01, 2) if low is None else max(low, round(price + 0.01, 2))
    if high is not None and (high < 0 or (low is not None and low > high)):
        return None
    return replace(filters, min_price=low, max_price=high)
