"""A quiz's responses sheet (Moodle's Responses report, Google Forms' answer sheet): one row
per analysed attempt, one column per question, each cell the option the learner chose.

An answer to an earlier version of a question counts in the column its lineage (document,
stable id) occupies now, as in the item analysis.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from ...extensions import db
from ...models import Attempt, Option, Question, Quiz, Response, User
from .reports import analysed_attempts


@dataclass(frozen=True)
class Cell:
    """What one learner answered to one question."""

    text: str
    correct: bool


@dataclass(frozen=True)
class SheetRow:
    """One attempt: who, when, the score and a cell per question (None: not answered)."""

    name: str
    email: str
    finished_at: datetime | None
    correct: int
    total: int
    cells: list[Cell | None]


@dataclass(frozen=True)
class Sheet:
    """The columns (the quiz's questions in order, with their keys) and the rows."""

    questions: list[Question]
    keys: list[str]
    rows: list[SheetRow]


def sheet(quiz: Quiz, which: str = "all", group_id: int | None = None) -> Sheet:
    """The responses of the quiz's analysed attempts (`which`, of one class with `group_id`)."""
    a = analysed_attempts(quiz, which, group_id)
    questions = [item.question for item in quiz.items]
    column = {(q.document_id, q.fingerprint): n for n, q in enumerate(questions)}
    keys = [next((o.text for o in q.options if o.correct), "") for q in questions]
    people = select(a.c.id, a.c.correct, a.c.total, User.name, User.email, Attempt.finished_at)
    people = (
        people.join(Attempt, Attempt.id == a.c.id)
        .join(User, User.id == a.c.user_id)
        .order_by(User.name, User.email, a.c.id)
    )
    answers = (
        select(
            Response.attempt_id,
            Question.document_id,
            Question.fingerprint,
            Option.text,
            Response.correct,
        )
        .join(Option, Option.id == Response.option_id)
        .join(Question, Question.id == Response.question_id)
        .where(Response.attempt_id.in_(select(a.c.id)))
    )
    given: dict[int, dict[int, Cell]] = {}
    for attempt_id, document_id, fingerprint, text, correct in db.session.execute(answers):
        n = column.get((document_id, fingerprint))
        if n is not None:
            given.setdefault(attempt_id, {})[n] = Cell(text, bool(correct))
    rows = [
        SheetRow(
            r.name or r.email.split("@")[0],
            r.email,
            r.finished_at,
            r.correct,
            r.total,
            [given.get(r.id, {}).get(n) for n in range(len(questions))],
        )
        for r in db.session.execute(people)
    ]
    return Sheet(questions, keys, rows)
