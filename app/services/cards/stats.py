"""Flashcard statistics: what is due today and in the next 7 days, reviews per day, retention.

Days are the learner's local days. Dates are grouped in Python rather than in SQL, because time
zone functions differ between SQLite and PostgreSQL and one learner's rows are few.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import func, or_, select

from ...extensions import db
from ...models import Card, Question, ReviewLog, User
from ...models.base import utcnow
from . import decks
from . import schedule as sched
from .reviews import settings_for

AHEAD_DAYS = 7
HISTORY_DAYS = 30
RECALLED = ("Good", "Easy")


@dataclass(frozen=True)
class Bar:
    """One bar of a chart, in SVG user units."""

    label: str
    value: int
    x: float
    y: float
    width: float
    height: float
    show_label: bool


@dataclass(frozen=True)
class Chart:
    """A bar chart drawn as inline SVG by the template; the same numbers go into a table."""

    title: str
    bars: list[Bar]
    width: int
    height: int
    baseline: float
    peak: int


@dataclass(frozen=True)
class Stats:
    """The numbers of the stats page."""

    due_today: int
    due_next_week: int
    due_by_day: list[tuple[date, int]]
    reviews_by_day: list[tuple[date, int]]
    reviews_total: int
    due_reviews: int  # ratings of cards that were due for review (the retention's base)
    retention: float | None  # share of Good and Easy among those
    cards: int
    time_zone: str
    due_chart: Chart
    reviews_chart: Chart


def stats(user: User, now: datetime | None = None) -> Stats:
    """The learner's stats at `now`, in their time zone."""
    now = now or utcnow()
    tz = settings_for(user).time_zone
    today = sched.local_date(tz, now)
    due_by_day = _due_by_day(user, tz, today)
    reviews_by_day, recalled, due_reviews = _history(user, tz, today)
    cards = db.session.scalar(
        select(func.count(Card.id)).where(Card.user_id == user.id, Card.reps > 0)
    )
    return Stats(
        due_today=due_by_day[0][1],
        due_next_week=sum(n for _, n in due_by_day[1:]),
        due_by_day=due_by_day,
        reviews_by_day=reviews_by_day,
        reviews_total=sum(n for _, n in reviews_by_day),
        due_reviews=due_reviews,
        retention=recalled / due_reviews if due_reviews else None,
        cards=cards or 0,
        time_zone=tz,
        due_chart=chart(
            "Cards due per day", [(_short(d, today), n) for d, n in due_by_day], every=1
        ),
        reviews_chart=chart(
            "Reviews per day", [(_short(d, today), n) for d, n in reviews_by_day], every=5
        ),
    )


def _due_by_day(user: User, tz: str, today: date) -> list[tuple[date, int]]:
    """Cards due on each local day from today (overdue ones count today) to 7 days ahead."""
    horizon = sched.day_start(tz, today + timedelta(days=AHEAD_DAYS + 1))
    query = (
        select(Card.due)
        .join(Question, Question.id == Card.question_id)
        .where(Card.user_id == user.id, decks.live(), Card.due < horizon)
        .where(or_(Card.phase != sched.NEW, Card.from_quiz))
    )
    days = Counter(max(today, sched.local_date(tz, due)) for due in db.session.scalars(query))
    return [
        (today + timedelta(days=i), days[today + timedelta(days=i)]) for i in range(AHEAD_DAYS + 1)
    ]


def _history(user: User, tz: str, today: date) -> tuple[list[tuple[date, int]], int, int]:
    """Ratings per local day over the last 30 days, and recalled / due-review counts for retention."""
    first = today - timedelta(days=HISTORY_DAYS - 1)
    query = (
        select(ReviewLog.reviewed_at, ReviewLog.rating, ReviewLog.phase)
        .join(Card, Card.id == ReviewLog.card_id)
        .where(Card.user_id == user.id, ReviewLog.reviewed_at >= sched.day_start(tz, first))
    )
    per_day: Counter[date] = Counter()
    recalled = due_reviews = 0
    for reviewed_at, rating, phase in db.session.execute(query):
        per_day[sched.local_date(tz, reviewed_at)] += 1
        if phase == "review":
            due_reviews += 1
            recalled += rating in RECALLED
    days = [first + timedelta(days=i) for i in range(HISTORY_DAYS)]
    return [(d, per_day[d]) for d in days], recalled, due_reviews


def _short(day: date, today: date) -> str:
    return "Today" if day == today else day.strftime("%a %d").replace(" 0", " ")


def chart(
    title: str, points: list[tuple[str, int]], every: int = 1, width: int = 640, height: int = 200
) -> Chart:
    """Bars scaled to the largest value; every `every`-th label is printed under its bar."""
    top, bottom, side = 22.0, 28.0, 24.0  # room for values above and labels below and aside
    peak = max([n for _, n in points] + [1])
    slot = (width - 2 * side) / max(1, len(points))
    usable = height - top - bottom
    bars = []
    for i, (label, value) in enumerate(points):
        h = usable * value / peak
        shown = i % every == 0 or i == len(points) - 1
        bars.append(
            Bar(label, value, side + i * slot + slot * 0.15, top + usable - h, slot * 0.7, h, shown)
        )
    return Chart(title, bars, width, height, top + usable, peak)


@dataclass(frozen=True)
class Today:
    """The end-of-session summary: the ratings given today (the learner's local day)."""

    reviewed: int
    ratings: dict[str, int]  # Again, Hard, Good, Easy -> how many
    recalled: int  # Good and Easy

    @property
    def share(self) -> float:
        """Share of the ratings that were Good or Easy, 0..1."""
        return self.recalled / self.reviewed if self.reviewed else 0.0


def today(user: User, now: datetime | None = None) -> Today:
    """The ratings the learner gave today, in their time zone."""
    now = now or utcnow()
    start, end = sched.day_bounds(settings_for(user).time_zone, now)
    query = (
        select(ReviewLog.rating, func.count())
        .join(Card, Card.id == ReviewLog.card_id)
        .where(Card.user_id == user.id, ReviewLog.reviewed_at >= start, ReviewLog.reviewed_at < end)
        .group_by(ReviewLog.rating)
    )
    counts = {name: int(n) for name, n in db.session.execute(query)}
    ratings = {name: counts.get(name, 0) for name in ("Again", "Hard", "Good", "Easy")}
    total = sum(ratings.values())
    return Today(total, ratings, ratings["Good"] + ratings["Easy"])
