"""The reads of the ``events`` table a catalog store offers (`EventReads`): a user's or an
item's events in order, counts per item, and every row as a plain tuple for training."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Engine, func, select

from catalog import tables
from catalog.schema import Event, EventKind

EventRow = tuple[str | None, str, str, float | None, datetime | None, int | None, str | None]
"""(user_id, item_id, kind, value, timestamp, position, basket_id), as `event_rows` yields them."""


class EventReads:
    """The event reads of `CatalogStore`, over its engine."""

    _engine: Engine

    def _event_select(self, kinds: Iterable[EventKind | str] | None) -> Any:
        e = tables.events.c
        stmt = select(e.user_id, e.item_id, e.kind, e.value, e.timestamp, e.position, e.basket_id)
        if kinds is not None:
            stmt = stmt.where(e.kind.in_([EventKind(k).value for k in kinds]))
        return stmt

    @staticmethod
    def _order(stmt: Any) -> Any:
        e = tables.events.c
        return stmt.order_by(e.timestamp.asc().nulls_first(), e.position.asc().nulls_first(), e.id)

    @staticmethod
    def _event(row: Any) -> Event:
        return Event.model_construct(
            user_id=row.user_id,
            item_id=row.item_id,
            kind=EventKind(row.kind),
            value=row.value,
            timestamp=row.timestamp,
            position=row.position,
            basket_id=row.basket_id,
        )

    def user_events(
        self, user_id: str, kinds: Iterable[EventKind | str] | None = None
    ) -> list[Event]:
        """A user's events, oldest first (by timestamp, then position)."""
        return self._events_where(tables.events.c.user_id == user_id, kinds)

    def item_events(
        self, item_id: str, kinds: Iterable[EventKind | str] | None = None
    ) -> list[Event]:
        """An item's events, oldest first."""
        return self._events_where(tables.events.c.item_id == item_id, kinds)

    def item_event_counts(
        self, item_ids: Iterable[str], kinds: Iterable[EventKind | str] | None = None
    ) -> dict[str, int]:
        """How many events (of ``kinds``) each of ``item_ids`` has: one counting query, 0 for
        an item with none."""
        wanted = list(dict.fromkeys(item_ids))
        e = tables.events.c
        stmt = select(e.item_id, func.count()).where(e.item_id.in_(wanted)).group_by(e.item_id)
        if kinds is not None:
            stmt = stmt.where(e.kind.in_([EventKind(k).value for k in kinds]))
        with self._engine.connect() as c:
            found = {row[0]: int(row[1]) for row in c.execute(stmt)}
        return {i: found.get(i, 0) for i in wanted}

    def _events_where(
        self, condition: ColumnElement[bool], kinds: Iterable[EventKind | str] | None
    ) -> list[Event]:
        stmt = self._order(self._event_select(kinds).where(condition))
        with self._engine.connect() as c:
            return [self._event(row) for row in c.execute(stmt)]

    def event_rows(self, kinds: Iterable[EventKind | str] | None = None) -> Iterator[EventRow]:
        """Every event as a plain tuple, grouped by user and in order within each user.

        Anonymous basket events (no user) come last, grouped by basket. This is the fast path
        for training: no model objects are built.
        """
        e = tables.events.c
        stmt = self._event_select(kinds).order_by(
            e.user_id.asc().nulls_last(),
            e.basket_id.asc().nulls_first(),
            e.timestamp.asc().nulls_first(),
            e.position.asc().nulls_first(),
            e.id,
        )
        with self._engine.connect() as c:
            result = c.execution_options(stream_results=True, yield_per=10_000).execute(stmt)
            for row in result:
                yield tuple(row)  # type: ignore[misc]
