"""Per-session dialogue state: constraints that accumulate over turns, the picks on screen and
in-session feedback. Serialised as JSON into the SQL session store after every turn, so any
app process can serve the next turn (no state in module globals)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from assistant.dialogue.category.kinds import names_kind
from catalog.category_paths import below, within
from retrieval.filters import Filters
from retrieval.query import ParsedQuery
from retrieval.tokenize import stem

MAX_REMEMBERED_TURNS = 12
MAX_PAST_NEEDS = 6


@dataclass
class PriceSide:
    """One side of the need's prices that words set without a number: the cheaper half
    ("cheap", "cheaper": it bounds the highest price) or the dearer half ("luxury", "pricier":
    the lowest). It keeps its own books; the price it bounds stays the `Constraints` field
    (``max_price``, ``min_price``), which each method takes and, where it changes, returns."""

    wanted: bool = False
    """The half of the matches on this side is asked for and not yet priced."""
    came_to: float | None = None
    """The price the words came to (from the matches' or the picks' prices, not said by the
    shopper): the need's, not the next need's."""

    def new_need(self, wanted: bool, same: bool, bound: float | None) -> float | None:
        """A new need: what the words came to for the last need goes, with its price (the same
        need said again keeps them); the half is asked for when the new need says ``wanted``
        ("cheap", "luxury"). Returns the side's price, ``bound`` or None."""
        if not same and self.came_to is not None and bound == self.came_to:
            bound = None
        if not same:
            self.came_to = None
        self.wanted = wanted
        return bound

    def asked(self, wanted: bool, bound: float | None) -> None:
        """Words said of the need on screen ask for the half when no price bounds it."""
        if wanted and bound is None:
            self.wanted = True

    def price_said(self, bound: float | None) -> None:
        """A price said: the half is no longer asked for; a price the words came to and still
        bounding it ("luxury", then "under 100") is still not the next need's."""
        self.wanted = False
        self.came_to = self.came_to if bound == self.came_to else None

    def forget(self) -> None:
        """Nothing of this side asked for by words any more."""
        self.wanted = False
        self.came_to = None

    def median(self, prices: Sequence[float], bound: float | None, upper: bool) -> float | None:
        """The half asked for and no price bounding it: the median of ``prices`` (the upper
        middle for a lowest price, the lower for a highest), as the price the words came to;
        else None."""
        if not self.wanted or bound is not None or not prices:
            return None
        ordered = sorted(prices)
        n = len(ordered)
        return self.reach(round(ordered[n // 2 if upper else (n - 1) // 2], 2))

    def reach(self, price: float) -> float:
        """``price`` bounds the side as the price the words came to, no longer asked for; it is
        returned (the side's price)."""
        self.came_to = price
        self.wanted = False
        return price


@dataclass
class Constraints:
    """What the shopper asked for so far; each turn may add to, revise or drop a part.

    Each message's constraints arrive as a `ParsedQuery` (`merge`) and leave as the one filter
    type, `retrieval.filters.Filters` (`filters`); the fields are what the session store keeps.
    """

    need: str = ""
    min_price: float | None = None
    max_price: float | None = None
    brands: list[str] = field(default_factory=list)
    exclude_brands: list[str] = field(default_factory=list)
    category: str | None = None
    exclude_items: list[str] = field(default_factory=list)
    avoid: list[str] = field(default_factory=list)
    not_kinds: list[str] = field(default_factory=list)
    """Product kinds the need is not ("dry shampoo" for "a shampoo for dry hair"); a new need
    replaces them, unlike the ingredients to avoid."""
    not_categories: list[str] = field(default_factory=list)
    """Categories the need's picks may not lie in: types turned down ("not a perfume" beside
    perfumes: Fragrance, `turn_down`); a new need replaces them."""
    min_size_ml: float | None = None
    """Only products larger than this ("a bigger size": the largest pick's), for this need."""
    max_size_ml: float | None = None
    """Only products smaller than this ("travel size": the smallest pick's), for this need."""
    cheap_half: PriceSide = field(default_factory=PriceSide)
    """The cheaper half, bounding ``max_price``: ``wanted`` when a new need said "cheap" with
    no price (`cheap_ceiling` turns it into a highest price once the search has found what the
    need costs); ``came_to``, the highest price "cheap" or "cheaper" came to for the current
    need (from its matches' or its picks' prices, not said by the shopper; the next need drops
    it)."""
    dear_half: PriceSide = field(default_factory=PriceSide)
    """The dearer half, bounding ``min_price``: ``wanted`` when a need said "luxury" or "high
    end" with no price (`dear_floor` turns it into a lowest price once the search has found
    what the need costs); ``came_to``, the lowest price "luxury" or "pricier" came to for the
    current need (the next need drops it)."""
    order: str | None = None
    """The order the need's picks are shown in when the shopper asked for one ("the cheapest
    shampoo", "your best selling moisturizer": `handlers.candidates.ORDERS`); a new need sets it."""
    types: list[str] = field(default_factory=list)
    """The product types of a need for several at once ("a cleanser and toner"), a share of the
    picks each (`handlers.several.of_each_type`); a new need sets them."""

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Constraints:
        """Rebuild from `asdict` output kept in a session (keys no longer fields are ignored,
        so a session saved by an older version still loads; one saved before the price halves
        were `PriceSide` objects keeps what its flat fields said of them)."""
        data = dict(data)
        for half, wanted, came_to in (
            ("cheap_half", "cheap", "cheap_max_price"),
            ("dear_half", "dear", "dear_min_price"),
        ):
            side = data.get(half)
            if isinstance(side, dict):
                known = PriceSide.__dataclass_fields__
                data[half] = PriceSide(**{k: v for k, v in side.items() if k in known})
            elif not isinstance(side, PriceSide):
                data[half] = PriceSide(bool(data.get(wanted, False)), data.get(came_to))
        return cls(**{k: v for k, v in data.items() if k in cls.__dataclass_fields__})

    def merge(
        self,
        parsed: ParsedQuery,
        *,
        need: str | None = None,
        drop: Sequence[str] = (),
        not_kinds: Sequence[str] = (),
    ) -> None:
        """Fold one message's constraints in.

        Args:
            parsed: the message's constraints.
            need: the message's text when it states a new need (it replaces the need, the
                category and the excluded items); None when it refines the current one.
            drop: constraint names the shopper dropped ("price", "brand", "category",
                "avoid").
            not_kinds: product kinds the message's need is not (`Request.not_kinds`).
        """
        if need is not None:
            same = need.strip().lower() == self.need.strip().lower()  # the need said again
            self.need = need
            self.category = parsed.category
            self.exclude_items = []
            self.not_kinds = []
            self.not_categories = []
            self.min_size_ml = self.max_size_ml = None
            self.max_price = self.cheap_half.new_need(parsed.cheap, same, self.max_price)
            self.min_price = self.dear_half.new_need(parsed.dear, same, self.min_price)
            if not same:
                self.brands = []  # a brand wanted for the last type ("a makeup brush set" after
                # La Roche-Posay sunscreens found nothing); brands ruled out stay out
        elif parsed.category and not below(self.category or "", parsed.category):
            self.category = parsed.category  # not a branch above the need's ("in glitter")
        if need is None:  # "not too pricey" said of the picks: the cheaper half of the need;
            # "something luxurious" as an answer: the dearer half
            self.cheap_half.asked(parsed.cheap, self.max_price)
            self.dear_half.asked(parsed.dear, self.min_price)
        kept = [k for k in self.not_kinds if not names_kind(parsed.text, k)]  # "a dry shampoo"
        self.not_kinds = list(dict.fromkeys([*kept, *not_kinds]))
        low, high = parsed.price_range()
        if low is not None or high is not None:
            if parsed.around_price is None and need is None:  # one side revised, the other kept
                if low is None and self.min_price is not None and self.min_price < high:
                    low = self.min_price  # "under 40 instead" after "over 20": 20-40
                if high is None and self.max_price is not None and self.max_price > low:
                    high = self.max_price
            self.min_price, self.max_price = low, high
            self.cheap_half.price_said(self.max_price)
            self.dear_half.price_said(self.min_price)
        self.rule_out_brands(parsed.exclude_brands)
        if parsed.brands:  # a brand ruled out before and asked for now is let back in
            self.exclude_brands = [b for b in self.exclude_brands if b not in parsed.brands]
            self.brands = list(parsed.brands)
        self.drop(drop)

    def exclude(self, item_ids: Sequence[str]) -> None:
        """Show ``item_ids`` no more in this need (a dislike, "something else", "i already have
        that one"), in the order first excluded."""
        self.exclude_items = list(dict.fromkeys([*self.exclude_items, *item_ids]))

    def turn_down(self, category: str) -> None:
        """Show nothing in ``category`` for this need ("not a perfume" beside perfumes: not in
        Fragrance): a need in it or under it is searched in the branch above it (none above a
        department)."""
        self.not_categories = list(dict.fromkeys([*self.not_categories, category]))
        if self.category and within(self.category, category):
            above = category.rsplit(" > ", 1)[0]
            self.category = above if " > " in above else None

    def rule_out_brands(self, brands: Sequence[str]) -> None:
        """Rule ``brands`` out ("not Revlon", "not that brand"): excluded, and no longer wanted
        (a brand both wanted and excluded would leave nothing to show)."""
        for brand in brands:
            if brand not in self.exclude_brands:
                self.exclude_brands.append(brand)
            if brand in self.brands:
                self.brands.remove(brand)

    def drop(self, names: Sequence[str]) -> None:
        """Lift the named constraints: "price" (with what "cheap" meant), "brand" (wanted and
        ruled out), "category", "avoid"."""
        if "price" in names:
            self.min_price = self.max_price = None
            self.cheap_half.forget()
            self.dear_half.forget()
        if "brand" in names:
            self.brands, self.exclude_brands = [], []
        if "category" in names:
            self.category = None
        if "avoid" in names:
            self.avoid = []

    def avoid_more(self, items: Sequence[str]) -> None:
        """Rule out more ingredients for the rest of the conversation (a new need keeps them:
        an allergy does not end with the search)."""
        for item in items:
            key = " ".join(item.lower().split())
            if key and key not in self.avoid:
                self.avoid.append(key)

    def lift(self, items: Sequence[str]) -> None:
        """Let ingredients ruled out before back in ("actually nuts are fine")."""
        self.avoid = [a for a in self.avoid if a not in items]

    def cheap_ceiling(self, prices: Sequence[float]) -> float | None:
        """For a "cheap" need with no highest price: the median of ``prices`` (what the
        search's best matches cost) becomes the highest price, and is returned; else None."""
        ceiling = self.cheap_half.median(prices, self.max_price, upper=False)
        if ceiling is not None:
            self.max_price = ceiling
        return ceiling

    def dear_floor(self, prices: Sequence[float]) -> float | None:
        """For a "luxury" need with no lowest price: the median of ``prices`` (what the
        search's best matches cost) becomes the lowest price, and is returned; else None."""
        floor = self.dear_half.median(prices, self.min_price, upper=True)
        if floor is not None:
            self.min_price = floor
        return floor

    def below(self, price: float) -> None:
        """Only prices under ``price`` for this need ("cheaper" than the cheapest pick); what
        "luxury" or "pricier" asked for before goes."""
        self.min_price = None
        self.dear_half.forget()
        self.max_price = self.cheap_half.reach(round(price - 0.01, 2))

    def above(self, price: float) -> None:
        """Only prices over ``price`` for this need ("pricier" than the dearest pick); what
        "cheap" or "cheaper" asked for before goes ("cheaper", then "pricier", kept the cheaper
        half of the matches)."""
        self.max_price = None
        self.cheap_half.forget()
        self.min_price = self.dear_half.reach(round(price + 0.01, 2))

    def filters(self, avoid_brands: Sequence[str] = ()) -> Filters:
        """The search filters these constraints state.

        Args:
            avoid_brands: brands to leave out as well (the profile's avoided brands), unless
                the shopper asked for them in this conversation.

        Raises:
            RetrievalError: the constraints are not a valid filter (a negative price).
        """
        exclude = dict.fromkeys([*self.exclude_brands, *avoid_brands])
        return Filters(
            min_price=self.min_price,
            max_price=self.max_price,
            brands=tuple(self.brands),
            exclude_brands=tuple(b for b in exclude if b not in self.brands),
            category=self.category,
            avoid=tuple(dict.fromkeys([*self.avoid, *self.not_kinds])),
        )


@dataclass
class DialogueState:
    """Everything one chat session remembers between turns.

    ``needs`` are the stated needs of whoever the current search is for (the shopper, or the
    ``recipient`` of a gift); ``self_needs`` only what the shopper said about themself, the
    only needs that may go into their profile.
    """

    constraints: Constraints = field(default_factory=Constraints)
    shown: list[str] = field(default_factory=list)
    seen: list[str] = field(default_factory=list)
    liked: list[str] = field(default_factory=list)
    disliked: list[str] = field(default_factory=list)
    carted: list[str] = field(default_factory=list)
    needs: dict[str, str] = field(default_factory=dict)
    self_needs: dict[str, str] = field(default_factory=dict)
    recipient: str = ""
    gift: bool = False
    """The need is a gift (`Request.gift`: "a present for my boss"): kept across turns as the
    occasion is (``needs["occasion"]``, events and seasons only), dropped with it when the need
    is for another person; never the shopper's preference (no profile keeps it)."""
    asked: bool = False
    pending_options: list[str] = field(default_factory=list)
    pending_question: str = ""
    """Our pending question in the words it was asked ("" with none pending, or when only its
    options are known): what a reader reads beside ``pending_options`` ("Would a lavender gift
    set work?" proposes one thing, `answers.accepted_proposal`)."""
    focus: str = ""
    """The pick on screen the shopper last pointed at ("the second one"): what "it" means
    next ("what goes with it?"); cleared when other picks are shown."""
    set_for: list[str] = field(default_factory=list)
    """The picks a set on screen was built around (`handlers.bundle`), not on screen
    themselves: what "under 40 total" beside the set holds to its budget with them; cleared
    when other picks are shown."""
    asked_about: str = ""
    """What the last question about a pick asked ("sulfate free"): what "and the other ones?"
    asks again."""
    turns: int = 0
    transcript: list[dict[str, str]] = field(default_factory=list)
    past: list[dict[str, Any]] = field(default_factory=list)
    """The earlier needs' constraints, oldest first (`Constraints` as dicts): what "go back to
    the first search" returns to."""
    before: list[dict[str, Any]] = field(default_factory=list)
    """The current need's constraints before each of its refinements, oldest first
    (`Constraints` as dicts, kept by `handlers.refinement.refine`; none after a new need): what "go
    back" returns to, one step at a time."""
    rewrites: dict[str, str] = field(default_factory=dict)
    """Each need's search query as a capable model rewrote it
    (`assistant.dialogue.model.rewrite`)."""

    def remember(self, role: str, text: str) -> None:
        """Keep the last few (already redacted) messages for context."""
        self.transcript.append({"role": role, "text": text[:500]})
        del self.transcript[:-MAX_REMEMBERED_TURNS]

    def show(self, item_ids: list[str]) -> None:
        """Record the picks now on screen."""
        self.shown = list(item_ids)
        self.focus = ""
        self.set_for = []
        self.seen.extend(i for i in item_ids if i not in self.seen)

    def feedback(self, item_id: str, kind: str) -> None:
        """Record 'like', 'dislike' or 'cart' for an item; a new opinion replaces the old."""
        for bucket in (self.liked, self.disliked):
            if item_id in bucket:
                bucket.remove(item_id)
        target = {"like": self.liked, "dislike": self.disliked, "cart": self.carted}[kind]
        if item_id not in target:
            target.append(item_id)
        if kind == "cart" and item_id not in self.liked:
            self.liked.append(item_id)

    def keep_need(self) -> None:
        """Remember the current need before another replaces it (the last few, each once); no
        refinement of it is left to undo."""
        self.before = []
        c = self.constraints
        if not (c.need or c.category):
            return
        kept = asdict(c)
        self.past = [p for p in self.past if p.get("need") != c.need][-(MAX_PAST_NEEDS - 1) :]
        self.past.append(kept)

    def need_back(self, which: str) -> Constraints | None:
        """The earlier need ``which`` names (``first``, ``previous``, or words of its need;
        ``undo``: the need before its last refinement, else the previous need), now the current
        one again (the current is kept, so that "go back" can go back again);
        None when there is none. Ingredients ruled out since stay ruled out."""
        if which == "undo" and self.before:  # "go back" after a refinement: before it
            avoid = self.constraints.avoid
            self.constraints = Constraints.from_json(self.before.pop())
            self.constraints.avoid_more(avoid)
            return self.constraints
        if which == "first":
            chosen = self.past[0] if self.past else None
        elif which in ("previous", "undo"):
            chosen = self.past[-1] if self.past else None
        else:
            said = {stem(w) for w in which.lower().split()}
            chosen = next(
                (
                    p
                    for p in reversed(self.past)
                    if said & {stem(w) for w in str(p.get("need", "")).lower().split()}
                ),
                None,
            )
        if chosen is None:
            return None
        avoid = self.constraints.avoid
        self.past.remove(chosen)
        self.keep_need()
        self.constraints = Constraints.from_json(chosen)
        self.constraints.avoid_more(avoid)
        return self.constraints

    def to_json(self) -> dict[str, Any]:
        """A JSON-compatible dict."""
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> DialogueState:
        """Rebuild from :meth:`to_json` output (unknown keys are ignored)."""
        data = dict(data)
        constraints = Constraints.from_json(data.pop("constraints", {}))
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        return cls(constraints=constraints, **known)
