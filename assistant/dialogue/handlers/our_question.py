"""A reply to our own clarifying question: what it sets (`take_answer`), a new need said in
answer (`a_need_in_answer`), and the picks after it (`answered`)."""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.dialogue.context import TurnContext
from assistant.dialogue.handlers.find_picks import find
from assistant.dialogue.model.validation import ANY
from assistant.dialogue.needs.wording import stems, with_detail
from assistant.dialogue.phrases.prices_and_orders import BY_RECORD
from assistant.dialogue.phrases.shopper_states import CONCERN_HAD, STATE_WORDS
from assistant.dialogue.request import Request
from assistant.dialogue.state import Constraints
from assistant.dialogue.turn import Turn
from catalog.category_paths import below, shared_branch


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
