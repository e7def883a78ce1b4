"""The anchors a bundle is for (`set_anchors`): the picks it names or points at, every pick on
screen, the set on screen within a total, the last carted item, or a product it names that is
not on screen, searched first; and a budget said of picks of one type (`one_type_on_screen`),
which is a price for one of them, not a set's."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from assistant.dialogue.context import TurnContext
from assistant.dialogue.needs.search_words import content_words
from assistant.dialogue.phrases.references import EVERY_ONE_SHOWN
from assistant.dialogue.request import Request
from catalog.category_paths import within
from catalog.schema import Product
from core.errors import ShopAssistError

POINTS_AT_A_PICK = re.compile(
    r"\b(?:this|it|that|them|these|those|the (?:[a-z]+ )?one|"
    r"the (?:cheaper|pricier|dearer|cheapest|priciest|dearest))\b"
)
"""Words that anchor a bundle request on the pick last pointed at ("what goes with it?", "with
the cheaper one" after "the first two, which is cheaper?" named it: the parser leaves 'the
one')."""


def points_at_a_pick(request: Request) -> bool:
    """Whether a bundle request names picks ("the second one") or points at one ("what goes
    with it?"): with picks on screen, the set is built around them."""
    return bool(request.references or POINTS_AT_A_PICK.search(request.text))


GOES_WITH_A = re.compile(
    r"\b(?:go(?:es)?|going|pairs?|matche?s?)\s+"
    r"(?:(?:really\s+)?(?:well|nicely|best|great|perfectly)\s+)?with\s+"
    r"(?:a|an|my|some|her|his|their)\s+(?P<anchor>[a-z][a-z' -]*?)\W*$"
)
"""A set asked for around a product not on screen ("what goes well with a red lipstick?"): the
product is searched first and the set built around it ("what would go nicely with my new
eyeshadow palette")."""


def searched_anchor(request: Request, ctx: TurnContext) -> Product | None:
    """The product a bundle request names as its anchor when none is on screen (`GOES_WITH_A`):
    the best search match for its words under the request's category and the conversation's
    hard constraints; None when it names none or nothing matches."""
    said = GOES_WITH_A.search(" ".join(request.text.lower().split()))
    if said is None or not content_words(said.group("anchor")):
        return None
    wanted = replace(ctx.filters(), category=request.parsed.category)
    try:
        found = ctx.parts.searcher.search(said.group("anchor"), wanted, 1)
    except ShopAssistError:
        return None
    products = ctx.products([hit.item_id for hit in found[:1]])
    return products[0] if products else None


def one_type_on_screen(request: Request, ctx: TurnContext) -> bool:
    """Whether a budget said of everything on screen with no words of its own ("under 60
    total": `understanding` reads it as a bundle's budget) is said beside picks of one type,
    every one under the need's category (four shampoos): then it is a price for the one to
    choose, not a set's budget (beside a routine or a set around a pick the picks' categories
    differ)."""
    c, shown = ctx.state.constraints, ctx.state.shown
    if request.budget is None or request.references or content_words(request.text):
        return False
    if not c.category or not shown:
        return False
    return all(within(p.category_path, c.category) for p in ctx.products(shown))


@dataclass
class Anchors:
    """What a set is built around: the picks' ids and records (none for a routine), whether
    the budget holds them too (``whole``: "under 40 total" beside a set), whether the set goes
    with any of them, none paid for (``around_all``: "anything that goes with these?"), and
    the product searched for a request naming one not on screen (``searched``)."""

    ids: list[str] = field(default_factory=list)
    products: list[Product] = field(default_factory=list)
    whole: bool = False
    around_all: bool = False
    searched: Product | None = None


def set_anchors(request: Request, ctx: TurnContext) -> Anchors | str:
    """The anchors of a bundle request: every pick on screen ("anything that goes with these?"),
    the picks it names or points at (`points_at_a_pick`), the set on screen when only a budget
    is said, the last carted item, else a product it names (`searched_anchor`: the request's
    category is then the anchor's, not the set's). The reply when a reference does not exist."""
    state = ctx.state
    anchors = Anchors()
    if state.shown and not request.references and re.search(EVERY_ONE_SHOWN, request.text.lower()):
        anchors.ids, anchors.around_all = ctx.act_on(state.shown), True
    elif request.references or (state.shown and points_at_a_pick(request)):
        targets = ctx.resolve(request)
        if isinstance(targets, str):
            return targets
        anchors.ids = targets
    elif state.set_for and request.budget is not None and not content_words(request.text):
        anchors.ids, anchors.whole = list(state.set_for), True  # the set on screen, in the total
    elif state.carted:
        anchors.ids = state.carted[-1:]
    if not anchors.ids and (searched := searched_anchor(request, ctx)) is not None:
        anchors.ids, anchors.searched = [searched.id], searched  # "what goes with a red lipstick?"
        request.parsed.category = None
    anchors.products = ctx.products(anchors.ids)
    return anchors
