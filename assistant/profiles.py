"""User profiles: what history and dialogue tell us about a shopper.

The history part is derived from the store's events on demand, through the one definition of a
shopper's history (`ranking.state.UserState.from_events`, the state chat and suggestions rank
on): top categories and brands, price band, recent items, the purchase count. The dialogue part
(stated needs, liked and avoided brands and items, the people the shopper buys for) is saved in
the store's profiles table after each turn, so it is in effect on the next turn and visible to
agents. A user who opted out of personalisation gets an empty profile and nothing is saved for
them. The structured profile and its summary for the agent console are built from this one
(`assistant.shopper_profile`).

Who writes what: the conversation writes the shopper's OWN needs to ``needs`` (``skin``,
``hair``, ...), a brand they rule out to ``avoided_brands``, a thumbs-down to
``disliked_items``, and the person a gift is for to ``recipients`` (`Profile.add_recipient`:
the name only, never that person's traits, which stay in the dialogue).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from typing import Any

from catalog.profiles import ProfileStore
from catalog.store import CatalogStore
from ranking.state import UserState

TRAIT_NAMES = {
    "skin": "skin type",
    "hair": "hair type",
    "skin_tone": "skin tone",
    "age_group": "age group",
    "spf": "SPF",
    "price_band": "price range",
}
"""How a stated need's key reads to a person (the others read as they are, ``_`` as a space)."""
PRICE_BANDS = {"low": "budget", "mid": "mid-range", "high": "luxury"}
"""How the ``price_band`` trait's values read."""


def trait_words(key: str, value: str) -> tuple[str, str]:
    """A stated need (``needs`` or the structured profile's ``preferences``) as a person reads
    it: ``("price_band", "low")`` -> ``("price range", "budget")``."""
    name = TRAIT_NAMES.get(key, key.replace("_", " "))
    return name, PRICE_BANDS.get(value, value) if key == "price_band" else value


def price_band(prices: Iterable[float | None]) -> tuple[float, float] | None:
    """A shopper's usual price band: the lower and upper quartile of what they paid.

    The quartiles are taken by nearest rank (the prices at positions n//4 and 3n//4 of the
    sorted list), so both edges are prices the shopper really paid. Missing and non-positive
    prices are left out. The one rule behind the profile's band, the copy audience's band and
    the prices grounding accepts from it.

    Args:
        prices: the prices of the items a shopper (or a segment) bought, one per item.

    Returns:
        ``(low, high)``, or None when there is no price.
    """
    known = sorted(p for p in prices if p is not None and p > 0)
    if not known:
        return None
    return known[len(known) // 4], known[(3 * len(known)) // 4]


@dataclass
class Profile:
    """A shopper's profile, ready to show to them or to an agent.

    Attributes:
        purchases: how many items the shopper bought and kept (returns are taken off).
        history: the latest items of the shopper's history (purchases, ratings, reviews, views,
            clicks; oldest first), which the other history facts summarise.
        state: the whole history as ranking reads it (not part of `to_json`).
    """

    user_id: str | None = None
    opted_out: bool = False
    purchases: int = 0
    history: list[str] = field(default_factory=list)
    top_categories: list[tuple[str, int]] = field(default_factory=list)
    top_brands: list[tuple[str, int]] = field(default_factory=list)
    price_band: tuple[float, float] | None = None
    needs: dict[str, str] = field(default_factory=dict)
    liked_brands: list[str] = field(default_factory=list)
    avoided_brands: list[str] = field(default_factory=list)
    liked_items: list[str] = field(default_factory=list)
    disliked_items: list[str] = field(default_factory=list)
    recipients: list[str] = field(default_factory=list)
    state: UserState = field(default_factory=UserState, repr=False)

    def add_recipient(self, who: str) -> bool:
        """Remember that the shopper buys for ``who`` ("mother", "my boyfriend" -> "boyfriend").

        Only the name is kept (at most `MAX_RECIPIENT` characters, lower case, without "my"):
        what is said about that person stays in the dialogue. Returns False (nothing kept) for
        an empty name or the shopper themself ("me", "self").
        """
        name = _RECIPIENT_PREFIX.sub("", " ".join(who.split()).lower())[:MAX_RECIPIENT].strip()
        if not name or name in _SELF:
            return False
        self.recipients = [*(r for r in self.recipients if r != name), name][-MAX_RECIPIENTS:]
        return True

    def own(self, trait: str) -> str | None:
        """A trait the shopper stated about themself (``own("skin")`` -> "dry"), or None.

        Legacy dialogue profiles mixed a gift's needs into ``needs`` beside ``for``; when
        ``for`` names someone else, the skin and hair types there are not taken as the shopper's.
        """
        if self.needs.get("for", "self") not in _SELF:
            return None
        return self.needs.get(trait) or None

    def query_hint(self, need: str, *, for_self: bool = True) -> str:
        """Words a personalised search adds to ``need`` for this shopper ("" when none).

        The shopper's own skin type goes with a skin-care need and their hair type with a
        hair-care need ("a moisturiser" -> "dry skin"), unless the need already says it. Call it
        only for a search for the shopper themself (``for_self=False`` -> "": a recipient's
        traits are the dialogue's, not the profile's) and not for an opted-out shopper (whose
        profile is empty anyway).

        Args:
            need: the search need in catalog words.
            for_self: whether the shopper is shopping for themself.
        """
        if not for_self or self.opted_out:
            return ""
        words = {w.removesuffix("s") for w in re.findall(r"[a-z]+", need.lower())}
        for trait, kinds in _HINT_WORDS.items():
            value = self.own(trait)
            if value and words & kinds and trait not in words:
                return f"{value} {trait}"
        return ""

    @property
    def is_new(self) -> bool:
        """No purchase history and nothing learned in dialogue yet."""
        return not self.history and not self.needs and not self.liked_items

    def to_json(self) -> dict[str, Any]:
        """A JSON-compatible dict (without the ranking state)."""
        data = asdict(self)
        del data["state"]
        return data

    def summary(self) -> str:
        """One line for agents and for 'why am I seeing this?'."""
        parts = []
        if self.top_categories:
            parts.append(
                "likes " + ", ".join(c.split(" > ")[-1] for c, _ in self.top_categories[:3])
            )
        if self.top_brands:
            parts.append("buys " + ", ".join(b for b, _ in self.top_brands[:3]))
        if self.price_band:
            parts.append(f"usually ${self.price_band[0]:.0f}-${self.price_band[1]:.0f}")
        if self.needs:
            named = (trait_words(k, v) for k, v in self.needs.items())
            parts.append(", ".join(f"{name}: {value}" for name, value in named))
        if self.avoided_brands:
            parts.append("avoids " + ", ".join(self.avoided_brands))
        return "; ".join(parts) or "no history yet"


DIALOGUE_KEYS = (
    "needs",
    "liked_brands",
    "avoided_brands",
    "liked_items",
    "disliked_items",
    "recipients",
)
MAX_RECIPIENT = 40
MAX_RECIPIENTS = 10
_SELF = frozenset({"", "self", "me", "myself", "i"})
_RECIPIENT_PREFIX = re.compile(r"^(?:for\s+)?(?:my|our|a|the)\s+")
_HINT_WORDS = {
    "skin": frozenset(
        {"moisturiser", "moisturizer", "cream", "lotion", "serum", "cleanser", "face", "facial",
         "toner", "sunscreen", "foundation", "primer"}
    ),
    "hair": frozenset({"shampoo", "conditioner", "styling"}),
}  # fmt: skip
"""Need words that make a skin or hair type worth adding to a personalised query."""


def load_profile(store: CatalogStore, user_id: str | None, *, recent: int = 50) -> Profile:
    """The profile of ``user_id``: history from events plus what dialogue taught us.

    Args:
        store: the catalog store.
        user_id: the shopper, or None for an anonymous session (empty profile).
        recent: how many of the latest history items the history facts come from.
    """
    if user_id is None:
        return Profile()
    user = store.get_user(user_id)
    if user is not None and user.personalisation_opt_out:
        return Profile(user_id=user_id, opted_out=True)
    state = UserState.from_events(store.user_events(user_id), user_id)
    history = list(state.history[-recent:])
    products = {p.id: p for p in store.get_products(list(dict.fromkeys(history)))}
    categories: Counter[str] = Counter()
    brands: Counter[str] = Counter()
    prices: list[float | None] = []
    for item in history:
        product = products.get(item)
        if product is None:
            continue
        if product.categories:
            categories[" > ".join(product.categories[:3])] += 1
        if product.brand:
            brands[product.brand] += 1
        prices.append(product.price)
    profile = Profile(
        user_id=user_id,
        purchases=len(state.purchased),
        history=history,
        top_categories=categories.most_common(5),
        top_brands=brands.most_common(5),
        price_band=price_band(prices),
        state=state,
    )
    stored = ProfileStore(store.engine).load(user_id) or {}
    for key in DIALOGUE_KEYS:
        if key in stored:
            setattr(profile, key, stored[key])
    return profile


def save_dialogue_profile(store: CatalogStore, profile: Profile) -> None:
    """Persist the dialogue-derived part (skipped for anonymous and opted-out users).

    Only the dialogue keys are replaced; the stored structured profile stays (it is rebuilt
    when what it was built from changed).
    """
    if profile.user_id is None or profile.opted_out:
        return
    dialogue = {key: getattr(profile, key) for key in DIALOGUE_KEYS}
    ProfileStore(store.engine).update(profile.user_id, dialogue)


def clear_profile(store: CatalogStore, user_id: str) -> None:
    """Forget what dialogue taught us about a user and the structured profile built from it
    (history stays: it is their orders)."""
    ProfileStore(store.engine).delete(user_id)
