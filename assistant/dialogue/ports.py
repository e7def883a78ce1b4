"""The small interfaces the dialogue needs from search, ranking and copy.

The dialogue depends on these, not on the concrete classes: `assistant.adapters` adapts the real
retrieval, ranking and copy components to them, and unit tests of the dialogue can pass fakes.
The values crossing them are the real types: `retrieval.filters.Filters`,
`ranking.state.UserState` and `ranking.ranker.RankedItem`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Protocol

from catalog.schema import Product
from ranking.ranker import RankedItem
from ranking.state import UserState
from retrieval.filters import Filters
from retrieval.query import ParsedQuery

QueryParser = Callable[[str], ParsedQuery]
"""Parses constraints out of free text (retrieval.query.parse_query with the catalog bound)."""


@dataclass(frozen=True)
class Candidate:
    """A retrieved item with its retrieval score."""

    item_id: str
    score: float


@dataclass(frozen=True)
class WrittenCopy:
    """Copy for one product, and whether every claim in it checked out."""

    text: str
    grounded: bool


class Searcher(Protocol):
    """Candidate retrieval (hybrid search with hard filters)."""

    def search(self, query: str, filters: Filters, k: int) -> list[Candidate]: ...

    def similar(self, item_id: str, filters: Filters, k: int) -> list[Candidate]: ...


class CategoryGuesser(Protocol):
    """The catalog category a need most likely belongs to, among the products that pass
    ``filters`` (the message's own constraints), or None when it is unclear."""

    def guess(self, need: str, filters: Filters) -> str | None: ...


class Scorer(Protocol):
    """Personalised reranking and bought-together signals."""

    def rank(
        self, shopper: UserState, item_ids: Sequence[str], k: int, *, method: str | None = None
    ) -> list[RankedItem]: ...

    def bought_with(self, item_ids: Sequence[str], k: int) -> list[Candidate]: ...


class CopySource(Protocol):
    """Grounded one-line copy for a product card."""

    def card_copy(
        self, products: Sequence[Product], needs: dict[str, str]
    ) -> Iterator[tuple[int, WrittenCopy]]:
        """``(index into products, copy)`` for each product, as each is ready, in any order."""
        ...
