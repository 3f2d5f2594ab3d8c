"""The attempt pages' plain-row loader (`attempt_page.load`), the lean start
(`attempt_state.start`), the rules both attempt objects share, and `write_lock` on SQLite,
without HTTP."""

from __future__ import annotations

from datetime import timedelta

import pytest
from flask import Flask, g
from sqlalchemy import func, select, update

from app.database import write_lock
from app.extensions import db as database
from app.models import Attempt, Question, Quiz
from app.models.bank import readable_source
from app.models.base import utcnow
from app.services.bank import curation
from app.services.errors import Forbidden, NotFound
from app.services.quiz import answers, attempt_page, attempt_state, taking


@pytest.fixture
def learner(make):  # type: ignore[no-untyped-def]
    return make.user("ann@example.com")


def same_slots(page: attempt_page.PageAttempt, attempt: Attempt) -> None:
    """The plain-row slots show what the ORM objects say, in the order the teacher's preview
    (`taking.preview`, the ORM questions through the same `arrange`) gives for the attempt's
    seed: an answered question shows the version answered and the option chosen."""
    database.session.expire_all()
    row = database.session.get(Attempt, attempt.id)
    assert row is not None
    chosen = {r.option.question.lineage: r for r in row.responses}
    preview = taking.preview(row.quiz, row.seed)
    assert [s.number for s in page.slots] == [s.number for s in preview]
    for shown, orm in zip(page.slots, preview, strict=True):
        assert shown.question.lineage == orm.question.lineage
        response = chosen.get(orm.question.lineage)
        question = orm.question if response is None else response.option.question
        assert shown.question.id == question.id and shown.question.stem == question.stem
        assert shown.chosen_id == (None if response is None else response.option_id)
        if response is None:  # options in the preview's order
            assert [o.id for o in shown.options] == [o.id for o in orm.options]
        assert sorted((o.id, o.correct) for o in shown.options) == sorted(
            (o.id, o.correct) for o in question.options
        )


@pytest.mark.parametrize("shuffle", [True, False])
def test_the_pages_show_the_same_slots_as_the_orm_path(make, learner, shuffle) -> None:  # type: ignore[no-untyped-def]
    quiz = make.quiz(8, shuffle=shuffle)
    attempt = make.attempt(learner, quiz)
    page = attempt_page.load(learner.id, attempt.id)
    same_slots(page, attempt)
    for s in page.slots[::3]:  # answer some, then compare again
        answers.save(learner.id, attempt.id, s.options[-1].id)
    page = attempt_page.load(learner.id, attempt.id)
    assert sum(s.chosen_id is not None for s in page.slots) == len(page.slots[::3])
    same_slots(page, attempt)


def test_an_answered_question_edited_later_shows_the_version_answered(make, learner) -> None:  # type: ignore[no-untyped-def]
    editor = make.user("editor@example.com", role="teacher")
    quiz = make.quiz(3, shuffle=True)
    attempt = make.attempt(learner, quiz)
    first = attempt_page.load(learner.id, attempt.id).slots[0]
    answers.save(learner.id, attempt.id, first.options[0].id)
    old = database.session.get(Question, first.question.id)
    new = curation.edit(editor, old, "Edited stem?", [("a", True), ("b", False), ("c", False)])
    page = attempt_page.load(learner.id, attempt.id)
    shown = next(s for s in page.slots if s.chosen_id is not None)
    assert shown.question.id == first.question.id != new.id
    assert shown.question.stem == first.question.stem
    same_slots(page, attempt)


def test_sources_are_the_models_source_parts(make, learner) -> None:  # type: ignore[no-untyped-def]
    quiz = make.quiz(12)
    attempt = make.attempt(learner, quiz)
    page = attempt_page.load(learner.id, attempt.id, sources=True)
    for s in page.slots:
        model = database.session.get(Question, s.question.id)
        assert model is not None
        assert s.question.source_parts() == model.source_parts()
        assert s.question.source_parts()[1]  # the answer is highlighted
        assert s.question.document.title == model.document.title
        assert s.question.section == model.section
    assert attempt_page.load(learner.id, attempt.id).slots[0].question.source_parts() == (
        "",
        "",
        "",
    )  # not read unless asked


def test_offsets_that_do_not_fit_the_text_fall_back_to_the_sentence(make, learner) -> None:  # type: ignore[no-untyped-def]
    quiz = make.quiz(2, shuffle=False)
    attempt = make.attempt(learner, quiz)
    question_id = attempt_page.load(learner.id, attempt.id).slots[0].question.id
    too_far = {"source_end": 10**7, "answer_end": 10**7 - 1}
    for values in (too_far, {"source_start": 50, "source_end": 10}):
        database.session.execute(update(Question).where(Question.id == question_id).values(values))
        database.session.commit()
        shown = attempt_page.load(learner.id, attempt.id, sources=True).slots[0].question
        model = database.session.get(Question, question_id)
        database.session.refresh(model)
        fallback = readable_source(model.sentence, "", "")  # type: ignore[union-attr]
        assert shown.source_parts() == fallback == model.source_parts()  # type: ignore[union-attr]


def test_another_learners_attempt_is_not_found(make, learner) -> None:  # type: ignore[no-untyped-def]
    other = make.user("bob@example.com")
    attempt = make.attempt(learner, make.quiz(2))
    with pytest.raises(NotFound):
        attempt_page.load(other.id, attempt.id)
    with pytest.raises(NotFound):
        attempt_page.load(learner.id, attempt.id + 1000)


def test_loading_an_attempt_past_its_deadline_closes_it_at_the_deadline(make, learner) -> None:  # type: ignore[no-untyped-def]
    attempt = make.attempt(learner, make.quiz(3, time_limit=60))
    deadline = utcnow() - timedelta(seconds=5)
    database.session.execute(
        update(Attempt).where(Attempt.id == attempt.id).values(deadline=deadline)
    )
    database.session.commit()
    page = attempt_page.load(learner.id, attempt.id)
    assert page.finished and page.finished_at == deadline and page.total == 3


@pytest.mark.parametrize("sources", [False, True])
def test_a_page_of_an_attempt_costs_two_statements(make, learner, sources) -> None:  # type: ignore[no-untyped-def]
    """The question page, the answer posted without the script and the result read the
    attempt with two queries (BEGIN aside), however many questions it has."""
    from sqlalchemy import event

    attempt = make.attempt(learner, make.quiz(8))
    user_id, attempt_id = learner.id, attempt.id
    database.session.commit()
    seen: list[str] = []

    def count(conn, cursor, statement, *args) -> None:  # type: ignore[no-untyped-def]
        seen.append(statement.split()[0].upper())

    event.listen(database.engine, "before_cursor_execute", count)
    try:
        page = attempt_page.load(user_id, attempt_id, sources=sources)
    finally:
        event.remove(database.engine, "before_cursor_execute", count)
    assert len(page.slots) == 8
    assert len([s for s in seen if s not in ("BEGIN", "COMMIT")]) == 2, seen


# -- start ----------------------------------------------------------------------------------------


def test_start_resumes_the_open_attempt_and_says_whether_it_has_answers(make, learner) -> None:  # type: ignore[no-untyped-def]
    quiz = make.quiz(3)
    first, resumed = attempt_state.start(learner.id, quiz.id)
    assert resumed is False
    again, resumed = attempt_state.start(learner.id, quiz.id)
    assert (again, resumed) == (first, False)
    slot = attempt_page.load(learner.id, first).slots[0]
    answers.save(learner.id, first, slot.options[0].id)
    assert attempt_state.start(learner.id, quiz.id) == (first, True)
    row = database.session.get(Attempt, first)
    assert row is not None and row.total == 3 and row.finished_at is None


@pytest.mark.parametrize(
    "settings",
    [
        {"is_open": False},
        {"opens_at": utcnow() + timedelta(days=1)},
        {"closes_at": utcnow() - timedelta(days=1)},
    ],
    ids=["closed", "not yet open", "past closing"],
)
def test_a_quiz_not_open_now_is_not_found(make, learner, settings) -> None:  # type: ignore[no-untyped-def]
    quiz = make.quiz(2, **settings)
    with pytest.raises(NotFound):
        attempt_state.start(learner.id, quiz.id)
    assert database.session.scalar(select(func.count(Attempt.id))) == 0


def test_a_quiz_of_another_class_or_none_is_not_found(make, learner) -> None:  # type: ignore[no-untyped-def]
    outsider = make.user("out@example.com", enrol=False)
    quiz = make.quiz(2)
    for user_id, quiz_id in ((outsider.id, quiz.id), (learner.id, quiz.id + 1000)):
        with pytest.raises(NotFound):
            attempt_state.start(user_id, quiz_id)
    empty = Quiz(title="Empty")
    database.session.add(empty)
    database.session.commit()
    with pytest.raises(NotFound):
        attempt_state.start(learner.id, empty.id)


def test_the_attempt_limit_counts_attempts_closed_by_their_deadline(make, learner) -> None:  # type: ignore[no-untyped-def]
    quiz = make.quiz(2, attempts_allowed=2, time_limit=60)
    first, _ = attempt_state.start(learner.id, quiz.id)
    attempt_state.submit(learner.id, first)
    second, _ = attempt_state.start(learner.id, quiz.id)
    assert second != first
    past = utcnow() - timedelta(seconds=1)
    database.session.execute(update(Attempt).where(Attempt.id == second).values(deadline=past))
    database.session.commit()
    with pytest.raises(Forbidden):  # the second closes at its deadline, and was the last
        attempt_state.start(learner.id, quiz.id)
    closed = database.session.get(Attempt, second)
    database.session.refresh(closed)
    assert closed is not None and closed.finished_at == past


# -- write_lock -----------------------------------------------------------------------------------


def test_write_lock_makes_a_get_requests_next_transaction_a_write(app: Flask, db: object) -> None:
    """On SQLite with immediate transactions, a GET reads in a deferred transaction; after
    write_lock the next one begins IMMEDIATE (connection.info["write"]); other requests write."""
    from app import create_app
    from config import TestingConfig

    class Config(TestingConfig):
        SQLALCHEMY_DATABASE_URI = app.config["SQLALCHEMY_DATABASE_URI"]
        SQLITE_BEGIN_IMMEDIATE = True

    served = create_app(Config)
    if not Config.SQLALCHEMY_DATABASE_URI.startswith("sqlite"):  # PostgreSQL: nothing to do
        with served.test_request_context("/somewhere", method="GET"):
            database.session.execute(select(1))
            write_lock(database)
            assert database.session().in_transaction()  # the transaction goes on
            database.session.rollback()
        return
    with served.test_request_context("/somewhere", method="GET"):
        database.session.execute(select(1))
        assert database.session.connection().info["write"] is False
        write_lock(database)
        assert g._write_lock and not database.session().in_transaction()
        database.session.execute(select(1))
        assert database.session.connection().info["write"] is True
        database.session.rollback()
    with served.test_request_context("/somewhere", method="POST"):
        database.session.execute(select(1))
        assert database.session.connection().info["write"] is True
        database.session.rollback()
    with served.app_context():
        database.session.execute(select(1))  # commands and jobs outside a request write
        assert database.session.connection().info["write"] is True
        database.session.rollback()
        database.engine.dispose()
