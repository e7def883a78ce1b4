"""The conversation replay, the scorer's understanding: each case is sent to the real
`assistant.conversation.Conversation` and scored from what the turn returns and what the session
holds afterwards (no copy of the handlers: what the chat does is what is scored).

A case's context is seeded as the session state the conversation keeps (`seeded_state`): the
transcript, the request so far (`Constraints`), the stated needs, recipient and occasion, the
picks on screen (their catalog ids, found by title), the pick last pointed at (read from the
latest user turn that named one, by the conversation's own reader) and the pending question
(its options as the category paths the conversation offers, and its words: "Would a lavender
gift set work?" proposes one thing, which "ok yes" accepts). The state is saved through the
conversation's session store, the message is sent, and the record is read back:

- intent: ``answer`` when the turn took the message as an answer to our question
  (`Turn.answer`) or, with our question pending, as a refinement (a reply naming no option is
  a detail of the need asked about: the set's free answer), else the intent whose handler
  served it (the reading's);
- the request after the turn: the session's `Constraints`, stated needs and recipient, and the
  search text the next search would run (`TurnContext.query`); for a question about the picks,
  also what it asks about (the reading's ``"?"`` values: answered, never kept as a need);
- references: the picks the turn acted on (`Turn.acted_on`), as indexes on screen;
- answer: the options `Turn.answer` names, in the set's words;
- relative: the refinement the reading asked for.

A price the conversation worked out from price words ("cheap": the median of the matches,
`PriceSide.came_to`) is the set's ``price_band``, not a price said, so the record leaves it out;
but for a "cheaper" or "pricier" refinement, where the set takes it as the tightened bound.

The conversation reads each turn through a `TimedReader`, so the latency the report prints is
the reader's (not the search's nor the handlers').
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import cast

from assistant.conversation import ABOUT_PICKS, Conversation
from assistant.dialogue.context import TurnContext
from assistant.dialogue.model.validation import ANY
from assistant.dialogue.phrases.product_traits import ASKED_VALUE
from assistant.dialogue.reader import TurnReader
from assistant.dialogue.request import Intent, Request
from assistant.dialogue.state import DialogueState
from assistant.dialogue.turn import Turn
from assistant.dialogue.vocabulary import CatalogVocabulary
from assistant.evaluation.understanding.cases import DialogueContext, ShownPick
from assistant.evaluation.understanding.model import TimedReader, situation_of
from assistant.evaluation.understanding.record import Understood
from assistant.evaluation.understanding.seed import (
    NEED_KEYS,
    constraints_of,
    option_paths,
    relative_of,
)
from assistant.profiles import Profile
from catalog.schema import Product

logger = logging.getLogger(__name__)

OCCASION = "occasion"
"""The key of the occasion among the dialogue's stated needs."""
NEED_NAMES = {v: k for k, v in NEED_KEYS.items()}
"""The set's attribute names and the dialogue's stated-need keys for them."""


def _text(value: str | list[str]) -> str:
    return value if isinstance(value, str) else ", ".join(value)


def _title_key(title: str) -> str:
    """A title as picks are matched by it: case-folded, spaces collapsed (the set's titles keep
    the items file's double spaces; the store's do not)."""
    return " ".join(title.casefold().split())


def pick_ids(picks: Iterable[ShownPick], products: Iterable[Product]) -> list[str | None]:
    """Each pick's catalog id: the product of that title (of its brand and price where several
    share the title), or None when the catalog has no product of that title."""
    picks = list(picks)
    wanted = {_title_key(p.title) for p in picks}
    by_title: dict[str, list[Product]] = {}
    for product in products:
        if (key := _title_key(product.title)) in wanted:
            by_title.setdefault(key, []).append(product)
    ids: list[str | None] = []
    for pick in picks:
        found = sorted(
            by_title.get(_title_key(pick.title), []),
            key=lambda p: ((p.brand or "") != pick.brand, p.price != pick.price, p.id),
        )
        ids.append(found[0].id if found else None)
    return ids


def seeded_state(
    context: DialogueContext | None,
    shown: list[str],
    options: dict[str, str],
    focus: int | None,
) -> DialogueState:
    """The session state the conversation would hold after ``context``.

    Args:
        context: the dialogue so far, or None (a fresh session).
        shown: the picks on screen as catalog ids (in order; those found in the catalog).
        options: the pending question's options (the set's names) -> the paths offered.
        focus: the index in ``shown`` of the pick last pointed at, or None.
    """
    state = DialogueState()
    if context is None:
        return state
    so_far = context.constraints
    state.constraints = constraints_of(so_far)
    needs = {NEED_NAMES.get(k, k): _text(v) for k, v in so_far.attributes.items()}
    if so_far.occasion:
        needs[OCCASION] = so_far.occasion
    state.needs = needs
    state.recipient = so_far.recipient or ""
    own = {NEED_NAMES.get(k, k): _text(v) for k, v in so_far.self_attributes.items()}
    state.self_needs = own if state.recipient else {**needs, **own}
    for role, text in context.history:
        state.remember(role, text)
    state.turns = sum(1 for role, _ in context.history if role == "user")
    state.asked = context.question is not None or bool(context.picks)
    if shown:
        state.show(shown)
    if focus is not None and focus < len(shown):
        state.focus = shown[focus]
    state.pending_options = list(options.values())
    state.pending_question = context.question.text if context.question and options else ""
    return state


PRICED_AGAINST_THE_PICKS = frozenset({Intent.REFINE, Intent.MORE_LIKE})
"""Turns whose relative refinement the chat honours (`handlers.feedback.more_like` shows only
those like the pick that cost less, or more, where it is asked)."""


@dataclass
class ConversationReplay:
    """An `Understander` that sends each case to a real `Conversation` (see the module).

    Attributes:
        conversation: a ready conversation over the catalog the set was written for (build it
            without copy; `Turn` fields only, so no copy is waited for).
        vocabulary: the catalog's brands, categories and words.
        products: the catalog's products (each pick on screen is found by title).
        timed: the conversation's reader behind a stopwatch (the report's latency).
        unseeded: seeding gaps counted: ``pick not in the catalog`` and ``turn failed``.
    """

    conversation: Conversation
    vocabulary: CatalogVocabulary
    products: list[Product]
    timed: TimedReader = field(init=False)
    unseeded: Counter[str] = field(default_factory=Counter)

    def __post_init__(self) -> None:
        self.timed = TimedReader(self.conversation.reader)
        # the conversation reads through the stopwatch (it only calls `read` and `parser`)
        self.conversation.reader = cast(TurnReader, self.timed)

    def latency(self) -> dict[str, float | int]:
        """The readings' latency (`TimedReader.latency`)."""
        return self.timed.latency()

    def _focus(self, context: DialogueContext) -> int | None:
        """The pick the latest user turn that named a single pick named, as the conversation's
        reader reads that turn beside the picks (`TurnContext.resolve` made it the focus then)."""
        situation, _ = situation_of(DialogueContext(picks=context.picks), self.vocabulary)
        for role, text in reversed(context.history):
            if role != "user":
                continue
            request = self.timed.reader.read(text, situation)
            named = {i for i in request.references if i < len(context.picks)}
            if len(named) == 1:
                return named.pop()
        return None

    def __call__(self, message: str, context: DialogueContext | None) -> Understood:
        """Send ``message`` after ``context`` and read the turn and the session back."""
        from core.errors import ShopAssistError

        options: dict[str, str] = {}
        ids: list[str | None] = []
        focus = None
        if context is not None:
            ids = pick_ids(context.picks, self.products)
            if None in ids:
                self.unseeded["pick not in the catalog"] += 1
            focus = self._focus(context) if context.picks else None
            if context.question is not None:
                so_far = context.constraints
                options = option_paths(
                    context.question.options,
                    so_far.category[0] if so_far.category else None,
                    tuple(self.vocabulary.categories),
                    so_far.need[0] if so_far.need else "",
                )
        conversation = self.conversation
        session = conversation.new_session()
        shown = [i for i in ids if i is not None]
        at = ids[focus] if focus is not None else None
        state = seeded_state(context, shown, options, shown.index(at) if at else None)
        conversation.sessions.save(session, None, state.to_json())
        self.timed.last = None
        try:
            turn = conversation.respond(session, None, message)
            loaded = conversation.sessions.load(session)
        except ShopAssistError as e:
            logger.warning("the turn failed: %s", e)
            self.unseeded["turn failed"] += 1
            return Understood(intent="")
        finally:
            conversation.clear(session)
        after = DialogueState.from_json(loaded[1] if loaded else {})
        return self.understood(turn, self.timed.last, after, ids, options)

    def understood(
        self,
        turn: Turn,
        request: Request | None,
        after: DialogueState,
        shown: list[str | None],
        options: dict[str, str],
    ) -> Understood:
        """The record of a turn: what it returned and the session state after it.

        Args:
            turn: what the conversation returned.
            request: the reading the conversation routed the turn by (None: not read).
            after: the session state after the turn.
            shown: the context's picks as catalog ids, in the set's order (None: not found).
            options: the pending question's options (the set's names) -> the paths offered.
        """
        c = after.constraints
        ctx = TurnContext(
            self.conversation.c, self.conversation.options, after, Profile(user_id=None)
        )
        read = request.intent if request is not None else None
        detail = bool(options) and read == Intent.REFINE  # a reply to our question naming no
        # option ("normal i guess"): a detail of the need asked about (`answers.free_answer`)
        got = Understood(
            intent="answer" if turn.answer or detail else (read.value if read else turn.intent),
            query=ctx.query(),
            category=c.category,
            price_min=c.min_price,
            price_max=c.max_price,
            brands=list(c.brands),
            exclude_brands=list(c.exclude_brands),
            avoid=list(c.avoid),
            attributes={NEED_KEYS.get(k, k): v for k, v in after.needs.items() if k != OCCASION},
            recipient=after.recipient or None,
            occasion=after.needs.get(OCCASION) or None,
            references=[shown.index(i) for i in turn.acted_on if i in shown],
        )
        if request is not None and read in ABOUT_PICKS:  # what a question about the picks
            asked = {k: v for k, v in request.attributes.items() if v == ASKED_VALUE}  # asks
            got.attributes.update({NEED_KEYS.get(k, k): v for k, v in asked.items()})  # ("how
            # big is it?"): answered, never kept as a need
        if after.recipient:  # the set labels what the shopper says of themself beside a gift
            got.self_attributes = {NEED_KEYS.get(k, k): v for k, v in after.self_needs.items()}
        if turn.answer:
            if turn.answer == [ANY]:
                got.answer = ANY
            else:
                names = [o for o, p in options.items() if p in turn.answer or o in turn.answer]
                got.answer = names[0] if len(names) == 1 else names
        if request is not None and read in PRICED_AGAINST_THE_PICKS:
            got.relative = relative_of(request)  # "more like the second but cheaper": cheaper
        if got.relative != "cheaper" and c.max_price == c.cheap_half.came_to:
            got.price_max = None  # what "cheap" came to in the matches: a price band, not said
        if got.relative != "pricier" and c.min_price == c.dear_half.came_to:
            got.price_min = None  # likewise "luxury"
        return got
