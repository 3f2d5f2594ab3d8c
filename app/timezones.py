"""The viewer's time zone, as their browser reports it.

`app.js` writes the browser's IANA zone (`Intl.DateTimeFormat().resolvedOptions().timeZone`)
into the `tz` cookie on every page, so the server shows times in the zone of the person reading
them and reads the times a teacher enters in that zone; everything is stored as naive UTC. Until
the cookie is there (the very first page, or a browser without script) times are in UTC, and say
so. The cookie is only a display preference: any value that is not a known zone is ignored.
"""

from __future__ import annotations

from datetime import UTC, datetime

from flask import has_request_context, request

from .services.cards.schedule import valid_zone, zone

COOKIE = "tz"


def viewer_zone() -> str:
    """The IANA name of the viewer's time zone, "UTC" when unknown."""
    if has_request_context():
        name = request.cookies.get(COOKIE, "")
        if name and len(name) <= 64 and valid_zone(name):
            return name
    return "UTC"


def local(value: datetime, tz_name: str | None = None) -> datetime:
    """A stored (naive UTC) time in the viewer's zone (aware)."""
    return value.replace(tzinfo=UTC).astimezone(zone(tz_name or viewer_zone()))


def to_utc(value: datetime, tz_name: str | None = None) -> datetime:
    """A wall-clock time entered in the viewer's zone, as naive UTC for storing."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=zone(tz_name or viewer_zone()))
    return value.astimezone(UTC).replace(tzinfo=None)


def describe(value: datetime | None) -> str:
    """'16 Jan 2026, 14:30 CET': a stored time as the viewer reads it."""
    if value is None:
        return "—"
    shown = local(value)
    name = shown.tzname() or "UTC"
    return f"{shown:%d %b %Y, %H:%M} {name}"
