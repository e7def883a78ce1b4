"""Checking what a language model wrote against the catalog before anything uses it (issue 17).

A parser's `ModelRequest` is valid JSON by construction, but a small model may still name a
brand the store does not sell, invent a category path, write a price the shopper never said or
point at a pick that is not on screen. `RequestValidator.check` keeps what the catalog and the
message support, snaps the rest to the catalog's own spelling, and says why it dropped
anything (the reasons are logged and kept on the dialogue's request as ``notes``).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from assistant.dialogue.clarifying.clarify import match_option
from assistant.dialogue.model.model_request import ModelRequest, TurnSituation
from assistant.dialogue.vocabulary import CatalogVocabulary
from retrieval.filters import loose_brand_key

logger = logging.getLogger(__name__)

ANY = "any"
ANY_WORDS = frozenset(
    {"any", "anything", "either", "whatever", "both", "all", "you choose", "dont care", "no idea"}
)
"""Answers that leave the choice to us ("any" in the request's vocabulary)."""
MIN_BRAND_PREFIX = 3
PRICE_TOLERANCE = 0.01
NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
"""A number as a shopper writes it ("25", "12.50", "12,50")."""


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9']+", text.lower())


def _phrase_in(phrase: str, text: str) -> bool:
    """Whole-word containment, case-insensitive."""
    words = " ".join(_words(phrase))
    return bool(words) and f" {words} " in f" {' '.join(_words(text))} "


@dataclass
class Checked:
    """A model's request after the catalog check.

    Attributes:
        request: the request with only what the catalog and the message support.
        answer: the offered options (category paths) the answer chose, or ``["any"]``.
        notes: why something the model wrote was dropped or changed.
    """

    request: ModelRequest
    answer: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


class RequestValidator:
    """Checks model requests against one catalog's brands and category tree."""

    def __init__(self, vocabulary: CatalogVocabulary) -> None:
        """Index the catalog's brands and category paths once."""
        self.words = vocabulary.words
        self._brands: dict[str, str] = {}
        for brand in vocabulary.brands:
            self._brands.setdefault(loose_brand_key(brand), brand)
        self._paths: dict[str, str] = {}
        self._leaves: dict[str, str] = {}
        for path in vocabulary.categories:
            levels = [p.strip() for p in path.split(">") if p.strip()]
            for depth in range(1, len(levels) + 1):
                node = " > ".join(levels[:depth])
                self._paths.setdefault(node.casefold(), node)
                leaf = levels[depth - 1].casefold()
                known = self._leaves.get(leaf)
                if known is None or node.count(">") < known.count(">"):
                    self._leaves[leaf] = node

    # -- one field at a time ------------------------------------------------------------------

    def brand(self, name: str) -> str | None:
        """The catalog's spelling of ``name`` (same letters and digits, or one a prefix of the
        other), or None when the catalog has no such brand."""
        key = loose_brand_key(name)
        if not key:
            return None
        if key in self._brands:
            return self._brands[key]
        if len(key) < MIN_BRAND_PREFIX:
            return None
        near = [b for k, b in self._brands.items() if k.startswith(key) or key.startswith(k)]
        near = [b for b in near if len(loose_brand_key(b)) >= MIN_BRAND_PREFIX]
        return min(near, key=lambda b: (len(b), b)) if near else None

    def category(self, path: str | None) -> str | None:
        """``path`` snapped to the store's tree: the same path, the shallowest node named like
        its last level, or its longest prefix the tree has (the root alone is no category)."""
        if not path:
            return None
        levels = [p.strip() for p in path.split(">") if p.strip()]
        if not levels:
            return None
        exact = self._paths.get(" > ".join(levels).casefold())
        if exact is not None:
            return exact if ">" in exact else None
        leaf = self._leaves.get(levels[-1].casefold())
        if leaf is not None and ">" in leaf:
            return leaf
        for depth in range(len(levels) - 1, 1, -1):
            node = self._paths.get(" > ".join(levels[:depth]).casefold())
            if node is not None:
                return node
        return None

    # -- the whole request --------------------------------------------------------------------

    def check(
        self,
        request: ModelRequest,
        message: str,
        situation: TurnSituation,
        options: Sequence[str] = (),
    ) -> Checked:
        """Keep what the catalog and the message support.

        Args:
            request: what the model wrote.
            message: the shopper's words (a brand or a price must come from them).
            situation: what the model saw (the picks on screen, the pending question).
            options: the pending question's options as category paths (the situation shows
                their last names).
        """
        notes: list[str] = []
        data = request.model_copy(deep=True)
        pick_brands = [p.brand for p in situation.picks if p.brand]
        need_extra: list[str] = []
        data.brands = self._brands_of(data.brands, message, pick_brands, notes, need_extra)
        data.exclude_brands = self._brands_of(data.exclude_brands, message, pick_brands, notes, [])
        data.brands = [b for b in data.brands if b not in data.exclude_brands]
        category = self.category(data.category)
        if data.category and category != data.category:
            notes.append(
                f"category {data.category!r} is not in the store's tree"
                + (f"; using {category!r}" if category else "; dropped")
            )
        data.category = category
        self._prices(data, message, notes)
        data.avoid = list(dict.fromkeys(a.strip().lower() for a in data.avoid if a.strip()))
        data.need = self._need(data, need_extra, notes)
        shown = len(situation.picks)
        if any(r < 0 or r >= shown for r in data.references):
            notes.append(f"references {data.references} point past the {shown} picks shown")
            data.references = [r for r in data.references if 0 <= r < shown]
        answer = self._answer(data, message, situation, options, notes)
        for note in notes:
            logger.info("model request checked: %s", note)
        return Checked(request=data, answer=answer, notes=notes)

    def _brands_of(
        self,
        names: Sequence[str],
        message: str,
        pick_brands: Sequence[str],
        notes: list[str],
        need_extra: list[str],
    ) -> list[str]:
        """The catalog spellings of ``names`` the shopper said (or that a pick on screen has);
        an unknown name that catalog titles use goes into the need instead."""
        said = loose_brand_key(message)
        kept: list[str] = []
        for name in names:
            on_screen = next(
                (b for b in pick_brands if loose_brand_key(b) == loose_brand_key(name)), None
            )
            if not on_screen and loose_brand_key(name) not in said:
                notes.append(f"brand {name!r} was not in the message; dropped")
                continue
            known = on_screen or self.brand(name)
            if known is None:
                if any(w in self.words for w in _words(name)):
                    need_extra.append(name)
                    notes.append(f"brand {name!r} is not a catalog brand; kept in the need")
                else:
                    notes.append(f"brand {name!r} is not a catalog brand; dropped")
                continue
            if known not in kept:
                kept.append(known)
        return kept

    @staticmethod
    def _prices(data: ModelRequest, message: str, notes: list[str]) -> None:
        """Only prices the shopper wrote; min <= max."""
        written = [float(n.replace(",", ".")) for n in NUMBER.findall(message)]
        for name in ("price_min", "price_max", "price_around"):
            value = getattr(data, name)
            if value is not None and not any(abs(value - w) <= PRICE_TOLERANCE for w in written):
                notes.append(f"{name} {value:g} is not a number in the message; dropped")
                setattr(data, name, None)
        low, high = data.price_min, data.price_max
        if low is not None and high is not None and low > high:
            notes.append(f"price_min {low:g} was above price_max {high:g}; swapped")
            data.price_min, data.price_max = high, low

    @staticmethod
    def _need(data: ModelRequest, extra: Sequence[str], notes: list[str]) -> str:
        """The need without any avoided item (never searched for), with title-only brand words."""
        need = " ".join([data.need, *extra]).strip()
        for item in data.avoid:
            if _phrase_in(item, need):
                notes.append(f"need named the avoided {item!r}; removed from the search words")
                pattern = r"\b" + r"\s+".join(map(re.escape, _words(item))) + r"\b"
                need = re.sub(pattern, " ", need, flags=re.I)
        need = re.sub(r"\b(without|free|no|free of)\s*$", "", " ".join(need.split()), flags=re.I)
        return need.strip()

    @staticmethod
    def _answer(
        data: ModelRequest,
        message: str,
        situation: TurnSituation,
        options: Sequence[str],
        notes: list[str],
    ) -> list[str]:
        """The offered options the answer chose (paths), ``["any"]``, or []."""
        if not (situation.question or options):
            if data.intent == "answer" or data.answer:
                notes.append("an answer without a pending question; read as a search")
                data.intent = "search" if data.intent == "answer" else data.intent
                data.answer = []
            return []
        paths = list(options) or list(situation.options)
        chosen: list[str] = []
        for said in data.answer:
            if " ".join(_words(said)) in ANY_WORDS:
                return [ANY]
            option = match_option(said, paths)
            if option is None:
                notes.append(f"answer {said!r} is none of the options offered; dropped")
            elif option not in chosen:
                chosen.append(option)
        if data.intent == "answer" and not chosen:
            option = match_option(message, paths)
            chosen = [option] if option is not None else [ANY]
        return chosen
