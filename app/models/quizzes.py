"""Quizzes, their questions, attempts and responses (one per attempt and question)."""

from __future__ import annotations

from datetime import datetime
from typing import Protocol

from sqlalchemy import ForeignKey, Index, String, UniqueConstraint, text, true
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..extensions import Model
from .accounts import Group
from .bank import Option, Question
from .base import belongs_to, utcnow

FEEDBACK = ("immediate", "deferred")


def open_now(
    is_open: bool, opens_at: datetime | None, closes_at: datetime | None, now: datetime
) -> bool:
    """A quiz's availability: open, and inside its open/close window (`Quiz.available`, and
    the plain-SQL start of an attempt, `attempt_state.start`)."""
    if not is_open:
        return False
    if opens_at is not None and now < opens_at:
        return False
    return not (closes_at is not None and now >= closes_at)


class _Closed(Protocol):
    """What `Scored` reads: an attempt's closing time and its counts."""

    @property
    def finished_at(self) -> datetime | None: ...

    @property
    def correct(self) -> int: ...

    @property
    def total(self) -> int: ...


class Scored:
    """`finished` and `score` of an attempt, for the ORM row (`Attempt`) and the plain-row
    read model of the learner's pages (`attempt_page.PageAttempt`) alike."""

    @property
    def finished(self: _Closed) -> bool:
        """True once submitted (or closed by its time limit)."""
        return self.finished_at is not None

    @property
    def score(self: _Closed) -> float:
        """Share of questions answered correctly, 0..1."""
        return self.correct / self.total if self.total else 0.0


class Quiz(Model):
    """A set of questions with settings, opened to learners."""

    __tablename__ = "quizzes"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    shuffle: Mapped[bool] = mapped_column(default=True)
    feedback: Mapped[str] = mapped_column(String(16), default="deferred")
    time_limit: Mapped[int | None] = mapped_column(default=None)  # seconds; None = untimed
    attempts_allowed: Mapped[int | None] = mapped_column(default=None)  # None = unlimited
    opens_at: Mapped[datetime | None] = mapped_column(default=None)
    closes_at: Mapped[datetime | None] = mapped_column(default=None)
    is_open: Mapped[bool] = mapped_column(default=True)
    # Its questions stay out of a learner's flashcards (its deck, its articles' decks, quiz
    # mistakes) until that learner has finished an attempt: no answers before the quiz.
    cards_after_attempt: Mapped[bool] = mapped_column(default=True, server_default=true())
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    items: Mapped[list[QuizQuestion]] = relationship(
        back_populates="quiz", order_by="QuizQuestion.position", cascade="all, delete-orphan"
    )
    groups: Mapped[list[Group]] = relationship(secondary="quiz_groups")

    def available(self, now: datetime) -> bool:
        """Open, and inside its open/close window."""
        return open_now(self.is_open, self.opens_at, self.closes_at, now)


class QuizGroup(Model):
    """A quiz opened to a class."""

    __tablename__ = "quiz_groups"
    __table_args__ = (UniqueConstraint("quiz_id", "group_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    quiz_id: Mapped[int] = belongs_to("quizzes")
    group_id: Mapped[int] = belongs_to("groups")


class QuizQuestion(Model):
    """A question's place in a quiz."""

    __tablename__ = "quiz_questions"
    __table_args__ = (UniqueConstraint("quiz_id", "question_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    quiz_id: Mapped[int] = belongs_to("quizzes")
    question_id: Mapped[int] = mapped_column(ForeignKey("questions.id"))
    position: Mapped[int] = mapped_column(default=0)

    quiz: Mapped[Quiz] = relationship(back_populates="items")
    question: Mapped[Question] = relationship()


class Attempt(Scored, Model):
    """One learner's attempt at a quiz; finished attempts never change."""

    __tablename__ = "attempts"
    __table_args__ = (
        # At most one unfinished attempt per learner and quiz, even when two starts race.
        Index(
            "uq_attempts_open",
            "quiz_id",
            "user_id",
            unique=True,
            sqlite_where=text("finished_at IS NULL"),
            postgresql_where=text("finished_at IS NULL"),
        ),
        Index("ix_attempts_quiz_user", "quiz_id", "user_id"),  # results, "not attempted yet"
        Index("ix_attempts_user_finished", "user_id", "finished_at"),  # a learner's history
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    quiz_id: Mapped[int] = belongs_to("quizzes")
    user_id: Mapped[int] = belongs_to("users")
    seed: Mapped[int] = mapped_column(default=0)
    started_at: Mapped[datetime] = mapped_column(default=utcnow)
    deadline: Mapped[datetime | None] = mapped_column(default=None)
    finished_at: Mapped[datetime | None] = mapped_column(default=None)
    correct: Mapped[int] = mapped_column(default=0)
    total: Mapped[int] = mapped_column(default=0)

    quiz: Mapped[Quiz] = relationship()
    responses: Mapped[list[Response]] = relationship(
        back_populates="attempt", cascade="all, delete-orphan"
    )


class Response(Model):
    """The option a learner chose for one question of one attempt: one row per attempt and
    question however many saves race, since `answers.save` upserts on the unique pair."""

    __tablename__ = "responses"
    __table_args__ = (UniqueConstraint("attempt_id", "question_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    attempt_id: Mapped[int] = belongs_to("attempts")
    question_id: Mapped[int] = mapped_column(ForeignKey("questions.id"))
    option_id: Mapped[int] = mapped_column(ForeignKey("options.id"))
    correct: Mapped[bool] = mapped_column(default=False)
    answered_at: Mapped[datetime] = mapped_column(default=utcnow)

    attempt: Mapped[Attempt] = relationship(back_populates="responses")
    option: Mapped[Option] = relationship()
