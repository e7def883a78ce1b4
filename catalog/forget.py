"""Deleting a customer from every table of the database, in one transaction."""

from __future__ import annotations

from sqlalchemy import Column, Engine, Table, delete

from catalog import tables

USER_COLUMNS: tuple[tuple[str, Table, Column], ...] = (
    ("events", tables.events, tables.events.c.user_id),
    ("profiles", tables.profiles, tables.profiles.c.user_id),
    ("sessions", tables.sessions, tables.sessions.c.user_id),
    ("experiment_exposures", tables.experiment_exposures, tables.experiment_exposures.c.user_id),
    ("experiment_outcomes", tables.experiment_outcomes, tables.experiment_outcomes.c.user_id),
    ("auth_sessions", tables.auth_sessions, tables.auth_sessions.c.user_id),
    ("users", tables.users, tables.users.c.id),
)
"""Every table that names a customer, and the column that does (the user row goes last). A new
table that holds customer ids belongs here, or `users forget` leaves it behind."""


def forget_user_rows(engine: Engine, user_id: str) -> dict[str, int]:
    """Delete everything the database holds about a customer; rows deleted per table.

    Events, dialogue profile, chat sessions, sign-in sessions (their cookies stop working),
    experiment exposures and outcomes and the user row go. On SQLite the deleted bytes are
    overwritten (``secure_delete``) and the write-ahead log is checkpointed and truncated, so no
    copy stays in the database files.
    """
    sqlite = engine.dialect.name == "sqlite"
    counts: dict[str, int] = {}
    with engine.begin() as c:
        if sqlite:
            c.exec_driver_sql("PRAGMA secure_delete = ON")
        for name, table, column in USER_COLUMNS:
            counts[name] = c.execute(delete(table).where(column == user_id)).rowcount or 0
    if sqlite:
        with engine.connect() as c:
            c.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    return counts
