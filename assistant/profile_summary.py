"""The two-sentence summary of a shopper profile: by the language model, checked, or a template.

A capable model (`LLM.capable`: instruction-tuned or large) writes it from the structured
profile with the ``profile_summary`` prompt. What it writes is checked against the profile
(`check_summary`): every catalog brand and category it names must be in the profile, every
amount must be the budget's, and it must be at most two sentences; otherwise, or when the
model fails, the deterministic template (`template_summary`) is used. A small base model never
writes it: the template is better than anything it would invent.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

import prompts
from assistant.llm.base import LLM, Message
from catalog.store import CatalogStore
from core.errors import ShopAssistError

if TYPE_CHECKING:
    from assistant.copy.copywriter import Copywriter
    from assistant.shopper_profile import ShopperProfile

logger = logging.getLogger(__name__)

PROMPT = "profile_summary"
MAX_CHARS = 400
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_AMOUNT = re.compile(r"\d+(?:[.,]\d+)?")


def _leaf(path: str) -> str:
    """'Beauty > Skin Care > Face' -> 'Face (Skin Care)': the leaf, and its parent when there
    is one below the root (Face is a part of Skin Care and of Makeup)."""
    names = path.split(" > ")
    return f"{names[-1]} ({names[-2]})" if len(names) > 2 else names[-1]


def _names(items: Sequence[str], limit: int) -> str:
    """'a', 'a and b', 'a, b and c' (the first ``limit``)."""
    items = list(items[:limit])
    return " and ".join(items) if len(items) < 3 else ", ".join(items[:-1]) + " and " + items[-1]


def _money(value: float) -> str:
    return f"${value:.2f}"


def template_summary(profile: ShopperProfile) -> str:
    """Two sentences from the structured fields alone: what the history says, then what the
    shopper told us (needs, dislikes, who they buy for)."""
    history = []
    n = profile.purchases
    if n:
        history.append(f"Has bought {n} item{'' if n == 1 else 's'}")
    elif profile.categories or profile.brands:
        history.append("Has browsed")
    if profile.categories:
        history.append("mostly " + _names([_leaf(c) for c in profile.categories], 3))
    if profile.brands:
        history.append("from " + _names(profile.brands, 3))
    if profile.budget:
        low, high = profile.budget.low, profile.budget.high
        band = _money(low) if low == high else f"{_money(low)}-{_money(high)}"
        history.append(f"usually paying {band}")
    first = ", ".join(history) if history else "No purchases yet"
    told = []
    if profile.skin_type:
        told.append(f"{profile.skin_type} skin")
    if profile.hair_type:
        told.append(f"{profile.hair_type} hair")
    stated = ["Has " + " and ".join(told)] if told else []
    if profile.avoided_brands:
        stated.append("avoids " + _names(profile.avoided_brands, 3))
    if profile.disliked_items:
        k = len(profile.disliked_items)
        stated.append(f"turned down {k} item{'' if k == 1 else 's'}")
    if profile.recipients:
        stated.append("also shops for " + _names(profile.recipients, 3))
    second = "; ".join(stated) if stated else "No needs or dislikes stated in chat yet"
    return f"{first}. {second[0].upper()}{second[1:]}."


def check_summary(
    text: str, profile: ShopperProfile, brands: Iterable[str], categories: Iterable[str]
) -> str | None:
    """Why a model-written summary cannot be shown, or None when it can.

    Args:
        text: the summary.
        profile: the structured profile it was written from.
        brands: every brand of the catalog (a name counts as written in the catalog or in
            Title Case, as a whole word).
        categories: every category path of the catalog ('A > B > C'); a category counts when
            one of its names appears, as whole words, in any case. Names on the profile's
            category paths and under them are the profile's.

    Returns:
        A reason ("names brand X, which is not in the profile"), or None.
    """
    if not text:
        return "empty"
    if len(text) > MAX_CHARS:
        return f"longer than {MAX_CHARS} characters"
    if len(_SENTENCE_END.split(text.strip())) > 2:
        return "more than two sentences"
    allowed_brands = {b.casefold() for b in [*profile.brands, *profile.avoided_brands]}
    for brand in brands:
        if brand.casefold() in allowed_brands or len(brand) < 2:
            continue
        if any(_whole(form, text) for form in {brand, brand.title()}):
            return f"names brand {brand!r}, which is not in the profile"
    mine = [c.casefold().split(" > ") for c in profile.categories]
    allowed_names = {n for path in mine for n in path}
    named: set[str] = set()
    for category in categories:
        path = [n.strip() for n in category.casefold().split(" > ")]
        if any(path[: len(m)] == m for m in mine):
            allowed_names.update(path)  # a category under the profile's (Nail Polish, Nails)
        named.update(path)
    lowered = text.casefold()
    for name in sorted(named - allowed_names):
        if len(name) > 2 and _whole(name, lowered):
            return f"names category {name!r}, which is not in the profile"
    amounts = set()
    if profile.budget:
        for value in (profile.budget.low, profile.budget.high):
            amounts |= {f"{value:.0f}", f"{value:.2f}", f"{value:g}"}
    amounts.add(str(profile.purchases))
    for amount in _AMOUNT.findall(text):
        if amount.replace(",", ".") not in amounts:
            return f"states the number {amount}, which is not the budget or the purchase count"
    return None


def _whole(needle: str, text: str) -> bool:
    return re.search(rf"(?<![\w]){re.escape(needle)}(?![\w])", text) is not None


class ProfileSummariser:
    """Writes a profile's summary: the language model when it is capable, else the template.

    Args:
        llm: the configured language model, or None (template only). A model that is not
            `LLM.capable` is not asked.
    """

    def __init__(self, llm: LLM | None) -> None:
        self.llm = llm if llm is not None and llm.capable else None

    @classmethod
    def of(cls, copywriter: Copywriter | None) -> ProfileSummariser:
        """The summariser over the copywriter's language model (the one the settings configure;
        None: the template)."""
        return cls(copywriter.llm if copywriter is not None else None)

    @property
    def name(self) -> str:
        """Who writes the summary ("template" or "model:<name>"), part of its cache key."""
        return "template" if self.llm is None else f"model:{self.llm.name}"

    def messages(self, profile: ShopperProfile) -> list[Message]:
        """The chat messages the model answers (the ``profile_summary`` prompt)."""
        spec = prompts.load(PROMPT)
        facts = profile.facts()
        facts["categories"] = [_leaf(c) for c in profile.categories]
        user = spec.render(profile=facts)
        return [Message("system", str(spec.extra["system"]).strip()), Message("user", user)]

    def write(self, profile: ShopperProfile, store: CatalogStore) -> tuple[str, str]:
        """The summary and who wrote it ("model" or "template").

        The model's text is cut to its first two sentences and checked (`check_summary`)
        against the catalog's brands and categories; a failed check or a model error gives
        the template (and a log line saying why).
        """
        template = template_summary(profile)
        if self.llm is None:
            return template, "template"
        spec = prompts.load(PROMPT)
        try:
            text = self.llm.chat(
                self.messages(profile),
                max_new_tokens=spec.max_new_tokens,
                temperature=spec.temperature,
            )
        except ShopAssistError as e:
            logger.warning("profile summary: the model failed (%s); template used", e)
            return template, "template"
        text = " ".join(_SENTENCE_END.split(" ".join(text.split()))[:2])
        brands = [b for b, _ in store.brands()]
        categories = [c for c, _ in store.category_paths()]
        reason = check_summary(text, profile, brands, categories)
        if reason is not None:
            logger.warning("profile summary: the model's text %s; template used", reason)
            return template, "template"
        return text, "model"
