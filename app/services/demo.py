"""The demo: the sample article, its approved questions, a demo quiz and a teacher account."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from ..extensions import db
from ..models import Document, Group, Question, Quiz, QuizQuestion, User
from .accounts.classes import create_class, open_to
from .accounts.users import create_user, find_user
from .bank.importer import ImportReport, generate_for, import_bank

DEMO_TEACHER = "teacher@factdeck.example"
DEMO_QUIZ = "Deir ez-Zor offensive (2016): demo quiz"
DEMO_CLASS = "Demo class"
# The demo class's join code, printed in the README's quick start so that a first learner can
# join without reading `flask demo`'s output (letters of the join-code alphabet only).
DEMO_CODE = "FACTDECK"
QUIZ_SIZE = 12


@dataclass
class DemoResult:
    """What `flask demo` did; `password` is set only when the teacher was created now."""

    teacher: str
    password: str | None
    report: ImportReport
    quiz_created: bool
    join_code: str


def load_demo(article: Path) -> DemoResult:
    """Load the demo; running it again adds nothing twice and changes nothing learners did."""
    password = None
    teacher = find_user(DEMO_TEACHER)
    if teacher is None:
        password = secrets.token_urlsafe(12)
        teacher = create_user(DEMO_TEACHER, password, role="teacher", name="Demo teacher")
    text = article.read_text(encoding="utf-8")
    data = generate_for(text, article.name)
    texts = {d["sha256"]: text for d in data["documents"]}
    report = import_bank(data, texts, owner_id=teacher.id, status="approved")
    doc = db.session.scalar(
        select(Document).where(Document.sha256 == data["documents"][0]["sha256"])
    )
    assert doc is not None
    created = _demo_quiz(doc, teacher.id)
    group = _demo_class(teacher)
    return DemoResult(DEMO_TEACHER, password, report, created, group.join_code)


def _demo_class(teacher: User) -> Group:
    """The demo class, with the demo quiz opened to it."""
    group = db.session.scalar(
        select(Group).where(Group.owner_id == teacher.id, Group.name == DEMO_CLASS)
    )
    if group is None:
        taken = db.session.scalar(select(Group.id).where(Group.join_code == DEMO_CODE))
        if taken is None:
            group = Group(name=DEMO_CLASS, owner_id=teacher.id, join_code=DEMO_CODE)
            db.session.add(group)
            db.session.commit()
        else:  # a class of someone else's already has it: the demo gets a random code
            group = create_class(teacher, DEMO_CLASS)
    quiz = db.session.scalars(select(Quiz).where(Quiz.title == DEMO_QUIZ)).first()
    if quiz is not None and group not in quiz.groups:
        open_to(quiz, [*quiz.groups, group])
    return group


def _demo_quiz(doc: Document, owner_id: int) -> bool:
    """Create the demo quiz once: a mix of kinds, spread over the article."""
    if db.session.scalar(select(Quiz.id).where(Quiz.title == DEMO_QUIZ)) is not None:
        return False
    pool = list(
        db.session.scalars(
            select(Question)
            .where(Question.document_id == doc.id, Question.status == "approved")
            .order_by(Question.source_start, Question.id)
        )
    )
    chosen = _spread(pool, QUIZ_SIZE)
    quiz = Quiz(title=DEMO_QUIZ, owner_id=owner_id, shuffle=True, feedback="deferred")
    quiz.items = [QuizQuestion(question_id=q.id, position=i) for i, q in enumerate(chosen)]
    db.session.add(quiz)
    db.session.commit()
    return True


def _spread(pool: list[Question], size: int) -> list[Question]:
    """Take questions kind by kind in turn, skipping any whose answer another chosen stem states."""
    by_kind: dict[str, list[Question]] = {}
    for q in pool:
        by_kind.setdefault(q.kind, []).append(q)
    chosen: list[Question] = []
    while len(chosen) < size and any(by_kind.values()):
        for kind in sorted(by_kind):
            if by_kind[kind] and len(chosen) < size:
                q = by_kind[kind].pop(0)
                if not any(_leaks(q, c) for c in chosen):
                    chosen.append(q)
    return chosen


def _leaks(a: Question, b: Question) -> bool:
    from questions.lint import contains

    return contains(a.stem, b.answer, b.kind) or contains(b.stem, a.answer, a.kind)
