"""Taking the demo quiz in a browser: the steps and checks the quiz page tests share."""

from __future__ import annotations

import json
import re
from typing import Any

from playwright.sync_api import Page, Request
from sqlalchemy import select

PASSWORD = "a long enough password"


def start_quiz(page: Page, server) -> int:  # type: ignore[no-untyped-def]
    """A new learner joins the demo class and starts the demo quiz: the attempt's id."""
    page.goto(f"{server}/register")
    page.get_by_label("E-mail").fill("learner@example.com")
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    page.get_by_label("Repeat the password").fill(PASSWORD)
    page.get_by_label("Class code").fill(server.join_code)
    page.get_by_label("Repeat the password").press("Enter")
    page.wait_for_url(re.compile(r"/quizzes$"))
    page.get_by_role("button", name="Start").click()
    page.wait_for_url(re.compile(r"/attempts/\d+/1$"))
    return int(re.search(r"/attempts/(\d+)/1$", page.url).group(1))  # type: ignore[union-attr]


def attempt_data(page: Page) -> dict[str, Any]:
    return json.loads(page.locator("#attempt-data").text_content() or "")  # type: ignore[no-any-return]


def stored(server, attempt_id: int) -> dict[int, int]:  # type: ignore[no-untyped-def]
    """The saved responses of the attempt: question id → option id."""
    from app.extensions import db
    from app.models import Response

    query = select(Response.question_id, Response.option_id)
    with server.app.app_context():
        rows = db.session.execute(query.where(Response.attempt_id == attempt_id))
        return {question: option for question, option in rows}


def option_of(server, slot: dict[str, Any], correct: bool) -> int:  # type: ignore[no-untyped-def]
    """A correct (or a wrong) option of the slot's question."""
    from app.extensions import db
    from app.models import Option

    with server.app.app_context():
        return next(
            o["id"] for o in slot["options"] if db.session.get(Option, o["id"]).correct == correct
        )


def radio(page: Page, option: int):  # type: ignore[no-untyped-def]
    return page.locator(f"input[name=option][value='{option}']")


def is_save(request: Request) -> bool:
    return request.method == "POST" and request.url.endswith("/answers")


def jump(page: Page, number: int):  # type: ignore[no-untyped-def]
    return page.locator("nav.jump").get_by_role("link", name=str(number), exact=True)


def text(page: Page, selector: str) -> str:
    return " ".join(page.locator(selector).inner_text().split())
