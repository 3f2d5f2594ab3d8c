"""A teacher opens the results of a quiz that several learners took."""

from __future__ import annotations

import random

import pytest
from playwright.sync_api import expect

from .conftest import ARTIFACTS

pytestmark = pytest.mark.browser
PASSWORD = "a long enough password"


def _quiz_taken_by_learners(app) -> int:  # type: ignore[no-untyped-def]
    """A teacher's quiz of eight questions and twelve learners' finished attempts."""
    from app.services.accounts import classes
    from app.services.accounts.users import create_user
    from app.services.bank import articles, curation, generation
    from app.services.quiz import answers, attempt_page, attempt_state, builder

    with app.app_context():
        teacher = create_user("results@example.com", PASSWORD, role="teacher", name="Mr Results")
        added = articles.add_article(
            teacher, app.config["DEMO_ARTICLE"].read_text(encoding="utf-8")
        )
        generation.start(added.job)
        ids = [q.id for q in curation.bank_page(teacher, curation.BankFilter()).items]
        curation.set_status(teacher, ids, "approved")
        quiz = builder.create_by_rules(
            teacher, builder.Settings("Results demo"), builder.Rules(count=8, seed=2)
        )
        group = classes.create_class(teacher, "Year 10")
        builder.open_to_classes(teacher, quiz, [group.id])
        rng = random.Random(4)
        for n in range(12):
            learner = create_user(f"pupil{n}@example.com", PASSWORD, name=f"Pupil {n + 1}")
            classes.join_class(learner, group.join_code)
            attempt_id, _ = attempt_state.start(learner.id, quiz.id)
            skill = n / 12
            for slot in attempt_page.load(learner.id, attempt_id).slots:
                right = rng.random() < 0.25 + 0.7 * skill
                options = [o for o in slot.options if o.correct == right]
                answers.save(learner.id, attempt_id, rng.choice(options).id, slot.question.id)
            attempt_state.submit(learner.id, attempt_id)
        return quiz.id


def test_results_of_a_quiz_several_learners_took(page, live_server) -> None:  # type: ignore[no-untyped-def]
    quiz_id = _quiz_taken_by_learners(live_server.app)
    page.goto(f"{live_server}/login")
    page.get_by_label("E-mail").fill("results@example.com")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.goto(f"{live_server}/teach/quizzes/{quiz_id}/results")
    expect(page.get_by_role("heading", name="Results: Results demo")).to_be_visible()
    chart = page.get_by_role("img", name="Number of attempts per score band (percent correct)")
    expect(chart).to_be_visible()
    assert page.locator("svg.chart rect.bar").count() == 10
    expect(page.locator("table.items tbody tr")).to_have_count(8)
    expect(page.get_by_role("link", name="Pupil 12")).to_be_visible()
    page.screenshot(path=str(ARTIFACTS / "results.png"), full_page=True)
    page.screenshot(path=str(ARTIFACTS / "results-top.png"))
