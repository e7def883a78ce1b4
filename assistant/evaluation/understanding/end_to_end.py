"""End to end: run a ready `Conversation` on each single-message search case of the set and
check the picks against the labels: the share of picks inside the labelled category, and
whether every hard constraint (price bounds, wanted and excluded brands, avoided ingredients
named as present in the title) holds for every pick."""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from assistant.evaluation.understanding.cases import Case, Labels
from assistant.evaluation.understanding.fields import (
    AROUND_BAND,
    PRICE_EPSILON,
    brands_match,
)
from catalog.category_paths import within
from retrieval.filters import names_present

logger = logging.getLogger(__name__)

CONSTRAINTS = ("price", "brands", "exclude_brands", "avoid")


class ShownProduct(Protocol):
    """What the check reads from a pick (`assistant.dialogue.turn.Pick` has it)."""

    title: str
    brand: str | None
    price: float | None
    categories: list[str]


class ConversationLike(Protocol):
    """The part of `assistant.conversation.Conversation` the run uses."""

    def new_session(self) -> str: ...

    def respond(self, session_id: str, user_id: str | None, message: str) -> Any: ...

    def clear(self, session_id: str) -> None: ...


def end_to_end_cases(cases: Iterable[Case]) -> list[Case]:
    """The single-message cases labelled as a search."""
    return [c for c in cases if c.context is None and c.expect.intent == "search"]


def price_bounds(label: Labels) -> tuple[float | None, float | None]:
    """The price range a pick must lie in: the labelled bounds, or around X's [0.6X, 1.4X]."""
    low, high = label.price_min, label.price_max
    if label.price_around is not None and low is None and high is None:
        low, high = AROUND_BAND[0] * label.price_around, AROUND_BAND[1] * label.price_around
    return low, high


def in_category(pick: ShownProduct, categories: Sequence[str]) -> bool:
    """The pick's path equals a labelled prefix or lies under it."""
    path = " > ".join(pick.categories)
    return any(within(path, c) for c in categories)


def broken_constraints(pick: ShownProduct, label: Labels) -> list[str]:
    """The labelled hard constraints ``pick`` breaks (names from `CONSTRAINTS`)."""
    broken = []
    low, high = price_bounds(label)
    if low is not None or high is not None:
        price = pick.price
        if (
            price is None
            or (low is not None and price < low - PRICE_EPSILON)
            or (high is not None and price > high + PRICE_EPSILON)
        ):
            broken.append("price")
    brand = pick.brand or ""
    if label.brands and not any(brands_match(b, brand) for b in label.brands):
        broken.append("brands")
    if label.exclude_brands and any(brands_match(b, brand) for b in label.exclude_brands):
        broken.append("exclude_brands")
    if any(names_present(pick.title, item) for item in label.avoid):
        broken.append("avoid")  # "Alcohol-Free Toner" honours "no alcohol"; the label's words only
    return broken


@dataclass
class EndToEndResult:
    """One case's picks, checked."""

    case: Case
    picks: int
    in_category: int
    broken: list[str] = field(default_factory=list)
    asked: bool = False
    error: str = ""

    @property
    def has_constraints(self) -> bool:
        """Any hard constraint is labelled."""
        e = self.case.expect
        return any(
            (
                price_bounds(e) != (None, None),
                e.brands,
                e.exclude_brands,
                e.avoid,
            )
        )

    @property
    def honoured(self) -> bool:
        """No pick breaks a labelled hard constraint."""
        return not self.broken


@dataclass
class EndToEndReport:
    """The category share of the picks and the hard constraints honoured, both over the cases
    that got picks (the cases without any are counted apart)."""

    results: list[EndToEndResult]

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready summary."""
        with_category = [r for r in self.results if r.case.expect.category and r.picks]
        picks = sum(r.picks for r in with_category)
        constrained = [r for r in self.results if r.has_constraints and r.picks]
        broken = Counter(name for r in constrained for name in set(r.broken))
        return {
            "cases": len(self.results),
            "without_picks": sum(1 for r in self.results if not r.picks),
            "asked_instead": sum(1 for r in self.results if r.asked),
            "errors": sum(1 for r in self.results if r.error),
            "category_cases": len(with_category),
            "category_share": _share(sum(r.in_category for r in with_category), picks),
            "category_share_mean_per_case": _share(
                sum(r.in_category / r.picks for r in with_category), len(with_category)
            ),
            "constrained_cases": len(constrained),
            "constrained_without_picks": sum(
                1 for r in self.results if r.has_constraints and not r.picks
            ),
            "constraints_honoured_share": _share(
                sum(r.honoured for r in constrained), len(constrained)
            ),
            "cases_breaking": {name: broken[name] for name in CONSTRAINTS},
        }


def _share(numerator: float, denominator: int) -> float | None:
    return round(numerator / denominator, 4) if denominator else None


def run_end_to_end(
    conversation: ConversationLike, cases: Iterable[Case], *, user_id: str | None = None
) -> EndToEndReport:
    """Send each single-message search case to ``conversation`` in a fresh session.

    Build the conversation without copy and without clarifying questions (a first message from
    a new shopper would otherwise get a question instead of picks); a turn that still asks is
    counted in ``asked_instead``. Each session is cleared afterwards.

    Args:
        conversation: a ready `Conversation` over the catalog the set was written for.
        cases: the set; only single-message searches are run (`end_to_end_cases`).
        user_id: the shopper to run as (None: anonymous, so history does not steer the picks).
    """
    from core.errors import ShopAssistError

    results = []
    for case in end_to_end_cases(cases):
        session = conversation.new_session()
        try:
            turn = conversation.respond(session, user_id, case.message)
        except ShopAssistError as e:
            logger.warning("%s: the turn failed: %s", case.id, e)
            results.append(EndToEndResult(case, 0, 0, error=str(e)))
            continue
        finally:
            conversation.clear(session)
        picks: Sequence[ShownProduct] = list(turn.picks)
        label = case.expect
        broken = sorted({name for pick in picks for name in broken_constraints(pick, label)})
        results.append(
            EndToEndResult(
                case,
                picks=len(picks),
                in_category=sum(in_category(p, label.category) for p in picks),
                broken=broken,
                asked=bool(turn.question) and not picks,
            )
        )
    return EndToEndReport(results)
