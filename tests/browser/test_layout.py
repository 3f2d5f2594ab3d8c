"""Layout: the rule-based builder's checkboxes sit beside their labels, and the bank's
difficulty filter reads on one line."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from .quizpage import PASSWORD

pytestmark = pytest.mark.browser


def _teacher(page, server) -> None:  # type: ignore[no-untyped-def]
    from app.extensions import db
    from app.models import Document
    from app.services.accounts.users import create_user

    with server.app.app_context():
        teacher = create_user("ms.layout@example.com", PASSWORD, role="teacher")
        for doc in db.session.scalars(select(Document)):
            doc.owner_id = teacher.id
        db.session.commit()
    page.goto(f"{server}/login")
    page.get_by_label("E-mail").fill("ms.layout@example.com")
    page.get_by_label("Password").fill(PASSWORD)
    with page.expect_navigation():
        page.get_by_role("button", name="Log in").click()


def _same_line(a, b) -> bool:  # type: ignore[no-untyped-def]
    box_a, box_b = a.bounding_box(), b.bounding_box()
    assert box_a and box_b
    middle = box_a["y"] + box_a["height"] / 2
    return box_b["y"] <= middle <= box_b["y"] + box_b["height"] and box_a["x"] < box_b["x"]


def test_builder_checkboxes_sit_beside_their_labels(page, live_server) -> None:  # type: ignore[no-untyped-def]
    _teacher(page, live_server)
    page.goto(f"{live_server}/teach/quizzes/new")
    for name in ("Dates", "Figures", "Places"):
        box = page.get_by_label(name, exact=True)
        label = page.locator(f"label[for='{box.get_attribute('id')}']")
        assert _same_line(box, label), name
    shuffle = page.get_by_label("Shuffle questions (and options whose order is not logical)")
    assert _same_line(shuffle, page.locator("label[for=shuffle]"))


def test_bank_difficulty_filter_is_on_one_line(page, live_server) -> None:  # type: ignore[no-untyped-def]
    _teacher(page, live_server)
    page.goto(f"{live_server}/teach/bank")
    easiest, hardest = page.get_by_label("Easiest"), page.get_by_label("Hardest")
    assert _same_line(easiest, hardest)
