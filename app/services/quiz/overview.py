"""The learner's quiz list: for every quiz open to them, where they stand with it.

One row per quiz says which of their classes it is opened to, how many questions it serves
(retired ones left out), the attempts used and left, the best score, when it opens and closes,
and whether an attempt is in progress, so that the list never offers "Start" on a quiz that
would refuse it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from ...extensions import db
from ...models import Attempt, Group, Membership, QuizGroup, User
from ...models.base import utcnow
from ...models.quizzes import Quiz
from . import attempt_state, taking


@dataclass(frozen=True)
class QuizStanding:
    """One quiz on the learner's list, with their attempts at it."""

    quiz: Quiz
    classes: list[str]
    questions: int
    used: int  # finished attempts
    best_correct: int | None  # the best finished attempt's score, None before any
    best_total: int
    open_attempt: Attempt | None

    @property
    def left(self) -> int | None:
        """Attempts left to start (None: unlimited); an attempt in progress is not counted."""
        if self.quiz.attempts_allowed is None:
            return None
        return max(0, self.quiz.attempts_allowed - self.used)

    @property
    def used_up(self) -> bool:
        """No attempt in progress and none left to start."""
        return self.open_attempt is None and self.left == 0

    @property
    def state(self) -> str:
        """ "in progress", "done" (at least one attempt finished) or "not started"."""
        if self.open_attempt is not None:
            return "in progress"
        return "done" if self.used else "not started"

    @property
    def best_score(self) -> float | None:
        """The best finished attempt's share correct, 0..1."""
        if self.best_correct is None:
            return None
        return self.best_correct / self.best_total if self.best_total else 0.0


def quiz_list(user: User, now: datetime | None = None) -> list[QuizStanding]:
    """The quizzes open to the user now, newest first, each with the user's standing."""
    now = now or utcnow()
    quizzes = taking.visible_quizzes(user)
    if not quizzes:
        return []
    ids = [q.id for q in quizzes]
    classes = _class_names(user, ids)
    finished = _finished(user, ids)
    sizes = _sizes(ids)
    out = []
    for quiz in quizzes:
        used, best_correct, best_total = finished.get(quiz.id, (0, None, 0))
        out.append(
            QuizStanding(
                quiz=quiz,
                classes=classes.get(quiz.id, []),
                questions=sizes.get(quiz.id, 0),
                used=used,
                best_correct=best_correct,
                best_total=best_total,
                open_attempt=taking.open_attempt(user, quiz),
            )
        )
    return [s for s in out if s.questions]


def _class_names(user: User, quiz_ids: list[int]) -> dict[int, list[str]]:
    """For each quiz, the names of the user's classes it is opened to."""
    query = (
        select(QuizGroup.quiz_id, Group.name)
        .join(Group, Group.id == QuizGroup.group_id)
        .join(Membership, Membership.group_id == Group.id)
        .where(Membership.user_id == user.id, QuizGroup.quiz_id.in_(quiz_ids))
        .order_by(Group.name)
    )
    names: dict[int, list[str]] = {}
    for quiz_id, name in db.session.execute(query):
        names.setdefault(quiz_id, []).append(name)
    return names


def _finished(user: User, quiz_ids: list[int]) -> dict[int, tuple[int, int | None, int]]:
    """For each quiz, the user's finished attempts: how many, and the best one's counts."""
    query = (
        select(Attempt.quiz_id, Attempt.correct, Attempt.total)
        .where(
            Attempt.user_id == user.id,
            Attempt.quiz_id.in_(quiz_ids),
            Attempt.finished_at.is_not(None),
        )
        .order_by(Attempt.id)
    )
    out: dict[int, tuple[int, int | None, int]] = {}
    for quiz_id, correct, total in db.session.execute(query):
        used, best, best_total = out.get(quiz_id, (0, None, 0))
        if best is None or (correct / (total or 1)) > (best / (best_total or 1)):
            best, best_total = correct, total
        out[quiz_id] = (used + 1, best, best_total)
    return out


def _sizes(quiz_ids: list[int]) -> dict[int, int]:
    """How many questions each quiz serves (retired ones left out)."""
    query = select(Quiz.id, attempt_state.served_size(Quiz.id)).where(Quiz.id.in_(quiz_ids))
    return {qid: int(n or 0) for qid, n in db.session.execute(query)}
