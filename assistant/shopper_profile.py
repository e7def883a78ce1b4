"""The structured shopper profile an agent reads and the model summarises.

`ShopperProfile` is built from the one profile (`assistant.profiles.load_profile`: the history
through `ranking.state.UserState.from_events` and the catalog, plus what the dialogue saved):
preferences (top categories, brands), dislikes (avoided brands, disliked items), the budget
band, the shopper's own skin and hair type and the other attributes they said they want
(scent, finish, ...: `preferences`), the people they buy for (names only), and a
two-sentence summary (`assistant.profile_summary`). It is redacted (`assistant.privacy.redact`)
and stored in the profile's row under `STORED_KEY`, so deleting the profile
(``DELETE /users/{id}/profile``) or forgetting the user removes it; the summary is reused while
what it was built from is unchanged and rewritten otherwise. An opted-out shopper gets no
structured profile: none is built, shown or kept.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from assistant.dialogue.needs.stated_traits import TRAIT_KEYS
from assistant.privacy import redact
from assistant.profile_summary import ProfileSummariser
from assistant.profiles import Profile
from catalog.profiles import ProfileStore
from catalog.store import CatalogStore

STORED_KEY = "structured"
"""Where the structured profile sits in the stored profile's JSON."""
TOP_CATEGORIES = 3
TOP_BRANDS = 5
MAX_ITEMS = 5
MAX_TITLE = 80
"""Titles longer than this are cut at a word (catalog titles run to hundreds of characters)."""


class Budget(BaseModel):
    """The shopper's usual price band (`assistant.profiles.price_band`), in the store currency."""

    model_config = ConfigDict(extra="forbid")

    low: float = Field(ge=0)
    high: float = Field(ge=0)


class ShopperProfile(BaseModel):
    """One shopper as the agent console and the language model see them.

    Attributes:
        user_id: the shopper.
        purchases: items bought and kept.
        categories: preferred categories, most bought first (category paths, 'A > B > C').
        brands: preferred brands: liked in chat, then most bought.
        avoided_brands: brands the shopper ruled out.
        disliked_items: titles of items the shopper turned down (the id when the catalog has no
            title).
        recent_purchases: titles of the latest purchases, newest first.
        budget: the usual price band, or None without prices.
        skin_type, hair_type: what the shopper said about themself (never a recipient's).
        preferences: the other attributes the shopper said they want for themself, by the
            dialogue's names (``scent``: "lavender", ``finish``: "matte"; never a recipient's).
        recipients: who the shopper buys for ("mother"): names only.
        summary: two sentences for the agent console.
        summary_source: "model" (written by the language model and checked) or "template".
        built_from: a fingerprint of the fields above and the summary's writer; the stored
            summary is reused while it matches.
    """

    model_config = ConfigDict(extra="forbid")

    user_id: str
    purchases: int = 0
    categories: list[str] = Field(default_factory=list)
    brands: list[str] = Field(default_factory=list)
    avoided_brands: list[str] = Field(default_factory=list)
    disliked_items: list[str] = Field(default_factory=list)
    recent_purchases: list[str] = Field(default_factory=list)
    budget: Budget | None = None
    skin_type: str | None = None
    hair_type: str | None = None
    preferences: dict[str, str] = Field(default_factory=dict)
    recipients: list[str] = Field(default_factory=list)
    summary: str = ""
    summary_source: Literal["model", "template", ""] = ""
    built_from: str = ""

    def facts(self) -> dict[str, object]:
        """The structured fields without the summary: what the summary is written from."""
        return self.model_dump(exclude={"summary", "summary_source", "built_from"})

    def fingerprint(self, writer: str) -> str:
        """A hash of `facts` and the summary's ``writer`` (the summary's cache key)."""
        text = json.dumps([self.facts(), writer], sort_keys=True, ensure_ascii=True)
        return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def structure(profile: Profile, store: CatalogStore) -> ShopperProfile:
    """The structured fields of ``profile`` (no summary yet), every string redacted.

    Args:
        profile: a loaded profile of a known, not opted-out shopper.
        store: the catalog store (titles of disliked and recent items).
    """
    purchased = list(dict.fromkeys(reversed(profile.state.purchased)))[:3]
    disliked = list(dict.fromkeys(profile.disliked_items))[-MAX_ITEMS:]
    titles = {p.id: p.title for p in store.get_products([*purchased, *disliked]) if p.title}
    bought = [b for b, _ in profile.top_brands]
    brands = list(dict.fromkeys([*profile.liked_brands, *bought]))
    avoided = set(profile.avoided_brands)
    band = profile.price_band
    return ShopperProfile(
        user_id=profile.user_id or "",
        purchases=profile.purchases,
        categories=_clean(c for c, _ in profile.top_categories[:TOP_CATEGORIES]),
        brands=_clean(b for b in brands if b not in avoided)[:TOP_BRANDS],
        avoided_brands=_clean(profile.avoided_brands),
        disliked_items=_clean(_short(titles.get(i, i)) for i in disliked),
        recent_purchases=_clean(_short(titles[i]) for i in purchased if i in titles),
        budget=Budget(low=band[0], high=band[1]) if band else None,
        skin_type=_one(profile.own("skin")),
        hair_type=_one(profile.own("hair")),
        preferences={k: v for k in TRAIT_KEYS if (v := _one(profile.own(k)))},
        recipients=_clean(profile.recipients),
    )


def shopper_profile(
    store: CatalogStore, profile: Profile, summariser: ProfileSummariser | None = None
) -> ShopperProfile | None:
    """The structured profile of a shopper with its summary, built, stored and reused.

    The summary stored with the profile is reused while the structured fields and the writer
    are unchanged; otherwise ``summariser`` writes a new one (the language model when a capable
    one is configured, else the template) and the result is stored.

    Args:
        store: the catalog store.
        profile: the shopper's profile (`assistant.profiles.load_profile`).
        summariser: writes the summary (default: the template alone).

    Returns:
        The profile, or None for an anonymous or opted-out shopper (an opted-out shopper's
        stored structured profile is removed).
    """
    user_id = profile.user_id
    if user_id is None:
        return None
    profiles = ProfileStore(store.engine)
    if profile.opted_out:
        profiles.update(user_id, {STORED_KEY: None})
        return None
    writer = summariser or ProfileSummariser(None)
    built = structure(profile, store)
    key = built.fingerprint(writer.name)
    stored = (profiles.load(user_id) or {}).get(STORED_KEY)
    if isinstance(stored, dict) and stored.get("built_from") == key:
        return ShopperProfile.model_validate(stored)
    summary, source = writer.write(built, store)
    built = built.model_copy(
        update={"summary": redact(summary), "summary_source": source, "built_from": key}
    )
    profiles.update(user_id, {STORED_KEY: built.model_dump(mode="json")})
    return built


def _clean(values: Iterable[object]) -> list[str]:
    out = [redact(" ".join(str(v).split())) for v in values]
    return list(dict.fromkeys(v for v in out if v))


def _short(title: str) -> str:
    if len(title) <= MAX_TITLE:
        return title
    return title[:MAX_TITLE].rsplit(" ", 1)[0].rstrip(" ,;:-|") + "…"


def _one(value: str | None) -> str | None:
    return redact(" ".join(value.split())) if value else None
