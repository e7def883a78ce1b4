"""Questions about the picks on screen: compare them, ask about one, why they were chosen."""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.dialogue.clarifying.clarify import question_for
from assistant.dialogue.context import TurnContext
from assistant.dialogue.facts import (
    amount_pick,
    answer_about,
    asked_topic,
    best_match_pick,
    comparison,
    comparison_text,
    superlative_pick,
    topic_quote,
)
from assistant.dialogue.handlers.candidates import BY_PRICE
from assistant.dialogue.needs.milder import milder
from assistant.dialogue.needs.search_words import content_words
from assistant.dialogue.phrases.questions import (
    DEGREE_OF,
    MOST_OR_LEAST,
    WEIGH_PICKS,
    WHICH_MORE,
    WHICH_SUITS,
)
from assistant.dialogue.phrases.references import ORDINALS, of_the_picks
from assistant.dialogue.phrases.traits import MILDER
from assistant.dialogue.ports import Candidate
from assistant.dialogue.product_names import short_title, with_title_brand
from assistant.dialogue.request import Intent, Request
from assistant.dialogue.turn import Turn
from catalog.schema import Product
from ranking.ranker import RankedItem
from retrieval.tokenize import stem


def compare(request: Request, ctx: TurnContext) -> Turn:
    """A table of catalog facts for the referenced picks (the first two by default)."""
    if not request.references:  # one to recommend among all of them, or the first two
        shown = len(ctx.state.shown)
        request.references = list(range(shown if request.superlative == "best_match" else 2))
    targets = ctx.resolve(request)
    if isinstance(targets, str):
        return Turn(reply=targets, intent=Intent.COMPARE.value)
    products = with_title_brand(ctx.products(targets), ctx.catalog_brands())
    reply = comparison_text(products)
    if request.superlative == "best_match" and products:  # "which one would you pick?"
        weighed = re.sub(WHICH_SUITS, " ", re.sub(WEIGH_PICKS, " ", request.text.lower()))
        traits = _traits_said(request.text, products, ctx.state.constraints.category)
        said = set(_superlatives(request.text))  # "the lightest and quietest": quiet
        pointers = {*said, *ORDINALS, "last"}  # "..., the first or the third?": no criterion
        criteria = [*(w for w in content_words(weighed) if w not in pointers), *traits]
        if not criteria and re.search(FOR_THE_NEED, weighed):  # "which one is best for that?"
            criteria = _need_beyond_its_type(ctx)
        chosen, reply = best_match_pick(products, criteria, traits)
        if measured := _by_amount(request.text, products):  # "the highest wattage"
            chosen, reply = measured
        ctx.state.focus = chosen.id
    elif request.superlative:  # "the cheapest one?": name it; "add it to my cart" then means it
        bought = None
        if request.superlative in ("most_bought", "best_rated"):  # no ratings: what sells
            bought = ctx.parts.store.item_event_counts([p.id for p in products], ["purchase"])
        chosen, reply = superlative_pick(products, request.superlative, bought)
        if chosen is not None:
            ctx.state.focus = chosen.id
    return Turn(reply=reply, intent=Intent.COMPARE.value, table=comparison(products))


FOR_THE_NEED = r"\bfor (?:that|this|it|those|these|what i (?:said|need|described))\b"
"""A question that weighs the picks for the need itself ("which one is best for that?", after
"a shampoo, my hair is oily at the roots but dry at the ends")."""


def _need_beyond_its_type(ctx: TurnContext) -> list[str]:
    """The need's words less those its category's names say ('oily', 'roots', 'dry', 'ends' of
    'shampoo hair oily roots dry ends' in Hair Care > Shampoos): what the picks are weighed by
    when a question points at the need."""
    c = ctx.state.constraints
    named = {stem(w) for w in content_words((c.category or "").replace(">", " "))}
    return [w for w in content_words(c.need) if stem(w) not in named]


NOT_SUPERLATIVES = frozenset(
    {"best", "most", "least", "interest", "honest", "harvest", "suggest", "forest", "quest",
     "request", "rest", "test", "chest", "nest", "guest", "digest", "protest", "contest"}
)  # fmt: skip
"""Words ending in "est" that weigh nothing ("best" and "most" ask for the best match)."""


def _superlatives(text: str) -> list[str]:
    """The superlatives a question weighs the picks by ("lightest", "fastest")."""
    return [w for w in re.findall(r"\b[a-z]{4,}est\b", text.lower()) if w not in NOT_SUPERLATIVES]


def _superlative_bases(text: str) -> list[str]:
    """The adjectives a question weighs the picks by, from its superlatives ("which one is the
    lightest?": "light"; "heats up fastest": "fast"; "the easiest to use": "easy")."""
    bases = []
    for word in _superlatives(text):
        base = word[:-3]
        if base.endswith("i"):
            base = base[:-1] + "y"  # easiest -> easy
        elif base[-1] == base[-2]:
            base = base[:-1]  # hottest -> hot
        bases.append(base)
    return bases


def _by_amount(text: str, products: list[Product]) -> tuple[Product, str] | None:
    """The pick a question weighs by the amount its listing says of a measure (`DEGREE_OF`:
    "which one has the highest wattage?"), with the reply; None where it asks no such thing or
    no listing says an amount."""
    said = re.search(DEGREE_OF, " ".join(text.lower().split()))
    if said is None:
        return None
    return amount_pick(products, said.group("what"), lowest=said.group("side") == "lowest")


def _traits_said(text: str, products: list[Product], category: str | None = None) -> dict[str, str]:
    """The adjectives a question weighs the picks by (`_superlative_bases`,
    `_comparative_bases`, `_most_or_least`: the milder side as said in ``category``), each
    with its comparative ("lightest": light, "lighter"): the words to search for more of the
    trait ("something lighter"), where "ones for light" reads as a need for a noun."""
    degree = re.search(DEGREE_OF, " ".join(text.lower().split()))
    measure = degree.group("side") if degree else None  # "the highest wattage": no "high"
    sups = [w for w in _superlatives(text) if w != measure]
    bases = (_with_e(base, products) for base in _superlative_bases(" ".join(sups)))
    traits = dict(zip(bases, (_done_more(w, text) for w in sups), strict=True))
    if said := re.search(WHICH_MORE, text.lower()):
        traits.update(dict.fromkeys(_comparative_bases(text, products), said.group(0).split()[-1]))
    return traits | _most_or_least(text, category)


def _most_or_least(text: str, category: str | None) -> dict[str, str]:
    """The trait a question weighs the picks by with "most" or "least" (`MOST_OR_LEAST`), with
    how to ask for more of it: "the most moisturizing": moisturizing, "more moisturizing";
    "the least sticky": its milder side as listings say it (`milder.milder`), "non-sticky",
    else "less sticky" (a listing that says "less greasy" names it), never the trait itself
    (the stickiest would be chosen)."""
    said = re.search(MOST_OR_LEAST, text.lower())
    if said is None:
        return {}
    trait = said.group("trait")
    if said.group("degree") == "most":
        return {trait: f"more {trait}"}
    toned = milder(trait, category) if trait in MILDER else f"less {trait}"
    return {toned: toned}


DONE_BY = re.compile(
    r"\bwhich(?: one| of (?:these|those|them))? (?P<verb>(?!(?:is|are|would|will|has|have|gets?|"
    r"feels?|looks?|seems?|be)\b)[a-z]+s(?: up| down| out| off)?) (?P<sup>[a-z]+est)\b"
)
"""A superlative said of what a pick does ("which one lasts longest?", "which heats up
fastest"), not of what it is."""


def _done_more(superlative: str, text: str) -> str:
    """How to ask for more of ``superlative`` ("lightest": "lighter"; "lasts longest": "that
    lasts longer", not a "longer" product)."""
    more = superlative[:-3] + "er"
    said = DONE_BY.search(text.lower())
    return (
        f"that {said.group('verb')} {more}" if said and said.group("sup") == superlative else more
    )


def _comparative_bases(text: str, products: list[Product]) -> list[str]:
    """The adjective a question weighs the picks by, from its comparative (`WHICH_MORE`: "which
    is lighter?": "light"; "quieter": "quiet"; "easier": "easy"; "hotter": "hot"): with an
    "e" where a pick's title or description says it so ("gentler": "gentle", "larger")."""
    said = re.search(WHICH_MORE, text.lower())
    if said is None:
        return []
    word = said.group(0).split()[-1]
    base = word[:-2]
    if base.endswith("i"):
        return [base[:-1] + "y"]  # easier -> easy
    if len(base) > 2 and base[-1] == base[-2]:
        return [base[:-1]]  # hotter -> hot
    return [_with_e(base, products)]


def _with_e(base: str, products: list[Product]) -> str:
    """``base`` with an "e" where a pick's title or description says it so ("gentl":
    "gentle")."""
    records = " ".join(f"{p.title} {p.description}" for p in products).lower()
    if not re.search(rf"\b{base}\b", records) and re.search(rf"\b{base}e\b", records):
        return base + "e"  # gentler -> gentle
    return base


def about_the_options(ctx: TurnContext) -> Turn:
    """A question about the options of our pending question, with nothing on screen ("whats
    the difference tho" to 'Eau de toilette or eau de parfum?'): some of each offered, and the
    question asked again (its options stay pending)."""
    question = question_for(ctx.state.pending_options)
    return Turn(
        reply="I can show you a few of each so you can compare them, or you can pick one.",
        intent=Intent.ASK.value,
        question=question,
    )


def ask(request: Request, ctx: TurnContext) -> Turn:
    """An answer about the referenced pick(s), from their catalog records only. "And the other
    ones?" asks the last question again about the picks not named or last pointed at."""
    state = ctx.state
    question = request.text or ""
    if request.others:
        named = {state.shown[i] for i in request.references if i < len(state.shown)}
        named = named or ({state.focus} if state.focus else set(state.shown[:1]))
        targets: list[str] | str = ctx.act_on([i for i in state.shown if i not in named])
        question = state.asked_about
    elif not request.references and ALL_OF_THEM.search(question.lower()):
        return _about_all(ctx, question)
    else:
        targets = ctx.resolve(request)
    if isinstance(targets, str):
        return Turn(reply=targets, intent=Intent.ASK.value)
    if not targets:
        return Turn(reply="There are no other picks on screen.", intent=Intent.ASK.value)
    products = with_title_brand(ctx.products(targets), ctx.catalog_brands())
    if request.others:
        state.asked_about = question
    elif request.references and _only_points(_less_brands(question, products)):
        question = state.asked_about  # "what about the third?", "and the mary kay?": the last
        # question, of it, else what it is
    else:
        state.asked_about = asked_topic(_less_brands(question, products) or question)
    return Turn(
        reply=" ".join(answer_about(p, _without_brand(question, p)) for p in products),
        intent=Intent.ASK.value,
    )


POINTING_WORDS = frozenset(
    {"and", "what", "how", "about", "same", "for", "with", "the", "one", "ones", "last", "ok",
     "okay", "so", "then", "too", "also", "number", "no", *ORDINALS}
)  # fmt: skip
"""Words that only point at a pick and follow up ("and what about the third one?")."""


def _less_brands(question: str, products: Sequence[Product]) -> str:
    """``question`` less the brands of the picks it is about, which name them and ask nothing
    ("and the mary kay?" of the Mary Kay pick: 'and the ?')."""
    for product in products:
        if product.brand:
            question = re.sub(rf"\b{re.escape(product.brand)}\b", " ", question, flags=re.I)
    return " ".join(question.split())


def _only_points(question: str) -> bool:
    """Whether ``question`` only points at a pick and follows up ("what about the third?",
    "and the 2nd one?", "same for #3?"): the last question about a pick, asked of it."""
    said = re.findall(r"[a-z0-9]+", question.lower())
    return bool(said) and all(w in POINTING_WORDS or w.isdigit() for w in said)


ALL_OF_THEM = re.compile(
    rf"\b{of_the_picks('any|all|each|either|which')}\b|"
    r"\b(?:do|does|are|is|can|will) (?:any|all|these|those|they)\b|"
    r"^(?:(?:and|so|ok|okay),? )?which (?:one|ones|is|are|has|have)\b"
)
"""A question about every pick on screen ("do any of these come with a diffuser?", "are they
all vegan?", "which one is waterproof?", "which is water resistant?")."""


def _about_all(ctx: TurnContext, question: str) -> Turn:
    """Which picks on screen their catalog records say have what the question asks about,
    quoted; the others said to say nothing about it (never "no": a listing may leave it out)."""
    state = ctx.state
    topic = asked_topic(re.sub(r"\b(?:all|both|any|each|either)\b", " ", question.lower()))
    products = ctx.products(state.shown)
    if not topic or not products:
        return Turn(reply="What would you like to know about them?", intent=Intent.ASK.value)
    state.asked_about = topic
    ctx.act_on([p.id for p in products])
    found = [(p, q) for p in products if (q := topic_quote(p, topic)) is not None]
    n = len(products)
    if not found:
        reply = (
            f"None of these {n} listings mentions {topic}, so I can't confirm it for any of "
            "them; check the labels or ask the brands."
        )
    else:
        quotes = "; ".join(f"{short_title(p)}: \u201c{q}\u201d" for p, q in found)
        rest = n - len(found)
        reply = (
            f"{len(found)} of the {n} listings mention{'s' if len(found) == 1 else ''} {topic}: "
            f"{quotes}."
            + (f" The other {rest} say{'s' if rest == 1 else ''} nothing about it." if rest else "")
        )
    return Turn(reply=reply, intent=Intent.ASK.value)


def _without_brand(question: str, product: Product) -> str:
    """``question`` less the pick's brand, which names the pick and asks nothing ("is the
    Garnier one good for sensitive skin?" said the listing says nothing about 'garnier
    sensitive skin')."""
    if not product.brand:
        return question
    said = _less_brands(question, [product])
    return said if content_words(said) else question


ONE_OF_THEM = re.compile(r"\b(?:this|that|it)\b(?!\s+ones\b)")
"""Words of a "why" question that point at one pick, not at all of them ("why that one?"
after "I'd pick the Garnier one", "why did you pick it?")."""


def why(request: Request, ctx: TurnContext) -> Turn:
    """The reasons behind the referenced picks (all of them by default; the pick last pointed
    at, `TurnContext.resolve`, for a question about one: `ONE_OF_THEM`; the one its price
    names: "why the most expensive one?")."""
    state = ctx.state
    if not state.shown:
        return Turn(reply="I have not shown anything yet.", intent=Intent.WHY.value)
    one = ONE_OF_THEM.search(request.text.lower()) or request.superlative in BY_PRICE
    targets = ctx.resolve(request) if request.references or one else ctx.act_on(state.shown)
    if isinstance(targets, str):
        return Turn(reply=targets, intent=Intent.WHY.value)
    ranked = {r.item_id: r for r in ctx.rank([Candidate(i, 1.0) for i in state.shown])}
    lines = []
    for product in ctx.products(targets):  # read once a turn, in the targets' order
        r = ranked.get(product.id, RankedItem(product.id, 0.0))
        lines.append(f"{short_title(product)}: {ctx.reason(product, r, ctx.query())}.")
    return Turn(reply=" ".join(lines), intent=Intent.WHY.value, why=ctx.why_lines())
