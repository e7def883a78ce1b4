"""A new need, and changes to the current one: search, then refine."""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Sequence
from copy import deepcopy
from dataclasses import asdict, replace

from assistant.dialogue.clarify import question_for, split_options
from assistant.dialogue.context import TurnContext, content_words, display
from assistant.dialogue.facts import brand_of, short_title, size_ml
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
from assistant.dialogue.handlers.for_him import for_him, gift_for_him, his_departments
from assistant.dialogue.handlers.not_carried import (
    listed_unsold,
    missing_kind,
    unknown_maker,
    untitled_kind,
)
from assistant.dialogue.handlers.several import OF_EACH, names_several_types, of_each_type
from assistant.dialogue.kinds import as_said, kinds_named, names_kind
from assistant.dialogue.milder import TOO_MUCH, milder_side
from assistant.dialogue.model_reading import SELF
from assistant.dialogue.phrases.prices_and_orders import BY_RECORD
from assistant.dialogue.phrases.refinements import SOMETHING_ELSE
from assistant.dialogue.phrases.shopper_states import CONCERN_HAD, STATE_WORDS
from assistant.dialogue.phrases.their_history import NOT_THEIR_USUAL
from assistant.dialogue.ports import Candidate
from assistant.dialogue.request import Intent, Request
from assistant.dialogue.rewrite import rewritten
from assistant.dialogue.shopping_words import A_SET
from assistant.dialogue.state import Constraints
from assistant.dialogue.turn import Pick, Turn
from assistant.dialogue.validation import ANY
from assistant.dialogue.vocabulary import priced_in_error
from assistant.dialogue.wording import WHO_FOR, cut_out, stems, tidy, with_detail
from catalog.category_paths import below, shared_branch, within
from catalog.schema import Product
from core.errors import ShopAssistError
from retrieval.filters import Filters
from retrieval.metadata import product_passes
from retrieval.tokenize import stem, tokenize, words

logger = logging.getLogger(__name__)

WHAT_FOR = "What are you shopping for? A product type, a need or a budget helps."
"""The question for a message that names nothing to search for."""

CHEAP_POOL = 40
"""How many of the best matches set what "cheap" costs (their median price)."""


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
    unsold = _unsold_name(theirs, ctx)  # "a gift for my sister, she loves chanel"
    if unsold:
        theirs = _without_the_name(theirs, ctx, unsold)
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
        turn.reply += _all_of_one_kind(turn.picks, ctx)
    if unsold:
        turn.reply = f"Nothing in this store's catalog says \u201c{unsold.capitalize()}\u201d. " + (
            turn.reply
        )
    return turn


LIKED_NAMES_READ = 20
"""How many matches of a name someone likes (`Request.liked`) are read for a title naming it."""


def _unsold_name(request: Request, ctx: TurnContext) -> str | None:
    """The name the person it is for likes (`Request.liked`: "she loves chanel") when no
    product the shop can sell names it in its title (a No. 5 by Chanel with no price is no
    Chanel to sell; search found holiday nail polishes for 'gift sister chanel'); else None."""
    liked = request.liked
    if not liked or request.parsed.brands:
        return None
    try:
        found = ctx.parts.searcher.search(liked, Filters(), LIKED_NAMES_READ)
    except ShopAssistError:
        return None
    said = stems(liked)
    named = [p for p in ctx.products([h.item_id for h in found]) if said <= stems(p.title)]
    return None if any(p.presentable for p in named) else liked


def _without_the_name(request: Request, ctx: TurnContext, name: str) -> Request:
    """``request`` less a name the shop sells nothing of: its words without it, in the category
    they name themselves (the guess was read with it: Nail Polish for 'gift sister chanel')."""
    text = cut_out(rf"\b{re.escape(name)}\b", request.text)
    category = ctx.parts.parse(text).category if ctx.parts.parse is not None and text else None
    return replace(request, text=text, parsed=replace(request.parsed, category=category))


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


def answered(request: Request, ctx: TurnContext) -> Turn:
    """Our question answered (`take_answer`), then the picks, without a new question."""
    ctx.state.pending_options, ctx.state.pending_question = [], ""
    take_answer(ctx.state.constraints, request)
    return find(ctx, answered=True)


def a_need_in_answer(constraints: Constraints, request: Request) -> None:
    """A new need said in answer to our question ("something fancy" asked 'Hair Care, Makeup
    or Skin Care?', then "a perfume": no option named) is the need the question was about, in
    other words: the first message's price words ("fancy", "cheap") still ask for that half of
    its matches, unless the answer says a price, price words or "any price" of its own; and
    the brand it asked for ("something from clinique", then "a moisturizer") is still asked
    for, unless the answer names one or "any brand"."""
    said = request.parsed
    if not (said.priced or said.cheap or said.dear or "price" in request.drop):
        said.cheap, said.dear = constraints.cheap_half.wanted, constraints.dear_half.wanted
    if not (said.brands or "brand" in request.drop):
        said.brands = list(constraints.brands)


def take_answer(constraints: Constraints, request: Request) -> None:
    """What an answer to our question sets: a price or brand said with it joins the constraints
    ("either, under $30"), and so does an order by record ("whatever's popular"); a thing we
    proposed and the answer accepts becomes the need (`Request.proposal`); the chosen
    options narrow the category (several: their shared part; "any" leaves it as it is), and a
    concern or a scent said with them joins the need ("skincare, she has some acne",
    "fragrance, she loves rose"); the
    category under it that the answer's other words name narrows it further (`TurnReader`:
    "face, a cleanser", "makeup, mainly for my eyes"); the options it turns down are left out
    ("not makeup", "none of those")."""
    constraints.merge(replace(request.parsed, category=None), drop=request.drop)
    if request.proposal:  # "yes please" to 'Would a rose bath gift set work?': the set
        constraints.need = request.proposal
    if request.superlative in BY_RECORD:
        constraints.order = request.superlative  # "not sure, whatever's popular"
    if request.answer and request.add_detail and request.text:
        constraints.need = with_detail(constraints.need, request.text)  # "any, for wrinkles",
        # "perfume, something floral" (the option it lies in: `answers.option_holding`)
    chosen = [a for a in request.answer if a != ANY]
    if chosen and (had := re.search(CONCERN_HAD, request.text.lower())):
        constraints.need = with_detail(constraints.need, had.group("concern"))  # "..., has acne"
    stated = (a for a in chosen if a in STATE_WORDS and not stems(a) <= stems(constraints.need))
    for state in stated:
        constraints.need = with_detail(constraints.need, state)  # 'Dry or oily?': "super flaky"
    scent = str(request.attributes.get("scent") or "")
    if chosen and scent and not stems(scent) <= stems(constraints.need):
        constraints.need = with_detail(constraints.need, scent)  # "fragrance, she loves rose"
    if chosen:
        shared = shared_branch(chosen)
        if " > " in shared:  # below the root
            constraints.category = shared
    deeper = request.parsed.category
    if deeper and (not constraints.category or below(deeper, constraints.category)):
        constraints.category = deeper
    elif deeper and chosen and below(deeper, shared_branch(chosen).rsplit(" > ", 1)[0]):
        constraints.category = deeper  # the need's type for the part chosen: "body" of a
        # sunscreen is under Sun, beside Body (`AnswerCategory.deeper_answer`)
    for category in request.turned_down:  # "not makeup", "none of those": not in them
        constraints.turn_down(category)


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
    state = ctx.state
    query = ctx.query()
    if state.constraints.order == "again":  # "reorder my usual lashes"
        if theirs := bought_before(ctx, query):
            lead = None if query or state.constraints.category else "Your latest purchases here:"
            return ctx.present(
                theirs, intent=Intent.SEARCH, query=query, lead=lead, in_order=ORDERS["again"]
            )
        if not query and not state.constraints.category:  # "what did i buy last time?"
            return Turn(
                reply="I have no purchases of yours on record here. What are you shopping for?",
                intent=Intent.SEARCH.value,
            )
    if not tokenize(query) and not state.constraints.category:  # "something pretty": no word
        if (for_them := _from_their_history(ctx)) is not None:
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
    try:
        searched = rewritten(ctx.parts.rewriter, query, state)  # the reply keeps ``query``
        searched = gift_for_him(ctx, query, searched)
        depth = ctx.options.candidates
        if state.constraints.order in BY_PRICE:  # "the cheapest nail polish": every one of them
            depth = max(depth, ORDER_DEPTH)
        found = ctx.parts.searcher.search(
            searched or state.constraints.category or "", ctx.filters(), depth
        )
    except ShopAssistError as e:
        logger.info("search refused %r: %s", query, e)  # the shopper gets a question, not it
        return Turn(
            reply=f"I could not tell what to look for there. {WHAT_FOR}",
            intent=Intent.SEARCH.value,
            question="What are you shopping for?",
        )
    hits = found  # every match, the listings the shop cannot sell too (`listed_unsold`)
    found = [h for h in found if h.item_id not in state.constraints.exclude_items]
    found = _not_turned_down(found, ctx)
    found = _priced_rightly(found, ctx)  # no $0.01 listing error ("cheaper" reached them)
    found = put_first(found, ctx, query)
    if same_kind:
        found = no_accessories(only_named(found, ctx, query), ctx, query)  # no atomizer
    if not found and (wider := _where_the_brand_is(ctx)) is not None:
        narrow, state.constraints.category = state.constraints.category, wider
        turn = find(ctx, answered=answered, same_kind=same_kind)
        if turn.picks:
            brand = state.constraints.brands[0]  # as the shopper named it
            turn.reply = f"{brand} has nothing in {_last(narrow)}; in {_last(wider)}: {turn.reply}"
        return turn
    if not found and not same_kind and (nearest := _at_the_nearest_price(ctx)) is not None:
        return nearest  # not for "cheaper" than the picks: those are the end of the range
    if not found:
        what = ctx.described()
        return Turn(
            reply="I found nothing in the catalog for that"
            + (f" ({what})" if what else "")
            + ". Try fewer constraints, another price range or other words.",
            intent=Intent.SEARCH.value,
        )
    if not answered and (listed := listed_unsold(ctx, query, hits)) is not None:
        state.constraints.category = " > ".join(listed.categories)  # "chanel no 5": its kind
        turn = find(ctx, answered=True)
        lead = f"\u201c{listed.title}\u201d is listed in this store's catalog without a price"
        lead += ", so I cannot offer it"
        turn.reply = f"{lead}; the nearest: {turn.reply}" if turn.picks else f"{lead}."
        return turn
    several = names_several_types(ctx, found)  # "a cleanser and toner": some of each, no question
    if not several and ctx.should_clarify(query, answered=answered):
        first = ctx.products([h.item_id for h in found[:40]])
        options = his_departments(ctx, query, first) or split_options(first)
        if options:
            state.asked = True
            state.pending_options = options
            question = state.pending_question = question_for(options)
            return Turn(reply=question, intent=Intent.SEARCH.value, question=question)
    whole, found = found, _priced_half(found, ctx)  # "a cheap dupe", "a luxury perfume"
    said = None
    if state.constraints.order in ORDERS and state.constraints.order != "again":  # "best selling"
        found, said = in_order(found, ctx, state.constraints.order, query)
    elif several:  # the price half's types, else the whole list's (it names several)
        found, said = of_each_type(ctx, found) or of_each_type(ctx, whole) or [], OF_EACH
    elif near_price is not None:
        found, said = nearest_in_price(found, ctx, near_price, query), NEAREST_PRICE
    turn = ctx.present(found, intent=Intent.SEARCH, query=query, in_order=said)
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


def _houses(brands: Sequence[str], ctx: TurnContext) -> list[str]:
    """``brands`` with every other spelling of their houses ("M.A.C": "MAC" too)."""
    facts = ctx.brand_facts()
    if facts is None:
        return list(brands)
    return facts.spellings(brands)


def _last(path: str | None) -> str:
    return (path or "").rsplit(" > ", 1)[-1]


ALREADY_HAVE = re.compile(
    r"\b(?:i(?:'ve| have)? (?:already )?(?:got|own)|i already (?:have|use)|"
    r"i (?:have|use) (?:that|this|it|those|these|them|one|the (?:\w+ ){0,2}ones?)|"
    r"already (?:have|got|own|use|bought|tried)|i'?ve (?:already )?(?:tried|bought|had))\b"
)
"""A pick the shopper has already ("i already have that one, the first", "i've got the
maybelline one", "i use that one"): others, not its words. "I have" alone is how they are ("i
have oily skin"), not what they own."""


POINTERS = re.compile(
    r"\b(?:the )?(?:first|1st|second|2nd|third|3rd|fourth|4th|fifth|5th|last)(?: one)?\b|"
    r"\b(?:looks?|seems?|feels?)\b"
)
"""Words that point at a pick or say how it seems ("the second one looks"): no detail."""


def _wanted(detail: str, category: str | None) -> str:
    """A refinement's detail less what it finds too much of and the words pointing at a pick:
    "the second one looks too orange" adds nothing ('bronzer second looks orange' was
    searched), "too many glitter ones, something matte" adds 'matte'; a trait with a milder
    side is said as that ("too greasy": 'non-greasy')."""
    milder_said = TOO_MUCH.sub(lambda found: milder_side(found, category), detail.lower())
    return tidy(POINTERS.sub(" ", milder_said))


def refine_need(c: Constraints, request: Request, prices: Sequence[float]) -> list[str]:
    """The steps of a refinement that change the need and its prices, in place: a detail added
    to the need ("something with spf"), then under the cheapest pick ("cheaper") or over the
    dearest ("pricier"); a price said beside them ("too expensive, under 10?") wins over the
    picks' prices. Returns what changed, for the reply ("under $3.76"). The evaluation's rules
    scorer calls it too, so that it scores what the conversation does.

    Args:
        c: the request so far, with the message's constraints already merged in.
        request: the message's reading (a refinement).
        prices: the prices of the picks it is measured against (those it names, else those on
            screen).
    """
    if request.add_detail and request.text and not ALREADY_HAVE.search(request.text.lower()):
        c.need = with_detail(c.need, _wanted(request.text, c.category))
    elif request.exclude_shown and not (request.cheaper or request.pricier) and request.text:
        # "none of these, i want waterproof": others, and what they must be; no pick's place
        c.need = with_detail(
            c.need, _wanted(re.sub(SOMETHING_ELSE, " ", request.text.lower()), c.category)
        )
    unnamed = tidy(WHO_FOR.sub(" ", c.need))  # "something for my boyfriend" + "he has a beard"
    if unnamed != c.need and content_words(unnamed):
        c.need = unnamed  # who it is for is the recipient's, not words to search
    elif unnamed != c.need and (
        request.for_self or str(request.attributes.get("for", "")).lower() in SELF
    ):
        c.need = ""  # "a gift for my sister", then "actually it's for me": no need said yet
    notes = []
    prices = [] if request.parsed.priced else list(prices)
    if request.cheaper and prices:
        c.below(min(prices))
        notes.append(f"cheaper than ${min(prices):.2f}")
    if request.pricier and prices:
        c.above(max(prices))
        notes.append(f"pricier than ${max(prices):.2f}")
    return notes


RECENT_ITEMS = 5
"""How many of a shopper's latest items seed picks asked for with no need."""


def _not_turned_down(found: list[Candidate], ctx: TurnContext) -> list[Candidate]:
    """``found`` less the products in a category the need turned down ("not a perfume" beside
    perfumes: none in Fragrance, `Constraints.not_categories`)."""
    turned_down = ctx.state.constraints.not_categories
    if not turned_down:
        return found
    paths = {p.id: p.category_path for p in ctx.products([h.item_id for h in found])}
    return [h for h in found if not any(within(paths.get(h.item_id, ""), c) for c in turned_down)]


def _priced_rightly(found: list[Candidate], ctx: TurnContext) -> list[Candidate]:
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


def _priced_half(found: list[Candidate], ctx: TurnContext) -> list[Candidate]:
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


def _from_their_history(ctx: TurnContext) -> Turn | None:
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
    found = _priced_rightly(found, ctx)  # no $0.50 listing error, as in every search
    if not found:
        return None
    turn = ctx.present(_priced_half(found, ctx), intent=Intent.SEARCH, query="")
    what = ctx.described()
    turn.reply = (
        f"Here {'is' if len(turn.picks) == 1 else 'are'} {len(turn.picks)} pick"
        f"{'' if len(turn.picks) == 1 else 's'} for you, from what you bought before"
        + (f", {what}" if what else "")
        + ". Tell me what you are shopping for and I'll look for that."
    )
    return turn


MAX_UNDO = 10
"""How many refinements of one need "go back" can undo, one at a time."""

TRAVEL_SIZE = re.compile(r"\b(?:travel|trial|mini)[- ]?size[ds]?\b")
"""A need for a travel size ("travel size shampoo", "a trial-size moisturizer")."""


def _all_of_one_kind(picks: Sequence[Pick], ctx: TurnContext) -> str:
    """A note where every travel-size pick is of one kind of the type asked for that the need
    does not name (`kinds`: "travel size shampoo" found only dry shampoos, the catalog's small
    shampoos being mostly those), so the shopper knows and can say otherwise; else ""."""
    vocabulary, need = ctx.parts.vocabulary, ctx.state.constraints.need
    if vocabulary is None or len(picks) < 2:
        return ""
    said = {stem(w) for w in words(need)}
    common = [
        kind
        for kind in sorted(vocabulary.kinds - kinds_named(need, vocabulary.kinds))
        if kind.split()[-1] in said  # a kind of the type: "dry shampoo" for a shampoo
        and kind.split()[0] not in said
        and all(names_kind(p.title, kind) for p in picks)
    ]
    if len(common) != 1:
        return ""
    kind = common[0]
    return f" All of them are {kind}s: most small {kind.split()[-1]}s in this catalog are."


TRAVEL_ML = 100.0
"""The most a "travel size" or "mini" holds (what cabin bags allow)."""
SAME_SIZE = 0.05
"""How far apart two sizes may be and still be one size ("1 oz" is 29.6 ml, "30ml" 30 ml)."""


def _resize(c: Constraints, request: Request, shown: Sequence[Product]) -> str | None:
    """A size bound for this need, "bigger" or "smaller" than the picks measured against ("travel
    size", "mini": at most `TRAVEL_ML`), and the note for the reply; None when the picks'
    titles name no size."""
    relative = request.relative
    if relative not in ("bigger", "smaller"):
        return None
    if relative == "smaller" and re.search(r"\b(?:travel|mini|pocket)", request.text.lower()):
        c.min_size_ml, c.max_size_ml = None, TRAVEL_ML + 1
        return f"{TRAVEL_ML:.0f} ml or less"
    sizes = [s for s in (size_ml(p) for p in shown) if s is not None]
    if not sizes:
        return None
    if relative == "bigger":  # "1 oz" and "30 ml" are one size: 5% more is bigger
        c.min_size_ml, c.max_size_ml = max(sizes) * (1 + SAME_SIZE), None
        return f"larger than {max(sizes):.0f} ml"
    c.min_size_ml, c.max_size_ml = None, min(sizes) * (1 - SAME_SIZE)
    return f"smaller than {min(sizes):.0f} ml"


def refine(request: Request, ctx: TurnContext) -> Turn:
    """'cheaper', 'not that brand', 'something else', 'with SPF': change the need, search again."""
    state, profile = ctx.state, ctx.profile
    c = state.constraints
    theirs = their_brand(request, ctx, request.parsed.category or c.category)
    if isinstance(theirs, Turn):  # "the same brand i usually get", with no purchases on record
        return theirs
    request = theirs
    shown = ctx.products(state.shown)
    before = deepcopy(c)
    owned = _owned(request, ctx, shown) if ALREADY_HAVE.search(request.text.lower()) else []
    bought: list[str] = []  # "not the one i always buy, something new": none of their purchases
    if re.search(NOT_THEIR_USUAL, request.text, re.I):
        bought = list(ctx.shopper().history)
        request = replace(request, text=cut_out(NOT_THEIR_USUAL, request.text))
    if TOO_MUCH.search(request.text.lower()) and not (request.cheaper or request.pricier):
        # "the second looks too orange": not that one again; "too girly": none of these
        targets = ctx.resolve(request) if request.references else ctx.act_on(state.shown)
        if not isinstance(targets, str):
            c.exclude(targets)
    if owned:  # "i already have the maybelline one": not a wish for Maybelline
        request = replace(request, parsed=replace(request.parsed, brands=[]))
    ctx.merge(request, new_need=False)
    for_him(ctx)  # "it's for my husband" to a women's perfume: the men's branch
    _to_the_sets(ctx, request)  # "any in a set?" beside perfumes: the perfume sets
    measured = _measured_against(request, ctx, shown)  # "the first one but cheaper": that one
    if isinstance(measured, str):
        state.constraints = before
        return Turn(reply=measured, intent=Intent.REFINE.value)
    notes = refine_need(c, request, [p.price for p in measured if p.price is not None])
    if sized := _resize(c, request, measured):  # "do you have it in a bigger size"
        notes.append(sized)
    elif request.relative in ("bigger", "smaller") and measured and not request.add_detail:
        state.constraints = before  # no listing on screen names a size: none to go beyond
        return Turn(
            reply=f"The listings of these name no size, so I can't look for a {request.relative} "
            "one. Those picks stay; want me to look for something else?",
            intent=Intent.REFINE.value,
        )
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
        c.exclude(state.shown)
    if owned:
        c.exclude(owned)
        notes.append("not the one you have" if len(owned) == 1 else "not those you have")
    if bought:
        c.exclude(bought)
        notes.append("none you bought before")
    if request.exclude_reference_brand:
        targets = ctx.resolve(request)
        if isinstance(targets, str):
            return Turn(reply=targets, intent=Intent.REFINE.value)
        named = ctx.products(targets)
        known = ctx.catalog_brands()
        brands = sorted({b for p in named if (b := brand_of(p, known))})
        c.rule_out_brands(_houses(brands, ctx))  # every spelling; no longer wanted either
        for brand in brands:
            profile.avoided_brands = list(dict.fromkeys([*profile.avoided_brands, brand]))
            notes.append(f"no {brand}")
        if not brands and named:  # no brand on record or in the title: not that one at least
            c.exclude([p.id for p in named])
            notes.append(f"not {short_title(named[0])}, whose brand the catalog does not name")
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
