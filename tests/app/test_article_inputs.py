"""Teachers add PDF and Word files, web pages and Wikipedia articles (through the Flask client,
against the loopback page server); hostile inputs get a 422 page and leave nothing stored."""

from __future__ import annotations

import io
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from sqlalchemy import func, select

from app.extensions import db as database
from app.models import Document, GenerationJob, Question, ReadingJob


@pytest.fixture
def teacher(make, auth):  # type: ignore[no-untyped-def]
    user = make.user("teacher@example.com", role="teacher")
    auth.login("teacher@example.com")
    return user


@contextmanager
def settings(app: Any, **values: Any) -> Iterator[None]:
    """Change the session app's settings for one block."""
    before = {k: app.config[k] for k in values}
    app.config.update(values)
    try:
        yield
    finally:
        app.config.update(before)


def upload(client: Any, name: str, data: bytes) -> Any:
    return client.post(
        "/teach/articles/new",
        data={"title": "", "file": (io.BytesIO(data), name), "text": "", "url": ""},
        content_type="multipart/form-data",
    )


def link(client: Any, url: str, follow: bool = False) -> Any:
    """Give a link; with `follow`, the page the teacher lands on (the reading, or the refusal)."""
    data = {"title": "", "url": url, "text": ""}
    return client.post("/teach/articles/new", data=data, follow_redirects=follow)


def stored() -> tuple[int, int, int]:
    """Documents, generation jobs and questions in the database."""
    count = database.session.scalar
    return (
        count(select(func.count(Document.id))) or 0,
        count(select(func.count(GenerationJob.id))) or 0,
        count(select(func.count(Question.id))) or 0,
    )


def only_document() -> Document:
    docs = database.session.scalars(select(Document)).all()
    assert len(docs) == 1
    return docs[0]


def test_a_pdf_becomes_an_article_whose_sources_show_their_page(  # type: ignore[no-untyped-def]
    client, teacher, documents
) -> None:
    response = upload(client, "canals.pdf", documents.handout_pdf())
    assert response.status_code == 302
    doc = only_document()
    assert doc.title == "The Canal Age" and doc.source == "canals.pdf"
    assert doc.pages is not None and len(doc.pages) == 3
    assert "(3 pages)" in client.get(response.location).get_data(as_text=True)
    ship = next(q for q in doc.questions if "Manchester Ship Canal" in q.sentence)
    assert ship.source_page() == 3
    page = client.get(f"/teach/bank?document={doc.id}&q=Ship").get_data(as_text=True)
    assert '<span class="source-page">p. 3</span>' in page
    first = next(q for q in doc.questions if "Bridgewater Canal opened" in q.sentence)
    assert first.source_page() == 1


def test_a_word_file_becomes_an_article(client, teacher, documents) -> None:  # type: ignore[no-untyped-def]
    assert upload(client, "canals.docx", documents.handout_docx()).status_code == 302
    doc = only_document()
    assert doc.title == "The Canal Age" and doc.pages is None
    assert "== Canals in numbers ==" in doc.text and doc.questions


def test_an_opendocument_file_becomes_an_article(client, teacher, documents) -> None:  # type: ignore[no-untyped-def]
    assert upload(client, "canals.odt", documents.handout_odt()).status_code == 302
    doc = only_document()
    assert doc.title == "The Canal Age" and "- He worked without written plans" in doc.text


@pytest.mark.parametrize(
    ("name", "maker", "message"),
    [
        ("scan.pdf", "scanned_pdf", "scan.pdf has no text; it looks scanned."),
        ("locked.pdf", "encrypted_pdf", "locked.pdf is protected by a password"),
        ("cut.pdf", "truncated_pdf", "cut.pdf is damaged or incomplete"),
        ("bomb.docx", "bomb_docx", "bomb.docx would unpack to 41 MB"),
        ("cut.docx", "truncated_docx", "cut.docx is damaged or incomplete"),
    ],
)
def test_hostile_files_get_a_422_and_store_nothing(  # type: ignore[no-untyped-def]
    client, teacher, documents, name, maker, message
) -> None:
    data = {
        "truncated_pdf": lambda: documents.handout_pdf()[:4000],
        "truncated_docx": lambda: documents.handout_docx()[:6000],
    }.get(maker, getattr(documents, maker, None))()
    response = upload(client, name, data)
    assert response.status_code == 422
    assert message in response.get_data(as_text=True)
    assert stored() == (0, 0, 0)
    assert database.session.scalar(select(func.count(ReadingJob.id))) == 0


def test_a_file_over_the_limit_is_named_with_its_size(app, client, teacher, documents) -> None:  # type: ignore[no-untyped-def]
    data = documents.handout_pdf()
    with settings(app, MAX_DOCUMENT_BYTES=10 * 1024):
        response = upload(client, "canals.pdf", data)
    assert response.status_code == 422
    kb = f"{len(data) / 1024:.0f} KB"
    assert f"canals.pdf is too large ({kb}; the limit is 10 KB)" in response.get_data(True)
    assert stored() == (0, 0, 0)


def test_a_large_file_is_read_in_the_background_with_progress(  # type: ignore[no-untyped-def]
    app, client, teacher, documents
) -> None:
    with settings(app, READ_INLINE_BYTES=1024):
        response = upload(client, "canals.pdf", documents.handout_pdf())
    assert response.status_code == 302 and "/teach/articles/reading/" in response.location
    job = database.session.scalars(select(ReadingJob)).one()
    assert job.status == "done" and job.payload is None and job.progress == 100
    status = client.get(f"/teach/articles/reading/{job.id}/status").get_json()
    assert status["status"] == "done" and status["document_id"] == job.document_id
    page = client.get(response.location)
    assert page.status_code == 302 and page.location.endswith(f"/articles/{job.document_id}")
    assert only_document().pages is not None and only_document().questions


def test_a_large_file_that_cannot_be_read_fails_and_stores_nothing(  # type: ignore[no-untyped-def]
    app, client, teacher, documents
) -> None:
    with settings(app, READ_INLINE_BYTES=100):
        response = upload(client, "scan.pdf", documents.scanned_pdf())
    page = client.get(response.location)
    assert page.status_code == 422
    assert "Nothing was stored." in page.get_data(as_text=True)
    assert "scan.pdf has no text; it looks scanned" in page.get_data(as_text=True)
    job = database.session.scalars(select(ReadingJob)).one()
    assert job.status == "failed" and job.payload is None and job.document_id is None
    assert stored() == (0, 0, 0)


def test_another_teacher_cannot_see_a_reading_job(
    app, client, teacher, make, auth, documents
) -> None:  # type: ignore[no-untyped-def]
    with settings(app, READ_INLINE_BYTES=100):
        location = upload(client, "canals.pdf", documents.handout_pdf()).location
    make.user("other@example.com", role="teacher")
    auth.login("other@example.com")
    assert client.get(location).status_code == 404
    assert client.get(f"{location}/status").status_code == 404


def test_a_special_export_file_of_wikipedia_becomes_an_article(client, teacher) -> None:  # type: ignore[no-untyped-def]
    from pathlib import Path

    recorded = Path(__file__).resolve().parents[1] / "documents" / "recorded"
    data = (recorded / "deir-ez-zor-offensive-2016.export.xml").read_bytes()
    assert upload(client, "Wikipedia-20261207.xml", data).status_code == 302
    doc = only_document()
    assert doc.title == "Deir ez-Zor offensive (2016)" and "\nInfobox\n- Conflict:" in doc.text


# -- links --------------------------------------------------------------------------------------


def test_a_web_page_becomes_an_article_that_keeps_its_link(client, teacher, pages) -> None:  # type: ignore[no-untyped-def]
    url = pages.url("/article.html")
    response = link(client, url)
    assert response.status_code == 302
    assert "/teach/articles/reading/" in response.headers["Location"]  # fetched in the background
    doc = only_document()
    assert doc.source == url and doc.url == url and doc.title == "The Canal Age"
    assert "== Engineers ==" in doc.text and "Copyright" not in doc.text
    bank = client.get(f"/teach/bank?document={doc.id}").get_data(as_text=True)
    assert f'class="source-link" href="{url}"' in bank


def test_a_redirect_is_followed_without_cookies(client, teacher, pages) -> None:  # type: ignore[no-untyped-def]
    assert link(client, pages.url("/moved")).status_code == 302
    assert only_document().source == pages.url("/article.html")  # the page, not the redirect
    assert [path for path, _ in pages.requests] == ["/moved", "/article.html"]
    assert all("cookie" not in headers for _, headers in pages.requests)


def test_a_wikipedia_link_is_read_from_its_recorded_wikitext(app, client, teacher, pages) -> None:  # type: ignore[no-untyped-def]
    url = "https://en.wikipedia.org/wiki/Deir_ez-Zor_offensive_(2016)"
    with settings(app, WIKIPEDIA_API=pages.wikipedia_api):
        assert link(client, url).status_code == 302
    doc = only_document()
    assert doc.source == url and doc.title == "Deir ez-Zor offensive (2016)"
    assert "\nInfobox\n- Conflict: Deir ez-Zor offensive (2016)\n" in doc.text
    assert pages.requests[0][0] == "/w/api.php"
    assert any(q.sentence.startswith("- Casualties2") for q in doc.questions)


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/login.html", "asks to sign in"),
        ("/members", "The page asks to sign in"),
        ("/nothing.html", "has no main text"),
        ("/gone", "The page was not found (HTTP 404)"),
        ("/loop", "redirects more than 5 times"),
        ("/big", "The page is too large (3.0 MB; the limit is 1.0 MB)"),
        ("/slow", "did not answer within 1 second;"),
    ],
)
def test_links_without_an_article_get_a_422_and_store_nothing(  # type: ignore[no-untyped-def]
    app, client, teacher, pages, path, message
) -> None:
    with settings(app, FETCH_TIMEOUT=1.0, FETCH_MAX_BYTES=1024 * 1024):
        response = link(client, pages.url(path), follow=True)  # the failed reading's page
    assert response.status_code == 422
    assert message in response.get_data(as_text=True)
    assert stored() == (0, 0, 0)


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("ftp://example.org/article", "Only http:// and https:// links"),
        ("file:///etc/passwd", "Only http:// and https:// links"),
        ("https://user:secret@example.org/", "user name or password"),
        ("https://en.wikipedia.org/wiki/No_such_article_here", "no page has that title"),
    ],
)
def test_links_that_are_refused(app, client, teacher, pages, url, message) -> None:  # type: ignore[no-untyped-def]
    with settings(app, WIKIPEDIA_API=pages.wikipedia_api):
        response = link(client, url, follow=True)
    assert response.status_code == 422 and message in response.get_data(as_text=True)
    assert stored() == (0, 0, 0)


def test_outside_the_tests_the_guard_refuses_the_loopback_server(
    app, client, teacher, pages
) -> None:  # type: ignore[no-untyped-def]
    with settings(app, FETCH_ALLOW_PRIVATE=False):
        response = link(client, pages.url("/article.html"))
    assert response.status_code == 422
    assert "127.0.0.1 points to a private, local or reserved network address (127.0.0.1)" in (
        response.get_data(as_text=True)
    )
    assert pages.requests == [] and stored() == (0, 0, 0)
