"""A teacher uploads an article, approves items, builds a quiz and opens it to a class; a learner
joins with the code and takes it."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from .conftest import ARTIFACTS

pytestmark = pytest.mark.browser

ARTICLE = """= Riverton =

Riverton is a market town in the north of England. It lies on the River Wend.

== History ==
The town was founded in 1154 as a market for wool. A stone bridge over the Wend was completed \
in 1320. The canal to Hull opened on 14 May 1791, and by 1801 the town had 4,200 inhabitants. \
The railway station opened in 1847. In 1901 the population reached 18,500.

== Economy ==
The mill closed in 1968 after a fire destroyed its main hall.
"""
PASSWORD = "a long enough password"


def test_teacher_builds_a_quiz_and_a_learner_takes_it(page, live_server, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from app.services.accounts.users import create_user

    with live_server.app.app_context():
        create_user("ms.rivers@example.com", PASSWORD, role="teacher", name="Ms Rivers")
    article = tmp_path / "riverton.md"
    article.write_text(ARTICLE, encoding="utf-8")

    # The teacher logs in and uploads the article.
    page.goto(f"{live_server}/login")
    page.get_by_label("E-mail").fill("ms.rivers@example.com")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.get_by_role("link", name="Teach").click()
    page.get_by_role("link", name="Add an article").first.click()
    page.get_by_label("Upload a PDF, Word (.docx), .txt or .md file").set_input_files(str(article))
    page.get_by_role("button", name="Add article and write questions").click()
    page.wait_for_url(re.compile(r"/teach/articles/\d+$"))
    expect(page.get_by_role("heading", name="Riverton")).to_be_visible()
    page.get_by_role("link", name="Review the questions").click()  # shown once the job is done

    # Approve every draft but one, which is retired.
    items = page.locator(".bank-item")
    total = items.count()
    assert total >= 4
    assert items.first.locator("mark").count() == 1
    page.get_by_role("button", name=re.compile(r"^Retire question")).first.click()
    expect(page.get_by_text("1 question retired.")).to_be_visible()
    page.get_by_label("tick all on this page").check()
    page.locator("#bulk").get_by_role("button", name="Approve").click()
    expect(page.get_by_text(f"{total - 1} questions approved.")).to_be_visible()

    # A class, then a quiz built by rules and opened to it.
    page.locator(".subnav").get_by_role("link", name="Classes").click()
    page.get_by_label("Class name").fill("Year 8 History")
    page.get_by_role("button", name="Create class").click()
    code = page.locator("code.big-code").inner_text()
    assert re.fullmatch(r"[A-Z2-9]{8}", code)
    page.locator(".subnav").get_by_role("link", name="Quizzes").click()
    page.get_by_role("link", name="Build by rules").click()
    page.get_by_label("Title").fill("Riverton check")
    page.get_by_label("Number of questions").fill("3")
    page.get_by_role("button", name="Create quiz").click()
    expect(page.get_by_text("Quiz “Riverton check” created with 3 questions.")).to_be_visible()
    page.get_by_label("Year 8 History").check()
    page.get_by_role("button", name="Save classes").click()
    expect(page.get_by_text("“Riverton check” is open to Year 8 History.")).to_be_visible()
    page.get_by_role("link", name="Preview as a learner").click()
    expect(page.get_by_text("Question 1 of 3")).to_be_visible()
    page.screenshot(path=str(ARTIFACTS / "teacher-preview.png"), full_page=True)
    page.get_by_role("button", name=re.compile("Log out")).click()

    # A learner registers with the code and takes the quiz.
    page.goto(f"{live_server}/register")
    page.get_by_label("E-mail").fill("sam@example.com")
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    page.get_by_label("Repeat the password").fill(PASSWORD)
    page.get_by_label("Class code").fill(code.lower())
    page.get_by_role("button", name="Create account").click()
    page.wait_for_url(re.compile(r"/quizzes$"))
    expect(page.get_by_text("Riverton check")).to_be_visible()
    expect(page.get_by_text("Deir ez-Zor offensive (2016): demo quiz")).to_have_count(0)
    page.locator("li", has_text="Riverton check").get_by_role("button", name="Start").click()
    for n in range(1, 4):
        page.wait_for_url(re.compile(rf"/attempts/\d+/{n}$"))
        page.locator("input[name=option]").first.check()
        page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/submit$"))
    page.get_by_role("button", name=re.compile("Submit")).click()
    page.wait_for_url(re.compile(r"/result$"))
    assert re.fullmatch(r"\d / 3", page.locator(".score .big").inner_text())
    assert page.locator("ol.review > li").count() == 3
