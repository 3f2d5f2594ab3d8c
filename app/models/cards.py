"""Flashcards: a learner's card per question with its FSRS state, the review log, decks, settings."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, String, Text, UniqueConstraint, false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..extensions import Model
from .bank import Question
from .base import belongs_to, utcnow

PHASES = ("new", "learning", "review", "relearning")
DECK_KINDS = ("quiz", "article")
MODES = ("recall", "choice")


class Card(Model):
    """A learner's flashcard for one question; `state` holds the `fsrs.Card` as JSON ("{}"
    for a card never reviewed, which `services.cards.schedule.load` reads as a fresh card due at
    once: a wrong quiz answer inserts its card that way, in SQL).

    `reps` counts the reviews applied: a rating names the count it was given at, and a
    conditional UPDATE on it makes two racing ratings of the same card apply once.
    `phase` and `due` mirror the JSON so the queue can be found in SQL.
    """

    __tablename__ = "cards"
    __table_args__ = (UniqueConstraint("user_id", "question_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = belongs_to("users")
    question_id: Mapped[int] = belongs_to("questions")
    state: Mapped[str] = mapped_column(Text, default="{}")
    due: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    reps: Mapped[int] = mapped_column(default=0, server_default="0")
    phase: Mapped[str] = mapped_column(String(12), default="new", server_default="new")
    # Queued by a wrong answer in a quiz: due at once, whatever decks the learner studies.
    from_quiz: Mapped[bool] = mapped_column(default=False, server_default=false())

    question: Mapped[Question] = relationship()


class ReviewLog(Model):
    """One rating of one card, with what the card was before it (so it can be undone).

    `seq` is the card's review count after this rating; (card_id, seq) is unique, so one
    rating per card state is ever stored.
    """

    __tablename__ = "review_logs"
    __table_args__ = (
        UniqueConstraint("card_id", "seq"),
        Index("ix_review_logs_card_id_reviewed_at", "card_id", "reviewed_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    card_id: Mapped[int] = belongs_to("cards")
    rating: Mapped[str] = mapped_column(String(8))  # Again, Hard, Good, Easy
    reviewed_at: Mapped[datetime] = mapped_column(default=utcnow)
    state_before: Mapped[str] = mapped_column(Text, default="{}")
    seq: Mapped[int] = mapped_column(default=1, server_default="1")
    phase: Mapped[str] = mapped_column(String(12), default="new", server_default="new")
    due_before: Mapped[datetime | None] = mapped_column(default=None)
    duration_ms: Mapped[int | None] = mapped_column(default=None)

    card: Mapped[Card] = relationship()


class DeckMembership(Model):
    """A deck (a quiz or an article the learner can see) that the learner studies."""

    __tablename__ = "deck_memberships"
    __table_args__ = (UniqueConstraint("user_id", "kind", "ref_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = belongs_to("users")
    kind: Mapped[str] = mapped_column(String(8))  # quiz or article
    ref_id: Mapped[int] = mapped_column()  # the quiz's or the document's id
    added_at: Mapped[datetime] = mapped_column(default=utcnow)


class StudySettings(Model):
    """A learner's flashcard preferences: time zone, daily limits, study mode."""

    __tablename__ = "study_settings"

    user_id: Mapped[int] = belongs_to("users", primary_key=True)
    time_zone: Mapped[str] = mapped_column(String(64), default="UTC")
    new_per_day: Mapped[int] = mapped_column(default=20)
    reviews_per_day: Mapped[int] = mapped_column(default=200)
    mode: Mapped[str] = mapped_column(String(8), default="recall")
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
