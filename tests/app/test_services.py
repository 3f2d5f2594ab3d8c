"""Quiz and bank services without HTTP."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from app.extensions import db as database
from app.models import Question
from app.services.errors import Conflict, Forbidden, NotFound
from app.services.quiz import answers, attempt_page, attempt_state


def test_options_keep_their_logical_order_and_others_shuffle_per_attempt(make, db) -> None:  # type: ignore[no-untyped-def]
    quiz = make.quiz(200, shuffle=True)  # every demo question: dates, figures and places
    ann, bob = make.user("ann@example.com"), make.user("bob@example.com")
    a, b = make.attempt(ann, quiz), make.attempt(bob, quiz)
    slots_a, slots_b = make.slots(a), make.slots(b)
    # one attempt shows the same order every time it is loaded
    assert [(s.question.id, [o.id for o in s.options]) for s in slots_a] == [
        (s.question.id, [o.id for o in s.options]) for s in make.slots(a)
    ]
    options_b = {s.question.id: [o.id for o in s.options] for s in slots_b}
    ordered = [s for s in slots_a if s.question.ordered]
    others = [s for s in slots_a if not s.question.ordered]
    assert ordered and len(others) >= 3, "the demo quiz needs both kinds for this test to mean much"
    for s in ordered:  # dates and figures: every option in its logical place, in both attempts
        model = database.session.get(Question, s.question.id)
        assert model is not None
        logical = [o.id for o in model.options]  # by position
        assert [o.id for o in s.options] == logical == options_b[s.question.id]
    for s in others:  # the same options, only their order may differ
        assert sorted(o.id for o in s.options) == sorted(options_b[s.question.id])
    # fresh seeds: each such question keeps the other attempt's order with chance 1/24 (4 options)
    assert any([o.id for o in s.options] != options_b[s.question.id] for s in others)
    # and the questions themselves come in another order
    assert [s.question.id for s in slots_a] != [s.question.id for s in slots_b]


def test_unshuffled_quiz_keeps_quiz_order(make, db) -> None:  # type: ignore[no-untyped-def]
    quiz = make.quiz(5, shuffle=False)
    attempt = make.attempt(make.user(), quiz)
    assert [s.question.id for s in make.slots(attempt)] == [i.question_id for i in quiz.items]


def test_submit_is_idempotent_and_scores(make, db) -> None:  # type: ignore[no-untyped-def]
    quiz = make.quiz(3)
    attempt = make.attempt(make.user(), quiz)
    first = make.slots(attempt)[0]
    right = next(o for o in first.options if o.correct)
    answers.save(attempt.user_id, attempt.id, right.id, first.question.id)
    attempt_state.submit(attempt.user_id, attempt.id)
    finished_at = attempt.finished_at
    attempt_state.submit(attempt.user_id, attempt.id)
    assert attempt.finished_at == finished_at and (attempt.correct, attempt.total) == (1, 3)
    with pytest.raises(Conflict):
        answers.save(attempt.user_id, attempt.id, right.id, first.question.id)


def test_one_open_attempt_per_learner_and_quiz(make, db) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy.exc import IntegrityError

    from app.models import Attempt

    quiz, user = make.quiz(2), make.user()
    make.attempt(user, quiz)
    db.session.add(Attempt(quiz_id=quiz.id, user_id=user.id, total=2))
    with pytest.raises(IntegrityError):
        db.session.commit()
    db.session.rollback()
    count = db.session.scalar(select(func.count(Attempt.id)).where(Attempt.user_id == user.id))
    assert count == 1


def test_attempt_limits(make, db) -> None:  # type: ignore[no-untyped-def]
    quiz, user = make.quiz(2, attempts_allowed=2), make.user()
    for _ in range(2):
        attempt = make.attempt(user, quiz)
        attempt_state.submit(user.id, attempt.id)
    with pytest.raises(Forbidden):
        make.attempt(user, quiz)


def test_foreign_attempt_is_not_found(make, db) -> None:  # type: ignore[no-untyped-def]
    quiz = make.quiz(2)
    attempt = make.attempt(make.user("a@example.com"), quiz)
    other = make.user("b@example.com")
    with pytest.raises(NotFound):
        attempt_page.load(other.id, attempt.id)
    with pytest.raises(NotFound):
        attempt_state.submit(other.id, attempt.id)
    assert make.attempt(other, quiz).id != attempt.id


def test_bank_import_is_idempotent_and_all_or_nothing(make, db) -> None:  # type: ignore[no-untyped-def]
    from flask import current_app

    from app.models import Question
    from app.services.bank.importer import generate_for, import_bank
    from app.services.errors import ServiceError

    path = current_app.config["DEMO_ARTICLE"]
    text = path.read_text(encoding="utf-8")
    data = generate_for(text, path.name)
    texts = {data["documents"][0]["sha256"]: text}
    first = import_bank(data, texts)
    assert len(first.added) == len(data["questions"]) >= 30
    again = import_bank(data, texts)
    assert again.added == [] and len(again.unchanged) == len(data["questions"])
    broken = {
        **data,
        "questions": [*data["questions"][:3], {**data["questions"][3], "options": []}],
    }
    before = db.session.scalar(select(func.count(Question.id)))
    with pytest.raises(ServiceError):
        import_bank(broken, texts)
    assert db.session.scalar(select(func.count(Question.id))) == before


def test_demo_is_idempotent(runner, db) -> None:  # type: ignore[no-untyped-def]
    from app.models import Document, Question, Quiz, User

    first = runner.invoke(args=["demo"])
    assert first.exit_code == 0, first.output
    assert "password:" in first.output
    counts = [db.session.scalar(select(func.count(m.id))) for m in (Document, Question, Quiz, User)]
    second = runner.invoke(args=["demo"])
    assert second.exit_code == 0 and "password:" not in second.output
    assert [
        db.session.scalar(select(func.count(m.id))) for m in (Document, Question, Quiz, User)
    ] == counts
    quiz = db.session.scalars(select(Quiz)).one()
    assert len(quiz.items) == 12
    assert {i.question.kind for i in quiz.items} == {"date", "figure", "place"}
    assert all(i.question.status == "approved" for i in quiz.items)


def test_owned_answers_another_users_object_as_a_missing_one(make, db) -> None:  # type: ignore[no-untyped-def]
    from app.models import Quiz
    from app.services.ownership import owned

    ann = make.user("ann@example.com", role="teacher")
    bob = make.user("bob@example.com", role="teacher")
    quiz = make.quiz(1, owner_id=ann.id)
    assert owned(Quiz, quiz.id, ann, lambda q: q.owner_id, "quiz") is quiz
    for user, quiz_id in ((bob, quiz.id), (ann, quiz.id + 1000)):  # another's, and none at all
        with pytest.raises(NotFound, match=r"^This quiz does not exist\.$") as caught:
            owned(Quiz, quiz_id, user, lambda q: q.owner_id, "quiz")
        assert caught.value.status == 404  # never 403: an id reveals nothing


def test_readme_quick_start_names_the_demo_class_code(runner, db) -> None:  # type: ignore[no-untyped-def]
    """A learner following the README joins the demo class: the code printed there is the one
    `flask demo` gives the demo class."""
    from pathlib import Path

    from app.services.demo import DEMO_CODE

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    quick_start = readme.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    assert f"`{DEMO_CODE}`" in quick_start
    assert f"join code: {DEMO_CODE}" in runner.invoke(args=["demo"]).output
