"""Rate limits kept in the database, so that every worker and app server shares the counts.

A key names what is limited and by whom ("login:account:ann@example.com"). Its `Rule` lets
`free` attempts in, then slows further ones down: the next attempt is let in only once a delay
has passed since the last one, and the delays grow (30 s, 1 min, 2 min, … up to their last).
Nothing refuses for longer than the last delay, so no one is locked out for good.

Counting is the check: one INSERT … ON CONFLICT DO UPDATE … WHERE <the rule lets it in>
RETURNING count, atomic on SQLite and PostgreSQL (PostgreSQL re-checks the WHERE on the locked
row). Of 80 attempts sent at once against 10 free ones, exactly 10 are let in. An attempt that is
refused is not counted, so a flood does not lengthen anyone's wait; one that turns out well can
be taken back (`release`).

Every key expires on its own (`expires_at`, per row, checked in the same statement): keys of
different rules never share a window, and a sweep now and then deletes expired rows by their
own expiry alone.

Why not Flask-Limiter: its storages (memory, Redis, Memcached, MongoDB) are not the database,
so it would add a server to every school's deployment and to CI, and its fixed and moving
windows refuse for a whole window; what is needed here (slow down rather than lock out,
count-then-check, take back a success) is this one statement.
"""

from __future__ import annotations

import random
import time
from dataclasses import dataclass

from sqlalchemy import case, delete, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import DBAPIError

from ...extensions import db
from ...models import RateLimit
from ..errors import ServiceError

PURGE_SHARE = 0.05  # about one attempt in twenty sweeps the expired keys away


class TooManyRequests(ServiceError):
    """Too many attempts for now; `retry_after` says when to try again (seconds)."""

    status = 429

    def __init__(self, message: str, retry_after: int) -> None:
        super().__init__(message)
        self.retry_after = retry_after


@dataclass(frozen=True)
class Rule:
    """`free` attempts, then one per delay (growing, the last repeats); forgotten `window`
    seconds after the last counted attempt (`sliding`) or after the first."""

    free: int
    delays: tuple[int, ...]
    window: int
    sliding: bool = True

    def delay(self, count: int) -> int:
        """Seconds to wait after the last attempt when `count` were counted."""
        if count < self.free:
            return 0
        return self.delays[min(count - self.free, len(self.delays) - 1)]


@dataclass(frozen=True)
class Verdict:
    """Whether the attempt was let in (and counted), and otherwise how long to wait."""

    allowed: bool
    count: int
    retry_after: int = 0


def now_seconds() -> int:
    """The clock the limits use (Unix seconds)."""
    return int(time.time())


def attempt(key: str, rule: Rule, now: int | None = None) -> Verdict:
    """Count one attempt of `key` if its rule lets it in now (one atomic statement)."""
    now = now_seconds() if now is None else now
    key = key[:200]
    row = RateLimit.__table__.c
    expired = row.expires_at <= now
    waited = row.last_at + case(
        *((row.count == rule.free + i, d) for i, d in enumerate(rule.delays)),
        else_=rule.delays[-1],
    )
    renewed = now + rule.window
    insert = pg_insert if db.engine.dialect.name == "postgresql" else sqlite_insert
    values = insert(RateLimit).values(key=key, count=1, last_at=now, expires_at=renewed)
    stmt = values.on_conflict_do_update(
        index_elements=["key"],
        set_={
            "count": case((expired, 1), else_=row.count + 1),
            "last_at": now,
            "expires_at": renewed
            if rule.sliding
            else case((expired, renewed), else_=row.expires_at),
        },
        where=expired | (row.count < rule.free) | (waited <= now),
    ).returning(row.count)
    counted = db.session.execute(stmt).scalar()
    db.session.commit()
    if random.random() < PURGE_SHARE:  # nosec B311 - how often to sweep, not a secret
        purge(now)
    if counted is not None:
        return Verdict(True, int(counted))
    found = db.session.execute(select(RateLimit.count, RateLimit.last_at).where(row.key == key))
    current = found.first()
    db.session.commit()
    if current is None:  # expired in between: the next attempt is free
        return Verdict(False, 0, 1)
    count, last_at = current
    return Verdict(False, int(count), max(1, int(last_at) + rule.delay(int(count)) - now))


def purge(now: int) -> None:
    """Delete the expired keys, in a transaction of its own; a clash with another worker's
    sweep (or a lock wait) just leaves them for the next one."""
    try:
        db.session.execute(delete(RateLimit).where(RateLimit.expires_at <= now))
        db.session.commit()
    except DBAPIError:
        db.session.rollback()


def release(key: str, forget: bool = False) -> None:
    """Take back one counted attempt of `key` (it went well); `forget` drops the key instead."""
    key = key[:200]
    if forget:
        db.session.execute(delete(RateLimit).where(RateLimit.key == key))
    else:
        db.session.execute(
            update(RateLimit)
            .where(RateLimit.key == key, RateLimit.count > 0)
            .values(count=RateLimit.count - 1)
        )
    db.session.commit()


def count(key: str, now: int | None = None) -> int:
    """Counted attempts of `key` that have not expired."""
    now = now_seconds() if now is None else now
    found = db.session.scalar(
        select(RateLimit.count).where(RateLimit.key == key[:200], RateLimit.expires_at > now)
    )
    return int(found or 0)


def wait_message(what: str, seconds: int) -> str:
    """ "Too many failed log-ins. Please wait 2 minutes and try again." """
    if seconds < 90:
        amount = f"{seconds} second{'s' if seconds != 1 else ''}"
    else:
        minutes = round(seconds / 60)
        amount = f"{minutes} minute{'s' if minutes != 1 else ''}"
    return f"Too many {what}. Please wait {amount} and try again."


def require(key: str, rule: Rule, what: str, now: int | None = None) -> Verdict:
    """`attempt`, raising TooManyRequests when the attempt is not let in."""
    verdict = attempt(key, rule, now)
    if not verdict.allowed:
        raise TooManyRequests(wait_message(what, verdict.retry_after), verdict.retry_after)
    return verdict
