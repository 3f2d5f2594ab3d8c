"""A teacher brings a multi-page PDF, a Word file and a link: each is read (the large PDF in the
background), its questions are written while the page shows the progress, and the bank shows
each source with its page or its link."""

from __future__ import annotations

import re
from typing import Any

import pytest
from playwright.sync_api import expect

from .conftest import ARTIFACTS

pytestmark = pytest.mark.browser

PASSWORD = "a long enough password"


def _add(page: Any, base: str) -> None:
    page.goto(f"{base}/teach/articles/new")
    expect(page.get_by_role("heading", name="Add an article")).to_be_visible()


def test_a_teacher_adds_a_pdf_a_word_file_and_a_link(  # type: ignore[no-untyped-def]
    page, live_server, documents, pages
) -> None:
    from app.services.accounts.users import create_user

    app = live_server.app
    app.config.update(GENERATION_INLINE=False, READ_INLINE_BYTES=1024)  # the background path
    with app.app_context():
        create_user("ms.rivers@example.com", PASSWORD, role="teacher", name="Ms Rivers")
    demo = app.config["DEMO_ARTICLE"].read_text(encoding="utf-8")
    visited: list[str] = []
    page.on("framenavigated", lambda frame: visited.append(frame.url))

    page.goto(f"{live_server}/login")
    page.get_by_label("E-mail").fill("ms.rivers@example.com")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()

    # A three-page PDF of an article (larger than READ_INLINE_BYTES: read in the background).
    _add(page, live_server)
    page.get_by_label("Title (optional)").fill("The offensive, as a PDF")
    page.get_by_label(re.compile("^Upload a PDF")).set_input_files(
        files=[
            {
                "name": "offensive.pdf",
                "mimeType": "application/pdf",
                "buffer": documents.article_pdf(demo),
            }
        ]
    )
    page.get_by_role("button", name="Add article and write questions").click()
    page.wait_for_url(re.compile(r"/teach/articles/\d+$"))
    assert any("/teach/articles/reading/" in url for url in visited)  # the reading job's page
    expect(page.get_by_role("heading", name="The offensive, as a PDF")).to_be_visible()
    expect(page.get_by_text("(3 pages)")).to_be_visible()
    expect(page.locator(".job progress")).to_be_visible()
    expect(page.get_by_role("status")).to_contain_text("questions written", timeout=60000)
    page.get_by_role("link", name="Review the questions").click()
    sources = page.locator(".source-page")
    expect(sources.first).to_have_text(re.compile(r"^p\. [123]$"))
    assert {sources.nth(i).inner_text() for i in range(sources.count())} >= {"p. 1", "p. 2"}
    page.screenshot(path=str(ARTIFACTS / "bank-pdf-pages.png"), full_page=True)

    # A Word handout.
    _add(page, live_server)
    page.get_by_label(re.compile("^Upload a PDF")).set_input_files(
        files=[
            {
                "name": "canals.docx",
                "mimeType": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "buffer": documents.handout_docx(),
            }
        ]
    )
    page.get_by_role("button", name="Add article and write questions").click()
    page.wait_for_url(re.compile(r"/teach/articles/\d+$"))
    expect(page.get_by_role("heading", name="The Canal Age")).to_be_visible()
    expect(page.get_by_role("status")).to_contain_text("questions written", timeout=60000)
    page.get_by_role("link", name="Review the questions").click()
    expect(page.locator(".bank-item").first).to_be_visible()

    # A web page from the local test server.
    url = pages.url("/article.html")
    _add(page, live_server)
    page.get_by_label(re.compile("give a link")).fill(url)
    page.get_by_role("button", name="Add article and write questions").click()
    page.wait_for_url(re.compile(r"/teach/articles/\d+$"))
    expect(page.get_by_role("link", name=url)).to_be_visible()
    expect(page.get_by_role("status")).to_contain_text("questions written", timeout=60000)
    page.get_by_role("link", name="Review the questions").click()
    expect(page.locator(f'a.source-link[href="{url}"]').first).to_be_visible()

    # A scanned PDF (read in the background too): a plain sentence, nothing stored.
    _add(page, live_server)
    page.get_by_label(re.compile("^Upload a PDF")).set_input_files(
        files=[
            {"name": "scan.pdf", "mimeType": "application/pdf", "buffer": documents.scanned_pdf()}
        ]
    )
    page.get_by_role("button", name="Add article and write questions").click()
    alert = page.get_by_role("alert")
    expect(alert).to_contain_text("Nothing was stored. scan.pdf has no text; it looks scanned.")
    page.screenshot(path=str(ARTIFACTS / "reading-failed.png"), full_page=True)
