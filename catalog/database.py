"""The SQL database every store shares: one engine per process, opened by `connect`.

The catalog store, the chat session and profile stores, the sign-in sessions and the experiment
log each keep their own tables in it and take the same `Engine`.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import ExceptionContext
from sqlalchemy.exc import OperationalError, SQLAlchemyError

from catalog import tables
from catalog.errors import CatalogError, StoreUnavailableError
from catalog.private import PRIVATE_DIR, private_file

logger = logging.getLogger(__name__)


def now() -> datetime:
    """The current time, timezone-aware (UTC), as stored in every table."""
    return datetime.now(UTC)


def insert(engine: Engine, table: Any) -> Any:
    """An INSERT for ``table`` that supports ON CONFLICT on this engine's dialect."""
    dialect = engine.dialect.name
    return postgresql.insert(table) if dialect == "postgresql" else sqlite.insert(table)


def ensure_users(engine: Engine, conn: Connection, user_ids: Iterable[str]) -> int:
    """Create the users that do not exist yet (pseudonymous ids, created now)."""
    created = now()
    rows = [
        {"id": uid, "created_at": created, "personalisation_opt_out": False} for uid in user_ids
    ]
    if not rows:
        return 0
    conn.execute(insert(engine, tables.users).on_conflict_do_nothing(index_elements=["id"]), rows)
    return len(rows)


def _sqlite_pragmas(lock_timeout_s: float) -> Callable[[Any, Any], None]:
    """Connect hook: WAL (readers never wait for the writer) and SQLite's own busy handler, which
    retries a locked write for up to ``lock_timeout_s`` before giving up."""

    def enable(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute(f"PRAGMA busy_timeout={round(lock_timeout_s * 1000)}")
        cursor.close()

    return enable


def _clear_errors(shown_url: str, lock_timeout_s: float) -> Callable[[ExceptionContext], None]:
    """Error hook: a locked or lost database becomes a `StoreUnavailableError` saying what to do,
    instead of a driver traceback. The transaction it interrupted is rolled back: nothing half
    written stays behind."""

    def translate(ctx: ExceptionContext) -> None:
        if ctx.is_pre_ping:  # the pool is testing a connection: it replaces a dead one itself
            return
        message = str(ctx.original_exception)
        if "database is locked" in message or "database is busy" in message:
            raise StoreUnavailableError(
                f"database {shown_url} stayed locked by another writer for {lock_timeout_s:g} s "
                "(an import, index build or training run in another process?). Nothing was "
                "written; try again when it has finished, or allow a longer wait with "
                "SHOPASSIST_DATABASE_LOCK_TIMEOUT_S."
            ) from ctx.original_exception
        if ctx.is_disconnect:
            raise StoreUnavailableError(
                f"lost the connection to database {shown_url}: {message.strip()}. Check that the "
                "server is running; the next request reconnects."
            ) from ctx.original_exception

    return translate


def connect(
    url: str, *, retries: int = 3, retry_wait_s: float = 1.0, lock_timeout_s: float = 10.0
) -> Engine:
    """An engine for ``url`` with every table created: SQLite in WAL mode with a bounded busy
    wait and private files, errors that say what to do, a bounded wait for a server to come up.

    Args:
        url: a SQLAlchemy URL, e.g. ``sqlite:///path/shop.db`` or
            ``postgresql+psycopg://user:pw@127.0.0.1/shop``.
        retries: attempts to reach the database before giving up.
        retry_wait_s: wait between attempts, doubled each time.
        lock_timeout_s: how long a SQLite write keeps retrying while another process holds the
            write lock before it fails with `StoreUnavailableError`.

    Raises:
        CatalogError: the URL cannot be used.
        StoreUnavailableError: the database stayed unreachable or locked.
    """
    if url.startswith("sqlite:///"):
        path = url.removeprefix("sqlite:///")
        if path and path != ":memory:":
            # a new folder for the store is private; an existing one is the user's choice
            Path(path).parent.mkdir(mode=PRIVATE_DIR, parents=True, exist_ok=True)
    try:
        # pre-ping: a connection dropped by a restarted server is replaced, not handed out
        engine = create_engine(url, future=True, pool_pre_ping=True)
    except (SQLAlchemyError, ImportError, ValueError) as e:
        raise CatalogError(
            f"database URL {url!r} cannot be used: {e}. Expected e.g. sqlite:///shop.db or "
            "postgresql+psycopg://user:password@host/db (pip install 'shopassist[postgres]')"
        ) from e
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas(lock_timeout_s))
    shown_url = engine.url.render_as_string(hide_password=True)
    event.listen(engine, "handle_error", _clear_errors(shown_url, lock_timeout_s))
    wait = retry_wait_s
    for attempt in range(1, retries + 1):
        try:
            tables.metadata.create_all(engine)
            if engine.dialect.name == "sqlite" and engine.url.database not in (
                None,
                "",
                ":memory:",
            ):
                database = Path(engine.url.database)
                for file in (
                    database,
                    *(database.with_name(database.name + s) for s in ("-wal", "-shm")),
                ):
                    private_file(file)
            return engine
        except (OperationalError, StoreUnavailableError) as e:
            reason = e.__cause__ if isinstance(e, StoreUnavailableError) else e.orig
            if attempt == retries:
                raise StoreUnavailableError(
                    f"database {shown_url} is unavailable after {retries} attempts: {reason}. "
                    "Check that the server is running and the URL (SHOPASSIST_DATABASE_URL) "
                    "is right."
                ) from e
            logger.warning("database not ready (%s); retrying in %.1fs", reason, wait)
            time.sleep(wait)
            wait *= 2
    raise AssertionError("unreachable")
