"""What every dialogue handler works with: the parts, the options, this turn's state and
profile, and the steps handlers share (resolve a reference, search filters, rank, present)."""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace

from assistant.dialogue.category.kinds import names_homeless
from assistant.dialogue.errors import DialogueError
from assistant.dialogue.model.parser import RequestParser
from assistant.dialogue.model.reply import ReplyBrief, ReplyWriter, brief_of
from assistant.dialogue.model.rewrite import QueryRewriter
from assistant.dialogue.needs.search_words import content_words, display, stated_type
from assistant.dialogue.needs.wording import FOR_WOMEN, KIDS, MEN, sex_of, stems
from assistant.dialogue.ports import (
    Candidate,
    CategoryGuesser,
    CopySource,
    QueryParser,
    Scorer,
    Searcher,
)
from assistant.dialogue.request import Intent, Request
from assistant.dialogue.safety import (
    FreeOf,
    avoid_note,
    claims_asked,
    confirmed_first,
    ingredients_of,
    unbacked,
    unread_ingredients,
)
from assistant.dialogue.state import DialogueState
from assistant.dialogue.turn import Pick, Turn
from assistant.dialogue.vocabulary import (
    CatalogVocabulary,
    about_a_homeless_family,
    names_a_homeless_family,
)
from assistant.profiles import Profile
from catalog.fusion import rrf
from catalog.schema import Product
from catalog.store import CatalogStore
from core.errors import ShopAssistError
from experiments.live import ExperimentLog, serve_picks
from ranking.ranker import RankedItem
from ranking.state import UserState
from retrieval.brand_facts import BrandFacts
from retrieval.filters import Filters
from retrieval.tokenize import stem

logger = logging.getLogger(__name__)

RRF_K = 9
"""The RRF constant of the query-versus-personal fusion (ranks counted from 1)."""
PERSONAL_WEIGHT = 0.6
ARM_SETTINGS = {
    "fusion": "the ranker's fusion method for this arm: weighted, rrf or learned",
    "personal_weight": "weight of the personal order against the query's order (default 0.6)",
}
"""What an A/B arm's configuration may change in the chat's ranking (`shopassist ab create`)."""


@dataclass
class Components:
    """What a turn needs, built once per process (by the interface layer's composition root)."""

    store: CatalogStore
    searcher: Searcher
    scorer: Scorer | None = None
    copy: CopySource | None = None
    parse: QueryParser | None = None
    vocabulary: CatalogVocabulary | None = None
    experiments: ExperimentLog | None = None
    parser: RequestParser | None = None
    parser_mode: str = "rules"
    """``auto``, ``rules`` or ``model``: when the request parser reads a turn
    (`assistant.dialogue.reader.TurnReader`)."""
    rewriter: QueryRewriter | None = None
    """Rewrites the need into catalog words for the searcher (a capable model only; None: the
    rules' query is searched), `assistant.dialogue.model.rewrite`."""
    replies: ReplyWriter | None = None
    """Writes the reply that introduces the picks (a capable model only, checked; None: the
    template), `assistant.dialogue.model.reply`."""
    categories: CategoryGuesser | None = None
    """Guesses the category of a new need that names none (`assistant.adapters.
    SearchCategoryGuesser`); None: such a need is searched in the whole catalog."""


@dataclass(frozen=True)
class TurnOptions:
    """How the conversation serves a turn (`assistant.conversation.Conversation`).

    Attributes:
        picks: product cards per reply.
        candidates: retrieval depth before ranking.
        personalise: use purchase history and profiles (False: session signals only).
        clarify: ask a clarifying question when a request is too vague.
        max_concurrent_turns: turns computed at once (search, ranking); more wait for a slot,
            which bounds the memory that concurrent requests take.
        turn_wait_s: how long a turn waits for a slot before `ConversationBusyError`.
    """

    picks: int = 4
    candidates: int = 100
    personalise: bool = True
    clarify: bool = True
    max_concurrent_turns: int = 8
    turn_wait_s: float = 30.0

    def __post_init__(self) -> None:
        for name in ("picks", "candidates", "max_concurrent_turns"):
            if getattr(self, name) < 1:
                raise DialogueError(
                    f"{name}: expected a whole number of at least 1, got {getattr(self, name)!r}"
                )
        if not self.turn_wait_s > 0:
            raise DialogueError(
                f"turn_wait_s: expected seconds above 0, got {self.turn_wait_s!r}; a turn "
                "needs time to wait for a slot"
            )


@dataclass
class TurnContext:
    """One turn's working set: handlers read and change ``state`` and ``profile``."""

    parts: Components
    options: TurnOptions
    state: DialogueState
    profile: Profile
    session_id: str = ""
    user_id: str | None = None
    _records: dict[str, Product | None] = field(default_factory=dict, init=False, repr=False)
    """The catalog records read this turn, by id (None: not in the catalog)."""
    acted_on: list[str] = field(default_factory=list, init=False)
    """The picks on screen this turn acted on, in the order first acted on (`act_on`)."""

    def act_on(self, item_ids: Sequence[str]) -> list[str]:
        """Note that this turn acts on ``item_ids`` (picks a handler answers about, compares,
        records feedback on...: what `Turn.acted_on` reports), and return them."""
        self.acted_on = list(dict.fromkeys([*self.acted_on, *item_ids]))
        return list(item_ids)

    def products(self, ids: Sequence[str]) -> list[Product]:
        """The catalog records of ``ids`` in the order asked (`CatalogStore.get_products`);
        each is read from the store once a turn, however many of the turn's steps ask."""
        unread = [i for i in dict.fromkeys(ids) if i not in self._records]
        if unread:
            found = {p.id: p for p in self.parts.store.get_products(unread)}
            self._records.update({i: found.get(i) for i in unread})
        return [p for i in ids if (p := self._records[i]) is not None]

    def catalog_brands(self) -> Sequence[str]:
        """The catalog's brands (`CatalogVocabulary.brands`; none when no vocabulary is known):
        what a brandless record's title may open with (`product_names.brand_of`)."""
        return self.parts.vocabulary.brands if self.parts.vocabulary is not None else ()

    def brand_facts(self) -> BrandFacts | None:
        """What the listings say of the brands (`CatalogVocabulary.brand_facts`: a house spelt
        several ways); None when no vocabulary is known."""
        return self.parts.vocabulary.brand_facts if self.parts.vocabulary is not None else None

    def described(self) -> str:
        """The conversation's constraints in words (`Filters.describe`), each brand house named
        once ("not M.A.C", not "not M.A.C, MAC")."""
        return self.state.constraints.filters().describe(self.brand_facts())

    def resolve(self, request: Request) -> list[str] | str:
        """Item ids the message points at, or an error reply when a reference does not exist.
        With no reference ("is it vegan?"), the pick last pointed at (`DialogueState.focus`),
        else the one pick the set on screen was built around (`DialogueState.set_for`: "and
        what removes it?" after "what goes with it?"), else the first on screen; "the
        cheapest" (`Request.superlative`) the pick its price names; a message pointing at one
        pick makes it the focus."""
        shown = self.state.shown
        if not request.references and request.superlative in ("cheapest", "dearest"):
            priced = [p for p in self.products(shown) if p.price is not None]
            if priced:  # "add the cheapest to my cart": the pick its price names
                pick = (min if request.superlative == "cheapest" else max)(
                    priced, key=lambda p: p.price or 0.0
                )
                self.state.focus = pick.id
                return self.act_on([pick.id])
        if not request.references:
            if self.state.focus in shown:
                return self.act_on([self.state.focus])
            if len(self.state.set_for) == 1:  # a set built around one pick is on screen:
                return self.act_on(self.state.set_for)  # "it" is still that pick ("what
                # removes it")
            return self.act_on(shown[:1])
        missing = [i + 1 for i in request.references if i >= len(shown)]
        if missing:
            if not shown:
                return "There are no picks on screen yet. Tell me what you are looking for."
            return (
                f"I only showed {len(shown)} pick{'s' if len(shown) != 1 else ''}, "
                f"so there is no number {missing[0]}."
            )
        targets = [shown[i] for i in request.references]
        if len(targets) == 1:
            self.state.focus = targets[0]
        return self.act_on(targets)

    def merge(self, request: Request, *, new_need: bool) -> None:
        """Fold the message's constraints into the conversation's."""
        self.state.constraints.merge(
            request.parsed,
            need=request.text if new_need else None,
            drop=request.drop,
            not_kinds=request.not_kinds,
        )

    def filters(self) -> Filters:
        """The hard filters of the next search (the profile's avoided brands included)."""
        return self.state.constraints.filters(avoid_brands=self.profile.avoided_brands)

    def query(self) -> str:
        """The search text: the need, plus a skin or hair type it does not name: the one stated
        in this conversation, else the shopper's own from their profile when they shop for
        themself (`Profile.query_hint`: "a moisturiser" -> "a moisturiser dry skin")."""
        needs, need = self.state.needs, self.state.constraints.need
        extra = stated_type(need, needs, self.state.constraints.category)
        if extra:
            extra = f" {extra}"
        elif (
            sex_of(self.state.recipient) == "men"
            and need
            and not FOR_WOMEN.search(need)
            and not re.search(r"\b(?:male|unisex)\b", need, re.I)
            and not (MEN | KIDS) & set(re.findall(r"[a-z]+", need.lower()))
        ):
            extra = " for men"  # "cologne", said after "a gift for my boyfriend"
        elif (
            stem(self.state.recipient.lower()) in KIDS
            and need
            and not KIDS & set(re.findall(r"[a-z]+", need.lower()))
        ):
            extra = " for kids"  # "a conditioner", then "it's for my kid"
        elif need and "skin" not in needs and "hair" not in needs:
            hint = self.profile.query_hint(need, for_self=not self.state.recipient)
            extra = f" {hint}" if hint else ""
        return (need + extra).strip() or (self.state.constraints.category or "")

    def should_clarify(self, query: str, *, answered: bool) -> bool:
        """At most one question per conversation, for new shoppers or vague requests; none for
        a type the catalog files nowhere of its own ("lip balm": `kinds.names_homeless`), whose
        categories are accidents of the listings, no choice to offer."""
        if not self.options.clarify or self.state.asked or answered:
            return False
        vocabulary = self.parts.vocabulary
        if vocabulary is not None and names_homeless(query, vocabulary.homeless):
            return False
        if about_a_homeless_family(query, vocabulary):  # "he has a beard"
            return False
        if not self.state.constraints.category and names_a_homeless_family(query, vocabulary):
            return False  # "ingrown hairs after shaving": no choice of hair care to offer
        return self.profile.is_new or len(content_words(query)) <= 1

    def shopper(self) -> UserState:
        """The shopper as ranking sees them: the profile's history (empty when not
        personalising or opted out), this conversation's likes and dislikes, all carts."""
        history, state = self.profile.state, self.state
        return replace(
            history,
            liked=tuple(state.liked),
            disliked=tuple(state.disliked),
            carted=tuple(dict.fromkeys([*history.carted, *state.carted])),
        )

    def rank(
        self, found: Sequence[Candidate], arm: Mapping[str, str] | None = None
    ) -> list[RankedItem]:
        """The top picks among ``found``: personal order fused with the query's order.

        ``arm``: an A/B arm's configuration (keys in `ARM_SETTINGS`); None or {} is the default.
        """
        ids = [h.item_id for h in found if h.item_id not in self.state.disliked]
        retrieval = {h.item_id: h.score for h in found}
        limit = self.options.picks
        if self.parts.scorer is None:
            plain = [RankedItem(i, retrieval[i], [], {"query": retrieval[i]}) for i in ids]
            return self._confirmed_first(plain)[:limit]
        method, personal_weight = _arm_settings(arm or {})
        try:
            ranked = self.parts.scorer.rank(self.shopper(), ids, len(ids), method=method)
        except ShopAssistError as e:
            if method is None:
                raise
            logger.warning("experiment arm: fusion %r cannot be used (%s); default used", method, e)
            ranked = self.parts.scorer.rank(self.shopper(), ids, len(ids))
        # Query relevance stays a signal of its own (reciprocal-rank fusion of the retrieval
        # order and the personal order), so a shopper's words are not drowned by their history.
        fused = rrf(
            {
                "personal": [(r.item_id, r.score) for r in ranked],
                "query": [(i, retrieval[i]) for i in ids],
            },
            k=RRF_K,
            weights={"personal": personal_weight, "query": 1.0},
        )
        by_id = {r.item_id: r for r in ranked}
        return self._confirmed_first([by_id[i] for i, _ in fused if i in by_id])[:limit]

    def _confirmed_first(self, ranked: list[RankedItem]) -> list[RankedItem]:
        """``ranked`` with the products whose records say they are free of the ingredients
        ruled out ("Sulfate Free Shampoo" for "no sulfates") ahead of those as relevant or
        less (by the need's words their titles name) whose records say nothing
        (`safety.confirmed_first`): search left out every record naming them, and a silent
        one is still shown, after."""
        avoid = ingredients_of(self.state.constraints.avoid)
        if not avoid or not ranked:
            return ranked
        records = {p.id: p for p in self.products([r.item_id for r in ranked])}
        wanted = {stem(w) for w in content_words(self.query())}

        def unanswered(item: RankedItem) -> int:
            product = records.get(item.item_id)
            return len(avoid) if product is None else len(FreeOf.read(product, avoid).unanswered)

        def matched(item: RankedItem) -> int:
            product = records.get(item.item_id)
            return 0 if product is None else len(wanted & stems(product.title))

        return confirmed_first(ranked, unanswered, matched)

    def choose(self, found: Sequence[Candidate]) -> list[RankedItem]:
        """The picks to show: `rank`, or, while an A/B test or interleaving runs, the shopper's
        arm's ranking (or both arms' interleaved), with the exposure logged."""
        log = self.parts.experiments
        if log is None:
            return self.rank(found)
        ranked: dict[str, RankedItem] = {}

        def rank_for(arm: Mapping[str, str]) -> list[str]:
            picks = self.rank(found, arm)
            for pick in picks:
                ranked.setdefault(pick.item_id, pick)
            return [pick.item_id for pick in picks]

        order = serve_picks(
            log,
            session_id=self.session_id,
            user_id=self.user_id,
            turn=self.state.turns,
            rank=rank_for,
            k=self.options.picks,
        )
        return [ranked[item] for item in order if item in ranked]

    def present(
        self,
        found: Sequence[Candidate],
        *,
        intent: Intent,
        query: str,
        lead: str | None = None,
        in_order: str | None = None,
    ) -> Turn:
        """Rank ``found`` and turn the top into cards with reasons; the reply says what. Only
        products the shop can show and sell become picks: a record with a title and a price.
        ``in_order``: ``found`` is already in the order the shopper asked for, said so in the
        reply ("best sellers first"); the ranker gives the reasons, not the order, and no A/B
        exposure is logged (the order shown is no arm's)."""
        records = self.products([h.item_id for h in found])
        products = {p.id: p for p in records if p.presentable}
        presentable = [h for h in found if h.item_id in products]
        if in_order:  # the shopper chose the order: no ranking under test (`choose`) is shown
            ranked = self.rank(presentable)
            position = {h.item_id: i for i, h in enumerate(found)}
            ranked.sort(key=lambda r: position.get(r.item_id, len(position)))
        else:
            ranked = self.choose(presentable)
        picks = [
            Pick.of(products[r.item_id], self.reason(products[r.item_id], r, query), r.signals)
            for r in ranked
            if r.item_id in products
        ]
        self.state.show([p.id for p in picks])
        what = self.described()
        reply = lead or (
            f"Here {'is' if len(picks) == 1 else 'are'} {len(picks)} pick"
            f"{'' if len(picks) == 1 else 's'} for '{display(query)}'"
            + (f", {what}" if what else "")
            + (f", {in_order}" if in_order else "")
            + "."
        )
        if lead is None and self.parts.replies is not None and picks:
            reply = self.parts.replies.write(
                self._brief(picks, products, query, what), fallback=reply
            )
        avoid, claims = self.state.constraints.avoid, claims_asked(query)
        known = self.parts.vocabulary.words if self.parts.vocabulary is not None else frozenset()
        unread = unread_ingredients(avoid, known)
        read = [a for a in ingredients_of(avoid) if a not in unread]
        answered: list[bool] = []
        unstated = 0
        for pick in picks:
            product = products[pick.id]
            free_of = FreeOf.read(product, avoid)  # its record read once for every note
            shown, backed = free_of.among(read), unbacked(product, claims)
            notes = [f"says it is free of {', '.join(shown.said)}"] if shown.said else []
            notes += [n for n in (free_of.note(), backed) if n is not None]
            pick.reason = "; ".join([pick.reason, *notes])
            answered.append(not shown.unanswered)
            unstated += backed is not None
        reply += avoid_note(answered, read)
        if unread and picks:
            reply += (
                f" I could not read {', '.join(unread)} in the catalog's language, so the picks "
                "were not checked for it: check the label."
            )
        claimed = " or ".join(claims)
        if unstated and unstated == len(picks):
            reply += f" None says it is {claimed} in the catalog: check the label."
        elif unstated:
            reply += f" {unstated} of them do not say they are {claimed} in the catalog"
            reply += ": check the label."
        return Turn(reply=reply, intent=intent.value, picks=picks, why=self.why_lines())

    def _brief(
        self, picks: Sequence[Pick], products: Mapping[str, Product], query: str, what: str
    ) -> ReplyBrief:
        """What a reply writer reads: the shopper's last message, the need, the constraints in
        words and the picks' records with their reasons (before any safety note)."""
        said = [m["text"] for m in self.state.transcript if m.get("role") == "user"]
        c = self.state.constraints
        return brief_of(
            said[-1] if said else query,
            display(query),
            what,
            [(products[p.id], p.reason) for p in picks],
            budget=(c.min_price, c.max_price),
            avoid=c.avoid,
        )

    def reason(self, product: Product, ranked: RankedItem, query: str) -> str:
        """Why ``product`` is a pick: the query words it matches, then ranking's reasons."""
        reasons = list(ranked.reasons[:2])
        words = [w for w in content_words(query) if w in product.title.lower()]
        if words:
            reasons.insert(0, f"matches '{' '.join(dict.fromkeys(words))}'")
        elif product.categories and query:
            reasons.insert(0, f"from {product.categories[-1]}, for '{display(query)}'")
        if self.state.constraints.max_price is not None and product.price is not None:
            reasons.append(f"${product.price:.2f}, within your budget")
        return "; ".join(reasons) or "a good match for your request"

    def why_lines(self) -> list[str]:
        """What the picks were based on, for the 'why am I seeing this?' panel."""
        profile = self.profile
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


def _arm_settings(arm: Mapping[str, str]) -> tuple[str | None, float]:
    """The fusion method and personal weight an arm asks for; a value the chat cannot use is
    logged and replaced by the default, so a mistyped arm never breaks a turn."""
    method = arm.get("fusion") or None
    weight = PERSONAL_WEIGHT
    if "personal_weight" in arm:
        try:
            weight = float(arm["personal_weight"])
            if weight < 0:
                raise ValueError
        except ValueError:
            logger.warning("experiment arm: personal_weight %r is not a number >= 0; using %s",
                           arm["personal_weight"], PERSONAL_WEIGHT)  # fmt: skip
            weight = PERSONAL_WEIGHT
    return method, weight
