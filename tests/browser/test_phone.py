"""A learner on a phone (390×844, touch): the header leaves room for the question, key hints
(for keyboards) are not shown, and the site has its mark as favicon."""

from __future__ import annotations

import re

import pytest

from .conftest import ARTIFACTS, chromium_page
from .quizpage import start_quiz

pytestmark = pytest.mark.browser
PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True}


@pytest.fixture
def phone(live_server):  # type: ignore[no-untyped-def]
    yield from chromium_page(**PHONE)


def test_phone_header_is_short_and_key_hints_are_hidden(phone, live_server) -> None:  # type: ignore[no-untyped-def]
    start_quiz(phone, live_server)
    header = phone.locator("header.site").bounding_box()
    assert header is not None and header["height"] <= 96, header
    assert not phone.locator(".hint").is_visible()
    assert not phone.locator(".option .key").first.is_visible()
    last_option = phone.locator(".option").last.bounding_box()
    assert last_option is not None and last_option["y"] + last_option["height"] <= 844
    phone.screenshot(path=str(ARTIFACTS / "phone-question.png"))


def test_favicon_is_the_mark(page, live_server) -> None:  # type: ignore[no-untyped-def]
    page.goto(f"{live_server}/login")
    icon = page.locator("link[rel=icon]").get_attribute("href")
    assert icon and icon.endswith(".svg")
    response = page.goto(f"{live_server}/favicon.ico")
    assert response is not None and response.ok
    assert re.search(r"image/svg\+xml", response.headers["content-type"])
