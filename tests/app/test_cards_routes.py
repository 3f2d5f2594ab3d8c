"""Flashcard pages through the Flask client: access, studying without JS, double rating, undo."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import func, select


def setup_deck(client, make, auth, email: str = "ann@example.com", size: int = 4):  # type: ignore[no-untyped-def]
    """A logged-in learner who added a quiz deck; returns (user, slug)."""
    quiz = make.quiz(size, cards_after_attempt=False)
    user = make.user(email)
    auth.login(email)
    slug = f"quiz-{quiz.id}"
    assert client.post(f"/cards/decks/{slug}/add").status_code == 302
    return user, slug


def hidden(page: str, name: str) -> int:
    match = re.search(rf'name="{name}"[^>]*value="(\d+)"', page)
    assert match, f"no hidden {name} in the page"
    return int(match.group(1))


def left(page: str) -> int:
    return int(re.search(r"<strong data-left>(\d+)</strong> left today", page).group(1))  # type: ignore[union-attr]


def review_logs(db) -> int:  # type: ignore[no-untyped-def]
    from app.models import ReviewLog

    return db.session.scalar(select(func.count(ReviewLog.id)))


@pytest.mark.parametrize(
    "url", ["/cards/", "/cards/study", "/cards/study/quiz-1", "/cards/stats", "/cards/settings"]
)
def test_anonymous_is_sent_to_login(client, db, url) -> None:  # type: ignore[no-untyped-def]
    r = client.get(url)
    assert r.status_code == 302 and "/login?next=" in r.headers["Location"]


def test_anonymous_cannot_rate(client, db) -> None:  # type: ignore[no-untyped-def]
    r = client.post("/cards/review", data={"card": 1, "reps": 0, "rating": 3})
    assert r.status_code == 302 and "/login" in r.headers["Location"]


def test_decks_page_adds_and_leaves_decks(client, make, auth, db) -> None:  # type: ignore[no-untyped-def]
    quiz = make.quiz(4, cards_after_attempt=False)
    make.user()
    auth.login("learner@example.com")
    page = client.get("/cards/").get_data(as_text=True)
    assert "Decks you can add" in page and quiz.title in page and "Deir ez-Zor" in page
    assert 'href="/cards/"' in client.get("/quizzes").get_data(as_text=True)  # the nav link
    client.post(f"/cards/decks/quiz-{quiz.id}/add")
    page = client.get("/cards/").get_data(as_text=True)
    assert (
        f'href="/cards/study/quiz-{quiz.id}"' in page
        and "<strong>4</strong> cards left today" in page
    )
    client.post(f"/cards/decks/quiz-{quiz.id}/leave")
    assert f'href="/cards/study/quiz-{quiz.id}"' not in client.get("/cards/").get_data(as_text=True)


def test_decks_of_other_classes_are_not_found(client, make, auth, db) -> None:  # type: ignore[no-untyped-def]
    quiz = make.quiz(2, cards_after_attempt=False)
    make.user("out@example.com", enrol=False)
    auth.login("out@example.com")
    assert client.get(f"/cards/study/quiz-{quiz.id}").status_code == 404
    assert client.post(f"/cards/decks/quiz-{quiz.id}/add").status_code == 404
    assert client.get("/cards/study/nonsense").status_code == 404


def test_studying_without_javascript(client, make, auth, db) -> None:  # type: ignore[no-untyped-def]
    _, slug = setup_deck(client, make, auth)
    page = client.get(f"/cards/study/{slug}").get_data(as_text=True)
    card = hidden(page, "card")
    assert left(page) == 4 and "Show answer" in page
    assert re.search(r"<section class=\"back\" data-back aria-label=\"Answer\" hidden>", page)
    shown = client.get(f"/cards/study/{slug}?card={card}&reveal=1").get_data(as_text=True)
    assert "hidden>" not in shown.split("data-back")[1].split(">")[0] + ">"
    assert "<mark>" in shown and shown.count('name="rating"') == 4
    assert ">1 min<" in shown and ">10 min<" in shown
    r = client.post("/cards/review", data={"card": card, "reps": 0, "rating": 4, "deck": slug})
    assert r.status_code == 302 and r.headers["Location"].endswith(f"/cards/study/{slug}")
    page = client.get(r.headers["Location"]).get_data(as_text=True)
    assert left(page) == 3 and hidden(page, "card") != card


def test_double_rating_applies_once(client, make, auth, db) -> None:  # type: ignore[no-untyped-def]
    _, slug = setup_deck(client, make, auth)
    card = hidden(client.get(f"/cards/study/{slug}").get_data(as_text=True), "card")
    form = {"card": card, "reps": 0, "rating": 3, "deck": slug}
    first, second = client.post("/cards/review", data=form), client.post("/cards/review", data=form)
    assert first.status_code == second.status_code == 302
    assert second.headers["Location"].endswith(f"/cards/study/{slug}")  # on to the next card
    assert review_logs(db) == 1


def test_another_learner_cannot_rate_my_card(client, make, auth, db) -> None:  # type: ignore[no-untyped-def]
    _, slug = setup_deck(client, make, auth)
    card = hidden(client.get(f"/cards/study/{slug}").get_data(as_text=True), "card")
    client.post("/cards/review", data={"card": card, "reps": 0, "rating": 3, "deck": slug})
    from app.models import ReviewLog

    log = db.session.scalars(select(ReviewLog)).one()
    auth.logout()
    make.user("bob@example.com")
    auth.login("bob@example.com")
    assert (
        client.post("/cards/review", data={"card": card, "reps": 1, "rating": 3}).status_code == 404
    )
    assert client.get(f"/cards/study?card={card}").status_code == 404
    assert client.post("/cards/undo", data={"log": log.id}).status_code == 404
    assert review_logs(db) == 1


def test_undo_shows_the_card_again_with_the_count_restored(client, make, auth, db) -> None:  # type: ignore[no-untyped-def]
    _, slug = setup_deck(client, make, auth)
    page = client.get(f"/cards/study/{slug}").get_data(as_text=True)
    card = hidden(page, "card")
    assert 'action="/cards/undo"' not in page  # nothing to undo yet
    client.post("/cards/review", data={"card": card, "reps": 0, "rating": 4, "deck": slug})
    page = client.get(f"/cards/study/{slug}").get_data(as_text=True)
    assert left(page) == 3
    r = client.post("/cards/undo", data={"log": hidden(page, "log"), "deck": slug})
    assert r.status_code == 302 and r.headers["Location"].endswith(
        f"/cards/study/{slug}?card={card}"
    )
    page = client.get(r.headers["Location"]).get_data(as_text=True)
    assert left(page) == 4 and hidden(page, "card") == card and review_logs(db) == 0
    again = client.post("/cards/undo", data={"log": 1, "deck": slug})
    assert again.status_code == 302  # a second press: nothing to undo, no error


def test_bad_ratings_are_refused(client, make, auth, db) -> None:  # type: ignore[no-untyped-def]
    _, slug = setup_deck(client, make, auth)
    card = hidden(client.get(f"/cards/study/{slug}").get_data(as_text=True), "card")
    for bad in (
        {"card": card, "reps": 0, "rating": 7},
        {"card": card, "rating": 3},
        {"card": card, "reps": 0, "rating": 3, "deck": "../x"},
    ):
        assert client.post("/cards/review", data=bad).status_code == 400
    assert review_logs(db) == 0


def test_multiple_choice_mode_without_javascript(client, make, auth, db) -> None:  # type: ignore[no-untyped-def]
    from app.models import Card

    _, slug = setup_deck(client, make, auth)
    r = client.post(
        "/cards/settings",
        data={
            "time_zone": "Europe/Berlin",
            "new_per_day": 10,
            "reviews_per_day": 100,
            "mode": "choice",
        },
    )
    assert r.status_code == 302
    page = client.get(f"/cards/study/{slug}").get_data(as_text=True)
    card = db.session.get(Card, hidden(page, "card"))
    wrong = next(o for o in card.question.options if not o.correct)
    assert page.count('type="submit" name="choice"') == 4
    shown = client.get(f"/cards/study/{slug}?card={card.id}&choice={wrong.id}").get_data(
        as_text=True
    )
    assert "Not quite." in shown and "is-wrong" in shown and "is-correct" in shown


def test_a_wrong_pick_in_multiple_choice_is_rated_again(client, make, auth, db) -> None:  # type: ignore[no-untyped-def]
    """Quizlet grades a wrong pick for you: only Again is offered, and Easy sent anyway is
    recorded as Again."""
    from app.models import Card, ReviewLog

    _, slug = setup_deck(client, make, auth)
    client.post(
        "/cards/settings",
        data={"time_zone": "UTC", "new_per_day": 10, "reviews_per_day": 100, "mode": "choice"},
    )
    page = client.get(f"/cards/study/{slug}").get_data(as_text=True)
    card = db.session.get(Card, hidden(page, "card"))
    wrong = next(o for o in card.question.options if not o.correct)
    shown = client.get(f"/cards/study/{slug}?card={card.id}&choice={wrong.id}").get_data(
        as_text=True
    )
    assert "A wrong pick is rated Again" in shown
    assert re.search(r'data-rating="4" hidden', shown) and not re.search(
        r'data-rating="1" hidden', shown
    )
    assert hidden(shown, "choice") == wrong.id
    client.post(
        "/cards/review",
        data={"card": card.id, "reps": 0, "rating": 4, "deck": slug, "choice": wrong.id},
    )
    assert db.session.scalars(select(ReviewLog.rating)).all() == ["Again"]


def test_study_settings_default_to_the_browser_zone(client, make, auth, db) -> None:  # type: ignore[no-untyped-def]
    make.user()
    auth.login("learner@example.com")
    client.set_cookie("tz", "America/Chicago")
    page = client.get("/cards/settings").get_data(as_text=True)
    assert '<option selected value="America/Chicago">' in page


def test_the_end_of_a_session_sums_it_up(client, make, auth, db) -> None:  # type: ignore[no-untyped-def]
    _, slug = setup_deck(client, make, auth)
    for rating in (1, 3, 4, 4):
        page = client.get(f"/cards/study/{slug}").get_data(as_text=True)
        if 'name="card"' not in page:
            break
        card, reps = hidden(page, "card"), hidden(page, "reps")
        client.post(
            "/cards/review", data={"card": card, "reps": reps, "rating": rating, "deck": slug}
        )
    client.post(
        "/cards/settings",
        data={"time_zone": "UTC", "new_per_day": 3, "reviews_per_day": 0, "mode": "recall"},
    )
    page = client.get(f"/cards/study/{slug}").get_data(as_text=True)
    while 'name="card"' in page:  # the Again card may still be in learning: rate it Good
        card, reps = hidden(page, "card"), hidden(page, "reps")
        client.post("/cards/review", data={"card": card, "reps": reps, "rating": 3, "deck": slug})
        page = client.get(f"/cards/study/{slug}").get_data(as_text=True)
    assert "Today you reviewed" in page and "<dt>Again</dt><dd>1</dd>" in page


def test_settings_page(client, make, auth, db) -> None:  # type: ignore[no-untyped-def]
    from app.services.cards.reviews import settings_for

    user = make.user()
    auth.login("learner@example.com")
    page = client.get("/cards/settings").get_data(as_text=True)
    assert '<option selected value="UTC">' in page and 'value="Pacific/Auckland"' in page
    bad = client.post(
        "/cards/settings",
        data={
            "time_zone": "Mars/Olympus",
            "new_per_day": 5,
            "reviews_per_day": 5,
            "mode": "recall",
        },
    )
    assert bad.status_code == 200 and settings_for(user).time_zone == "UTC"
    client.post(
        "/cards/settings",
        data={"time_zone": "Asia/Tokyo", "new_per_day": 5, "reviews_per_day": 50, "mode": "recall"},
    )
    assert (settings_for(user).time_zone, settings_for(user).new_per_day) == ("Asia/Tokyo", 5)


def test_stats_page_has_charts_and_numbers(client, make, auth, db) -> None:  # type: ignore[no-untyped-def]
    _, slug = setup_deck(client, make, auth)
    card = hidden(client.get(f"/cards/study/{slug}").get_data(as_text=True), "card")
    client.post("/cards/review", data={"card": card, "reps": 0, "rating": 1, "deck": slug})
    page = client.get("/cards/stats").get_data(as_text=True)
    assert page.count("<svg") == 2 and 'role="img"' in page and "<table" in page
    assert "Due today" in page and "Retention" in page and "Today" in page


def test_question_text_is_escaped_on_cards(client, make, auth, db) -> None:  # type: ignore[no-untyped-def]
    from app.models import Question

    quiz = make.quiz(1, cards_after_attempt=False)
    q = db.session.get(Question, quiz.items[0].question_id)
    q.stem = '<script>alert("x")</script> When?'
    db.session.commit()
    make.user()
    auth.login("learner@example.com")
    client.post(f"/cards/decks/quiz-{quiz.id}/add")
    page = client.get(f"/cards/study/quiz-{quiz.id}").get_data(as_text=True)
    assert "<script>alert" not in page and "&lt;script&gt;" in page


def test_forms_carry_csrf_tokens_and_need_them(app, client, make, auth, db) -> None:  # type: ignore[no-untyped-def]
    _, slug = setup_deck(client, make, auth)
    app.config["WTF_CSRF_ENABLED"] = True
    try:
        page = client.get(f"/cards/study/{slug}?reveal=1").get_data(as_text=True)
        assert 'name="csrf_token"' in page
        card = hidden(page, "card")
        r = client.post("/cards/review", data={"card": card, "reps": 0, "rating": 3, "deck": slug})
        assert r.status_code == 400 and review_logs(db) == 0
    finally:
        app.config["WTF_CSRF_ENABLED"] = False
