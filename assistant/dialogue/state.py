"""Per-session dialogue state: constraints that accumulate over turns, the picks on screen and
in-session feedback. Serialised as JSON into the SQL session store after every turn, so any
app process can serve the next turn (no state in module globals)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from assistant.dialogue.kinds import names_kind
from catalog.category_paths import below, within
from retrieval.filters import Filters
from retrieval.query import ParsedQuery

MAX_REMEMBERED_TURNS = 12
MAX_PAST_NEEDS = 6


@dataclass(frozen=True)
class _PriceSide:
    """One side of the need's prices that words set without a number, by the names of its
    `Constraints` fields: "cheap" and "cheaper" the highest price, "luxury" and "pricier" the
    lowest. Both sides keep their books one way (`Constraints._price_side_...`)."""

    wanted: str
    """The field that says the half of the matches on this side is asked for and not yet
    priced (``cheap``: the cheaper half; ``dear``: the dearer half)."""
    came_to: str
    """The field with the price the words came to (from the matches' or the picks' prices, not
    said by the shopper): the need's, not the next need's."""
    bound: str
    """The price this side bounds (``max_price``, ``min_price``)."""
    median: Callable[[int], int]
    """The median's index among ``n`` sorted prices (the lower middle for a highest price,
    the upper middle for a lowest)."""


_CHEAP = _PriceSide("cheap", "cheap_max_price", "max_price", lambda n: (n - 1) // 2)
_DEAR = _PriceSide("dear", "dear_min_price", "min_price", lambda n: n // 2)


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
    cheap: bool = False
    """A new need said "cheap" with no price: the search's cheaper half is meant (`cheap_ceiling`
    turns it into a highest price once the search has found what the need costs)."""
    min_size_ml: float | None = None
    """Only products larger than this ("a bigger size": the largest pick's), for this need."""
    max_size_ml: float | None = None
    """Only products smaller than this ("travel size": the smallest pick's), for this need."""
    cheap_max_price: float | None = None
    """The highest price "cheap" or "cheaper" came to for the current need (from its matches'
    or its picks' prices, not said by the shopper); the next need drops it."""
    dear: bool = False
    """A need said "luxury" or "high end" with no price: the search's dearer half is meant
    (`dear_floor` turns it into a lowest price once the search has found what the need costs)."""
    dear_min_price: float | None = None
    """The lowest price "luxury" came to for the current need (from its matches' prices, not
    said by the shopper); the next need drops it."""
    order: str | None = None
    """The order the need's picks are shown in when the shopper asked for one ("the cheapest
    shampoo", "your best selling moisturizer": `handlers.candidates.ORDERS`); a new need sets it."""

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Constraints:
        """Rebuild from `asdict` output kept in a session (keys no longer fields are ignored,
        so a session saved by an older version still loads)."""
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
            self._price_side_new_need(_CHEAP, parsed.cheap, same)
            self._price_side_new_need(_DEAR, parsed.dear, same)
            if not same:
                self.brands = []  # a brand wanted for the last type ("a makeup brush set" after
                # La Roche-Posay sunscreens found nothing); brands ruled out stay out
        elif parsed.category and not below(self.category or "", parsed.category):
            self.category = parsed.category  # not a branch above the need's ("in glitter")
        if need is None:  # "not too pricey" said of the picks: the cheaper half of the need;
            # "something luxurious" as an answer: the dearer half
            self._price_side_asked(_CHEAP, parsed.cheap)
            self._price_side_asked(_DEAR, parsed.dear)
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
            self._price_side_said(_CHEAP)
            self._price_side_said(_DEAR)
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
            self._price_side_forgotten(_CHEAP)
            self._price_side_forgotten(_DEAR)
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

    def cheap_ceiling(self, prices: Sequence[float]) -> float | None:
        """For a "cheap" need with no highest price: the median of ``prices`` (what the
        search's best matches cost) becomes the highest price, and is returned; else None."""
        return self._price_side_median(_CHEAP, prices)

    def dear_floor(self, prices: Sequence[float]) -> float | None:
        """For a "luxury" need with no lowest price: the median of ``prices`` (what the
        search's best matches cost) becomes the lowest price, and is returned; else None."""
        return self._price_side_median(_DEAR, prices)

    def below(self, price: float) -> None:
        """Only prices under ``price`` for this need ("cheaper" than the cheapest pick); what
        "luxury" or "pricier" asked for before goes."""
        self._price_side_beyond(_CHEAP, round(price - 0.01, 2))

    def above(self, price: float) -> None:
        """Only prices over ``price`` for this need ("pricier" than the dearest pick); what
        "cheap" or "cheaper" asked for before goes ("cheaper", then "pricier", kept the cheaper
        half of the matches)."""
        self._price_side_beyond(_DEAR, round(price + 0.01, 2))

    def _price_side_new_need(self, side: _PriceSide, wanted: bool, same: bool) -> None:
        """A new need: what ``side``'s words came to for the last need goes, with its price
        (the same need said again keeps them); the half is asked for when the new need says
        ``wanted`` ("cheap", "luxury")."""
        came_to = getattr(self, side.came_to)
        if not same and came_to is not None and getattr(self, side.bound) == came_to:
            setattr(self, side.bound, None)
        if not same:
            setattr(self, side.came_to, None)
        setattr(self, side.wanted, wanted)

    def _price_side_asked(self, side: _PriceSide, wanted: bool) -> None:
        """Words said of the need on screen ask for ``side``'s half when no price bounds it."""
        if wanted and getattr(self, side.bound) is None:
            setattr(self, side.wanted, True)

    def _price_side_said(self, side: _PriceSide) -> None:
        """A price said: ``side``'s half is no longer asked for; a price its words came to and
        still bounding it ("luxury", then "under 100") is still not the next need's."""
        came_to = getattr(self, side.came_to)
        setattr(self, side.wanted, False)
        setattr(self, side.came_to, came_to if getattr(self, side.bound) == came_to else None)

    def _price_side_forgotten(self, side: _PriceSide) -> None:
        """Nothing of ``side`` asked for by words any more."""
        setattr(self, side.wanted, False)
        setattr(self, side.came_to, None)

    def _price_side_median(self, side: _PriceSide, prices: Sequence[float]) -> float | None:
        """``side``'s half asked for and no price bounding it: the median of ``prices`` bounds
        it, as the price its words came to, and is returned; else None."""
        if not getattr(self, side.wanted) or getattr(self, side.bound) is not None or not prices:
            return None
        ordered = sorted(prices)
        price = round(ordered[side.median(len(ordered))], 2)
        self._price_side_came_to(side, price)
        return price

    def _price_side_beyond(self, side: _PriceSide, price: float) -> None:
        """Only prices beyond ``price`` on ``side`` for this need (the picks' price: not the
        next need's); the other side's price and what words asked of either side go."""
        other = _DEAR if side is _CHEAP else _CHEAP
        setattr(self, other.bound, None)
        self._price_side_forgotten(other)
        self._price_side_came_to(side, price)

    def _price_side_came_to(self, side: _PriceSide, price: float) -> None:
        """``price`` bounds ``side`` as the price words came to, no longer asked for."""
        setattr(self, side.bound, price)
        setattr(self, side.came_to, price)
        setattr(self, side.wanted, False)

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
    asked: bool = False
    pending_options: list[str] = field(default_factory=list)
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
    (`Constraints` as dicts, kept by `handlers.search.refine`; none after a new need): what "go
    back" returns to, one step at a time."""
    rewrites: dict[str, str] = field(default_factory=dict)
    """Each need's search query as a capable model rewrote it (`assistant.dialogue.rewrite`)."""

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
            said = {w.rstrip("s") for w in which.lower().split()}
            chosen = next(
                (
                    p
                    for p in reversed(self.past)
                    if said & {w.rstrip("s") for w in str(p.get("need", "")).lower().split()}
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
