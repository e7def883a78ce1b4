"""'What goes with it?': a set across complementary categories, within a budget if given."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from assistant.dialogue.context import TurnContext, content_words, stated_type
from assistant.dialogue.facts import short_title, topic_quote
from assistant.dialogue.handlers.refinement import refine
from assistant.dialogue.needs.wording import WORD, cut_out, stems
from assistant.dialogue.phrases.prices_and_orders import CHEAPER
from assistant.dialogue.phrases.questions import BUNDLE
from assistant.dialogue.phrases.references import EVERY_ONE_SHOWN, ORDINALS
from assistant.dialogue.ports import Candidate, CategoryGuesser
from assistant.dialogue.request import Intent, Request
from assistant.dialogue.turn import Pick, Turn
from assistant.dialogue.vocabulary import CatalogVocabulary, leaf_words, priced_in_error
from catalog.category_paths import below, nested, within
from catalog.schema import Product
from core.errors import ShopAssistError
from retrieval.filters import Filters
from retrieval.metadata import product_passes
from retrieval.query import ParsedQuery
from retrieval.tokenize import stem

BUNDLE_SIZE = 3
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


def named_type(request: Request, anchored: bool) -> str | None:
    """The category of the product type a bundle request names by its words ("a toner to go
    with it"), when the set has an anchor; None otherwise (`_type_named` may then find it by
    search)."""
    return request.parsed.category if anchored else None


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


def bundle(request: Request, ctx: TurnContext) -> Turn:
    """Up to three products from other leaf categories than the anchor(s), or of the type the
    message names ("a toner to go with it"): bought together with the referenced pick (or the
    last carted item) when ranking knows, else searched; each one honours the conversation's
    hard constraints (`complement_filters`). A budget "in total" beside one type's picks
    (`one_type_on_screen`) refines them by price instead."""
    if one_type_on_screen(request, ctx):  # "under 60 total" beside four shampoos
        return refine(replace(request, intent=Intent.REFINE, budget=None), ctx)
    state = ctx.state
    budget = request.budget
    allowed = complement_filters(ctx, budget)
    anchors: list[str] = []
    whole = False  # the budget holds the anchors too: "under 40 total" beside a set
    around_all = False  # "anything that goes with these?": with any of them, none paid for
    if state.shown and not request.references and re.search(EVERY_ONE_SHOWN, request.text.lower()):
        anchors, around_all = ctx.act_on(state.shown), True
    elif request.references or (state.shown and points_at_a_pick(request)):
        targets = ctx.resolve(request)
        if isinstance(targets, str):
            return Turn(reply=targets, intent=Intent.BUNDLE.value)
        anchors = targets
    elif state.set_for and budget is not None and not content_words(request.text):
        anchors, whole = list(state.set_for), True  # the set on screen, within the total
    elif state.carted:
        anchors = state.carted[-1:]
    shown_anchor = None  # "what goes with a red lipstick?": one is searched and shown
    if not anchors and (shown_anchor := searched_anchor(request, ctx)) is not None:
        anchors, request.parsed.category = [shown_anchor.id], None
    anchor_products = ctx.products(anchors)
    if whole and budget is not None:  # what is left of it once the anchors are paid for
        budget = round(budget - sum(p.price or 0.0 for p in anchor_products), 2)
        if budget <= 0:
            return Turn(
                reply=f"{short_title(anchor_products[0])} alone costs more than "
                f"${request.budget:.2f}. Want a larger budget or another one to build on?",
                intent=Intent.BUNDLE.value,
            )
    named = named_type(request, bool(anchors))  # "a toner to go with it"
    if anchors and shown_anchor is None and (named is None or named.count(" > ") < 2):
        # "a primer to go with it"; "a moisturizer to go with it" names a type, not Skin Care
        named = _type_named(request.text, ctx, anchor_products) or named
    if named and _the_anchors_type(named, anchor_products):
        named = None  # "what goes with the cleanser?": the word named the anchor, not the set
    if named:
        allowed = replace(allowed, category=named)
    elif not anchors and request.parsed.category:  # "a skincare routine": in Skin Care
        allowed = replace(allowed, category=routine_home(request, ctx))
    elif budget is None and (cap := add_on_ceiling(anchor_products)) is not None:
        ceiling = cap if allowed.max_price is None else min(cap, allowed.max_price)
        allowed = replace(allowed, max_price=ceiling)  # no $92 vanity beside a $6 lipstick
    home = None if named else allowed.category  # a routine's: one of each type under it
    spread = home.count(" > ") + 2 if home else None
    chosen: list[Product] = []
    theirs = stated_type(request.text, ctx.state.needs, named) if named else ""  # "oily skin"
    later: list[Candidate] = []  # bought with it, not for their type: after searched ones that are
    if anchors and ctx.parts.scorer is not None:
        pool = ctx.parts.scorer.bought_with(anchors, 60)
        if theirs:  # a cleanser for their oily skin first
            pool, later = _of_their_type(pool, ctx)
        pool = pool if named else _near_first(pool, ctx, anchor_products)
        chosen = _choose(ctx, pool, anchors, anchor_products, budget, allowed, not named)
    bought = {p.id for p in chosen} | {h.item_id for h in later}
    if len(chosen) < (BUNDLE_SIZE if named else 1):  # top up from search
        need = request.text if content_words(request.text) else ctx.query()
        if theirs:  # "conditioner curly hair", not 'a conditioner to go with it curly hair'
            need = f"{' '.join(type_words(request.text)) or need} {theirs}"
        if anchors and not type_words(request.text):  # "with the cheaper one": no words
            need = " ".join(p.categories[1] for p in anchor_products if len(p.categories) > 1)
        try:
            pool = ctx.parts.searcher.search(need or "skin care routine", allowed, 100)
        except ShopAssistError as e:
            return Turn(reply=f"I could not build a set: {e}", intent=Intent.BUNDLE.value)
        if theirs:  # those naming their skin or hair type first, then the ones bought with it
            fit, rest = _of_their_type(pool, ctx)
            pool = [*fit, *later, *rest]
        chosen = _choose(
            ctx, pool, anchors, anchor_products, budget, allowed, not named, chosen, spread
        )
    if not chosen:
        return Turn(
            reply="I could not put together a set that fits"
            + (f" ${request.budget:.2f}" if request.budget else "")
            + ". Try a larger budget.",
            intent=Intent.BUNDLE.value,
        )
    anchor_name = short_title(anchor_products[0]) if anchor_products else "your routine"
    if len(anchor_products) > 1:  # "what goes with the first two?", "... with these?"
        anchor_name = "these" if around_all else f"these {len(anchor_products)}"
    picks = [
        Pick.of(
            p,
            f"{'bought together with' if p.id in bought else 'goes with'} {anchor_name}; "
            f"{p.categories[-1] if p.categories else ''}",
        )
        for p in chosen
    ]
    if shown_anchor is not None:
        picks.insert(0, Pick.of(shown_anchor, "the one you asked about"))
    state.show([p.id for p in picks])
    if named:  # a choice of one type, not a set: no total
        kind = named.split(" > ")[-1]
        need = type_as_said(request.text, named) or kind.lower()  # prices said stay
        state.keep_need()  # "a black one" next is about these eyeliners, not the mascaras
        state.constraints.merge(ParsedQuery(text=need, category=named), need=need)
        return Turn(
            reply=f"{kind} to go with {anchor_name}: {len(picks)} to choose from.",
            intent=Intent.BUNDLE.value,
            picks=picks,
        )
    state.set_for = list(anchors)  # "under 40 total" next: this set, within it
    paid = (budget is None and not around_all) or whole  # the anchors are in the total
    anchors_cost = sum(p.price or 0.0 for p in anchor_products) if paid else 0.0
    total = round(sum(p.price or 0.0 for p in chosen) + anchors_cost, 2)
    budget_note = f" within your ${request.budget:.2f}" if request.budget else ""
    with_note = f" with {anchor_name}" if anchor_products else ""
    return Turn(
        reply=(f"{len(chosen)} items that go" if len(chosen) > 1 else "1 item that goes")
        + f"{with_note}{budget_note}: total ${total:.2f}"
        + (f", including {'them' if len(anchor_products) > 1 else 'it'}." if anchors_cost else "."),
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


def routine_home(request: Request, ctx: TurnContext) -> str | None:
    """Where a set with no pick to go with is built: the category the request's words name
    ("a skincare routine": Skin Care), narrowed to the branch right under it that search finds
    for the request there ("for oily skin": Face, not a body butter for eczema) when that
    branch has categories of its own to spread the set over; else None."""
    home = request.parsed.category
    if home is None or ctx.parts.categories is None:
        return home
    try:
        found = ctx.parts.categories.guess(request.text, Filters(category=home))
    except ShopAssistError:
        return home
    if not found or not below(found, home):
        return home
    branch = " > ".join(found.split(" > ")[: home.count(" > ") + 2])
    paths = ctx.parts.vocabulary.categories if ctx.parts.vocabulary else ()
    return branch if any(below(p, branch) for p in paths) else home  # Makeup Sets: no routine


def _the_anchors_type(category: str, anchors: Sequence[Product]) -> bool:
    """Whether ``category`` is an anchor's own type: above or under its category, or a category
    of the same name elsewhere (Bath & Body's Cleansers beside a face cleanser)."""
    leaf = stems(category.rsplit(" > ", 1)[-1])
    return any(
        nested(category, " > ".join(p.categories))
        or (p.categories and stems(p.categories[-1]) == leaf)
        for p in anchors
    )


ADD_ON_TIMES = 2.0
ADD_ON_FLOOR = 15.0
"""A set's add-on costs at most ``ADD_ON_TIMES`` its anchor's price, or ``ADD_ON_FLOOR``
when that is more (a $3 mascara may still go with a $12 eye shadow)."""


def add_on_ceiling(anchors: Sequence[Product]) -> float | None:
    """The highest price of an add-on to a set built around ``anchors`` with no budget and no
    type named: bought-together data paired a $92 vanity table with a $6 lipstick, a $49
    perfume and a $43 toiletry bag with an $11 gel polish remover tool. None without a priced
    anchor."""
    prices = [p.price for p in anchors if p.price is not None]
    return max(ADD_ON_TIMES * max(prices), ADD_ON_FLOOR) if prices else None


def _type_named(text: str, ctx: TurnContext, anchors: Sequence[Product]) -> str | None:
    """The category of the product type a bundle request names that the words alone do not
    place ("ok and a primer to go with it"): `type_guessed` with the turn's category guesser,
    near the first anchor's category. An anchor's brand names the pick, not a type ("what goes
    with the Andis": no flat irons)."""
    near = " > ".join(anchors[0].categories) if anchors and anchors[0].categories else None
    brands = sorted({re.escape(p.brand.lower()) for p in anchors if p.brand})
    if brands:
        text = cut_out(rf"\b(?:{'|'.join(brands)})\b", text)
    return type_guessed(text, ctx.parts.categories, near, ctx.parts.vocabulary)


def type_guessed(
    text: str,
    categories: CategoryGuesser | None,
    near: str | None = None,
    vocabulary: CatalogVocabulary | None = None,
) -> str | None:
    """The category ``categories`` guesses for the words of a bundle request left without the
    bundle's own ("go with it") and its pointers ("the first one"); None when none are left or
    nothing is found. A type the anchor's department, or a branch named after it, has a home
    for is that home (`_type_near`: "a brush" beside foundations is a makeup brush, not a hair
    brush; "a mask" beside shampoos a hair mask, not a face mask). A word no title of the
    catalog has names no type ("wat else wud go w/ it")."""
    words = type_words(text)
    if vocabulary is not None and vocabulary.title_counts is not None:
        words = [w for w in words if stem(w) in vocabulary.title_counts]
    if not words or categories is None:
        return None
    try:
        nearby = type_near(text, near, categories, vocabulary) if near else None
        return nearby or categories.guess(" ".join(words), Filters())
    except ShopAssistError:
        return None


NAMED_PICK = re.compile(r"\b(?:this|that|the) (?:[\w.'-]+ ){1,2}ones?\b")
"""A pick named by its own words ("the andis one", "the T-Gel one"): which pick, not a type."""


def type_words(text: str) -> list[str]:
    """The words of a request less a bundle's own ("go with it") and its pointers, and less
    the words a pick is named by ("with the andis one": no type named)."""
    words = content_words(re.sub(BUNDLE, " ", NAMED_PICK.sub(" ", text.lower())))
    pointers = {*ORDINALS, "last", "it", "this", "that", "them", "these", "those", "else"}
    pointers |= {"cheaper", "cheapest", "pricier", "priciest", "dearer", "dearest"}
    return [w for w in words if w not in pointers]  # "what (else) goes with the first one?"


def type_as_said(text: str, category: str) -> str:
    """The words of a bundle request that name the type of ``category`` by a word of one of its
    names below the root, in the shopper's form and order: "lip liner" of "I need a lip liner
    to go with the first one" (Lip Liners), "makeup remover" (Makeup Remover > Eyes), "brush"
    (Brushes & Applicators); "" when none do (a word of the same root only, "what removes it",
    or another language: the category's own name stands). The need then is what was said, not
    the category's plural name ('lip liners')."""
    names = set(WORD.findall(" ".join(category.split(" > ")[1:]).lower()))

    def names_it(word: str) -> bool:
        return any(f in names for f in (word, f"{word}s", f"{word}es", word.removesuffix("s")))

    return " ".join(w for w in type_words(text) if names_it(w))


def type_near(
    text: str,
    near: str,
    categories: CategoryGuesser | None,
    vocabulary: CatalogVocabulary | None,
) -> str | None:
    """The home beside the category ``near`` (the picks') of the product type ``text`` names
    (`_type_near`), or None: for a set's type, and for a new need said beside the picks ("a
    mask too" beside shampoos)."""
    words = type_words(text)
    if not words or categories is None or vocabulary is None:
        return None
    try:
        return _type_near(words, near, categories, vocabulary)
    except ShopAssistError:
        return None


def _type_near(
    words: Sequence[str], near: str, categories: CategoryGuesser, vocabulary: CatalogVocabulary
) -> str | None:
    """Where the type ``words`` name lives beside the anchor's category ``near``: first in its
    department, then in a branch of another department named after a level of it, the deepest
    first ("Nails" -> Nail Tools, "Makeup" -> Makeup Brushes & Tools), then in a category of
    another department named after one ("Face" -> Face Cleansing Brushes), a category whose own
    name holds a type word (the deepest, the one nearest ``near``, else the one search guesses
    there; one above it that names as many of the words where the guess is not in it: "a
    moisturizer" is Creams & Moisturizers, "a tinted moisturizer" Tinted Moisturizers); else,
    in the department, the branch search guesses when titles there name a type word ("mask":
    hair treatments). Never the anchor's own category (or one above or under it, but for a
    whole department: a type under it); None when nothing fits."""
    paths = list(vocabulary.categories)
    # a word and its plural's stem: "mousse" names "Mousses & Foams" (stem 'mouss')
    said = {stem(w) for w in words} | {stem(f"{w}s") for w in words}
    said &= {stem(w) for w in leaf_words(tuple(paths))}
    said = {w for w in said if len(w) > 3}
    if not said:
        return None
    levels = near.split(" > ")
    department = " > ".join(levels[:2])
    branches = [department]
    for leaves in (False, True):  # then a leaf named after a level: Face Cleansing Brushes
        for node in reversed(levels[1:]):  # "Nails" before "Makeup": a brush beside nail polish
            first = [stem(w) for w in WORD.findall(node.lower())[:1]]
            branches += sorted(
                {
                    " > ".join(p.split(" > ")[:depth])
                    for p in paths
                    if not below(p, department)
                    for depth in range(3, p.count(" > ") + 1 + leaves)
                    if [stem(w) for w in WORD.findall(p.split(" > ")[depth - 1].lower())[:1]]
                    == first
                }
                - set(branches)
            )
    need = " ".join(words)
    # under picks of a whole department ("Hair Care": shampoos and conditioners) every type
    # is under their category; the type named is a home of its own there
    mine = nested if near.count(" > ") > 1 else (lambda p, n: within(n, p))
    for branch in branches:
        named = [
            p
            for p in paths
            if within(p, branch) and not mine(p, near) and said & stems(p.rsplit(" > ", 1)[-1])
        ]
        if not named:
            continue
        deepest = [p for p in named if not any(below(o, p) for o in named)]
        closest = max(_shared(p, near) for p in deepest)
        deepest = [p for p in deepest if _shared(p, near) == closest]
        naming = len(said & stems(deepest[0].rsplit(" > ", 1)[-1]))  # "tinted moisturizer": 2
        above = [  # Creams & Moisturizers above Tinted Moisturizers, for "a moisturizer"
            p
            for p in named
            if below(deepest[0], p) and len(said & stems(p.rsplit(" > ", 1)[-1])) >= naming
        ]
        if len(deepest) == 1 and not above:
            return deepest[0]
        guessed = categories.guess(need, Filters(category=branch)) or ""
        chosen = next((p for p in deepest if nested(p, guessed)), deepest[0])
        if above and not nested(chosen, guessed):  # "a moisturizer": no Tinted Moisturizers
            return max(above, key=lambda p: p.count(" > "))
        return chosen
    guessed = categories.guess(need, Filters(category=department))
    titles = vocabulary.title_words or {}
    if (
        guessed
        and below(guessed, department)
        and not nested(guessed, near)
        and any(guessed in titles.get(w, ()) for w in said)
    ):
        return guessed
    return None


def _shared(a: str, b: str) -> int:
    """How many levels two category paths share from the root."""
    n = 0
    for x, y in zip(a.split(" > "), b.split(" > "), strict=False):
        if x != y:
            break
        n += 1
    return n


def complement_filters(ctx: TurnContext, budget: float | None = None) -> Filters:
    """What every product of a set must pass: the conversation's excluded brands (the
    profile's too), avoided ingredients and price ceiling (a set's own ``budget``, when the
    shopper gave one, replaces the ceiling: the total is held to it). Not its category (a set
    spans others), wanted brands (they chose the need's brand, not the set's) or price floor
    (a small add-on is welcome)."""
    allowed = replace(ctx.filters(), category=None, brands=(), min_price=None)
    return replace(allowed, max_price=None) if budget is not None else allowed


def _of_their_type(
    pool: list[Candidate], ctx: TurnContext
) -> tuple[list[Candidate], list[Candidate]]:
    """``pool`` parted into the products whose records name the skin or hair type stated in
    the conversation and the others, each in its order ("a cleanser to go with it" after
    moisturisers for oily skin: a cleanser for oily skin, not any cleanser bought with the
    moisturiser)."""
    types = [v for k, v in ctx.state.needs.items() if k in ("skin", "hair")]
    records = {p.id: p for p in ctx.products([h.item_id for h in pool])}

    def names_it(hit: Candidate) -> bool:
        p = records.get(hit.item_id)
        return p is not None and all(topic_quote(p, t) is not None for t in types)

    return [h for h in pool if names_it(h)], [h for h in pool if not names_it(h)]


def _near_first(
    pool: list[Candidate], ctx: TurnContext, anchor_products: Sequence[Product]
) -> list[Candidate]:
    """``pool`` with the products of the anchors' departments first, each part in its order:
    "what goes with it?" beside a hair fringe added a foundation, a nail file and a perfume
    (bought together across the shop) before any hair accessory."""
    departments = {tuple(p.categories[:2]) for p in anchor_products if len(p.categories) > 1}
    if not departments:
        return pool
    records = {p.id: p for p in ctx.products([h.item_id for h in pool])}

    def near(hit: Candidate) -> bool:
        product = records.get(hit.item_id)
        return product is not None and tuple(product.categories[:2]) in departments

    return [h for h in pool if near(h)] + [h for h in pool if not near(h)]


SETS = frozenset({"set", "kit"})
"""Stems of the names of categories that hold whole sets ("Sets & Kits"): no step of a routine
("a simple skincare routine under 50" spent $44 of it on an acne treatment kit)."""


def _choose(
    ctx: TurnContext,
    pool: list[Candidate],
    anchors: list[str],
    anchor_products: list[Product],
    budget: float | None,
    allowed: Filters,
    one_per_leaf: bool = True,
    chosen: Sequence[Product] = (),
    spread: int | None = None,
) -> list[Product]:
    """Presentable products (a title and a price) that pass ``allowed``, within the budget:
    one per leaf category the set does not have yet (one per category ``spread`` levels deep,
    where given: a routine's cleanser, moisturizer and serum, not three moisturizers, and no
    kit: `SETS`), or, when
    the shopper named the type (``one_per_leaf`` False), up to `BUNDLE_SIZE` of it; added to
    those ``chosen`` already."""

    def leaf(p: Product) -> tuple[str, ...]:
        return tuple(p.categories[:spread] if spread else p.categories)

    products = {p.id: p for p in ctx.products([h.item_id for h in pool])}
    chosen = list(chosen)
    spent = sum(p.price or 0.0 for p in chosen)  # held to a budget, which leaves the anchor out
    used_leaves = {leaf(p) for p in [*anchor_products, *chosen]}
    taken = {*anchors, *(p.id for p in chosen)}
    for hit in pool:
        p = products.get(hit.item_id)
        if p is None or p.id in taken or not p.presentable:
            continue
        if priced_in_error(p, ctx.parts.vocabulary):  # a $0.01 listing: no add-on at that
            continue
        if one_per_leaf and leaf(p) in used_leaves:
            continue
        if spread and SETS & stems(leaf(p)[-1]):  # a routine's steps, not a kit of them all
            continue
        if not product_passes(p, allowed):
            continue
        price = p.price or 0.0  # presentable: never None here
        if budget is not None and spent + price > budget:
            continue
        chosen.append(p)
        taken.add(p.id)
        used_leaves.add(leaf(p))
        spent += price
        if len(chosen) == BUNDLE_SIZE:
            break
    return chosen
