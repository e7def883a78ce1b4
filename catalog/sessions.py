"""Chat sessions: each conversation's dialogue state (JSON), keyed by its session id."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, delete, select

from catalog import tables
from catalog.database import insert, now
from catalog.errors import CatalogError


class SessionStore:
    """The ``sessions`` table, over the engine the catalog store opened."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def save(self, session_id: str, user_id: str | None, state: dict[str, Any]) -> None:
        """Store a chat session's state, replacing the previous one."""
        stmt = insert(self._engine, tables.sessions)
        stmt = stmt.on_conflict_do_update(
            index_elements=["id"],
            set_={
                "state": stmt.excluded.state,
                "updated_at": stmt.excluded.updated_at,
                "user_id": stmt.excluded.user_id,
            },
        )
        row = {"id": session_id, "user_id": user_id, "state": state, "updated_at": now()}
        with self._engine.begin() as c:
            c.execute(stmt, [row])

    def load(self, session_id: str) -> tuple[str | None, dict[str, Any]] | None:
        """(user_id, state) of a session, or None when unknown."""
        s = tables.sessions.c
        with self._engine.connect() as c:
            row = c.execute(select(s.user_id, s.state).where(s.id == session_id)).first()
        return (row.user_id, dict(row.state)) if row else None

    def delete(self, *, session_id: str | None = None, user_id: str | None = None) -> int:
        """Delete one session, or every session of a user; returns how many went."""
        stmt = delete(tables.sessions)
        if session_id is not None:
            stmt = stmt.where(tables.sessions.c.id == session_id)
        elif user_id is not None:
            stmt = stmt.where(tables.sessions.c.user_id == user_id)
        else:
            raise CatalogError("delete sessions: expected session_id or user_id, got neither")
        with self._engine.begin() as c:
            return c.execute(stmt).rowcount or 0
