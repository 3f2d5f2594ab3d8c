"""Imports: the import's own body limit holds before the form is read, and a large file is
imported in the background with progress, so that no request waits for it."""

from __future__ import annotations

import io
import re
import threading

import pytest
from flask import Flask
from sqlalchemy import func, select

from app.models import ImportJob, Question
from app.services.bank import import_jobs

from ..conftest import PASSWORD
from .test_bank_io import teacher  # noqa: F401 - the fixture, used by every test

pytestmark = pytest.mark.usefixtures("teacher")

GIFT = "\n\n".join(
    f"::q{i}:: In which year did event {i} happen? {{=19{i:02d} ~18{i:02d} ~17{i:02d} ~16{i:02d}}}"
    for i in range(40)
).encode()


def post_file(client, raw: bytes, name: str = "bank.gift", **extra: str):  # type: ignore[no-untyped-def]
    return client.post(
        "/teach/bank/import",
        data={"file": (io.BytesIO(raw), name), "format": "", **extra},
        content_type="multipart/form-data",
    )


@pytest.fixture
def small_inline(app: Flask):  # type: ignore[no-untyped-def]
    """Any file over 1 KB goes to the background."""
    old = app.config["IMPORT_INLINE_BYTES"]
    app.config["IMPORT_INLINE_BYTES"] = 1024
    yield
    app.config["IMPORT_INLINE_BYTES"] = old


def test_the_import_limit_holds_before_the_form_is_read(app, client, auth) -> None:  # type: ignore[no-untyped-def]
    """With CSRF checked (as in production) a 3 MB file is read, not refused at the app's 2 MB."""
    from config import TestingConfig

    auth.login("teacher@example.com")
    big = GIFT + b"\n" + b" " * (3 * 1024 * 1024)
    assert len(big) > app.config["MAX_CONTENT_LENGTH"]
    app.config["WTF_CSRF_ENABLED"] = True
    try:
        page = client.get("/teach/bank/import").get_data(as_text=True)
        token = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', page)
        assert token
        r = post_file(client, big, csrf_token=token.group(1))
        assert r.status_code == 302, r.status_code  # a background import, not a 413
        huge = b" " * (app.config["MAX_IMPORT_BYTES"] + 128 * 1024)
        assert post_file(client, huge, csrf_token=token.group(1)).status_code == 413
        other = client.post("/teach/classes", data={"name": "x" * (3 * 1024 * 1024)})
        assert other.status_code == 413  # elsewhere the app's limit stays
    finally:
        app.config["WTF_CSRF_ENABLED"] = TestingConfig.WTF_CSRF_ENABLED
    job = client.get(r.location)
    assert job.status_code == 200 and "40 added" in job.get_data(as_text=True)


def test_a_large_file_is_imported_in_the_background_with_progress(
    client,
    auth,
    db,
    small_inline,
    monkeypatch,
) -> None:  # type: ignore[no-untyped-def]
    seen: list[tuple[object, object]] = []
    real = import_jobs.record

    def spy(job: type[ImportJob], job_id: int, **values: object) -> None:
        seen.append((values.get("progress"), values.get("message")))
        real(job, job_id, **values)

    monkeypatch.setattr(import_jobs, "record", spy)
    auth.login("teacher@example.com")
    r = post_file(client, GIFT)
    assert r.status_code == 302 and re.fullmatch(r"/teach/bank/imports/\d+", r.location)
    page = client.get(r.location).get_data(as_text=True)
    assert "Imported." in page and "40 added" in page
    status = client.get(r.location + "/status").get_json()
    assert status == {"status": "done", "progress": 100, "message": status["message"]}
    messages = [m for _, m in seen]
    assert "Reading the file" in messages and any("Saving" in str(m) for m in messages)
    percents = [p for p, _ in seen]
    assert percents == sorted(percents)  # progress only goes forward
    job = db.session.scalars(select(ImportJob)).one()
    assert job.payload is None  # the upload is not kept
    count = db.session.scalar(select(func.count(Question.id)))
    assert count is not None and count >= 40


def test_a_bad_large_file_lists_its_problems(client, auth, db, small_inline) -> None:  # type: ignore[no-untyped-def]
    auth.login("teacher@example.com")
    before = db.session.scalar(select(func.count(Question.id)))
    r = post_file(client, b"{" + b" " * 2000 + b"not json", "bank.json")
    page = client.get(r.location).get_data(as_text=True)
    assert "Nothing was imported" in page and "not JSON" in page
    assert db.session.scalar(select(func.count(Question.id))) == before


def test_the_request_does_not_wait_for_the_import(
    app, client, auth, db, small_inline, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """On the queue (as in production) the upload's request returns while the job waits."""
    release, finished = threading.Event(), threading.Event()
    real = import_jobs.run

    def held(job_id: int) -> None:
        release.wait(30)
        try:
            real(job_id)
        finally:
            finished.set()

    monkeypatch.setattr(import_jobs, "run", held)
    app.config["GENERATION_INLINE"] = False
    try:
        auth.login("teacher@example.com")
        r = post_file(client, GIFT)
        assert r.status_code == 302
        db.session.expire_all()
        job = db.session.scalars(select(ImportJob)).one()
        assert job.status == "queued"  # the request came back before the import ran
        waiting = client.get(r.location)
        assert waiting.status_code == 200 and 'data-status="queued"' in waiting.get_data(
            as_text=True
        )
        release.set()
        assert finished.wait(60)
    finally:
        app.config["GENERATION_INLINE"] = True
    assert client.get(r.location + "/status").get_json()["status"] == "done"


def test_another_teachers_import_is_not_found(app, client, auth, db, make, small_inline) -> None:  # type: ignore[no-untyped-def]
    auth.login("teacher@example.com")
    r = post_file(client, GIFT)
    make.user("other@example.com", role="teacher")
    other = app.test_client()
    other.post("/login", data={"email": "other@example.com", "password": PASSWORD})
    assert other.get(r.location).status_code == 404
    assert other.get(r.location + "/status").status_code == 404
