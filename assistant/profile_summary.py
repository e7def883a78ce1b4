"""The two-sentence summary of a shopper profile: by the language model, checked, or a template.

A capable model (`LLM.capable`: instruction-tuned or large) writes it from the structured
profile with the ``profile_summary`` prompt. What it writes is checked against the profile
(`check_summary`): every catalog brand and category it names must be in the profile, every
amount must be the budget's, and it must be at most two sentences; otherwise, or when the
model fails, the deterministic template (`template_summary`) is used. A small base model never
writes it: the template is better than anything it would invent.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

import prompts
from assistant.llm.base import LLM, Message
from assistant.llm.checked import ModelTask, has_words, text_problem
from assistant.profiles import trait_words
from catalog.store import CatalogStore

if TYPE_CHECKING:
    from assistant.copy.copywriter import Copywriter
    from assistant.shopper_profile import ShopperProfile

PROMPT = "profile_summary"
MAX_CHARS = 400
_SENTENCE_END = re.compile(r"[.!?]+\s+")
TITLES = frozenset({"dr", "mr", "mrs", "ms", "st", "jr", "sr", "no", "vs", "inc", "co", "ltd"})
"""Words a dot follows inside a sentence."""
_AMOUNT = re.compile(r"\d+(?:[.,]\d+)?")
META = re.compile(r"the facts|not mentioned|not stated|as an ai|i cannot|i can't", re.IGNORECASE)
"""Phrases of a model talking about its prompt instead of the customer."""
TYPE_WORDS = (
    "dry", "oily", "combination", "sensitive", "normal", "mature", "acne-prone", "curly",
    "straight", "wavy", "coily", "fine", "thick", "thin", "damaged", "frizzy", "greasy",
    "coloured", "colored",
)  # fmt: skip
"""Skin and hair types: the summary may state only the shopper's own."""


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
    if profile.preferences:
        named = (trait_words(k, v) for k, v in profile.preferences.items())
        liked = [f"{value} ({name})" for name, value in named]
        stated.append("prefers " + ", ".join(liked[:3]))
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

    The summary must be at most two finished sentences about the profile, without repeating
    itself: it names at least one of the profile's brands or categories (when it has any), no
    brand or category it does not hold, no amount but the budget's and the purchase count (each
    once), no skin or hair type but the shopper's own ("dry skin", not "hair is dry"), and it
    does not talk about its instructions ("not mentioned in the facts").

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
    lowered = text.casefold()
    mine = [c.casefold().split(" > ") for c in profile.categories]
    allowed_names = {n for path in mine for n in path}
    named: set[str] = set()
    for category in categories:
        path = [n.strip() for n in category.casefold().split(" > ")]
        if any(path[: len(m)] == m for m in mine):
            allowed_names.update(path)  # a category under the profile's (Nail Polish, Nails)
        named.update(path)
    own_brands = [*profile.brands, *profile.avoided_brands]
    # The profile's own names are taken out first, so what they contain ("L'Oreal" in
    # "L'Oreal Paris", "Brushes" in "Makeup Brushes & Tools", "12" in "12 Benefits", the dot
    # of "Dr.") is not read as a name, a number or a sentence end of its own.
    rest = _mask(text, [*own_brands, *allowed_names])
    problem = text_problem(
        text, max_chars=MAX_CHARS, meta=META, sentences=len(sentences(rest)), max_sentences=2
    )
    if problem is not None:
        return problem
    rest_lowered = rest.casefold()
    for name in sorted(named - allowed_names):
        if len(name) > 2 and has_words(name, rest_lowered):
            return f"names category {name!r}, which is not in the profile"
    for brand in brands:
        if len(brand) > 1 and any(has_words(form, rest) for form in {brand, brand.title()}):
            return f"names brand {brand!r}, which is not in the profile"
    own_categories = {p[-1] for p in mine} | {p[-2] for p in mine if len(p) > 2}
    if (own_brands or own_categories) and not any(
        has_words(name, lowered) for name in {b.casefold() for b in own_brands} | own_categories
    ):
        return "names none of the profile's brands and categories"
    own_types = [f"{t} {kind}" for t, kind in ((profile.skin_type, "skin"),
                                                (profile.hair_type, "hair")) if t]  # fmt: skip
    typed = _mask(rest_lowered, own_types)  # "dry skin" may be said; "hair is dry" may not
    for word in TYPE_WORDS:
        if has_words(word, typed):
            return f"states the type {word!r}, which is not the shopper's own"
    amounts = set()
    if profile.budget:
        for value in (profile.budget.low, profile.budget.high):
            amounts |= {f"{value:.0f}", f"{value:.2f}", f"{value:g}"}
    amounts.add(str(profile.purchases))
    stated = [amount.replace(",", ".") for amount in _AMOUNT.findall(rest)]
    for amount in stated:
        if amount not in amounts:
            return f"states the number {amount}, which is not the budget or the purchase count"
        if stated.count(amount) > 1:
            return f"states the number {amount} more than once"
    return None


def sentences(text: str, names: Iterable[str] = ()) -> list[str]:
    """``text`` cut into sentences: at ``.``, ``!`` or ``?`` and a space, but not after a
    title ("Dr. King's") nor inside one of ``names`` ("e.l.f. Cosmetics")."""
    masked = _mask(text, names)
    cuts = [0]
    for m in _SENTENCE_END.finditer(masked):
        word = re.findall(r"[\w§]+$", masked[: m.start() + 1].rstrip(".!?"))
        if m.group().startswith(".") and word and word[0].casefold() in TITLES:
            continue
        cuts.append(m.end())
    cuts.append(len(text))
    parts = (text[a:b].strip() for a, b in itertools.pairwise(cuts))
    return [part for part in parts if part]


def finished(text: str, names: Iterable[str] = ()) -> str:
    """The first two finished sentences of a model's ``text`` (a sentence cut off by the
    token limit is dropped when a finished one comes before it), whitespace collapsed."""
    parts = sentences(" ".join(text.split()), names)[:3]
    if len(parts) > 1 and not parts[-1].endswith((".", "!", "?")):
        parts = parts[:-1]
    return " ".join(parts[:2])


def _mask(text: str, names: Iterable[str]) -> str:
    """``text`` with every whole-word occurrence of ``names`` (any case) replaced by as many
    ``§`` (so positions stay), longest names first."""
    for name in sorted({n for n in names if len(n) > 1}, key=len, reverse=True):
        pattern = rf"(?<![\w]){re.escape(name)}(?![\w])"
        text = re.sub(pattern, lambda m: "§" * len(m.group()), text, flags=re.IGNORECASE)
    return text


class ProfileSummariser:
    """Writes a profile's summary: the language model when it is capable, else the template.

    Args:
        llm: the configured language model, or None (template only). A model that is not
            `LLM.capable` is not asked.
    """

    def __init__(self, llm: LLM | None) -> None:
        self.llm = llm if llm is not None and llm.capable else None
        self.task = ModelTask("profile summary")

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

        The model's text is cut to its first two finished sentences (`finished`) and checked
        (`check_summary`) against the catalog's brands and categories; a failed check or a
        model error gives the template (and a log line saying why).
        """
        template = template_summary(profile)
        if self.llm is None:
            return template, "template"
        spec = prompts.load(PROMPT)
        llm = self.llm
        text = self.task.ask(
            lambda: llm.chat(
                self.messages(profile),
                max_new_tokens=spec.max_new_tokens,
                temperature=spec.temperature,
            )
        )
        if text is None:
            return template, "template"
        text = finished(text, [*profile.brands, *profile.avoided_brands])
        brands = [b for b, _ in store.brands()]
        categories = [c for c, _ in store.category_paths()]
        if not self.task.accept(text, check_summary(text, profile, brands, categories)):
            return template, "template"
        return text, "model"
