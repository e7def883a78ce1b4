"""Server-side sign-in sessions: the rows a session cookie points at.

A cookie carries a random token (signed); the store keeps only the token's SHA-256, the
principal it stands for and its expiry. Deleting a row revokes the cookie at once: sign-out,
`users forget`, or a staff account that is no longer configured. The table lives in the catalog
store's database (`catalog.tables.auth_sessions`), reached through the store's engine.
"""

from __future__ import annotations

import hashlib
import secrets
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, create_engine, delete, func, select
from sqlalchemy.pool import StaticPool

from catalog import tables

TOKEN_BYTES = 32


@dataclass(frozen=True)
class AuthSession:
    """One sign-in: who (role, staff name or customer id) and until when (Unix seconds)."""

    role: str
    name: str | None
    user_id: str | None
    expires_at: float


def _key(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8", "surrogatepass")).hexdigest()


class AuthSessionStore:
    """Create, look up and revoke sign-in sessions in a SQL database.

    Args:
        engine: the catalog store's engine (`CatalogStore.engine`); the table is created if
            missing.
        clock: Unix time (tests pass a fake one).
    """

    def __init__(self, engine: Engine, *, clock: Callable[[], float] = time.time) -> None:
        self._engine = engine
        self._clock = clock
        # an in-memory SQLite database is one shared connection: take turns on it
        memory = engine.dialect.name == "sqlite" and engine.url.database in (None, "", ":memory:")
        self._lock = threading.Lock() if memory else None
        tables.auth_sessions.create(engine, checkfirst=True)

    @classmethod
    def in_memory(cls, *, clock: Callable[[], float] = time.time) -> AuthSessionStore:
        """A store in a private in-memory SQLite database (tests, scripts); gone on exit."""
        engine = create_engine(
            "sqlite://", connect_args={"check_same_thread": False}, poolclass=StaticPool
        )
        return cls(engine, clock=clock)

    @contextmanager
    def _begin(self) -> Iterator[Connection]:
        with self._lock or nullcontext(), self._engine.begin() as c:
            yield c

    def create(self, *, role: str, name: str | None, user_id: str | None, seconds: float) -> str:
        """Open a session valid for ``seconds``; returns its token (to put in the cookie).

        Expired rows are removed on the way, so the table only holds live sessions.
        """
        token = secrets.token_urlsafe(TOKEN_BYTES)
        now = self._clock()
        with self._begin() as c:
            c.execute(delete(tables.auth_sessions).where(tables.auth_sessions.c.expires_at < now))
            c.execute(
                tables.auth_sessions.insert().values(
                    id=_key(token),
                    role=role,
                    name=name,
                    user_id=user_id,
                    created_at=now,
                    expires_at=now + seconds,
                )
            )
        return token

    def get(self, token: str) -> AuthSession | None:
        """The live session of ``token``; None when unknown, revoked or expired."""
        t = tables.auth_sessions
        with self._begin() as c:
            row = c.execute(select(t).where(t.c.id == _key(token))).first()
        if row is None or row.expires_at <= self._clock():
            return None
        return AuthSession(
            role=row.role, name=row.name, user_id=row.user_id, expires_at=row.expires_at
        )

    def count(self) -> int:
        """How many sessions are stored (live or not yet purged)."""
        with self._begin() as c:
            return int(
                c.execute(select(func.count()).select_from(tables.auth_sessions)).scalar_one()
            )

    def revoke(self, token: str) -> bool:
        """Delete the session of ``token``; True when there was one."""
        with self._begin() as c:
            result = c.execute(
                delete(tables.auth_sessions).where(tables.auth_sessions.c.id == _key(token))
            )
        return bool(result.rowcount)

    def revoke_user(self, user_id: str) -> int:
        """Delete every session of customer ``user_id``; returns how many there were."""
        with self._begin() as c:
            result = c.execute(
                delete(tables.auth_sessions).where(tables.auth_sessions.c.user_id == user_id)
            )
        return result.rowcount or 0

    def revoke_staff(self, name: str) -> int:
        """Delete every session of staff account ``name``; returns how many there were."""
        t = tables.auth_sessions
        with self._begin() as c:
            result = c.execute(delete(t).where(t.c.name == name, t.c.user_id.is_(None)))
        return result.rowcount or 0
