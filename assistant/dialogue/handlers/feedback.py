"""Likes, dislikes and carts (from buttons or words), and 'more like this one'."""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.dialogue.context import TurnContext
from assistant.dialogue.facts import short_title
from assistant.dialogue.handlers.search import find
from assistant.dialogue.handlers.talk import WELCOME
from assistant.dialogue.milder import milder_sides
from assistant.dialogue.phrases.cart_and_likes import POINTED_BY_A_WORD
from assistant.dialogue.phrases.talk import THANKED, THANKS_ALONE
from assistant.dialogue.ports import Candidate
from assistant.dialogue.request import Intent, Request
from assistant.dialogue.turn import Turn
from assistant.dialogue.wording import with_detail
from catalog.schema import Event, EventKind
from core.errors import ShopAssistError

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
    reader's `Request.cheaper`, which they showed at any price)."""
    targets = _picks(request, ctx, Intent.MORE_LIKE, "More like which one?")
    if isinstance(targets, Turn):
        return targets
    anchor = targets[0]
    try:
        similar = ctx.parts.searcher.similar(anchor, ctx.filters(), 50)
    except ShopAssistError as e:
        return Turn(reply=f"I could not find similar products: {e}", intent="more_like")
    found = [h for h in similar if h.item_id != anchor]
    product = next(iter(ctx.products([anchor])), None)
    if product is not None and product.price is not None and (request.cheaper or request.pricier):
        found = _priced_beside(found, product.price, ctx, cheaper=request.cheaper)
    title = product.title if product else anchor
    return ctx.present(found, intent=Intent.MORE_LIKE, query=title, lead=f"More like {title[:80]}:")


def _priced_beside(
    found: Sequence[Candidate], price: float, ctx: TurnContext, *, cheaper: bool
) -> list[Candidate]:
    """``found`` less what costs no less than ``price`` (``cheaper``), or no more; a product
    with no price is neither."""
    prices = {p.id: p.price for p in ctx.products([h.item_id for h in found])}
    return [
        h
        for h in found
        if (paid := prices.get(h.item_id)) is not None
        and (paid < price if cheaper else paid > price)
    ]
