"""The conversation: one method per chat turn, streaming.

A turn is: redact -> understand -> route (an answer to our question, else the intent's handler
in `assistant.dialogue.handlers.HANDLERS`) -> reply and product cards at once -> copy for each
card streamed after. Product ids only ever come from the searcher and the scorer; the language
model (behind `CopySource`) writes copy for cards that are already chosen, and that copy is
grounding-checked. State lives in the SQL store (sessions and profiles tables), never in this
object, so one `Conversation` serves every user and any number of app processes can share a
store.
"""

from __future__ import annotations

import contextlib
import logging
import re
import threading
import uuid
from collections.abc import Iterator

from assistant.dialogue.clarifying.clarify import question_for
from assistant.dialogue.context import Components, TurnContext, TurnOptions
from assistant.dialogue.errors import ConversationBusyError, DialogueError, SessionOwnerError
from assistant.dialogue.handlers import HANDLERS, a_need_in_answer, answered, apply_feedback
from assistant.dialogue.handlers.feedback import FEEDBACK_KINDS
from assistant.dialogue.handlers.questions import about_the_options
from assistant.dialogue.handlers.talk import read_english_best, with_money_read
from assistant.dialogue.model.model_reading import SELF
from assistant.dialogue.model.model_request import PickLine, TurnSituation
from assistant.dialogue.needs.avoid_lifted import carried_note, lifted_note
from assistant.dialogue.phrases.product_traits import ASKED_VALUE
from assistant.dialogue.ports import QueryParser
from assistant.dialogue.reader import TurnReader
from assistant.dialogue.request import Intent, Request
from assistant.dialogue.state import DialogueState
from assistant.dialogue.turn import Turn, TurnEvent
from assistant.dialogue.vocabulary import CatalogVocabulary
from assistant.privacy import redact
from assistant.profiles import Profile, clear_profile, load_profile, save_dialogue_profile
from catalog.sessions import SessionStore
from core.errors import ShopAssistError
from experiments.live import record_feedback
from retrieval.lexicon import in_american_spelling

logger = logging.getLogger(__name__)

MAX_MESSAGE_CHARS = 1_000
SESSION_ID = re.compile(r"[A-Za-z0-9_-]{8,64}")
# turns that ask about the picks on screen: what they say is of a pick, not of the shopper
ABOUT_PICKS = (Intent.ASK, Intent.COMPARE, Intent.WHY)


OF_THIS_NEED = frozenset({"occasion", "other"})
"""What a turn states of this need alone, never the shopper's profile: when it is for, and what
else this product should do or not do (`other`: "quiet", "cordless", "clump" of "a mascara that
doesn't clump", which the profile's summary would read as a liking)."""


class Conversation:
    """Serves chat turns for any number of shoppers and sessions."""

    def __init__(self, components: Components, options: TurnOptions | None = None) -> None:
        """Set up the conversation over ``components``.

        Args:
            components: the parts a turn uses.
            options: how turns are served (picks, depth, personalisation, clarifying
                questions, concurrency); default `TurnOptions()`.
        """
        self.c = components
        self.sessions = SessionStore(components.store.engine)
        self.options = options or TurnOptions()
        self._slots = threading.BoundedSemaphore(self.options.max_concurrent_turns)
        self.reader = self._reader()

    def _reader(self) -> TurnReader:
        c = self.c
        return TurnReader(
            parse=c.parse,
            vocabulary=c.vocabulary,
            parser=c.parser,
            mode=c.parser_mode,  # type: ignore[arg-type]
            categories=c.categories,
        )

    def use_vocabulary(self, vocabulary: CatalogVocabulary, parse: QueryParser) -> None:
        """Read turns with the catalog's current brands and categories from now on (after a
        catalog update); a turn already being read finishes with the old ones."""
        self.c.vocabulary, self.c.parse = vocabulary, parse
        self.reader = self._reader()

    @property
    def writes_copy(self) -> bool:
        """Whether each card's copy follows the picks (a copy source is configured)."""
        return self.c.copy is not None

    @property
    def personalise(self) -> bool:
        """Whether purchase history and profiles shape the picks."""
        return self.options.personalise

    # -- public API -------------------------------------------------------------------------

    @staticmethod
    def new_session() -> str:
        """A fresh, unguessable session id."""
        return uuid.uuid4().hex

    def respond(self, session_id: str, user_id: str | None, message: str) -> Turn:
        """Serve one turn and return it whole (copy included)."""
        turn: Turn | None = None
        for event in self.stream(session_id, user_id, message):
            if event.kind == "done":
                turn = event.data
        assert turn is not None
        return turn

    def stream(
        self, session_id: str, user_id: str | None, message: str, *, with_copy: bool = True
    ) -> Iterator[TurnEvent]:
        """Serve one turn as events: reply, picks (cards), each card's copy, done.

        The reply and the cards come before any language-model call; each card's copy follows
        as soon as it is written and checked (in any order: the event carries the card index).
        """
        with self._slot():
            ctx = self._context(session_id, user_id)
            text = redact(" ".join(str(message).split()))[:MAX_MESSAGE_CHARS]
            ctx.state.remember("user", text)
            turn = self._route(text, ctx)
            turn.acted_on = list(ctx.acted_on)
            if len(message) > MAX_MESSAGE_CHARS:
                turn.reply = "Your message was long, so I read the first part. " + turn.reply
            ctx.state.turns += 1
            ctx.state.remember(
                "assistant", turn.reply + (f" {turn.question}" if turn.question else "")
            )
            self._save(session_id, user_id, ctx)
        yield TurnEvent("reply", turn.reply)
        if turn.question:
            yield TurnEvent("question", turn.question)
        if turn.table:
            yield TurnEvent("table", turn.table)
        yield TurnEvent("picks", list(turn.picks))
        if with_copy and self.c.copy is not None and turn.picks:
            yield from self._copy_events(turn, ctx.state.needs)
        yield TurnEvent("done", turn)

    def feedback(self, session_id: str, user_id: str | None, item_id: str, kind: str) -> None:
        """Record a click on a card: 'like', 'dislike' or 'cart'; used from the next turn on."""
        if kind not in FEEDBACK_KINDS:
            raise DialogueError(f"feedback kind: expected like|dislike|cart, got {kind!r}")
        product = self.c.store.get_product(item_id)
        if product is None:
            raise DialogueError(f"item_id: no product {item_id!r} in the catalog")
        if kind == "cart" and not product.presentable:
            raise DialogueError(
                f"item_id: product {item_id!r} has no title or no price in the catalog, so it "
                "cannot go in the cart; pick another product"
            )
        ctx = self._context(session_id, user_id)
        apply_feedback(ctx, item_id, kind)
        self._save(session_id, user_id, ctx)
        record_feedback(self.c.experiments, session_id, user_id, item_id, kind)

    def clear(self, session_id: str) -> None:
        """Forget a conversation (the shopper's profile stays)."""
        self.sessions.delete(session_id=session_id)

    def forget_profile(self, user_id: str) -> None:
        """Forget what dialogue taught us about a shopper (`clear_profile`: their orders stay)."""
        clear_profile(self.c.store, user_id)

    # -- one turn -----------------------------------------------------------------------------

    def _route(self, text: str, ctx: TurnContext) -> Turn:
        """An empty message, an answer to our pending question, or the intent's handler."""
        if not text.strip():
            return Turn(
                reply="Tell me what you are looking for, for example "
                "'a moisturiser for dry skin under $30'.",
                intent=Intent.GREETING.value,
            )
        state = ctx.state
        request = self.reader.read(text, self._situation(state), state.pending_options)
        if request.source != "rules":
            logger.info("turn read by %s: %s", request.source, request.intent.value)
        earlier = [a for a in state.constraints.avoid if a not in request.avoid]
        state.constraints.avoid_more(request.avoid)
        state.constraints.lift(request.allow)
        self._note_needs(request, state)
        self._note_dislikes(request, ctx)
        if state.pending_options and request.answer:
            turn = answered(request, ctx)
            turn.answer = list(request.answer)
            return turn
        if state.pending_options and request.intent == Intent.ASK and not state.shown:
            return about_the_options(ctx)  # "whats the difference tho": the question stays
        if state.pending_options and request.intent == Intent.SEARCH:
            a_need_in_answer(state.constraints, request)  # "a perfume" after "something fancy"
        state.pending_options, state.pending_question = [], ""
        turn = read_english_best(HANDLERS[request.intent](request, ctx), request)
        turn.reply = lifted_note(request.allow) + turn.reply
        if request.intent == Intent.SEARCH and turn.picks:  # a new need: the allergy stays
            turn.reply += carried_note([a for a in earlier if a in state.constraints.avoid])
        return with_money_read(turn, request)

    @staticmethod
    def _note_needs(request: Request, state: DialogueState) -> None:
        """Stated needs: a recipient's stay in the dialogue (they shape this search only); the
        shopper's own also go to ``self_needs``, the only ones their profile keeps. Shopping
        for another person ("and for myself, ...") starts from that person's needs and drops
        the price said for the last one (a price in the same message still counts). A question
        about a pick ("is it good for sensitive skin?") says nothing of the shopper: its needs
        stay in the dialogue only; a person it names ("would the second one suit my mum?") is
        whom the picks are for, and the dialogue's needs, occasion and price stay (nobody new is
        shopped for). Whether the need is a gift (`DialogueState.gift`) goes as the occasion
        goes: kept across turns, dropped for another person, never the profile's. A value is
        kept in the catalog's spelling (`in_american_spelling`: a model's "grey" is gray), so the
        profile holds one value whichever way it was said."""
        stated = {
            k: in_american_spelling(v)
            for k, v in request.attributes.items()
            if k not in ("action", "for") and v != ASKED_VALUE  # "how big is it?": no need
        }
        who = request.recipient or request.attributes.get("for")
        previous = state.recipient
        about_a_pick = request.intent in ABOUT_PICKS
        if who and who.lower() not in SELF:
            if who != state.recipient and not about_a_pick:
                state.needs, state.gift = {}, False
            state.recipient = who
        elif who:
            if state.recipient:  # "and for myself, ...": the gift's needs are not the shopper's
                state.needs, state.gift = dict(state.self_needs), False
            state.recipient = ""
        state.gift = state.gift or request.gift
        if who and state.recipient != previous and not about_a_pick:
            state.constraints.drop(["price"])  # another person: the last one's budget goes
        state.needs.update(stated)
        if not state.recipient and request.intent not in ABOUT_PICKS:
            state.self_needs.update({k: v for k, v in stated.items() if k not in OF_THIS_NEED})
        state.self_needs.update(
            {k: in_american_spelling(v) for k, v in request.self_attributes.items()}
        )

    @staticmethod
    def _note_dislikes(request: Request, ctx: TurnContext) -> None:
        """A brand the shopper rules out ("not Revlon, I hate their smell") is a dislike the
        profile keeps, and the person a gift is for is remembered by name (never their traits);
        nothing for a shopper who opted out."""
        profile = ctx.profile
        if profile.opted_out:
            return
        for brand in request.parsed.exclude_brands:
            profile.avoided_brands = list(dict.fromkeys([*profile.avoided_brands, brand]))
        if ctx.state.recipient:
            profile.add_recipient(ctx.state.recipient)

    def _situation(self, state: DialogueState) -> TurnSituation:
        """What a request parser reads beside the message: our pending question, the picks on
        screen, the request so far. The rules read them too: the picks' brands ("is the CeraVe
        one ..."), the category they answer (`TurnSituation.need_category`: what is beside them)."""
        products = {p.id: p for p in self.c.store.get_products(state.shown)} if state.shown else {}
        picks = tuple(
            PickLine(p.title, p.brand or "", p.price)
            for p in (products.get(i) for i in state.shown)
            if p is not None
        )
        c = state.constraints
        so_far = "; ".join(
            f"{name}={value}"
            for name, value in (
                ("need", c.need),
                ("category", c.category),
                ("price_min", c.min_price),
                ("price_max", c.max_price),
                ("brands", ", ".join(c.brands)),
                ("exclude_brands", ", ".join(c.exclude_brands)),
                ("avoid", ", ".join(c.avoid)),
            )
            if value not in (None, "")
        )
        options = tuple(o.split(" > ")[-1] for o in state.pending_options)
        return TurnSituation(
            question=(state.pending_question or question_for(options)) if options else "",
            options=options,
            picks=picks,
            so_far=so_far,
        )

    def _copy_events(self, turn: Turn, needs: dict[str, str]) -> Iterator[TurnEvent]:
        """Each card's copy as it is written and checked; a failure leaves the rest without."""
        assert self.c.copy is not None
        products = self.c.store.get_products([p.id for p in turn.picks])
        card_of = {pick.id: index for index, pick in enumerate(turn.picks)}
        try:
            for written, copy in self.c.copy.card_copy(products, needs):
                index = card_of[products[written].id]
                pick = turn.picks[index]
                pick.copy, pick.grounded = copy.text, copy.grounded
                yield TurnEvent(
                    "copy",
                    {"index": index, "id": pick.id, "copy": copy.text, "grounded": copy.grounded},
                )
        except ShopAssistError as e:
            logger.warning("copy failed, the other cards go out without it: %s", e)

    @contextlib.contextmanager
    def _slot(self) -> Iterator[None]:
        """Hold one of the turn slots while a turn is computed (not while its copy streams:
        the language model has its own queue)."""
        wait_s = self.options.turn_wait_s
        if not self._slots.acquire(timeout=wait_s):
            raise ConversationBusyError(
                f"the assistant is busy: every turn slot stayed taken for {wait_s:g} s; "
                "try again in a few seconds"
            )
        try:
            yield
        finally:
            self._slots.release()

    # -- state --------------------------------------------------------------------------------

    def _context(self, session_id: str, user_id: str | None) -> TurnContext:
        """The session's dialogue state and the shopper's profile, loaded for one turn."""
        if not SESSION_ID.fullmatch(session_id or ""):
            raise DialogueError(
                f"session_id: expected 8-64 letters, digits, '-' or '_', got {session_id!r}"
            )
        loaded = self.sessions.load(session_id)
        state = DialogueState()
        if loaded is not None:
            owner, data = loaded
            if owner != user_id:
                raise SessionOwnerError(
                    "session_id: this session belongs to another user; start a new one"
                )
            state = DialogueState.from_json(data)
        if not self.personalise or user_id is None:
            profile = Profile(user_id=user_id)
        else:
            profile = load_profile(self.c.store, user_id)
        return TurnContext(self.c, self.options, state, profile, session_id, user_id)

    def _save(self, session_id: str, user_id: str | None, ctx: TurnContext) -> None:
        self.sessions.save(session_id, user_id, ctx.state.to_json())
        if self.personalise:
            # only what the shopper said about themself: a gift's needs are not theirs
            ctx.profile.needs = {**ctx.profile.needs, **ctx.state.self_needs}
            save_dialogue_profile(self.c.store, ctx.profile)
