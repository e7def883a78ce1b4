"""'What goes with it?' (`bundle`): a set across complementary categories, within a budget if
given, or a choice of the one type it names. A bundle turn, in order: a budget beside picks of
one type refines them instead (`bundle_anchors.one_type_on_screen`), the anchors the set is for
(`bundle_anchors.set_anchors`), what is left of a total once they are paid for, the type it
names or guesses (`bundle_type.set_type`), the filters and the choice of complements
(`bundle_complements`), and the reply. "cheaper" beside a set is the set rebuilt under its total
(`refine_beside_a_set`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from assistant.dialogue.context import TurnContext
from assistant.dialogue.handlers.bundle_anchors import Anchors, one_type_on_screen, set_anchors
from assistant.dialogue.handlers.bundle_complements import (
    complement_filters,
    complements,
    set_filters,
)
from assistant.dialogue.handlers.bundle_type import set_type, type_as_said
from assistant.dialogue.handlers.refinement import refine
from assistant.dialogue.needs.search_words import content_words
from assistant.dialogue.phrases.prices_and_orders import CHEAPER
from assistant.dialogue.product_names import short_title
from assistant.dialogue.request import Intent, Request
from assistant.dialogue.turn import Pick, Turn
from catalog.schema import Product
from retrieval.query import ParsedQuery


def bundle(request: Request, ctx: TurnContext) -> Turn:
    """Up to three products from other leaf categories than the anchor(s), or of the type the
    message names ("a toner to go with it"): bought together with the referenced pick (or the
    last carted item) when ranking knows, else searched; each one honours the conversation's
    hard constraints (`complement_filters`). A budget "in total" beside one type's picks
    (`one_type_on_screen`) refines them by price instead."""
    if one_type_on_screen(request, ctx):  # "under 60 total" beside four shampoos
        return refine(replace(request, intent=Intent.REFINE, budget=None), ctx)
    allowed = complement_filters(ctx, request.budget)
    anchors = set_anchors(request, ctx)
    if isinstance(anchors, str):
        return Turn(reply=anchors, intent=Intent.BUNDLE.value)
    budget = _budget_left(request, anchors)
    if isinstance(budget, Turn):
        return budget
    named = set_type(request, ctx, anchors)  # "a toner to go with it"
    allowed = set_filters(request, ctx, allowed, named, anchors, budget)
    found = complements(request, ctx, anchors, named, allowed, budget)
    if isinstance(found, str):
        return Turn(reply=found, intent=Intent.BUNDLE.value)
    chosen, bought = found
    if not chosen:
        return Turn(
            reply="I could not put together a set that fits"
            + (f" ${request.budget:.2f}" if request.budget else "")
            + ". Try a larger budget.",
            intent=Intent.BUNDLE.value,
        )
    name = _anchor_name(anchors)
    picks = _picks(chosen, bought, name, anchors)
    ctx.state.show([p.id for p in picks])
    if named:
        return _choice_of_one_type(request, ctx, named, name, picks)
    return _set_turn(request, ctx, anchors, budget, chosen, picks)


def _budget_left(request: Request, anchors: Anchors) -> float | Turn | None:
    """The set's budget: the request's, less the anchors' prices where it holds them too
    (``Anchors.whole``: "under 40 total" beside a set); the reply when they alone cost more."""
    budget = request.budget
    if not anchors.whole or budget is None:
        return budget
    budget = round(budget - sum(p.price or 0.0 for p in anchors.products), 2)
    if budget <= 0:
        return Turn(
            reply=f"{short_title(anchors.products[0])} alone costs more than "
            f"${request.budget:.2f}. Want a larger budget or another one to build on?",
            intent=Intent.BUNDLE.value,
        )
    return budget


def _anchor_name(anchors: Anchors) -> str:
    """What the reply calls the anchors: the one's short title, "these" (every pick on screen),
    "these 2" ("what goes with the first two?"), or "your routine" with none."""
    if len(anchors.products) > 1:
        return "these" if anchors.around_all else f"these {len(anchors.products)}"
    return short_title(anchors.products[0]) if anchors.products else "your routine"


def _picks(
    chosen: Sequence[Product], bought: set[str], anchor_name: str, anchors: Anchors
) -> list[Pick]:
    """The set's picks, each with its reason (bought together with the anchors or going with
    them, and its type), after the anchor searched for the request, when there is one."""
    picks = [
        Pick.of(
            p,
            f"{'bought together with' if p.id in bought else 'goes with'} {anchor_name}; "
            f"{p.categories[-1] if p.categories else ''}",
        )
        for p in chosen
    ]
    if anchors.searched is not None:
        picks.insert(0, Pick.of(anchors.searched, "the one you asked about"))
    return picks


def _choice_of_one_type(
    request: Request, ctx: TurnContext, named: str, anchor_name: str, picks: list[Pick]
) -> Turn:
    """A choice of the one type named, not a set (no total): it becomes the need, in the
    words said ("a black one" next is about these eyeliners, not the mascaras)."""
    kind = named.split(" > ")[-1]
    need = type_as_said(request.text, named) or kind.lower()  # prices said stay
    ctx.state.keep_need()
    ctx.state.constraints.merge(ParsedQuery(text=need, category=named), need=need)
    return Turn(
        reply=f"{kind} to go with {anchor_name}: {len(picks)} to choose from.",
        intent=Intent.BUNDLE.value,
        picks=picks,
    )


def _set_turn(
    request: Request,
    ctx: TurnContext,
    anchors: Anchors,
    budget: float | None,
    chosen: Sequence[Product],
    picks: list[Pick],
) -> Turn:
    """A set and its total (the anchors' prices in it when no budget left them out, or when
    the budget held them); the set is remembered as built around the anchors ("under 40
    total" next: this set, within it)."""
    ctx.state.set_for = list(anchors.ids)
    paid = (budget is None and not anchors.around_all) or anchors.whole
    anchors_cost = sum(p.price or 0.0 for p in anchors.products) if paid else 0.0
    total = round(sum(p.price or 0.0 for p in chosen) + anchors_cost, 2)
    budget_note = f" within your ${request.budget:.2f}" if request.budget else ""
    with_note = f" with {_anchor_name(anchors)}" if anchors.products else ""
    several = len(anchors.products) > 1
    return Turn(
        reply=(f"{len(chosen)} items that go" if len(chosen) > 1 else "1 item that goes")
        + f"{with_note}{budget_note}: total ${total:.2f}"
        + (f", including {'them' if several else 'it'}." if anchors_cost else "."),
        intent=Intent.BUNDLE.value,
        picks=picks,
        total=total,
    )


def refine_beside_a_set(request: Request, ctx: TurnContext) -> Turn:
    """A refinement (`handlers.refinement.refine`); "cheaper" said alone beside a set built around
    a pick (`DialogueState.set_for`) is a cheaper set around it: the same set rebuilt under
    its total, the anchor paid for ("cheaper" after "what goes with the first one?" searched
    moisturisers under the $4.99 of the set's cheapest add-on)."""
    state = ctx.state
    said = content_words(re.sub(CHEAPER, " ", request.text.lower()))
    if not (state.set_for and request.cheaper) or said or request.parsed.priced:
        return refine(request, ctx)
    items = ctx.products([*state.set_for, *(i for i in state.shown if i not in state.set_for)])
    total = round(sum(p.price or 0.0 for p in items), 2)
    cheaper = replace(request, intent=Intent.BUNDLE, budget=round(total - 0.01, 2), text="")
    turn = bundle(replace(cheaper, references=[], cheaper=False), ctx)
    if not turn.picks:
        anchor = short_title(items[0]) if items else "it"
        turn.reply = (
            f"That is already the cheapest set I can put together with {anchor} "
            f"(${total:.2f}). Want me to look for something else?"
        )
        return turn
    turn.reply = f"A cheaper set (under ${total:.2f}): " + turn.reply.replace(
        f" within your ${total - 0.01:.2f}", ""
    )
    return turn
