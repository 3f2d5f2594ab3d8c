"""Teachers build quizzes: by rules or by hand-picking, with settings, opened to classes."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import func, select

from questions.lint import contains

from ...extensions import db
from ...models import Attempt, Document, Group, Question, Quiz, QuizGroup, QuizQuestion, User
from ...models.quizzes import FEEDBACK
from ..accounts.classes import open_to
from ..errors import NotFound, ServiceError
from ..ownership import owned

MAX_ITEMS = 200


@dataclass
class Settings:
    """A quiz's settings as a teacher sets them."""

    title: str
    shuffle: bool = True
    feedback: str = "deferred"
    time_limit_minutes: int | None = None
    attempts_allowed: int | None = None
    opens_at: datetime | None = None
    closes_at: datetime | None = None
    is_open: bool = True
    cards_after_attempt: bool = True  # no flashcards of its questions before an attempt


@dataclass
class Rules:
    """Which approved questions a rule-built quiz draws from."""

    document_ids: list[int] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)
    min_difficulty: float = 0.0
    max_difficulty: float = 1.0
    count: int = 10
    seed: int | None = None


def _check(settings: Settings) -> None:
    if not settings.title.strip():
        raise ServiceError("Give the quiz a title.")
    if settings.feedback not in FEEDBACK:
        raise ServiceError("Feedback is either immediate or deferred.")
    if settings.time_limit_minutes is not None and not 1 <= settings.time_limit_minutes <= 600:
        raise ServiceError("The time limit is between 1 and 600 minutes.")
    if settings.attempts_allowed is not None and not 1 <= settings.attempts_allowed <= 100:
        raise ServiceError("Attempts allowed is between 1 and 100 (or empty for no limit).")
    if settings.opens_at and settings.closes_at and settings.closes_at <= settings.opens_at:
        raise ServiceError("The quiz must close after it opens.")


def _apply(quiz: Quiz, settings: Settings) -> None:
    quiz.title = " ".join(settings.title.split())[:200]
    quiz.shuffle = settings.shuffle
    quiz.feedback = settings.feedback
    quiz.time_limit = settings.time_limit_minutes * 60 if settings.time_limit_minutes else None
    quiz.attempts_allowed = settings.attempts_allowed
    quiz.opens_at = settings.opens_at
    quiz.closes_at = settings.closes_at
    quiz.is_open = settings.is_open
    quiz.cards_after_attempt = settings.cards_after_attempt


def settings_of(quiz: Quiz) -> Settings:
    """The quiz's settings, for a form."""
    return Settings(
        quiz.title,
        quiz.shuffle,
        quiz.feedback,
        quiz.time_limit // 60 if quiz.time_limit else None,
        quiz.attempts_allowed,
        quiz.opens_at,
        quiz.closes_at,
        quiz.is_open,
        quiz.cards_after_attempt,
    )


def _approved(teacher: User, ids: Sequence[int] | None = None) -> list[Question]:
    query = (
        select(Question)
        .join(Document, Document.id == Question.document_id)
        .where(
            Document.owner_id == teacher.id,
            Question.replaced_by_id.is_(None),
            Question.status == "approved",
        )
    )
    if ids is not None:
        query = query.where(Question.id.in_(list(ids)))
    return list(db.session.scalars(query.order_by(Question.document_id, Question.source_start)))


def matching(teacher: User, rules: Rules) -> list[Question]:
    """Approved questions the rules allow, in article order."""
    found = _approved(teacher)
    docs = set(rules.document_ids)
    kinds = set(rules.kinds)
    return [
        q
        for q in found
        if (not docs or q.document_id in docs)
        and (not kinds or q.kind in kinds)
        and rules.min_difficulty <= q.difficulty <= rules.max_difficulty
    ]


def draw(teacher: User, rules: Rules) -> list[Question]:
    """`count` questions drawn from those matching, spread over the kinds, in article order.

    No two come from one sentence and none states another's answer in its stem: one sentence
    gives several items, each of which gives the others away.
    """
    pool = matching(teacher, rules)
    if not pool:
        raise ServiceError("No approved question matches these rules; approve some first.")
    if not 1 <= rules.count <= MAX_ITEMS:
        raise ServiceError(f"A quiz has between 1 and {MAX_ITEMS} questions.")
    rng = random.Random(rules.seed)  # nosec B311 - which questions, not a secret
    by_kind: dict[str, list[Question]] = {}
    for q in pool:
        by_kind.setdefault(q.kind, []).append(q)
    for group in by_kind.values():
        rng.shuffle(group)
    chosen: list[Question] = []
    while len(chosen) < rules.count and any(by_kind.values()):  # round-robin: a balanced quiz
        for kind in sorted(by_kind):
            picked = _next_apart(by_kind[kind], chosen) if len(chosen) < rules.count else None
            if picked is not None:
                chosen.append(picked)
    return sorted(chosen, key=lambda q: (q.document_id, q.source_start))


def _next_apart(group: list[Question], chosen: list[Question]) -> Question | None:
    """The next question of the group from another sentence than the chosen, leaking nothing."""
    used = {(c.document_id, c.source_start) for c in chosen}
    while group:
        q = group.pop()
        if (q.document_id, q.source_start) not in used and not any(_leaks(q, c) for c in chosen):
            return q
    return None


def _leaks(a: Question, b: Question) -> bool:
    """True when either question's stem states the other's answer."""
    return contains(a.stem, b.answer, b.kind) or contains(b.stem, a.answer, a.kind)


def create(teacher: User, settings: Settings, picked: Sequence[Question]) -> Quiz:
    """A new quiz of the given questions."""
    _check(settings)
    if not picked:
        raise ServiceError("Choose at least one question.")
    if len(picked) > MAX_ITEMS:
        raise ServiceError(f"A quiz has at most {MAX_ITEMS} questions.")
    quiz = Quiz(owner_id=teacher.id, title=settings.title)
    _apply(quiz, settings)
    quiz.items = [QuizQuestion(question_id=q.id, position=i) for i, q in enumerate(picked)]
    db.session.add(quiz)
    db.session.commit()
    return quiz


def create_by_rules(teacher: User, settings: Settings, rules: Rules) -> Quiz:
    """A quiz drawn by rules."""
    _check(settings)
    return create(teacher, settings, draw(teacher, rules))


def create_by_pick(teacher: User, settings: Settings, ids: Sequence[int]) -> Quiz:
    """A quiz of hand-picked approved questions, in article order."""
    _check(settings)
    picked = _approved(teacher, ids)
    if len(picked) != len(set(ids)):
        raise ServiceError("Only your own approved questions can go into a quiz.")
    return create(teacher, settings, picked)


def update_settings(quiz: Quiz, settings: Settings) -> Quiz:
    """Change a quiz's settings."""
    _check(settings)
    _apply(quiz, settings)
    db.session.commit()
    return quiz


def remove_item(quiz: Quiz, question_id: int) -> None:
    """Take a question out of a quiz that nobody has attempted yet."""
    if attempts_count(quiz):
        raise ServiceError("Learners have attempted this quiz; its questions can no longer change.")
    if len(quiz.items) <= 1:
        raise ServiceError("A quiz needs at least one question.")
    quiz.items = [i for i in quiz.items if i.question_id != question_id]
    for n, item in enumerate(quiz.items):
        item.position = n
    db.session.commit()


def own_quizzes(teacher: User) -> list[Quiz]:
    """The teacher's quizzes, newest first."""
    query = select(Quiz).where(Quiz.owner_id == teacher.id)
    return list(db.session.scalars(query.order_by(Quiz.created_at.desc(), Quiz.id.desc())))


def own_quiz(teacher: User, quiz_id: int) -> Quiz:
    """One of the teacher's quizzes, or NotFound."""
    return owned(Quiz, quiz_id, teacher, lambda q: q.owner_id, "quiz")


def attempts_count(quiz: Quiz) -> int:
    """How many attempts learners have started."""
    return db.session.scalar(select(func.count(Attempt.id)).where(Attempt.quiz_id == quiz.id)) or 0


def own_groups(teacher: User, group_ids: Sequence[int]) -> list[Group]:
    """These classes of the teacher's, or NotFound if any is not one of them."""
    groups = list(
        db.session.scalars(
            select(Group).where(Group.owner_id == teacher.id, Group.id.in_(list(group_ids)))
        )
    )
    if len(groups) != len(set(group_ids)):
        raise NotFound("One of these classes does not exist.")
    return groups


def open_to_classes(teacher: User, quiz: Quiz, group_ids: Sequence[int]) -> list[Group]:
    """Open the quiz to exactly these classes of the teacher's."""
    groups = own_groups(teacher, group_ids)
    open_to(quiz, groups)
    return groups


def class_ids(quiz: Quiz) -> set[int]:
    """The classes the quiz is open to."""
    return set(db.session.scalars(select(QuizGroup.group_id).where(QuizGroup.quiz_id == quiz.id)))
