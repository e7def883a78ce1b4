"""Customer profiles: what conversations taught us about a customer and the structured profile
built from it (JSON), one row each."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import Connection, Engine, delete, select

from catalog import tables
from catalog.database import ensure_users, insert, now


class ProfileStore:
    """The ``profiles`` table, over the engine the catalog store opened.

    A row's JSON holds named parts (the dialogue part's keys, the structured profile under its
    own key); `save` replaces the whole row, `update` replaces only the parts it is given.
    """

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def save(self, user_id: str, data: dict[str, Any]) -> None:
        """Store a customer's profile, replacing the previous one."""
        with self._engine.begin() as c:
            self._write(c, user_id, data)

    def update(self, user_id: str, parts: Mapping[str, Any]) -> None:
        """Replace some parts of a customer's profile and keep the others.

        A part given as None is removed. Read and write run in one transaction.
        """
        p = tables.profiles.c
        with self._engine.begin() as c:
            row = c.execute(select(p.data).where(p.user_id == user_id)).first()
            data = dict(row.data) if row else {}
            data.update(parts)
            data = {k: v for k, v in data.items() if v is not None}
            if row is None and not data:
                return
            self._write(c, user_id, data)

    def _write(self, c: Connection, user_id: str, data: dict[str, Any]) -> None:
        stmt = insert(self._engine, tables.profiles)
        stmt = stmt.on_conflict_do_update(
            index_elements=["user_id"],
            set_={"data": stmt.excluded.data, "updated_at": stmt.excluded.updated_at},
        )
        ensure_users(self._engine, c, [user_id])
        c.execute(stmt, [{"user_id": user_id, "data": data, "updated_at": now()}])

    def load(self, user_id: str) -> dict[str, Any] | None:
        """A customer's stored profile (every part), or None."""
        p = tables.profiles.c
        with self._engine.connect() as c:
            row = c.execute(select(p.data).where(p.user_id == user_id)).first()
        return dict(row.data) if row else None

    def delete(self, user_id: str) -> bool:
        """Forget a customer's profile (every part); True when there was one."""
        with self._engine.begin() as c:
            result = c.execute(delete(tables.profiles).where(tables.profiles.c.user_id == user_id))
        return bool(result.rowcount)
