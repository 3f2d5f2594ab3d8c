"""Column helpers shared by the models."""

from __future__ import annotations

from datetime import UTC, datetime


def utcnow() -> datetime:
    """The current time in UTC, without tzinfo (stored as naive UTC on every backend)."""
    return datetime.now(UTC).replace(tzinfo=None)
