"""Where a learner stands with each quiz: the list, attempts used up, retired questions and
immediate feedback on the last question and on going back."""

from __future__ import annotations

import re

from sqlalchemy import select

from .test_quiz import correct_option, login_learner, options_on, start


def _card(page: str, title: str) -> str:
    """The quiz list's card of the quiz with this title."""
    found = re.search(
        rf"<li class=\"card quiz-card[^>]*>\s*<h2>{re.escape(title)}</h2>(.*?)</li>", page, re.S
    )
    assert found, page
    return found.group(1)


def test_quiz_list_shows_class_attempts_best_score_and_state(client, make, auth, db) -> None:  # type: ignore[no-untyped-def]
    quiz = make.quiz(2, attempts_allowed=3)
    login_learner(make, auth)
    card = _card(client.get("/quizzes").get_data(as_text=True), quiz.title)
    assert "Not started" in card and "Test class" in card
    assert "0 of 3 used · 3 left" in card and ">Start<" in card

    aid = start(client, quiz)
    right = correct_option(db, aid, 1, client)
    client.post(f"/attempts/{aid}/1", data={"option": right, "go": "next"})
    card = _card(client.get("/quizzes").get_data(as_text=True), quiz.title)
    assert "In progress" in card and ">Resume<" in card

    client.post(f"/attempts/{aid}/submit")
    card = _card(client.get("/quizzes").get_data(as_text=True), quiz.title)
    assert "Done" in card and "1 of 3 used · 2 left" in card
    assert "1 / 2 (50%)" in card and ">Start again<" in card


def test_used_up_attempts_offer_no_start_and_explain(client, make, auth, db) -> None:  # type: ignore[no-untyped-def]
    quiz = make.quiz(2, attempts_allowed=1)
    login_learner(make, auth)
    client.post(f"/attempts/{start(client, quiz)}/submit")
    card = _card(client.get("/quizzes").get_data(as_text=True), quiz.title)
    assert "All attempts used" in card and "used all 1 attempt allowed" in card
    assert "<button" not in card


def test_closing_time_is_shown_in_the_browser_zone(client, make, auth, db) -> None:  # type: ignore[no-untyped-def]
    from datetime import datetime

    quiz = make.quiz(2, closes_at=datetime(2099, 1, 15, 12, 0))
    login_learner(make, auth)
    client.set_cookie("tz", "Europe/Paris")
    card = _card(client.get("/quizzes").get_data(as_text=True), quiz.title)
    assert "15 Jan 2099, 13:00 CET" in card
    client.set_cookie("tz", "Not/AZone")
    card = _card(client.get("/quizzes").get_data(as_text=True), quiz.title)
    assert "15 Jan 2099, 12:00 UTC" in card


def test_retired_questions_are_never_served_nor_scored(client, make, auth, db) -> None:  # type: ignore[no-untyped-def]
    from app.models import Attempt, Question

    quiz = make.quiz(3)
    retired = db.session.get(Question, quiz.items[0].question_id)
    retired.status = "retired"
    db.session.commit()
    login_learner(make, auth)
    assert "<dd>2</dd>" in _card(client.get("/quizzes").get_data(as_text=True), quiz.title)
    aid = start(client, quiz)
    page = client.get(f"/attempts/{aid}/1").get_data(as_text=True)
    assert "of 2" in page and retired.stem not in page
    assert client.get(f"/attempts/{aid}/3").status_code == 404
    for n in (1, 2):
        client.post(f"/attempts/{aid}/{n}", data={"option": correct_option(db, aid, n, client)})
    client.post(f"/attempts/{aid}/submit")
    attempt = db.session.scalars(select(Attempt).where(Attempt.id == aid)).one()
    db.session.refresh(attempt)
    assert (attempt.correct, attempt.total) == (2, 2)


def test_a_question_retired_after_it_was_answered_leaves_the_score(client, make, auth, db) -> None:  # type: ignore[no-untyped-def]
    from app.models import Attempt, Question

    quiz = make.quiz(2)
    login_learner(make, auth)
    aid = start(client, quiz)
    for n in (1, 2):
        client.post(f"/attempts/{aid}/{n}", data={"option": correct_option(db, aid, n, client)})
    for q in db.session.scalars(select(Question).where(Question.id == quiz.items[0].question_id)):
        q.status = "retired"
    db.session.commit()
    client.post(f"/attempts/{aid}/submit")
    attempt = db.session.get(Attempt, aid)
    db.session.refresh(attempt)
    assert (attempt.correct, attempt.total) == (1, 1)


def test_immediate_feedback_on_the_last_question(client, make, auth, db) -> None:  # type: ignore[no-untyped-def]
    quiz = make.quiz(2, feedback="immediate")
    login_learner(make, auth)
    aid = start(client, quiz)
    last = client.get(f"/attempts/{aid}/2").get_data(as_text=True)
    assert 'name="go" value="next"' in last and 'value="submit"' not in last
    r = client.post(
        f"/attempts/{aid}/2", data={"option": options_on(client, aid, 2)[0], "go": "next"}
    )
    assert r.headers["Location"].endswith(f"/attempts/{aid}/2?feedback=1")
    page = client.get(r.headers["Location"]).get_data(as_text=True)
    assert "<fieldset disabled>" in page and "Review and submit" in page


def test_going_back_to_an_answered_question_shows_its_feedback_locked(
    client, make, auth, db
) -> None:  # type: ignore[no-untyped-def]
    quiz = make.quiz(2, feedback="immediate")
    login_learner(make, auth)
    aid = start(client, quiz)
    right = correct_option(db, aid, 1, client)
    wrong = next(o for o in options_on(client, aid, 1) if o != right)
    client.post(f"/attempts/{aid}/1", data={"option": wrong, "go": "next"})
    page = client.get(f"/attempts/{aid}/1").get_data(as_text=True)
    assert "<fieldset disabled>" in page and "<mark>" in page
    assert "Not quite." in page and "Correct!" not in page
    assert "Next question" in page


def test_finish_screen_gives_score_time_and_what_to_review(client, make, auth, db) -> None:  # type: ignore[no-untyped-def]
    quiz = make.quiz(3)
    login_learner(make, auth)
    aid = start(client, quiz)
    client.post(f"/attempts/{aid}/1", data={"option": correct_option(db, aid, 1, client)})
    client.post(f"/attempts/{aid}/submit")
    page = client.get(f"/attempts/{aid}/result").get_data(as_text=True)
    assert "1 / 3" in page and "<dt>Time</dt><dd>0 min" in page
    assert "What to review" in page and page.count('href="#item-') == 2
    assert "Study them as flashcards" in page


def test_empty_states_say_what_to_do_next(client, make, auth, db) -> None:  # type: ignore[no-untyped-def]
    make.user("alone@example.com", enrol=False)
    auth.login("alone@example.com")
    quizzes = client.get("/quizzes").get_data(as_text=True)
    assert "No quiz is open to you yet" in quizzes and 'href="#code"' in quizzes
    history = client.get("/history").get_data(as_text=True)
    assert "No attempts yet" in history and "See your quizzes" in history
    cards = client.get("/cards/").get_data(as_text=True)
    assert "You study no deck yet" in cards


def test_quiz_page_says_retired_is_not_served(client, make, auth, db) -> None:  # type: ignore[no-untyped-def]
    from app.models import Question

    quiz = make.quiz(2)
    quiz.owner_id = make.test_class().owner_id
    db.session.get(Question, quiz.items[0].question_id).status = "retired"
    db.session.commit()
    auth.login("class-teacher@example.com")
    page = client.get(f"/teach/quizzes/{quiz.id}").get_data(as_text=True)
    assert "retired: not served to learners" in page
