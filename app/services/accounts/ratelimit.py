"""Rate limits kept in the database, so that every worker and app server shares the counts.

A fixed window per key: `key` names what is limited and by whom ("login-fail:ip:10.0.0.7").
Counting is one INSERT … ON CONFLICT DO UPDATE, atomic on SQLite and PostgreSQL.
"""

from __future__ import annotations

import time

from sqlalchemy import delete, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from ...extensions import db
from ...models import RateLimitHit
from ..errors import ServiceError


class TooManyRequests(ServiceError):
    """Too many attempts in the window; `retry_after` says when to try again (seconds)."""

    status = 429

    def __init__(self, message: str, retry_after: int) -> None:
        super().__init__(message)
        self.retry_after = retry_after


def _window(seconds: int, now: float | None = None) -> tuple[int, int]:
    t = int(now if now is not None else time.time())
    return t // seconds, seconds - t % seconds


def count(key: str, seconds: int, now: float | None = None) -> int:
    """Hits of `key` in the current window."""
    window, _ = _window(seconds, now)
    found = db.session.scalar(
        select(RateLimitHit.count).where(RateLimitHit.key == key, RateLimitHit.window == window)
    )
    return int(found or 0)


def hit(key: str, seconds: int, now: float | None = None) -> int:
    """Count one hit of `key` (in its own short transaction); returns the window's count."""
    window, _ = _window(seconds, now)
    insert = pg_insert if db.engine.dialect.name == "postgresql" else sqlite_insert
    stmt = insert(RateLimitHit).values(key=key[:200], window=window, count=1)
    stmt = stmt.on_conflict_do_update(
        index_elements=["key", "window"], set_={"count": RateLimitHit.count + 1}
    )
    db.session.execute(stmt)
    db.session.execute(delete(RateLimitHit).where(RateLimitHit.window < window - 1))
    db.session.commit()
    return count(key, seconds, now)


def check(keys: list[str], limit: int, seconds: int, what: str, now: float | None = None) -> None:
    """TooManyRequests when any key has reached `limit` in its window."""
    for key in keys:
        if count(key, seconds, now) >= limit:
            _, left = _window(seconds, now)
            minutes = max(1, round(left / 60))
            raise TooManyRequests(
                f"Too many {what}. Please wait {minutes} minute{'s' if minutes != 1 else ''} "
                "and try again.",
                left,
            )
