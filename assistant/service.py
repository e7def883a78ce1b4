"""The conversational assistant: one method per chat turn, streaming.

A turn is: redact -> understand -> (clarify | search -> rank | refine | compare | answer |
bundle | feedback) -> reply and product cards at once -> copy for each card streamed after.
Product ids only ever come from the searcher and the scorer; the language model (behind
`CopySource`) writes copy for cards that are already chosen, and that copy is grounding-checked.
State lives in the SQL store (sessions and profiles tables), never in this object, so one
`Assistant` serves every user and any number of app processes can share a store.
"""

from __future__ import annotations

import contextlib
import logging
import re
import threading
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace

from assistant.dialogue.clarify import match_option, question_for, split_options
from assistant.dialogue.facts import answer_about, comparison, comparison_text
from assistant.dialogue.ports import (
    Candidate,
    CopySource,
    Ranked,
    Scorer,
    Searcher,
)
from assistant.dialogue.request import Intent, Request
from assistant.dialogue.state import DialogueState
from assistant.dialogue.turn import Pick, Turn, TurnEvent
from assistant.dialogue.understanding import ADD_DETAIL, CatalogVocabulary, QueryParser, understand
from assistant.privacy import redact
from assistant.profiles import Profile, load_profile, save_dialogue_profile
from catalog.fusion import rrf
from catalog.schema import Event, EventKind, Product
from catalog.store import CatalogStore
from core.errors import ShopAssistError
from ranking.state import UserState
from retrieval.filters import Filters
from retrieval.tokenize import STOP_WORDS

logger = logging.getLogger(__name__)

MAX_MESSAGE_CHARS = 1_000
RRF_K = 9
"""The RRF constant of the query-versus-personal fusion (ranks counted from 1)."""
PERSONAL_WEIGHT = 0.6
STOP = STOP_WORDS | {"she", "he", "her", "his"}
"""Words that say nothing about the product: the search stop words, and the pronouns a shopper
uses for the person a gift is for (search keeps those: "perfume for her" names a kind)."""


class DialogueError(ShopAssistError):
    """A turn could not be served (bad session, bad message)."""


class AssistantBusyError(ShopAssistError):
    """Every turn slot stayed taken for the whole wait: the caller may retry shortly."""


@dataclass
class Components:
    """What a turn needs, built once per process (see `assistant.wiring.build_assistant`)."""

    store: CatalogStore
    searcher: Searcher
    scorer: Scorer | None = None
    copy: CopySource | None = None
    parse: QueryParser | None = None
    vocabulary: CatalogVocabulary | None = None


class Assistant:
    """Serves chat turns for any number of shoppers and sessions."""

    def __init__(
        self,
        components: Components,
        *,
        picks: int = 4,
        candidates: int = 100,
        personalise: bool = True,
        clarify: bool = True,
        max_concurrent_turns: int = 8,
        turn_wait_s: float = 30.0,
    ) -> None:
        """Set up the assistant over ``components``.

        Args:
            components: the parts a turn uses.
            picks: product cards per reply.
            candidates: retrieval depth before ranking.
            personalise: use purchase history and profiles (False: session signals only).
            clarify: ask a clarifying question when a request is too vague.
            max_concurrent_turns: turns computed at once (search, ranking); more wait for a
                slot, which bounds the memory that concurrent requests take.
            turn_wait_s: how long a turn waits for a slot before `AssistantBusyError`.
        """
        self.c = components
        self.picks = picks
        self.candidates = candidates
        self.personalise = personalise
        self.clarify = clarify
        self.turn_wait_s = turn_wait_s
        self._slots = threading.BoundedSemaphore(max_concurrent_turns)

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
            state = self._load_state(session_id, user_id)
            profile = self._profile(user_id)
            text = redact(" ".join(str(message).split()))[:MAX_MESSAGE_CHARS]
            state.remember("user", text)
            too_long = len(message) > MAX_MESSAGE_CHARS
            turn = self._turn(text, state, profile, message_too_long=too_long)
            state.turns += 1
            state.remember("assistant", turn.reply + (f" {turn.question}" if turn.question else ""))
            self._save(session_id, user_id, state, profile)
        yield TurnEvent("reply", turn.reply)
        if turn.question:
            yield TurnEvent("question", turn.question)
        if turn.table:
            yield TurnEvent("table", turn.table)
        yield TurnEvent("picks", list(turn.picks))
        if with_copy and self.c.copy is not None and turn.picks:
            products = self.c.store.get_products([p.id for p in turn.picks])
            card_of = {pick.id: index for index, pick in enumerate(turn.picks)}
            try:
                for written, copy in self.c.copy.card_copy(products, state.needs):
                    index = card_of[products[written].id]
                    pick = turn.picks[index]
                    pick.copy, pick.grounded = copy.text, copy.grounded
                    yield TurnEvent(
                        "copy",
                        {"index": index, "id": pick.id, "copy": copy.text,
                         "grounded": copy.grounded},
                    )  # fmt: skip
            except ShopAssistError as e:
                logger.warning("copy failed, the other cards go out without it: %s", e)
        yield TurnEvent("done", turn)

    @contextlib.contextmanager
    def _slot(self) -> Iterator[None]:
        """Hold one of the turn slots while a turn is computed (not while its copy streams:
        the language model has its own queue)."""
        if not self._slots.acquire(timeout=self.turn_wait_s):
            raise AssistantBusyError(
                f"the assistant is busy: every turn slot stayed taken for {self.turn_wait_s:g} s; "
                "try again in a few seconds"
            )
        try:
            yield
        finally:
            self._slots.release()

    def feedback(self, session_id: str, user_id: str | None, item_id: str, kind: str) -> None:
        """Record a click on a card: 'like', 'dislike' or 'cart'; used from the next turn on."""
        if kind not in {"like", "dislike", "cart"}:
            raise DialogueError(f"feedback kind: expected like|dislike|cart, got {kind!r}")
        if self.c.store.get_product(item_id) is None:
            raise DialogueError(f"item_id: no product {item_id!r} in the catalog")
        state = self._load_state(session_id, user_id)
        profile = self._profile(user_id)
        self._apply_feedback(state, profile, item_id, kind)
        self._save(session_id, user_id, state, profile)

    def clear(self, session_id: str) -> None:
        """Forget a conversation (the shopper's profile stays)."""
        self.c.store.delete_sessions(session_id=session_id)

    # -- state --------------------------------------------------------------------------------

    def _load_state(self, session_id: str, user_id: str | None) -> DialogueState:
        if not re.fullmatch(r"[A-Za-z0-9_-]{8,64}", session_id or ""):
            raise DialogueError(
                f"session_id: expected 8-64 letters, digits, '-' or '_', got {session_id!r}"
            )
        loaded = self.c.store.load_session(session_id)
        if loaded is None:
            return DialogueState()
        owner, data = loaded
        if owner != user_id:
            raise DialogueError("session_id: this session belongs to another user; start a new one")
        return DialogueState.from_json(data)

    def _profile(self, user_id: str | None) -> Profile:
        if not self.personalise or user_id is None:
            return Profile(user_id=user_id)
        return load_profile(self.c.store, user_id)

    def _save(
        self, session_id: str, user_id: str | None, state: DialogueState, profile: Profile
    ) -> None:
        self.c.store.save_session(session_id, user_id, state.to_json())
        if self.personalise:
            profile.needs = {**profile.needs, **state.needs}
            save_dialogue_profile(self.c.store, profile)

    # -- one turn -----------------------------------------------------------------------------

    def _turn(
        self, text: str, state: DialogueState, profile: Profile, *, message_too_long: bool
    ) -> Turn:
        if not text.strip():
            return Turn(
                reply="Tell me what you are looking for, for example "
                "'a moisturiser for dry skin under $30'.",
                intent=Intent.GREETING.value,
            )
        request = understand(
            text, shown=len(state.shown), parse=self.c.parse, vocabulary=self.c.vocabulary
        )
        if state.pending_options and request.intent in (Intent.SEARCH, Intent.OFF_TOPIC):
            chosen = match_option(text, state.pending_options)
            state.pending_options = []
            if chosen is not None:
                state.constraints.category = chosen
                return self._search(replace(request, text=""), state, profile, answered=True)
        state.needs.update({k: v for k, v in request.attributes.items() if k != "action"})
        prefix = "Your message was long, so I read the first part. " if message_too_long else ""
        handler: Callable[[Request, DialogueState, Profile], Turn] = {
            Intent.SEARCH: self._search,
            Intent.REFINE: self._refine,
            Intent.COMPARE: self._compare,
            Intent.ASK: self._ask,
            Intent.WHY: self._why,
            Intent.BUNDLE: self._bundle,
            Intent.FEEDBACK: self._feedback_turn,
            Intent.MORE_LIKE: self._more_like,
            Intent.CLEAR: self._clear,
            Intent.GREETING: self._greeting,
            Intent.OFF_TOPIC: self._off_topic,
            Intent.UNSAFE: self._unsafe,
        }[request.intent]
        turn = handler(request, state, profile)
        turn.reply = prefix + turn.reply
        return turn

    def _resolve(self, request: Request, state: DialogueState) -> list[str] | str:
        """Item ids the message points at, or an error reply when a reference does not exist."""
        if not request.references:
            return state.shown[:1]
        missing = [i + 1 for i in request.references if i >= len(state.shown)]
        if missing:
            if not state.shown:
                return "There are no picks on screen yet. Tell me what you are looking for."
            return (
                f"I only showed {len(state.shown)} pick{'s' if len(state.shown) != 1 else ''}, "
                f"so there is no number {missing[0]}."
            )
        return [state.shown[i] for i in request.references]

    def _merge_constraints(self, request: Request, state: DialogueState, *, new_need: bool) -> None:
        state.constraints.merge(
            request.parsed, need=request.text if new_need else None, drop=request.drop
        )

    @staticmethod
    def _filters(state: DialogueState, profile: Profile) -> Filters:
        return state.constraints.filters(avoid_brands=profile.avoided_brands)

    def _query(self, state: DialogueState) -> str:
        needs = " ".join(v for k, v in state.needs.items() if k in ("skin", "hair"))
        extra = ""
        if "skin" in state.needs and "skin" not in state.constraints.need.lower():
            extra = f" {needs} skin"
        elif "hair" in state.needs and "hair" not in state.constraints.need.lower():
            extra = f" {needs} hair"
        return (state.constraints.need + extra).strip() or (state.constraints.category or "")

    def _search(
        self, request: Request, state: DialogueState, profile: Profile, *, answered: bool = False
    ) -> Turn:
        if not answered:
            self._merge_constraints(request, state, new_need=True)
        query = self._query(state)
        if not query and not state.constraints.category:
            return Turn(
                reply="What are you shopping for? A product type, a need or a budget helps.",
                intent=Intent.SEARCH.value,
                question="What are you shopping for?",
            )
        try:
            found = self.c.searcher.search(
                query or state.constraints.category or "",
                self._filters(state, profile),
                self.candidates,
            )
        except ShopAssistError as e:
            return Turn(reply=f"I could not search for that: {e}", intent=Intent.SEARCH.value)
        found = [h for h in found if h.item_id not in state.constraints.exclude_items]
        if not found:
            what = state.constraints.filters().describe()
            return Turn(
                reply="I found nothing in the catalog for that"
                + (f" ({what})" if what else "")
                + ". Try fewer constraints, another price range or other words.",
                intent=Intent.SEARCH.value,
            )
        if self._should_clarify(state, profile, query, answered=answered):
            options = split_options(self.c.store.get_products([h.item_id for h in found[:40]]))
            if options:
                state.asked = True
                state.pending_options = options
                question = question_for(options)
                return Turn(reply=question, intent=Intent.SEARCH.value, question=question)
        return self._present(found, state, profile, intent=Intent.SEARCH, query=query)

    def _should_clarify(
        self, state: DialogueState, profile: Profile, query: str, *, answered: bool
    ) -> bool:
        """At most one question per conversation, for new shoppers or vague requests."""
        if not self.clarify or state.asked or answered:
            return False
        return profile.is_new or len(_content_words(query)) <= 1

    def _present(
        self,
        found: Sequence[Candidate],
        state: DialogueState,
        profile: Profile,
        *,
        intent: Intent,
        query: str,
        lead: str | None = None,
    ) -> Turn:
        ranked = self._rank(found, state, profile)
        products = {p.id: p for p in self.c.store.get_products([r.item_id for r in ranked])}
        picks = [
            Pick.of(
                products[r.item_id], self._reason(products[r.item_id], r, state, query), r.signals
            )
            for r in ranked
            if r.item_id in products
        ]
        state.show([p.id for p in picks])
        what = state.constraints.filters().describe()
        reply = lead or (
            f"Here {'is' if len(picks) == 1 else 'are'} {len(picks)} pick"
            f"{'' if len(picks) == 1 else 's'} for '{_display(query)}'"
            + (f", {what}" if what else "")
            + "."
        )
        return Turn(reply=reply, intent=intent.value, picks=picks, why=self._why_lines(profile))

    def _rank(
        self, found: Sequence[Candidate], state: DialogueState, profile: Profile
    ) -> list[Ranked]:
        ids = [h.item_id for h in found if h.item_id not in state.disliked]
        retrieval = {h.item_id: h.score for h in found}
        if self.c.scorer is None:
            return [Ranked(i, retrieval[i], [], {"query": retrieval[i]}) for i in ids[: self.picks]]
        ranked = self.c.scorer.rank(self._shopper(state, profile), ids, len(ids))
        # Query relevance stays a signal of its own (reciprocal-rank fusion of the retrieval
        # order and the personal order), so a shopper's words are not drowned by their history.
        fused = rrf(
            {
                "personal": [(r.item_id, r.score) for r in ranked],
                "query": [(i, retrieval[i]) for i in ids],
            },
            k=RRF_K,
            weights={"personal": PERSONAL_WEIGHT, "query": 1.0},
        )
        by_id = {r.item_id: r for r in ranked}
        return [by_id[i] for i, _ in fused if i in by_id][: self.picks]

    @staticmethod
    def _shopper(state: DialogueState, profile: Profile) -> UserState:
        """The shopper as ranking sees them: the profile's history (empty when not personalising
        or opted out), this conversation's likes and dislikes, stored and session carts."""
        history = profile.state
        return replace(
            history,
            liked=tuple(state.liked),
            disliked=tuple(state.disliked),
            carted=tuple(dict.fromkeys([*history.carted, *state.carted])),
        )

    def _reason(self, product: Product, ranked: Ranked, state: DialogueState, query: str) -> str:
        reasons = list(ranked.reasons[:2])
        words = [w for w in _content_words(query) if w in product.title.lower()]
        if words:
            reasons.insert(0, f"matches '{' '.join(dict.fromkeys(words))}'")
        elif product.categories:
            reasons.insert(0, f"a {product.categories[-1].lower()} pick for '{_display(query)}'")
        c = state.constraints
        if c.max_price is not None and product.price is not None:
            reasons.append(f"${product.price:.2f}, within your budget")
        return "; ".join(reasons) or "a good match for your request"

    def _why_lines(self, profile: Profile) -> list[str]:
        if profile.opted_out:
            return ["personalisation is off for you: picks use only this conversation"]
        lines = []
        if profile.history:
            n = profile.purchases
            what = f"your {n} past purchase{'' if n == 1 else 's'}" if n else "your history"
            lines.append(f"{what} ({profile.summary()})")
        if profile.needs:
            lines.append(
                "what you told me: " + ", ".join(f"{k} {v}" for k, v in profile.needs.items())
            )
        return lines or ["only what you said in this conversation (no history yet)"]

    def _refine(self, request: Request, state: DialogueState, profile: Profile) -> Turn:
        c = state.constraints
        shown = self.c.store.get_products(state.shown)
        self._merge_constraints(request, state, new_need=False)
        if request.add_detail and request.text:
            detail = re.sub(ADD_DETAIL, "", request.text.lower()).strip()
            c.need = f"{c.need} {detail}".strip()
        notes = []
        prices = [p.price for p in shown if p.price is not None]
        if request.cheaper and prices:
            c.below(min(prices))
            notes.append(f"under ${min(prices):.2f}")
        if request.pricier and prices:
            c.above(max(prices))
            notes.append(f"over ${max(prices):.2f}")
        if request.exclude_shown:
            c.exclude_items = list(dict.fromkeys([*c.exclude_items, *state.shown]))
        if request.exclude_reference_brand:
            targets = self._resolve(request, state)
            if isinstance(targets, str):
                return Turn(reply=targets, intent=Intent.REFINE.value)
            brands = {p.brand for p in self.c.store.get_products(targets) if p.brand}
            for brand in sorted(brands):
                if brand not in c.exclude_brands:
                    c.exclude_brands.append(brand)
                profile.avoided_brands = list(dict.fromkeys([*profile.avoided_brands, brand]))
                notes.append(f"no {brand}")
        for brand in request.parsed.exclude_brands:
            profile.avoided_brands = list(dict.fromkeys([*profile.avoided_brands, brand]))
        turn = self._search(request, state, profile, answered=True)
        turn.intent = Intent.REFINE.value
        if turn.picks and notes:
            turn.reply = f"New picks ({', '.join(notes)}): " + turn.reply
        return turn

    def _compare(self, request: Request, state: DialogueState, profile: Profile) -> Turn:
        if not request.references:
            request.references = [0, 1]
        targets = self._resolve(request, state)
        if isinstance(targets, str):
            return Turn(reply=targets, intent=Intent.COMPARE.value)
        products = self.c.store.get_products(targets)
        return Turn(
            reply=comparison_text(products),
            intent=Intent.COMPARE.value,
            table=comparison(products),
        )

    def _ask(self, request: Request, state: DialogueState, profile: Profile) -> Turn:
        targets = self._resolve(request, state)
        if isinstance(targets, str):
            return Turn(reply=targets, intent=Intent.ASK.value)
        products = self.c.store.get_products(targets)
        return Turn(
            reply=" ".join(answer_about(p, request.text or "") for p in products),
            intent=Intent.ASK.value,
        )

    def _why(self, request: Request, state: DialogueState, profile: Profile) -> Turn:
        if not state.shown:
            return Turn(reply="I have not shown anything yet.", intent=Intent.WHY.value)
        targets = self._resolve(request, state) if request.references else state.shown
        if isinstance(targets, str):
            return Turn(reply=targets, intent=Intent.WHY.value)
        found = [Candidate(i, 1.0) for i in state.shown]
        ranked = {r.item_id: r for r in self._rank(found, state, profile)}
        lines = []
        for item in targets:
            product = self.c.store.get_product(item)
            if product is None:
                continue
            r = ranked.get(item, Ranked(item, 0.0))
            lines.append(f"{product.title}: {self._reason(product, r, state, self._query(state))}.")
        return Turn(reply=" ".join(lines), intent=Intent.WHY.value, why=self._why_lines(profile))

    def _bundle(self, request: Request, state: DialogueState, profile: Profile) -> Turn:
        budget = request.budget
        anchors: list[str] = []
        if request.references or (state.shown and re.search(r"\b(this|it|that)\b", request.text)):
            targets = self._resolve(request, state)
            if isinstance(targets, str):
                return Turn(reply=targets, intent=Intent.BUNDLE.value)
            anchors = targets
        elif state.carted:
            anchors = state.carted[-1:]
        anchor_products = self.c.store.get_products(anchors)
        anchor_leaves = {tuple(p.categories) for p in anchor_products}
        pool: list[Candidate] = []
        if anchors and self.c.scorer is not None:
            pool = self.c.scorer.bought_with(anchors, 60)
        if not pool:
            need = request.text if _content_words(request.text) else self._query(state)
            if anchors and not _content_words(request.text):
                need = " ".join(p.categories[1] for p in anchor_products if len(p.categories) > 1)
            try:
                pool = self.c.searcher.search(need or "skin care routine", Filters(), 100)
            except ShopAssistError as e:
                return Turn(reply=f"I could not build a set: {e}", intent=Intent.BUNDLE.value)
        products = {p.id: p for p in self.c.store.get_products([h.item_id for h in pool])}
        spent = sum(p.price or 0.0 for p in anchor_products) if budget is None else 0.0
        chosen: list[Product] = []
        used_leaves = set(anchor_leaves)
        for hit in pool:
            p = products.get(hit.item_id)
            if (
                p is None
                or p.id in anchors
                or p.price is None
                or tuple(p.categories) in used_leaves
            ):
                continue
            if budget is not None and spent + p.price > budget:
                continue
            chosen.append(p)
            used_leaves.add(tuple(p.categories))
            spent += p.price
            if len(chosen) == 3:
                break
        if not chosen:
            return Turn(
                reply="I could not put together a set that fits"
                + (f" ${budget:.2f}" if budget else "")
                + ". Try a larger budget.",
                intent=Intent.BUNDLE.value,
            )
        total = round(
            sum(p.price or 0.0 for p in chosen)
            + (sum(p.price or 0.0 for p in anchor_products) if budget is None else 0.0),
            2,
        )
        source = "bought together with" if anchors and self.c.scorer else "complements"
        anchor_name = anchor_products[0].title if anchor_products else "your routine"
        picks = [
            Pick.of(p, f"{source} {anchor_name[:60]}; {p.categories[-1] if p.categories else ''}")
            for p in chosen
        ]
        state.show([p.id for p in chosen])
        budget_note = f" within your ${budget:.2f}" if budget else ""
        return Turn(
            reply=f"{len(picks)} items that go together{budget_note}: total ${total:.2f}.",
            intent=Intent.BUNDLE.value,
            picks=picks,
            total=total,
        )

    def _apply_feedback(
        self, state: DialogueState, profile: Profile, item_id: str, kind: str
    ) -> None:
        state.feedback(item_id, kind)
        if kind == "dislike":
            state.constraints.exclude_items = list(
                dict.fromkeys([*state.constraints.exclude_items, item_id])
            )
        if profile.user_id and not profile.opted_out:
            bucket = profile.disliked_items if kind == "dislike" else profile.liked_items
            if item_id not in bucket:
                bucket.append(item_id)
            if kind == "cart":
                self.c.store.upsert_events(
                    [
                        Event(
                            user_id=profile.user_id,
                            item_id=item_id,
                            kind=EventKind.CART,
                            position=state.turns,
                        )
                    ]
                )

    def _feedback_turn(self, request: Request, state: DialogueState, profile: Profile) -> Turn:
        targets = self._resolve(request, state)
        if isinstance(targets, str):
            return Turn(reply=targets, intent=Intent.FEEDBACK.value)
        if not targets:
            return Turn(reply="Which pick do you mean?", intent=Intent.FEEDBACK.value)
        kind = (
            "cart"
            if request.attributes.get("action") == "cart"
            else ("like" if request.sentiment > 0 else "dislike")
        )
        for item in targets:
            self._apply_feedback(state, profile, item, kind)
        if kind == "dislike" and state.constraints.need:
            turn = self._search(request, state, profile, answered=True)
            turn.intent = Intent.FEEDBACK.value
            turn.reply = "Noted, I will show you other options. " + turn.reply
            return turn
        words = {"cart": "Added to your cart.", "like": "Noted, I will show more like it."}
        return Turn(reply=words[kind], intent=Intent.FEEDBACK.value)

    def _more_like(self, request: Request, state: DialogueState, profile: Profile) -> Turn:
        targets = self._resolve(request, state)
        if isinstance(targets, str):
            return Turn(reply=targets, intent=Intent.MORE_LIKE.value)
        if not targets:
            return Turn(reply="More like which one?", intent=Intent.MORE_LIKE.value)
        anchor = targets[0]
        try:
            similar = self.c.searcher.similar(anchor, self._filters(state, profile), 50)
        except ShopAssistError as e:
            return Turn(reply=f"I could not find similar products: {e}", intent="more_like")
        found = [h for h in similar if h.item_id != anchor]
        product = self.c.store.get_product(anchor)
        title = product.title if product else anchor
        return self._present(
            found,
            state,
            profile,
            intent=Intent.MORE_LIKE,
            query=title,
            lead=f"More like {title[:80]}:",
        )

    def _clear(self, request: Request, state: DialogueState, profile: Profile) -> Turn:
        fresh = DialogueState()
        fresh.transcript = state.transcript[-1:]
        state.__dict__.update(fresh.__dict__)
        return Turn(reply="Starting over. What are you looking for?", intent=Intent.CLEAR.value)

    def _greeting(self, request: Request, state: DialogueState, profile: Profile) -> Turn:
        if re.search(r"thank", request.text, re.I):
            return Turn(reply="You're welcome! Anything else?", intent=Intent.GREETING.value)
        return Turn(
            reply="Hi! Tell me what you are looking for: a product, a need, a budget.",
            intent=Intent.GREETING.value,
        )

    def _off_topic(self, request: Request, state: DialogueState, profile: Profile) -> Turn:
        return Turn(
            reply="I can only help with shopping in this store's catalog. "
            "What are you looking for?",
            intent=Intent.OFF_TOPIC.value,
        )

    def _unsafe(self, request: Request, state: DialogueState, profile: Profile) -> Turn:
        return Turn(
            reply="Sorry, I can't help with that. I can help you find products in this store.",
            intent=Intent.UNSAFE.value,
        )


def _content_words(text: str) -> list[str]:
    return [w for w in re.findall(r"[a-z0-9']+", text.lower()) if w not in STOP and len(w) > 1]


def _display(query: str) -> str:
    """The shopper's need as we echo it: content words only, no amounts (we only state catalog
    prices)."""
    shown = re.sub(r"(?:\$|£|€)\s*\d[\d,.]*|\b\d[\d,.]*\s*(?:dollars?|usd|bucks)\b", "", query)
    return " ".join(_content_words(shown))[:80] or "your request"
