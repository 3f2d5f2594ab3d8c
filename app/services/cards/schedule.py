"""Scheduling through the `fsrs` package, and the learner's day in their own time zone.

Pure functions: no Flask, no database. The database stores naive UTC datetimes; `fsrs` wants
aware UTC ones, so every value crosses this module through `aware` and `naive`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from fsrs import Card as FsrsCard
from fsrs import Rating, Scheduler, State
from fsrs import ReviewLog as FsrsReviewLog

# Default FSRS parameters, 90 % desired retention, learning steps 1 and 10 minutes. Fuzzing is
# off so that the interval shown on a rating button is exactly the interval that rating gives.
SCHEDULER = Scheduler(enable_fuzzing=False)
RATINGS = (Rating.Again, Rating.Hard, Rating.Good, Rating.Easy)
NEW = "new"
LEARNING = ("learning", "relearning")
PHASES = {State.Learning: "learning", State.Review: "review", State.Relearning: "relearning"}
# Like Anki: when nothing else is left, a learning card due within this is shown early.
LEARN_AHEAD = timedelta(minutes=20)


@dataclass(frozen=True)
class Preview:
    """What one rating would do: its key, its name and the interval until the card is due."""

    rating: int
    label: str
    interval: str


def aware(value: datetime) -> datetime:
    """A naive UTC datetime (as stored) as an aware UTC one (as `fsrs` wants)."""
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def naive(value: datetime) -> datetime:
    """An aware datetime as naive UTC, the way the database stores it."""
    return value.astimezone(UTC).replace(tzinfo=None) if value.tzinfo else value


def new_state(card_id: int, now: datetime) -> str:
    """The JSON of a fresh `fsrs.Card` for a database card."""
    return dump(FsrsCard(card_id=card_id, due=aware(now)))


def load(state: str, card_id: int, now: datetime) -> FsrsCard:
    """The `fsrs.Card` stored as JSON (a fresh one for an empty state)."""
    data = json.loads(state or "{}")
    return FsrsCard.from_dict(data) if data else FsrsCard(card_id=card_id, due=aware(now))


def dump(card: FsrsCard) -> str:
    """The `fsrs.Card` as JSON (`Card.to_dict`)."""
    return json.dumps(card.to_dict(), sort_keys=True)


def review(
    card: FsrsCard, rating: int, now: datetime, duration_ms: int | None = None
) -> tuple[FsrsCard, FsrsReviewLog]:
    """Rate the card at `now` (naive or aware UTC); returns the new card and fsrs's log."""
    return SCHEDULER.review_card(card, Rating(rating), aware(now), duration_ms)


def phase_of(card: FsrsCard) -> str:
    """learning, review or relearning: the phase of a card that has been reviewed."""
    return PHASES[card.state]


def previews(card: FsrsCard, now: datetime) -> list[Preview]:
    """The interval each rating would give, so the learner sees it before choosing."""
    out = []
    for rating in RATINGS:
        after, _ = review(card, rating, now)
        out.append(Preview(int(rating), rating.name, humanize(after.due - aware(now))))
    return out


def humanize(delta: timedelta) -> str:
    """A short interval as people say it: 1 min, 10 min, 3 h, 4 d, 2.5 mo, 1.2 y."""
    minutes = max(1, round(delta.total_seconds() / 60))
    if minutes < 60:
        return f"{minutes} min"
    if minutes < 24 * 60:
        return f"{round(minutes / 60)} h"
    days = delta.total_seconds() / 86400
    if days < 30:
        return f"{round(days)} d"
    if days < 365:
        return f"{days / 30:.1f} mo".replace(".0 ", " ")
    return f"{days / 365:.1f} y".replace(".0 ", " ")


@cache
def time_zones() -> tuple[str, ...]:
    """Every IANA time zone name this system knows, sorted."""
    return tuple(sorted(available_timezones()))


def valid_zone(name: str) -> bool:
    """True for a time zone name zoneinfo can load."""
    return name in time_zones() or name == "UTC"


def zone(name: str) -> ZoneInfo:
    """The learner's time zone; an unknown name falls back to UTC."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def local_date(tz_name: str, when: datetime) -> date:
    """The calendar date in the learner's time zone at `when` (naive UTC)."""
    return aware(when).astimezone(zone(tz_name)).date()


def day_start(tz_name: str, day: date) -> datetime:
    """Local midnight at the start of `day`, as naive UTC (a day may last 23 or 25 hours)."""
    return naive(datetime.combine(day, time(0), tzinfo=zone(tz_name)))


def day_bounds(tz_name: str, now: datetime) -> tuple[datetime, datetime]:
    """The learner's today as [local midnight, next local midnight) in naive UTC."""
    today = local_date(tz_name, now)
    return day_start(tz_name, today), day_start(tz_name, today + timedelta(days=1))


def local_time(tz_name: str, when: datetime) -> datetime:
    """A stored (naive UTC) datetime in the learner's time zone."""
    return aware(when).astimezone(zone(tz_name))
