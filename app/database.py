"""Database engine settings per backend, applied when the app is built.

SQLite (the embedded default) is set up for concurrent use by several workers: write-ahead
logging so readers never wait for a writer, a busy timeout so a writer waits for the lock instead
of failing, and every transaction that may write started with BEGIN IMMEDIATE so that two
requests never both read and then deadlock on upgrading to a write lock. A GET or HEAD request
only reads, so its transaction begins deferred: it takes no lock, and pages are served while
answers are being saved. The few GETs that do write (an attempt closed because its time is up,
a flashcard shown for the first time, an API token's last use) call `write_lock()` first.
(The test suite turns all this off with SQLITE_BEGIN_IMMEDIATE: its fixtures keep a session
open beside the requests they send; the race tests build an app of their own with it on.) PostgreSQL connections are checked before use
(pool_pre_ping, see config.py), so a restarted database costs one failed check, not an error.
"""

from __future__ import annotations

import sqlite3
import time
from typing import TYPE_CHECKING, cast

from flask import Flask, g, has_request_context, request
from sqlalchemy import event
from sqlalchemy.engine import Connection, Engine

if TYPE_CHECKING:
    from flask_sqlalchemy import SQLAlchemy

BUSY_TIMEOUT_MS = 5000
WRITER_POLL_S = 0.0002  # how often a write transaction tries again to begin
READ_METHODS = ("GET", "HEAD", "OPTIONS")


def engine_options(url: str) -> dict[str, object]:
    """Pool settings: PostgreSQL connections are checked before use and time out quickly, so a
    restarted database costs a failed check and a 503, never a hung worker."""
    if url.startswith("postgresql"):
        return {"pool_pre_ping": True, "pool_recycle": 1800, "connect_args": {"connect_timeout": 3}}
    return {}  # a file on this machine: no connection to lose


def configure(app: Flask, db: SQLAlchemy) -> None:
    """Install the per-backend connection hooks on the app's engine, and a session teardown
    that cannot fail."""
    with app.app_context():
        engine = db.engine
    if engine.dialect.name == "sqlite":
        _sqlite(engine, immediate=app.config.get("SQLITE_BEGIN_IMMEDIATE", True))

    @app.teardown_appcontext
    def release_session(exc: BaseException | None) -> None:
        """End the request's session before Flask-SQLAlchemy's own teardown (teardowns run in
        reverse order), which would raise when the database killed the connection after the
        last query (PostgreSQL restarting): the response is already made, and must stand."""
        try:
            db.session.remove()
        except Exception:  # noqa: BLE001 - the connection is gone; the pool replaces it
            app.logger.info("session cleanup failed after the response", exc_info=True)
            db.session.registry.clear()


def _sqlite(engine: Engine, immediate: bool) -> None:
    @event.listens_for(engine, "connect")
    def on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
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
        def on_begin(connection: Connection) -> None:
            write = _may_write()
            # this engine is SQLite's: the driver connection is a sqlite3.Connection
            driver = cast(sqlite3.Connection, connection.connection.driver_connection)
            if write:
                begin_immediate(driver)
            else:
                driver.execute("BEGIN")
            connection.info["write"] = write


def begin_immediate(driver: sqlite3.Connection, timeout_ms: int = BUSY_TIMEOUT_MS) -> None:
    """BEGIN IMMEDIATE on a sqlite3 connection, waiting for another writer in short steps.

    SQLite's own busy handler sleeps 1, 2, 5, 10 ms and more between tries, so waiting for a
    write that holds the lock a third of a millisecond (an answer being saved) costs a
    millisecond or more, in which the worker serves nobody: under load that was a fifth of
    the workers' time. Here the busy handler is off while trying, and a try is repeated every
    WRITER_POLL_S until `timeout_ms` has passed; then the last error is raised (a 503).
    """
    deadline = time.monotonic() + timeout_ms / 1000
    driver.execute("PRAGMA busy_timeout=0")
    try:
        while True:
            try:
                driver.execute("BEGIN IMMEDIATE")
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) or time.monotonic() >= deadline:
                    raise
            time.sleep(WRITER_POLL_S)
    finally:
        driver.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")


def _may_write() -> bool:
    """True outside requests (commands, background jobs), for requests that change things, and
    once a reading request has called `write_lock()`."""
    if not has_request_context():
        return True
    return request.method not in READ_METHODS or bool(g.get("_write_lock"))


def write_lock(db: SQLAlchemy) -> None:
    """Before a GET request writes: make its next transaction a write transaction.

    On SQLite a GET reads in a deferred transaction, which could fail to upgrade to a write if
    another worker wrote meanwhile; this ends the read transaction (the caller must not have
    unsaved changes) so that the write begins IMMEDIATE and waits its turn. What the write
    depends on must be read again, or decided inside the write statement. Elsewhere (other
    requests, PostgreSQL, the test suite's plain SQLite) it changes nothing.
    """
    if not has_request_context() or request.method not in READ_METHODS or g.get("_write_lock"):
        return
    g._write_lock = True
    session = db.session()  # the request's session (the scoped proxy lacks in_transaction)
    if session.in_transaction() and session.connection().info.get("write") is False:
        session.commit()
