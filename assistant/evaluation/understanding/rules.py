"""Today's rule-based understanding, adapted to the scorer's `Understood` record.

It replays what `assistant.conversation.Conversation` does with a message, without a catalog
search: `understand` (intent, references, stated needs) with `retrieval.query.parse_query`
(price, brand, category), `match_option` for an answer to the pending question, then the
request so far (`Constraints`, the session state's own type) updated the way the intent's
handler updates it. A turn that makes no request of its own (a question about the picks,
feedback, talk) leaves the request so far as it was, and the record carries it (the set's
contract: the effective request after the turn); `clear` drops it. Fields the rules
cannot produce (``avoid``, ``answer: any``, lists of options, and the attributes and
``self_attributes`` the conversation's reader adds after `understand`: `stated_traits`) stay
empty, so they score as missed where labelled and right where the label is empty: honest, not
skipped.
"""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.dialogue.clarify import match_option
from assistant.dialogue.context import stated_type
from assistant.dialogue.handlers.bundle import named_type, points_at_a_pick, type_words
from assistant.dialogue.handlers.questions import ALL_OF_THEM, ONE_OF_THEM
from assistant.dialogue.handlers.search import refine_need, take_answer
from assistant.dialogue.need_category import department
from assistant.dialogue.ports import QueryParser
from assistant.dialogue.request import Intent, Request
from assistant.dialogue.state import Constraints
from assistant.dialogue.understanding import find_references, understand
from assistant.dialogue.validation import ANY
from assistant.dialogue.vocabulary import CatalogVocabulary
from assistant.evaluation.understanding.cases import (
    Attributes,
    DialogueContext,
    shown_prices,
)
from assistant.evaluation.understanding.record import Understander, Understood
from assistant.evaluation.understanding.seed import (
    NEED_KEYS,
    constraints_of,
    option_paths,
    relative_of,
)
from catalog.category_paths import shared_branch
from retrieval.query import ParsedQuery, parse_query

SELF_KEYS = {**NEED_KEYS}
"""The dialogue's names of attributes and the set's (the same for the rest)."""
NOT_ATTRIBUTES = {"for", "occasion", "action"}
"""Attribute keys of the dialogue's request that are not the set's attributes."""
NOT_AN_OCCASION = {"gift", "present"}
"""The rules' occasion pattern also catches these, which say "a gift", not when."""


def _query(constraints: Constraints, attributes: Attributes) -> str:
    """The search text, as `TurnContext.query` builds it: the need, plus a stated skin or hair
    type it does not name."""
    need = constraints.need
    needs = {
        k: str(attributes[v])
        for k, v in NEED_KEYS.items()
        if isinstance(attributes.get(v), str)  # stated as a word, not a list
    }
    extra = stated_type(need, needs, constraints.category)
    return f"{need} {extra}".strip() or (constraints.category or "")


def _stated(request: Request) -> tuple[Attributes, str | None, str | None]:
    """The reading's stated needs as (attributes, recipient, occasion)."""
    attributes: Attributes = {
        SELF_KEYS.get(k, k): v for k, v in request.attributes.items() if k not in NOT_ATTRIBUTES
    }
    who = request.recipient or request.attributes.get("for")
    occasion = request.attributes.get("occasion")
    return (
        attributes,
        None if who in (None, "self") else who,
        None if occasion in (None, *NOT_AN_OCCASION) else occasion,
    )


def understand_with_rules(
    message: str,
    context: DialogueContext | None,
    *,
    parse: QueryParser,
    vocabulary: CatalogVocabulary,
) -> Understood:
    """What today's rules make of ``message`` after ``context``, as the effective request.

    Args:
        message: the shopper's words.
        context: the dialogue so far, or None for a message on its own.
        parse: the retrieval query parser bound to the catalog.
        vocabulary: the catalog's brands, categories and words.
    """
    picks = context.picks if context else ()
    request = understand(message, shown=len(picks), parse=parse, vocabulary=vocabulary)
    return effective_request(request, message, context, vocabulary)


def effective_request(
    request: Request,
    message: str,
    context: DialogueContext | None,
    vocabulary: CatalogVocabulary,
) -> Understood:
    """The request after the turn, as the conversation folds ``request`` (the rules' or a
    model's reading of ``message``) into the request so far.

    Args:
        request: the dialogue's reading of the message.
        message: the shopper's words (an answer the reading did not resolve is matched to the
            offered options, as the conversation does).
        context: the dialogue so far, or None for a message on its own.
        vocabulary: the catalog's brands, categories and words.
    """
    context = context or DialogueContext()
    so_far = context.constraints
    constraints = constraints_of(so_far)
    attributes: Attributes = dict(so_far.attributes)
    recipient, occasion = so_far.recipient, so_far.occasion
    picks = context.picks
    got = Understood(intent=request.intent.value, references=acted_on(request, message, context))
    avoid = [a for a in dict.fromkeys([*so_far.avoid, *request.avoid]) if a not in request.allow]

    question = context.question
    if question and request.answer:
        got.intent = "answer"
        if request.answer == [ANY]:
            got.answer = ANY
        else:
            paths = option_paths(
                question.options,
                constraints.category,
                tuple(vocabulary.categories),
                constraints.need,
            )
            names = [o for o, p in paths.items() if p in request.answer or o in request.answer]
            got.answer = names[0] if len(names) == 1 else names
        take_answer(constraints, request)  # the conversation's own steps
        return _fill(got, constraints, attributes, recipient, occasion, avoid)
    if question and request.intent in (Intent.SEARCH, Intent.OFF_TOPIC):
        paths = option_paths(
            question.options, constraints.category, tuple(vocabulary.categories), constraints.need
        )
        chosen = match_option(message, list(paths.values()))
        if chosen is not None:
            got.intent = "answer"
            constraints.merge(replace(request.parsed, category=None), drop=request.drop)
            got.answer = next(o for o, p in paths.items() if p == chosen)
            if " > " in chosen:
                constraints.category = chosen
            return _fill(got, constraints, attributes, recipient, occasion, avoid)

    if question and request.intent == Intent.REFINE:  # a free answer ("for acne mostly",
        got.intent = "answer"  # "something under 25"): the conversation reads it as a detail
        # of the need so far (`answers.free_answer`), the set as an answer naming no option
    if request.picks_brand and picks:  # "same brand as the second one": its brand, as
        pointed = [picks[i] for i in request.references if i < len(picks)]  # `their_brand`
        brand = (pointed or [picks[focus_of(context)]])[0].brand
        request.parsed.brands = [brand] if brand else request.parsed.brands
    stated, who, when = _stated(request)
    attributes.update(stated)
    recipient, occasion = who or recipient, when or occasion
    got.self_attributes = {SELF_KEYS.get(k, k): v for k, v in request.self_attributes.items()}
    if request.intent == Intent.SEARCH:
        constraints.merge(request.parsed, need=request.text, drop=request.drop)
    elif request.intent == Intent.REFINE:
        constraints.merge(request.parsed, need=None, drop=request.drop)
        refine_need(constraints, request, shown_prices(picks))  # the refine handler's steps
        if request.exclude_reference_brand and picks:
            pointed = [picks[i] for i in request.references if i < len(picks)]
            pointed = pointed or [picks[focus_of(context)]]  # "not that brand": the focus
            constraints.rule_out_brands(sorted({p.brand for p in pointed if p.brand}))
        got.relative = relative_of(request)
    elif request.intent == Intent.BUNDLE:  # the type it names is what the bundle handler shows
        anchored = bool(picks) and points_at_a_pick(request)
        got.category = named_type(request, anchored)
        got.query = " ".join(type_words(request.text))  # what it searches for the type named
        if anchored and not got.references:  # "what goes with it?": `TurnContext.resolve`
            got.references = [focus_of(context)]
        anchors = [picks[i] for i in got.references if i < len(picks)]
        if got.category is None and anchors:  # no type named: the anchors' department searched
            got.category = shared_branch([department(p.category) for p in anchors]) or None
        return got
    elif request.intent == Intent.CLEAR:  # the request so far is dropped
        return got
    elif request.intent != Intent.MORE_LIKE:
        # a question about the picks, feedback, talk: no request of its own, so the request
        # so far stands; the record adds what was asked
        _fill(got, constraints, dict(so_far.attributes), recipient, occasion, avoid)
        got.attributes = attributes
        return got
    return _fill(got, constraints, attributes, recipient, occasion, avoid)


def acted_on(request: Request, message: str, context: DialogueContext) -> list[int]:
    """The picks the intent's handler acts on, as indexes: those the message names, else what
    the handler takes for a turn about the picks that names none (`TurnContext.resolve` and
    the handlers in `handlers/questions.py`, `handlers/feedback.py`): a question about every
    pick ("do any of these...") all of them, a question or a like of "it" or "that" the focus
    (`focus_of`), a "why" all of them unless it asks of one, a comparison of which suits best
    all of them and any other the first two. A feedback naming no pick ("thanks, that helps")
    is about none."""
    picks = context.picks
    if request.references or not picks:
        return list(request.references)
    lowered = " ".join(message.lower().split())
    intent = request.intent
    one = ONE_OF_THEM.search(lowered) is not None
    if intent == Intent.ASK:
        return list(range(len(picks))) if ALL_OF_THEM.search(lowered) else [focus_of(context)]
    if intent == Intent.WHY:
        return [focus_of(context)] if one else list(range(len(picks)))
    if intent == Intent.COMPARE:
        return list(range(len(picks) if request.superlative == "best_match" else 2))
    if intent == Intent.MORE_LIKE:
        return [focus_of(context)]
    chosen = request.attributes.get("action") in ("cart", "choose")
    if intent == Intent.FEEDBACK and (chosen or PICK_PRONOUN.search(lowered)):
        return [focus_of(context)]
    return []


PICK_PRONOUN = re.compile(r"\b(?:it|this one|that one)\b")
"""Words of a like or a dislike that point at the pick last talked about ("love it", "not a
fan of that one"), not at the talk ("that helps")."""


def focus_of(context: DialogueContext) -> int:
    """The pick a message that points at one without naming it ("what goes with it?") is
    about, as the conversation resolves it (`TurnContext.resolve`): the one the latest user
    turn that named a single pick named (by its place or its brand: "tell me about the second
    one", "is the MAC one long lasting?"), else the first on screen."""
    picks = context.picks
    for role, text in reversed(context.history):
        if role != "user":
            continue
        lowered = text.lower()
        named = [i for i in find_references(lowered, len(picks)) if i < len(picks)]
        said = {_key(w) for w in lowered.split()}  # "the MAC one": M.A.C
        named = named or [i for i, p in enumerate(picks) if p.brand and _key(p.brand) in said]
        if len(set(named)) == 1:
            return named[0]
    return 0


def _key(name: str) -> str:
    """A brand or a word as the set compares brands: lower case, letters and digits only."""
    return re.sub(r"[^a-z0-9]", "", name.lower())


def _fill(
    got: Understood,
    constraints: Constraints,
    attributes: Attributes,
    recipient: str | None,
    occasion: str | None,
    avoid: list[str],
) -> Understood:
    got.query = _query(constraints, attributes)
    got.category = constraints.category
    got.price_min, got.price_max = constraints.min_price, constraints.max_price
    got.brands = list(constraints.brands)
    got.exclude_brands = list(constraints.exclude_brands)
    got.attributes = attributes
    got.recipient, got.occasion = recipient, occasion
    got.avoid = list(avoid)
    return got


def rules_understander(
    vocabulary: CatalogVocabulary, parse: QueryParser | None = None
) -> Understander:
    """Today's rules as an `Understander`.

    Args:
        vocabulary: the catalog's brands, categories and words (`catalog_vocabulary(store)` of
            the composition root).
        parse: the query parser; default `parse_query` bound to ``vocabulary``.
    """
    if parse is None:
        brands, categories = list(vocabulary.brands), list(vocabulary.categories)

        def parse(text: str) -> ParsedQuery:
            return parse_query(text, brands=brands, categories=categories)

    bound: QueryParser = parse

    def run(message: str, context: DialogueContext | None) -> Understood:
        return understand_with_rules(message, context, parse=bound, vocabulary=vocabulary)

    return run
