"""SQLite's write transactions (app/database.py): BEGIN IMMEDIATE waits for another writer in
short steps, gives up with "database is locked" after its timeout, and leaves the connection's
busy timeout as it was."""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

import pytest

from app.database import BUSY_TIMEOUT_MS, begin_immediate


def connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    return conn


@pytest.fixture
def pair(tmp_path: Path) -> tuple[sqlite3.Connection, sqlite3.Connection]:
    first, second = connect(tmp_path / "w.db"), connect(tmp_path / "w.db")
    first.execute("CREATE TABLE t (n INTEGER)")
    return first, second


def test_a_writer_waits_for_the_other_and_begins_after_it(pair) -> None:  # type: ignore[no-untyped-def]
    holder, waiter = pair
    holder.execute("BEGIN IMMEDIATE")
    holder.execute("INSERT INTO t VALUES (1)")
    released = []

    def release() -> None:
        time.sleep(0.05)
        released.append(time.monotonic())
        holder.execute("COMMIT")

    thread = threading.Thread(target=release)
    thread.start()
    begin_immediate(waiter, timeout_ms=2000)
    began = time.monotonic()
    thread.join()
    waiter.execute("INSERT INTO t VALUES (2)")
    waiter.execute("COMMIT")
    assert [n for (n,) in waiter.execute("SELECT n FROM t ORDER BY n")] == [1, 2]
    assert released and began >= released[0]  # it began once the other had committed
    assert waiter.execute("PRAGMA busy_timeout").fetchone()[0] == BUSY_TIMEOUT_MS


def test_a_writer_gives_up_after_its_timeout(pair) -> None:  # type: ignore[no-untyped-def]
    holder, waiter = pair
    holder.execute("BEGIN IMMEDIATE")
    started = time.monotonic()
    with pytest.raises(sqlite3.OperationalError, match="locked"):
        begin_immediate(waiter, timeout_ms=100)
    assert 0.1 <= time.monotonic() - started < 4  # its own timeout, not the 5 s busy timeout
    assert waiter.execute("PRAGMA busy_timeout").fetchone()[0] == BUSY_TIMEOUT_MS
    assert not waiter.in_transaction
    holder.execute("ROLLBACK")
    begin_immediate(waiter)  # free again: at once
    assert waiter.in_transaction
    waiter.execute("ROLLBACK")


def test_other_errors_are_not_retried(tmp_path: Path) -> None:
    conn = connect(tmp_path / "x.db")
    conn.execute("BEGIN")
    started = time.monotonic()
    with pytest.raises(sqlite3.OperationalError, match="within a transaction"):
        begin_immediate(conn, timeout_ms=2000)
    assert time.monotonic() - started < 0.5
