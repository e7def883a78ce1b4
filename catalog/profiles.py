"""Dialogue profiles: what conversations taught us about a customer (JSON), one row each."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, delete, select

from catalog import tables
from catalog.database import ensure_users, insert, now


class ProfileStore:
    """The ``profiles`` table, over the engine the catalog store opened."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def save(self, user_id: str, data: dict[str, Any]) -> None:
        """Store a customer's dialogue profile, replacing the previous one."""
        stmt = insert(self._engine, tables.profiles)
        stmt = stmt.on_conflict_do_update(
            index_elements=["user_id"],
            set_={"data": stmt.excluded.data, "updated_at": stmt.excluded.updated_at},
        )
        with self._engine.begin() as c:
            ensure_users(self._engine, c, [user_id])
            c.execute(stmt, [{"user_id": user_id, "data": data, "updated_at": now()}])

    def load(self, user_id: str) -> dict[str, Any] | None:
        """A customer's stored dialogue profile, or None."""
        p = tables.profiles.c
        with self._engine.connect() as c:
            row = c.execute(select(p.data).where(p.user_id == user_id)).first()
        return dict(row.data) if row else None

    def delete(self, user_id: str) -> bool:
        """Forget a customer's dialogue profile; True when there was one."""
        with self._engine.begin() as c:
            result = c.execute(delete(tables.profiles).where(tables.profiles.c.user_id == user_id))
        return bool(result.rowcount)
