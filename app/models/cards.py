"""Flashcards: a learner's card per question with its scheduling state, and the review log."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ..extensions import db
from .base import utcnow


class Card(db.Model):  # type: ignore[name-defined,misc]
    """A learner's flashcard for one question; `state` holds the scheduler's JSON."""

    __tablename__ = "cards"
    __table_args__ = (UniqueConstraint("user_id", "question_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    question_id: Mapped[int] = mapped_column(ForeignKey("questions.id", ondelete="CASCADE"))
    state: Mapped[str] = mapped_column(Text, default="{}")
    due: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class ReviewLog(db.Model):  # type: ignore[name-defined,misc]
    """One rating of one card."""

    __tablename__ = "review_logs"

    id: Mapped[int] = mapped_column(primary_key=True)
    card_id: Mapped[int] = mapped_column(ForeignKey("cards.id", ondelete="CASCADE"))
    rating: Mapped[str] = mapped_column(String(8))
    reviewed_at: Mapped[datetime] = mapped_column(default=utcnow)
    state_before: Mapped[str] = mapped_column(Text, default="{}")
