"""A change to the need on screen (`refine`: "cheaper", "not that brand", "something else",
"with SPF", "bigger"): what it is measured against, what it rules out, the search again, and
what the reply says when nothing is beyond the picks."""

from __future__ import annotations

import re
from collections.abc import Sequence
from copy import deepcopy
from dataclasses import asdict, replace

from assistant.dialogue.context import TurnContext
from assistant.dialogue.handlers.find_picks import find
from assistant.dialogue.handlers.for_him import for_him
from assistant.dialogue.handlers.refined_need import ALREADY_HAVE, refine_need
from assistant.dialogue.handlers.sizes import resize
from assistant.dialogue.handlers.their_history import their_brand
from assistant.dialogue.needs.milder import TOO_MUCH
from assistant.dialogue.needs.search_words import content_words, display
from assistant.dialogue.needs.shopping_words import A_SET
from assistant.dialogue.needs.wording import cut_out, stems
from assistant.dialogue.phrases.their_history import NOT_THEIR_USUAL
from assistant.dialogue.product_names import brand_of, short_title
from assistant.dialogue.request import Intent, Request
from assistant.dialogue.state import Constraints
from assistant.dialogue.turn import Turn
from catalog.schema import Product

MAX_UNDO = 10
"""How many refinements of one need "go back" can undo, one at a time."""


SETS = re.compile(r"^(?:.+ )?sets?(?: & kits)?$", re.I)
"""A category's own name for the sets of a branch ("Sets", "Sets & Kits", "Shampoo & Conditioner
Sets")."""


def _to_the_sets(ctx: TurnContext, request: Request) -> None:
    """A set asked for beside the picks (`shopping_words.A_SET`: "any in a set?" beside women's
    perfumes) moves the need to the sets filed beside its category, nearest first: a category
    named for sets (`SETS`) under its parent (Fragrance > Women's > Sets), else under the branch
    above that, below the department; none there, the category stays."""
    c, vocabulary = ctx.state.constraints, ctx.parts.vocabulary
    if not c.category or vocabulary is None or not A_SET.search(request.text.lower()):
        return
    parts = c.category.split(" > ")
    if SETS.match(parts[-1]):
        return
    for depth in range(len(parts) - 1, 1, -1):
        above = " > ".join(parts[:depth])
        for path in vocabulary.categories:
            name = path.removeprefix(above + " > ")
            if name != path and " > " not in name and SETS.match(name):
                c.category = path
                return


def _houses(brands: Sequence[str], ctx: TurnContext) -> list[str]:
    """``brands`` with every other spelling of their houses ("M.A.C": "MAC" too)."""
    facts = ctx.brand_facts()
    if facts is None:
        return list(brands)
    return facts.spellings(brands)


def refine(request: Request, ctx: TurnContext) -> Turn:
    """'cheaper', 'not that brand', 'something else', 'with SPF': change the need, search again."""
    state = ctx.state
    c = state.constraints
    theirs = their_brand(request, ctx, request.parsed.category or c.category)
    if isinstance(theirs, Turn):  # "the same brand i usually get", with no purchases on record
        return theirs
    shown = ctx.products(state.shown)
    before = deepcopy(c)
    request, owned, bought = _set_apart(theirs, ctx, shown)
    ctx.merge(request, new_need=False)
    for_him(ctx)  # "it's for my husband" to a women's perfume: the men's branch
    _to_the_sets(ctx, request)  # "any in a set?" beside perfumes: the perfume sets
    measured = _measured_against(request, ctx, shown)  # "the first one but cheaper": that one
    if isinstance(measured, str):
        state.constraints = before
        return Turn(reply=measured, intent=Intent.REFINE.value)
    notes = refine_need(c, request, [p.price for p in measured if p.price is not None])
    if sized := resize(c, request, measured):  # "do you have it in a bigger size"
        notes.append(sized)
    elif request.relative in ("bigger", "smaller") and measured and not request.add_detail:
        state.constraints = before  # no listing on screen names a size: none to go beyond
        return Turn(
            reply=f"The listings of these name no size, so I can't look for a {request.relative} "
            "one. Those picks stay; want me to look for something else?",
            intent=Intent.REFINE.value,
        )
    notes += _ruled_out(request, ctx, c, owned, bought)
    if request.exclude_reference_brand:
        not_theirs = _not_that_brand(request, ctx, c)
        if isinstance(not_theirs, str):
            return Turn(reply=not_theirs, intent=Intent.REFINE.value)
        notes += not_theirs
    return _searched_again(request, ctx, before, shown, measured, sized, notes)


def _set_apart(
    request: Request, ctx: TurnContext, shown: list[Product]
) -> tuple[Request, list[str], list[str]]:
    """What a refinement sets apart before it is merged: the picks the shopper already has
    (`ALREADY_HAVE`: "i already have the maybelline one", no wish for Maybelline), their
    purchases ("not the one i always buy, something new": its words taken out), and the picks
    it finds too much in ("the second looks too orange": not that one again; "too girly": none
    of these), excluded now. Returns the request less those, the owned and the bought."""
    state = ctx.state
    owned = _owned(request, ctx, shown) if ALREADY_HAVE.search(request.text.lower()) else []
    bought: list[str] = []  # "not the one i always buy, something new": none of their purchases
    if re.search(NOT_THEIR_USUAL, request.text, re.I):
        bought = list(ctx.shopper().history)
        request = replace(request, text=cut_out(NOT_THEIR_USUAL, request.text))
    if TOO_MUCH.search(request.text.lower()) and not (request.cheaper or request.pricier):
        # "the second looks too orange": not that one again; "too girly": none of these
        targets = ctx.resolve(request) if request.references else ctx.act_on(state.shown)
        if not isinstance(targets, str):
            state.constraints.exclude(targets)
    if owned:  # "i already have the maybelline one": not a wish for Maybelline
        request = replace(request, parsed=replace(request.parsed, brands=[]))
    return request, owned, bought


def _ruled_out(
    request: Request, ctx: TurnContext, c: Constraints, owned: list[str], bought: list[str]
) -> list[str]:
    """What the refinement rules out, in ``c``: the categories it turns down ("not a perfume"
    beside perfumes: the need, in no perfume), the picks on screen, those the shopper owns and
    their purchases. Returns the notes for the reply."""
    notes = []
    if request.turned_down:  # "not a perfume" beside perfumes: the need, in no perfume
        for category in request.turned_down:
            c.turn_down(category)
        said = c.need.split()
        kept = [w for w in said if not stems(w) or not stems(w) <= stems(request.text)]
        if kept != said and content_words(" ".join(kept)):
            c.need = " ".join(kept)  # "cologne men", then "not cologne": 'men'
        names = dict.fromkeys(p.rsplit(" > ", 1)[-1] for p in request.turned_down)
        notes.append(f"no {' or '.join(names)}")
    if request.exclude_shown:
        c.exclude(ctx.state.shown)
    if owned:
        c.exclude(owned)
        notes.append("not the one you have" if len(owned) == 1 else "not those you have")
    if bought:
        c.exclude(bought)
        notes.append("none you bought before")
    return notes


def _not_that_brand(request: Request, ctx: TurnContext, c: Constraints) -> list[str] | str:
    """The brands of the picks the message points at ruled out in ``c``, every spelling of
    them, and avoided in the profile from now on ("not that brand"); a pick whose brand no
    record or title names, that pick at least. Returns the notes for the reply, or the reply
    when no pick it points at is on screen."""
    targets = ctx.resolve(request)
    if isinstance(targets, str):
        return targets
    named = ctx.products(targets)
    known = ctx.catalog_brands()
    brands = sorted({b for p in named if (b := brand_of(p, known))})
    c.rule_out_brands(_houses(brands, ctx))  # every spelling; no longer wanted either
    notes = []
    for brand in brands:
        ctx.profile.avoided_brands = list(dict.fromkeys([*ctx.profile.avoided_brands, brand]))
        notes.append(f"no {brand}")
    if not brands and named:  # no brand on record or in the title: not that one at least
        c.exclude([p.id for p in named])
        notes.append(f"not {short_title(named[0])}, whose brand the catalog does not name")
    return notes


def _searched_again(
    request: Request,
    ctx: TurnContext,
    before: Constraints,
    shown: list[Product],
    measured: list[Product],
    sized: str | None,
    notes: list[str],
) -> Turn:
    """The search for the refined need, and its reply: the notes of what changed before the
    picks, ``before`` kept for "go back"; where no size or price beyond the picks on screen
    (``measured``) was found, those picks stay (the constraints go back to ``before``) and the
    reply says so."""
    state = ctx.state
    by_price = (request.cheaper or request.pricier) and not request.parsed.priced
    turn = find(ctx, answered=True, same_kind=by_price)
    turn.intent = Intent.REFINE.value
    if sized and shown and {p.id for p in turn.picks} == {p.id for p in shown}:
        # their purchases again ("the same but bigger" after "what did i buy last time?"):
        # no size of them was searched, so none is claimed
        state.constraints = before
        return Turn(
            reply=f"I found no {request.relative} size of these.", intent=Intent.REFINE.value
        )
    if sized and shown and not turn.picks:  # "a travel size": none, and the bound is said
        state.constraints = before
        return Turn(
            reply=f"I found nothing in the catalog for that ({sized}). Those picks stay; want "
            "me to look at another size or another kind of product?",
            intent=Intent.REFINE.value,
        )
    if by_price and not turn.picks and shown:
        state.constraints = before  # the picks on screen stay, and what they answer
        return Turn(reply=_at_the_end(request, measured, ctx.query()), intent=Intent.REFINE.value)
    if turn.picks:
        state.before = [*state.before, asdict(before)][-MAX_UNDO:]  # what "go back" returns to
    if turn.picks and notes and turn.reply.endswith(":"):  # a lead with no sentence of its own
        turn.reply = f"{turn.reply[:-1]} ({', '.join(notes)}):"  # "Your latest purchases here"
    elif turn.picks and notes:
        turn.reply = f"New picks ({', '.join(notes)}): " + turn.reply
    return turn


RELATIVE_TO_A_PICK = ("bigger", "smaller")
"""Refinements measured against a pick's size; "cheaper" and "pricier" against its price."""


def _measured_against(
    request: Request, ctx: TurnContext, shown: list[Product]
) -> list[Product] | str:
    """The picks a price or size refinement is measured against: those the message names ("the
    first one but cheaper", "il primo costa troppo": under that pick's price, not under the
    cheapest on screen; "the john frieda but bigger": larger than that bottle), else every pick
    on screen (also when the pick names the brand wanted: "cheaper but same brand as the second
    one"); an error reply when a pick named is not on screen."""
    relative = request.cheaper or request.pricier or request.relative in RELATIVE_TO_A_PICK
    if not (relative and request.references and shown):
        return shown
    targets = ctx.resolve(request)
    if isinstance(targets, str):
        return targets
    named = ctx.products(targets)
    wanted = {b.lower() for b in request.parsed.brands}
    if wanted and all((p.brand or "").lower() in wanted for p in named):
        return shown  # "cheaper but same brand as the second one": it names a brand, not a price
    return named


def _owned(request: Request, ctx: TurnContext, shown: Sequence[Product]) -> list[str]:
    """The picks a shopper says they already have: those the message points at ("that one,
    the first"), else those of the brand it names ("the maybelline one"), else the pick last
    pointed at (`TurnContext.resolve`)."""
    if not request.references and request.parsed.brands:
        named = {b.lower() for b in request.parsed.brands}
        by_brand = [p.id for p in shown if (p.brand or "").lower() in named]
        if by_brand:
            return by_brand
    targets = ctx.resolve(request)
    return [] if isinstance(targets, str) else targets


def _at_the_end(request: Request, shown: Sequence[Product], query: str) -> str:
    """What a shop assistant says when nothing cheaper (or dearer) than the picks on screen is
    what the shopper asked for: those picks are the end of the range; the cheapest (dearest)
    of them, by name and price."""
    priced = [p for p in shown if p.price is not None]
    if not priced:
        return "I have nothing else like that at another price. Want to try other words?"
    end = min(priced, key=lambda p: p.price or 0.0)
    word = "cheapest"
    if request.pricier:
        end, word = max(priced, key=lambda p: p.price or 0.0), "priciest"
    return (
        f"Those are already the {word} I have for '{display(query)}': {short_title(end)} at "
        f"${end.price:.2f}. Want me to look at another kind of product, or change the need?"
    )
