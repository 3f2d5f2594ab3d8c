"""A quiz's results: attempts per learner, score distribution and item analysis, all in SQL.

Every figure is an aggregate query; Python only turns the sums into Moodle's statistics
(`moodle_stats.py`). Items are the quiz's slots: a response to an earlier version of a question
counts for the slot its lineage (document, stable id) now occupies.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Integer, and_, case, cast, func, select, true
from sqlalchemy.sql import Subquery

from ...extensions import db
from ...models import Attempt, Option, Question, Quiz, QuizQuestion, Response
from . import moodle_stats
from .attempts import LearnerRow, attempt_rows, in_class, learners, seconds_between
from .moodle_stats import ItemStats, OptionShare

WHICH = ("all", "first", "last")
__all__ = ["LearnerRow", "attempt_rows", "learners", "seconds_between"]  # used from here too


def analysed_attempts(quiz: Quiz, which: str = "all", group_id: int | None = None) -> Subquery:
    """The finished attempts the statistics use: all, or each learner's first or last; with
    `group_id`, those of the class's members only."""
    base = select(Attempt.id, Attempt.user_id, Attempt.correct, Attempt.total).where(
        Attempt.quiz_id == quiz.id, Attempt.finished_at.is_not(None), in_class(group_id)
    )
    if which in ("first", "last"):
        pick = func.min(Attempt.id) if which == "first" else func.max(Attempt.id)
        chosen = (
            select(pick)
            .where(Attempt.quiz_id == quiz.id, Attempt.finished_at.is_not(None))
            .group_by(Attempt.user_id)
        )
        base = base.where(Attempt.id.in_(chosen))
    return base.subquery("a")


def distribution(
    quiz: Quiz, which: str = "all", buckets: int = 10, group_id: int | None = None
) -> list[int]:
    """How many analysed attempts scored in each tenth of the marks (the last includes 100%)."""
    a = analysed_attempts(quiz, which, group_id)
    raw = case((a.c.total == 0, 0), else_=(a.c.correct * buckets) // a.c.total)
    bucket = case((raw >= buckets, buckets - 1), else_=raw)
    counts: dict[int, int] = dict(
        db.session.execute(select(bucket, func.count()).group_by(bucket)).all()
    )
    return [int(counts.get(i, 0)) for i in range(buckets)]


@dataclass(frozen=True)
class ItemRow:
    """One slot of the quiz with its statistics, option shares and flags."""

    position: int
    question: Question
    n: int
    stats: ItemStats  # (the field shadows the module in this class body: the types are imported)
    options: list[OptionShare]
    flags: list[str]


@dataclass(frozen=True)
class Analysis:
    """The item analysis of a quiz."""

    which: str
    attempts: int
    mean: float | None  # percent
    cic: float | None
    items: list[ItemRow]
    top_n: int


def _cells(quiz: Quiz, which: str, group_id: int | None) -> Subquery:
    """One row per analysed attempt and slot: x (0/1), the chosen option, T and X = T - x."""
    a = analysed_attempts(quiz, which, group_id)
    slot = (
        select(QuizQuestion.position, Question.document_id, Question.fingerprint)
        .join(Question, Question.id == QuizQuestion.question_id)
        .where(QuizQuestion.quiz_id == quiz.id)
        .subquery("s")
    )
    resp = (
        select(
            Response.attempt_id,
            Response.option_id,
            Question.document_id,
            Question.fingerprint,
            cast(Response.correct, Integer).label("x"),
        )
        .join(Question, Question.id == Response.question_id)
        .where(Response.attempt_id.in_(select(a.c.id)))
        .subquery("rs")
    )
    x = func.coalesce(resp.c.x, 0)
    joined = (
        select(
            a.c.id.label("attempt_id"),
            slot.c.position,
            resp.c.option_id,
            x.label("x"),
            func.sum(x).over(partition_by=a.c.id).label("t"),
        )
        .select_from(a)
        .join(slot, true())
        .outerjoin(
            resp,
            and_(
                resp.c.attempt_id == a.c.id,
                resp.c.document_id == slot.c.document_id,
                resp.c.fingerprint == slot.c.fingerprint,
            ),
        )
        .subquery("j")
    )
    rest = joined.c.t - joined.c.x
    return select(
        joined.c.attempt_id,
        joined.c.position,
        joined.c.option_id,
        joined.c.x,
        joined.c.t,
        rest.label("rest"),
        func.row_number().over(partition_by=joined.c.position, order_by=rest.desc()).label("rk"),
        func.sum(joined.c.x).over(partition_by=joined.c.position).label("k"),
    ).subquery("c")


def analysis(quiz: Quiz, which: str = "all", group_id: int | None = None) -> Analysis:
    """Moodle's item analysis for the quiz's analysed attempts (of one class's members)."""
    which = which if which in WHICH else "all"
    c = _cells(quiz, which, group_id)
    sums = select(
        c.c.position,
        func.count(),
        func.sum(c.c.x),
        func.sum(c.c.rest),
        func.sum(c.c.rest * c.c.rest),
        func.sum(c.c.x * c.c.rest),
        func.sum(case((c.c.rk <= c.c.k, c.c.rest), else_=0)),
    ).group_by(c.c.position)
    by_slot = {
        row[0]: moodle_stats.ItemSums(int(row[1]), *(float(v or 0) for v in row[2:]))
        for row in db.session.execute(sums)
    }
    a = analysed_attempts(quiz, which, group_id)
    n, sT, sTT, mean = db.session.execute(
        select(
            func.count(),
            func.sum(a.c.correct),
            func.sum(a.c.correct * a.c.correct),
            func.avg(case((a.c.total > 0, 100.0 * a.c.correct / a.c.total))),
        )
    ).one()
    shares, top_n = _option_shares(quiz, which, group_id)
    items = []
    for qq in quiz.items:
        s = by_slot.get(qq.position, moodle_stats.ItemSums(0, 0, 0, 0, 0, 0))
        st = moodle_stats.item_stats(s)
        options = shares.get(qq.position, [])
        known = {(o.text, o.correct) for o in options}
        options += [
            moodle_stats.OptionShare(o.text, o.correct, 0, 0)
            for o in qq.question.options
            if (o.text, o.correct) not in known
        ]
        options.sort(
            key=lambda o: next((op.position for op in qq.question.options if op.text == o.text), 99)
        )
        items.append(
            ItemRow(
                qq.position + 1,
                qq.question,
                s.n,
                st,
                options,
                moodle_stats.flags(st, s.n, options, top_n),
            )
        )
    cic = moodle_stats.internal_consistency(
        [i.stats.variance for i in items], int(n or 0), float(sT or 0), float(sTT or 0)
    )
    return Analysis(
        which, int(n or 0), float(mean) if mean is not None else None, cic, items, top_n
    )


def _option_shares(
    quiz: Quiz, which: str, group_id: int | None
) -> tuple[dict[int, list[moodle_stats.OptionShare]], int]:
    """Per slot and option text: attempts that chose it, and how many of the top third did."""
    c = _cells(quiz, which, group_id)
    per_attempt = (
        select(c.c.attempt_id, func.max(c.c.t).label("t")).group_by(c.c.attempt_id).subquery("pa")
    )
    tiers = select(
        per_attempt.c.attempt_id, func.ntile(3).over(order_by=per_attempt.c.t.desc()).label("tier")
    ).subquery("tiers")
    top = case((tiers.c.tier == 1, 1), else_=0)
    query = (
        select(c.c.position, Option.text, Option.correct, func.count(), func.sum(top))
        .join(Option, Option.id == c.c.option_id)
        .join(tiers, tiers.c.attempt_id == c.c.attempt_id)
        .group_by(c.c.position, Option.text, Option.correct)
    )
    out: dict[int, list[moodle_stats.OptionShare]] = {}
    for position, text, correct, chosen, chosen_top in db.session.execute(query):
        out.setdefault(position, []).append(
            moodle_stats.OptionShare(text, bool(correct), int(chosen), int(chosen_top or 0))
        )
    top_n = db.session.scalar(select(func.count()).select_from(tiers).where(tiers.c.tier == 1)) or 0
    return out, int(top_n)
