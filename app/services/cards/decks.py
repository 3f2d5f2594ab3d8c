"""Flashcard decks: every quiz and every article a learner can see is a deck they may add or leave.

An article is visible to a learner when one of its questions is in a quiz open to them; its deck
holds the article's approved questions. A quiz's deck holds the quiz's questions.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import ColumnElement, and_, delete, false, func, or_, select
from sqlalchemy.exc import IntegrityError

from ...extensions import db
from ...models import DeckMembership, Document, Question, QuizQuestion, User
from ...models.cards import DECK_KINDS
from ..errors import NotFound
from ..quiz.taking import visible_quizzes
from . import held


@dataclass(frozen=True)
class Deck:
    """A quiz or an article seen as a deck of flashcards."""

    kind: str  # quiz or article
    ref_id: int
    title: str
    size: int

    @property
    def slug(self) -> str:
        """The deck's name in URLs: quiz-3, article-7."""
        return f"{self.kind}-{self.ref_id}"

    @property
    def key(self) -> tuple[str, int]:
        """(kind, ref_id), as deck memberships store it."""
        return self.kind, self.ref_id


def available(user: User) -> list[Deck]:
    """The decks the learner can see: their open quizzes, then the articles those quizzes use.

    A quiz that holds its questions back until an attempt is finished is no deck before that,
    and its questions are left out of its articles' decks (services/cards/held.py).
    """
    quizzes = visible_quizzes(user)
    hold = held.held_quiz_ids(user.id, [q.id for q in quizzes])
    out = [Deck("quiz", q.id, q.title, len(q.items)) for q in quizzes if q.id not in hold]
    if not quizzes:
        return out
    in_quizzes = (
        select(Question.document_id)
        .join(QuizQuestion, QuizQuestion.question_id == Question.id)
        .where(QuizQuestion.quiz_id.in_([q.id for q in quizzes]))
    )
    rows = db.session.execute(
        select(Document.id, Document.title, func.count(Question.id))
        .join(Question, Question.document_id == Document.id)
        .where(Document.id.in_(in_quizzes), article_questions(), held.studyable(user.id))
        .group_by(Document.id, Document.title)
        .order_by(Document.title, Document.id)
    )
    return out + [Deck("article", doc_id, title, size) for doc_id, title, size in rows]


def added_keys(user: User) -> set[tuple[str, int]]:
    """(kind, ref_id) of the decks the learner added, visible or not."""
    rows = db.session.execute(
        select(DeckMembership.kind, DeckMembership.ref_id).where(DeckMembership.user_id == user.id)
    )
    return {(kind, ref_id) for kind, ref_id in rows}


def added(user: User) -> list[Deck]:
    """The visible decks the learner added."""
    keys = added_keys(user)
    return [d for d in available(user) if d.key in keys]


def get(user: User, slug: str) -> Deck:
    """A deck the learner can see, by its slug, or NotFound."""
    kind, _, ref = slug.partition("-")
    if kind in DECK_KINDS and ref.isdigit():
        for deck in available(user):
            if deck.key == (kind, int(ref)):
                return deck
    raise NotFound("This deck does not exist or is not open to you.")


def add(user: User, deck: Deck) -> None:
    """Add the deck to the learner's study; adding twice is harmless."""
    if deck.key in added_keys(user):
        return
    db.session.add(DeckMembership(user_id=user.id, kind=deck.kind, ref_id=deck.ref_id))
    try:
        db.session.commit()
    except IntegrityError:  # added from another tab at the same moment
        db.session.rollback()


def leave(user: User, deck: Deck) -> None:
    """Stop studying the deck; the cards keep their history should the learner come back."""
    db.session.execute(
        delete(DeckMembership).where(
            DeckMembership.user_id == user.id,
            DeckMembership.kind == deck.kind,
            DeckMembership.ref_id == deck.ref_id,
        )
    )
    db.session.commit()


def live() -> ColumnElement[bool]:
    """Questions that can be studied: the current version, not retired."""
    return and_(Question.replaced_by_id.is_(None), Question.status != "retired")


def article_questions() -> ColumnElement[bool]:
    """Questions an article deck offers: approved current versions (drafts are not curated)."""
    return and_(Question.status == "approved", Question.replaced_by_id.is_(None))


def scope(decks: list[Deck]) -> ColumnElement[bool]:
    """A condition on Question: the question belongs to one of these decks."""
    quiz_ids = [d.ref_id for d in decks if d.kind == "quiz"]
    doc_ids = [d.ref_id for d in decks if d.kind == "article"]
    parts: list[ColumnElement[bool]] = []
    if quiz_ids:
        in_quiz = select(QuizQuestion.question_id).where(QuizQuestion.quiz_id.in_(quiz_ids))
        parts.append(Question.id.in_(in_quiz))
    if doc_ids:
        parts.append(and_(Question.document_id.in_(doc_ids), article_questions()))
    return or_(*parts) if parts else false()
