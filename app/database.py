"""Database engine settings per backend, applied when the app is built.

SQLite (the embedded default) is set up for concurrent use by several workers: write-ahead
logging so readers never wait for a writer, a busy timeout so a writer waits for the lock instead
of failing, and every transaction started with BEGIN IMMEDIATE so that two requests never both
read and then deadlock on upgrading to a write lock. (The test suite turns that off with
SQLITE_BEGIN_IMMEDIATE: its fixtures keep a session open beside the requests they send; the race
tests build an app of their own with it on.) PostgreSQL connections are checked before use
(pool_pre_ping, see config.py), so a restarted database costs one failed check, not an error.
"""

from __future__ import annotations

from typing import Any

from flask import Flask
from sqlalchemy import event
from sqlalchemy.engine import Engine

BUSY_TIMEOUT_MS = 5000


def engine_options(url: str) -> dict[str, object]:
    """Pool settings: PostgreSQL connections are checked before use and time out quickly, so a
    restarted database costs a failed check and a 503, never a hung worker."""
    if url.startswith("postgresql"):
        return {"pool_pre_ping": True, "pool_recycle": 1800, "connect_args": {"connect_timeout": 3}}
    return {"pool_pre_ping": True}


def configure(app: Flask, db: Any) -> None:
    """Install the per-backend connection hooks on the app's engine."""
    with app.app_context():
        engine: Engine = db.engine
    if engine.dialect.name == "sqlite":
        _sqlite(engine, immediate=app.config.get("SQLITE_BEGIN_IMMEDIATE", True))


def _sqlite(engine: Engine, immediate: bool) -> None:
    @event.listens_for(engine, "connect")
    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        if immediate:
            dbapi_connection.isolation_level = None  # we issue BEGIN ourselves (below)
        cursor = dbapi_connection.cursor()
        if engine.url.database not in (None, "", ":memory:"):
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")  # safe with WAL; a crash loses no commit
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.close()

    if immediate:

        @event.listens_for(engine, "begin")
        def on_begin(connection: Any) -> None:
            connection.exec_driver_sql("BEGIN IMMEDIATE")
