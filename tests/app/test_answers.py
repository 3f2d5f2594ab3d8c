"""The answer hot path without HTTP: `answers.save`, `attempt_state.finish` and `mistakes.queue_mistake`."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable
from datetime import datetime, timedelta

import pytest
from sqlalchemy import func, select

from app.extensions import db as database
from app.models import Attempt, Card, Option, Question, QuizQuestion, Response
from app.models.base import utcnow
from app.services.bank import curation
from app.services.cards import schedule
from app.services.errors import Conflict, NotFound, SessionEnded
from app.services.quiz import answers, attempt_state, mistakes

T0 = datetime(2026, 11, 25, 9, 0)  # naive UTC, as stored


@pytest.fixture
def learner(make):  # type: ignore[no-untyped-def]
    return make.user("ann@example.com")


def begin(make, learner, size: int = 3, **settings):  # type: ignore[no-untyped-def]
    """A quiz (unshuffled unless asked) and the learner's attempt at it, with its slots."""
    quiz = make.quiz(size, **({"shuffle": False} | settings))
    attempt = make.attempt(learner, quiz)
    return attempt, make.slots(attempt)


def right(slot) -> Option:  # type: ignore[no-untyped-def]
    return next(o for o in slot.options if o.correct)


def wrong(slot, n: int = 0) -> Option:  # type: ignore[no-untyped-def]
    return [o for o in slot.options if not o.correct][n]


def rows(attempt_id: int) -> list[Response]:
    database.session.expire_all()
    query = select(Response).where(Response.attempt_id == attempt_id).order_by(Response.id)
    return list(database.session.scalars(query))


def cards_of(user_id: int) -> list[Card]:
    database.session.expire_all()
    return list(database.session.scalars(select(Card).where(Card.user_id == user_id)))


def reload(attempt: Attempt) -> Attempt:
    database.session.expire_all()
    found = database.session.get(Attempt, attempt.id)
    assert found is not None
    return found


@pytest.fixture
def editor(make):  # type: ignore[no-untyped-def]
    """A teacher who edits questions (any teacher's edit makes a new version)."""
    return make.user("editor@example.com", role="teacher")


def edit(editor, question: Question, options=(("w", False), ("x", True), ("y", False))) -> Question:  # type: ignore[no-untyped-def]
    """A new version of the question (its ORM row, or the attempt page's record of it), as a
    teacher's edit makes."""
    model = database.session.get(Question, question.id)
    assert model is not None
    return curation.edit(editor, model, "Edited: " + model.stem, list(options))


# -- save ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("pick", [right, wrong], ids=["right", "wrong"])
def test_save_returns_what_is_stored(make, learner, pick) -> None:  # type: ignore[no-untyped-def]
    attempt, slots = begin(make, learner)
    option = pick(slots[1])
    saved = answers.save(learner.id, attempt.id, option.id, slots[1].question.id, now=T0)
    assert saved == answers.Saved(
        attempt_id=attempt.id,
        question_id=slots[1].question.id,
        option_id=option.id,
        correct=option.correct,
        kept=False,
        feedback="deferred",
    )
    [row] = rows(attempt.id)
    assert (row.question_id, row.option_id, row.correct, row.answered_at) == (
        slots[1].question.id,
        option.id,
        option.correct,
        T0,
    )


def test_question_id_may_be_left_out(make, learner) -> None:  # type: ignore[no-untyped-def]
    attempt, slots = begin(make, learner)
    saved = answers.save(learner.id, attempt.id, right(slots[0]).id)
    assert saved.question_id == slots[0].question.id and saved.correct


def test_a_repeat_replaces_the_choice_in_one_row(make, learner) -> None:  # type: ignore[no-untyped-def]
    attempt, slots = begin(make, learner)
    sequence = [wrong(slots[0]), wrong(slots[0]), right(slots[0]), wrong(slots[0], 1)]
    for n, option in enumerate(sequence):
        saved = answers.save(learner.id, attempt.id, option.id, now=T0 + timedelta(minutes=n))
        assert (saved.option_id, saved.kept) == (option.id, False)
        [row] = rows(attempt.id)
        assert (row.option_id, row.correct) == (option.id, option.correct)
        assert row.answered_at == T0 + timedelta(minutes=n)


def test_the_current_session_token_is_accepted(make, learner) -> None:  # type: ignore[no-untyped-def]
    attempt, slots = begin(make, learner)
    token = learner.session_token
    saved = answers.save(learner.id, attempt.id, right(slots[0]).id, session_token=token)
    assert saved.correct and len(rows(attempt.id)) == 1


def _outside_question(attempt: Attempt) -> Option:
    """An option of a question that is not in the attempt's quiz."""
    in_quiz = select(QuizQuestion.question_id).where(QuizQuestion.quiz_id == attempt.quiz_id)
    question = database.session.scalars(
        select(Question).where(Question.id.not_in(in_quiz)).order_by(Question.id)
    ).first()
    assert question is not None
    return question.options[0]


# Each case: (user id, attempt id, option id, question id, session token) from the learner, a
# second learner, the attempt and its slots.
REFUSED: dict[str, Callable[..., tuple[int, int, int, int | None, str | None]]] = {
    "another learner's attempt": lambda me, other, a, s: (other.id, a.id, s[0].options[0].id, None, None),
    "an attempt that does not exist": lambda me, other, a, s: (me.id, a.id + 999, s[0].options[0].id, None, None),
    "an option that does not exist": lambda me, other, a, s: (me.id, a.id, 2**31 - 1, None, None),
    "an option of a question not in the quiz": lambda me, other, a, s: (me.id, a.id, _outside_question(a).id, None, None),
    "an option of another question": lambda me, other, a, s: (me.id, a.id, s[1].options[0].id, s[0].question.id, None),
    "a question id that is not the option's": lambda me, other, a, s: (me.id, a.id, s[0].options[0].id, s[0].question.id + 10**6, None),
}  # fmt: skip


@pytest.mark.parametrize("case", REFUSED.values(), ids=REFUSED.keys())
def test_answers_not_the_learners_to_give_are_not_found(make, learner, case) -> None:  # type: ignore[no-untyped-def]
    other = make.user("bob@example.com")
    attempt, slots = begin(make, learner)
    user_id, attempt_id, option_id, question_id, token = case(learner, other, attempt, slots)
    with pytest.raises(NotFound):
        answers.save(user_id, attempt_id, option_id, question_id, session_token=token)
    assert rows(attempt.id) == [] and cards_of(user_id) == []
    assert reload(attempt).finished_at is None


@pytest.mark.parametrize("token", ["0" * 32, "other"], ids=["an old token", "another learner's"])
def test_a_session_token_that_is_not_the_accounts_current_one_ends_the_session(
    make, learner, token
) -> None:  # type: ignore[no-untyped-def]
    other = make.user("bob@example.com")
    attempt, slots = begin(make, learner)
    token = other.session_token if token == "other" else token
    with pytest.raises(SessionEnded):
        answers.save(learner.id, attempt.id, slots[0].options[0].id, session_token=token)
    assert rows(attempt.id) == [] and cards_of(learner.id) == []


def test_an_answer_to_the_older_version_of_an_edited_question_is_accepted(
    make, learner, editor
) -> None:  # type: ignore[no-untyped-def]
    attempt, slots = begin(make, learner)
    old = slots[0].question
    shown = wrong(slots[0])  # the page was loaded before the teacher's edit
    new = edit(editor, old)
    in_quiz = select(QuizQuestion.question_id).where(QuizQuestion.quiz_id == attempt.quiz_id)
    assert new.id in database.session.scalars(in_quiz).all()  # the quiz now asks version 2
    saved = answers.save(learner.id, attempt.id, shown.id, old.id)
    assert (saved.question_id, saved.option_id, saved.correct) == (old.id, shown.id, False)
    [row] = rows(attempt.id)
    assert row.question_id == old.id
    # the mistake queues the card of the question's newest version
    [card] = cards_of(learner.id)
    assert card.question_id == new.id and card.from_quiz


def test_answers_to_two_versions_of_one_item_keep_one_response(make, learner, editor) -> None:  # type: ignore[no-untyped-def]
    """Two tabs: one loaded before the teacher's edit (version 1), one after (version 2). The
    item is one question of the quiz, so it has one answer and counts once in the score."""
    attempt, slots = begin(make, learner, size=2)
    old = slots[0].question
    old_right = right(slots[0])
    new = edit(editor, old)
    new_right = next(o for o in new.options if o.correct)
    answers.save(learner.id, attempt.id, new_right.id, new.id)  # the tab opened after the edit
    # the tab opened before: refusing the stale version would do as well as replacing the answer
    with contextlib.suppress(NotFound, Conflict):
        answers.save(learner.id, attempt.id, old_right.id, old.id)
    attempt_state.finish(attempt.id, utcnow())
    finished = reload(attempt)
    assert (finished.correct, finished.total) == (1, 2)  # one item answered, right, once
    assert len(rows(attempt.id)) == 1


def test_a_finished_attempt_is_a_conflict_and_keeps_its_answer(make, learner) -> None:  # type: ignore[no-untyped-def]
    attempt, slots = begin(make, learner)
    answers.save(learner.id, attempt.id, right(slots[0]).id)
    attempt_state.finish(attempt.id, T0)
    for option in (wrong(slots[0]), right(slots[1])):
        with pytest.raises(Conflict):
            answers.save(learner.id, attempt.id, option.id)
    [row] = rows(attempt.id)
    assert row.option_id == right(slots[0]).id and reload(attempt).finished_at == T0
    assert cards_of(learner.id) == []


@pytest.mark.parametrize(
    ("offset", "accepted"),
    [
        (timedelta(seconds=-30), True),
        (timedelta(microseconds=-1), True),
        (timedelta(0), False),
        (timedelta(seconds=1), False),
        (timedelta(days=3), False),
    ],
)
def test_the_deadline_closes_the_attempt_at_the_deadline(make, learner, offset, accepted) -> None:  # type: ignore[no-untyped-def]
    attempt, slots = begin(make, learner, time_limit=60)
    answers.save(learner.id, attempt.id, right(slots[1]).id)
    deadline = attempt.deadline
    assert deadline is not None
    option = right(slots[0])
    if accepted:
        answers.save(learner.id, attempt.id, option.id, now=deadline + offset)
        assert len(rows(attempt.id)) == 2 and reload(attempt).finished_at is None
        return
    with pytest.raises(Conflict):
        answers.save(learner.id, attempt.id, option.id, now=deadline + offset)
    closed = reload(attempt)
    assert closed.finished_at == deadline  # not the moment of the late answer
    assert (closed.correct, closed.total) == (1, 3)
    assert [r.question_id for r in rows(attempt.id)] == [slots[1].question.id]


def test_a_late_answer_to_a_closed_attempt_does_not_move_its_end(make, learner) -> None:  # type: ignore[no-untyped-def]
    attempt, slots = begin(make, learner, time_limit=60)
    deadline = attempt.deadline
    attempt_state.finish(attempt.id, deadline - timedelta(seconds=10))  # submitted in time
    with pytest.raises(Conflict):
        answers.save(learner.id, attempt.id, right(slots[0]).id, now=deadline + timedelta(hours=1))
    assert reload(attempt).finished_at == deadline - timedelta(seconds=10)


# -- immediate feedback: the first answer stands --------------------------------------------------


def test_with_immediate_feedback_the_first_answer_stands(make, learner) -> None:  # type: ignore[no-untyped-def]
    attempt, slots = begin(make, learner, feedback="immediate")
    first, second = wrong(slots[0]), right(slots[0])
    saved = answers.save(learner.id, attempt.id, first.id)
    assert (saved.option_id, saved.correct, saved.kept, saved.feedback) == (
        first.id,
        False,
        False,
        "immediate",
    )
    again = answers.save(learner.id, attempt.id, second.id)
    assert (again.option_id, again.correct, again.kept) == (first.id, False, True)
    same = answers.save(learner.id, attempt.id, first.id)
    assert (same.option_id, same.kept) == (first.id, False)
    [row] = rows(attempt.id)
    assert (row.option_id, row.correct) == (first.id, False)


def test_with_immediate_feedback_a_right_first_answer_stays_right(make, learner) -> None:  # type: ignore[no-untyped-def]
    attempt, slots = begin(make, learner, feedback="immediate")
    answers.save(learner.id, attempt.id, right(slots[0]).id)
    kept = answers.save(learner.id, attempt.id, wrong(slots[0]).id)
    assert kept.kept and kept.correct and kept.option_id == right(slots[0]).id
    assert cards_of(learner.id) == []  # the refused wrong choice queues nothing


# -- finish --------------------------------------------------------------------------------------


def test_finish_scores_correct_of_total_and_twice_changes_nothing(make, learner) -> None:  # type: ignore[no-untyped-def]
    attempt, slots = begin(make, learner, size=4)
    for slot, pick in zip(slots[:3], [right, right, wrong], strict=True):
        answers.save(learner.id, attempt.id, pick(slot).id)  # the fourth is left unanswered
    attempt_state.finish(attempt.id, T0)
    first = reload(attempt)
    assert (first.finished_at, first.correct, first.total) == (T0, 2, 4)
    # an answer slipped in by hand does not change a finished score
    database.session.execute(
        Response.__table__.update().where(Response.attempt_id == attempt.id).values(correct=True)
    )
    database.session.commit()
    attempt_state.finish(attempt.id, T0 + timedelta(hours=1))
    second = reload(attempt)
    assert (second.finished_at, second.correct, second.total) == (T0, 2, 4)


def test_finish_counts_the_quiz_items_not_the_answers(make, learner) -> None:  # type: ignore[no-untyped-def]
    attempt, _ = begin(make, learner, size=5)
    attempt_state.finish(attempt.id, T0)
    closed = reload(attempt)
    assert (closed.correct, closed.total, closed.finished) == (0, 5, True)


# -- mistakes reach the flashcards ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("pick", "queued"), [(wrong, True), (right, False)], ids=["wrong", "right"]
)
def test_a_wrong_answer_queues_the_questions_card(make, learner, pick, queued) -> None:  # type: ignore[no-untyped-def]
    attempt, slots = begin(make, learner)
    answers.save(learner.id, attempt.id, pick(slots[2]).id, now=T0)
    found = cards_of(learner.id)
    if not queued:
        assert found == []
        return
    [card] = found
    assert (card.question_id, card.due, card.created_at, card.from_quiz) == (
        slots[2].question.id,
        T0,
        T0,
        True,
    )
    assert (card.state, card.reps, card.phase) == ("{}", 0, schedule.NEW)
    fresh = schedule.load(card.state, card.id, T0)
    assert fresh.due == schedule.aware(T0) and fresh.card_id == card.id


def test_a_repeated_mistake_keeps_one_card(make, learner) -> None:  # type: ignore[no-untyped-def]
    attempt, slots = begin(make, learner)
    for n in range(3):
        answers.save(
            learner.id, attempt.id, wrong(slots[0], n % 2).id, now=T0 + timedelta(minutes=n)
        )
    [card] = cards_of(learner.id)
    assert card.due == T0  # due already: stays where it is


def test_queue_mistake_is_part_of_the_callers_transaction(make, learner) -> None:  # type: ignore[no-untyped-def]
    _, slots = begin(make, learner)
    mistakes.queue_mistake(learner.id, slots[0].question.id, T0)
    database.session.rollback()
    assert cards_of(learner.id) == []
    mistakes.queue_mistake(learner.id, slots[0].question.id, T0)
    database.session.commit()
    assert len(cards_of(learner.id)) == 1


def test_a_retired_question_is_not_queued(make, learner) -> None:  # type: ignore[no-untyped-def]
    attempt, slots = begin(make, learner)
    question = database.session.get(Question, slots[0].question.id)
    assert question is not None
    question.status = "retired"
    database.session.commit()
    answers.save(learner.id, attempt.id, wrong(slots[0]).id)  # the answer itself is kept
    assert len(rows(attempt.id)) == 1
    assert cards_of(learner.id) == []
    mistakes.queue_mistake(learner.id, question.id, T0)
    assert cards_of(learner.id) == []


@pytest.mark.parametrize("retire_newest", [False, True], ids=["current", "retired"])
def test_the_newest_version_of_an_edited_question_is_queued(
    make, learner, editor, retire_newest
) -> None:  # type: ignore[no-untyped-def]
    _, slots = begin(make, learner)
    first = slots[0].question
    second = edit(editor, first)
    third = edit(editor, second, [("p", True), ("q", False)])
    if retire_newest:
        third.status = "retired"
        database.session.commit()
    mistakes.queue_mistake(learner.id, first.id, T0)
    database.session.commit()
    found = [(c.question_id, c.due, c.from_quiz) for c in cards_of(learner.id)]
    assert found == ([] if retire_newest else [(third.id, T0, True)])


def _card(user_id: int, question_id: int, due: datetime, reps: int, from_quiz: bool) -> Card:
    """A card as the flashcard pages leave it: `reps` Good ratings, the last one due `due`."""
    state = "{}"
    phase = schedule.NEW
    card = Card(
        user_id=user_id,
        question_id=question_id,
        due=due,
        created_at=T0 - timedelta(days=30),
        reps=reps,
        phase=phase,
        from_quiz=from_quiz,
        state=state,
    )
    database.session.add(card)
    database.session.flush()
    if reps:
        studied = schedule.load("{}", card.id, due - timedelta(days=10))
        for n in range(reps):
            studied, _ = schedule.review(
                studied, 3, due - timedelta(days=10) + timedelta(minutes=n)
            )
        studied.due = schedule.aware(due)
        card.state = schedule.dump(studied)
        card.phase = schedule.phase_of(studied)
    database.session.commit()
    return card


# Each case: the card before the mistake (due relative to the mistake, reps, from_quiz) and
# whether the mistake moves its due to now.
EXISTING = {
    "new card due earlier": (timedelta(days=-2), 0, False, False),
    "studied card due earlier": (timedelta(hours=-1), 3, False, False),
    "queued card due earlier": (timedelta(minutes=-5), 0, True, False),
    "card due this moment": (timedelta(0), 2, False, False),
    "new card due later": (timedelta(days=1), 0, False, True),
    "studied card due later": (timedelta(days=6), 3, False, True),
    "studied queued card due later": (timedelta(days=6), 2, True, True),
}


@pytest.mark.parametrize("case", EXISTING.values(), ids=EXISTING.keys())
def test_an_existing_card_is_due_now_or_keeps_an_earlier_due(make, learner, case) -> None:  # type: ignore[no-untyped-def]
    offset, reps, from_quiz, moved = case
    _, slots = begin(make, learner)
    before = _card(learner.id, slots[0].question.id, T0 + offset, reps, from_quiz)
    card_id, state_before = before.id, json.loads(before.state)
    mistakes.queue_mistake(learner.id, slots[0].question.id, T0)
    database.session.commit()
    [card] = cards_of(learner.id)
    assert card.id == card_id and card.from_quiz and card.reps == reps
    assert card.due == (T0 if moved else T0 + offset)
    state = json.loads(card.state)
    if not (moved and reps):
        assert state == state_before  # only a studied card's JSON carries a due to move
        return
    loaded = schedule.load(card.state, card.id, T0)
    assert loaded.due == schedule.aware(T0)
    assert {k: v for k, v in state.items() if k != "due"} == {
        k: v for k, v in state_before.items() if k != "due"
    }  # stability, difficulty, step, last review: the schedule is kept, only moved


def test_every_learner_has_a_card_of_their_own(make, learner) -> None:  # type: ignore[no-untyped-def]
    other = make.user("bob@example.com")
    _, slots = begin(make, learner)
    question_id = slots[0].question.id
    mistakes.queue_mistake(learner.id, question_id, T0)
    mistakes.queue_mistake(other.id, question_id, T0 + timedelta(minutes=1))
    database.session.commit()
    owners = database.session.execute(
        select(Card.user_id, Card.due).where(Card.question_id == question_id).order_by(Card.user_id)
    ).all()
    assert [tuple(o) for o in owners] == [(learner.id, T0), (other.id, T0 + timedelta(minutes=1))]
    assert database.session.scalar(select(func.count(Card.id))) == 2


def test_a_right_answer_costs_one_statement_on_postgresql_two_on_sqlite(make, learner) -> None:  # type: ignore[no-untyped-def]
    """The hot path's round trips (BEGIN and COMMIT aside): on PostgreSQL the lookup and the
    upsert are one statement; a repeat of the same answer too."""
    from sqlalchemy import event

    attempt, slots = begin(make, learner)
    attempt_id, option_id, question_id = attempt.id, right(slots[0]).id, slots[0].question.id
    user_id = learner.id
    database.session.commit()
    engine = database.engine
    seen: list[str] = []

    def count(conn, cursor, statement, *args) -> None:  # type: ignore[no-untyped-def]
        seen.append(statement.split()[0].upper())

    event.listen(engine, "before_cursor_execute", count)
    try:
        for _ in range(2):
            seen.clear()
            answers.save(user_id, attempt_id, option_id, question_id)
            expected = 1 if engine.dialect.name == "postgresql" else 2
            assert len([s for s in seen if s not in ("BEGIN", "COMMIT")]) == expected, seen
    finally:
        event.remove(engine, "before_cursor_execute", count)
    [row] = rows(attempt_id)
    assert row.option_id == option_id and row.correct
