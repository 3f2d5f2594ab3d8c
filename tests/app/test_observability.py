"""What a school's IT watches: /metrics in the Prometheus format, and request ids carried from a
request into its log lines and into the jobs it queued."""

from __future__ import annotations

import logging
import re

import pytest

from app.logs import RequestIdFilter

from ..conftest import DEMO_ARTICLE
from .test_answer_route import save, taking


def metric(text: str, name: str, **labels: str) -> float:
    """The value of one sample in the exposition (0 when absent)."""
    wanted = ",".join(f'{k}="{v}"' for k, v in labels.items())
    pattern = (
        "^" + re.escape(name) + (r"\{" + re.escape(wanted) + r"\}" if labels else "") + r" (\S+)$"
    )
    found = re.search(pattern, text, re.M)
    return float(found.group(1)) if found else 0.0


def scrape(client) -> str:  # type: ignore[no-untyped-def]
    r = client.get("/metrics")
    assert r.status_code == 200 and r.mimetype == "text/plain"
    return str(r.get_data(as_text=True))


def test_metrics_count_answers_requests_and_connections(client, make, auth, db) -> None:  # type: ignore[no-untyped-def]
    before = metric(scrape(client), "factdeck_answers_saved_total")
    aid, slots = taking(client, make, auth)
    for slot in slots[:2]:
        body = {"question": slot["question"], "option": slot["options"][0]["id"]}
        assert save(client, aid, body).status_code == 200
    text = scrape(client)
    assert metric(text, "factdeck_answers_saved_total") == before + 2
    saves = metric(
        text,
        "factdeck_request_seconds_count",
        endpoint="quiz.save_answer",
        method="POST",
        status="200",
    )
    assert saves >= 2, [line for line in text.splitlines() if "save" in line]
    assert "factdeck_db_connections_in_use " in text and "factdeck_db_connections_open " in text
    assert metric(text, "factdeck_queue_length") == 0


def test_metrics_count_jobs_by_status_from_the_database(client, make, auth, db) -> None:  # type: ignore[no-untyped-def]
    make.user("teacher@example.com", role="teacher")
    auth.login("teacher@example.com")
    done = metric(scrape(client), "factdeck_jobs", kind="generate", status="done")
    r = client.post(
        "/teach/articles/new", data={"title": "", "text": DEMO_ARTICLE.read_text("utf-8")}
    )
    assert r.status_code == 302
    text = scrape(client)
    assert metric(text, "factdeck_jobs", kind="generate", status="done") == done + 1
    assert 'factdeck_jobs{kind="import",status="failed"}' in text


def test_metrics_need_the_token_when_one_is_set(app, client) -> None:  # type: ignore[no-untyped-def]
    app.config.update(METRICS_TOKEN="scrape-secret", METRICS_OPEN=False)
    try:
        assert client.get("/metrics").status_code == 404
        wrong = client.get("/metrics", headers={"Authorization": "Bearer nope"})
        assert wrong.status_code == 404
        right = client.get("/metrics", headers={"Authorization": "Bearer scrape-secret"})
        assert right.status_code == 200 and b"factdeck_request_seconds" in right.data
    finally:
        app.config.update(METRICS_TOKEN="", METRICS_OPEN=True)


def test_metrics_are_closed_in_production_without_a_token(app, client) -> None:  # type: ignore[no-untyped-def]
    app.config.update(METRICS_OPEN=False)
    try:
        assert client.get("/metrics").status_code == 404
    finally:
        app.config.update(METRICS_OPEN=True)


def test_every_response_carries_a_request_id(client) -> None:  # type: ignore[no-untyped-def]
    fresh = client.get("/healthz").headers["X-Request-ID"]
    assert re.fullmatch(r"[0-9a-f]{32}", fresh)
    assert client.get("/healthz").headers["X-Request-ID"] != fresh
    given = client.get("/healthz", headers={"X-Request-ID": "lb-7f3a-0001"})
    assert given.headers["X-Request-ID"] == "lb-7f3a-0001"
    forged = client.get("/healthz", headers={"X-Request-ID": "<script>alert(1)</script>"})
    assert re.fullmatch(r"[0-9a-f]{32}", forged.headers["X-Request-ID"])


@pytest.fixture
def records(caplog):  # type: ignore[no-untyped-def]
    caplog.set_level(logging.INFO)
    caplog.handler.addFilter(RequestIdFilter())
    return caplog


def test_the_request_id_reaches_the_log_lines_of_the_job_it_queued(
    client, make, auth, records
) -> None:  # type: ignore[no-untyped-def]
    make.user("teacher@example.com", role="teacher")
    auth.login("teacher@example.com")
    r = client.post(
        "/teach/articles/new",
        data={"title": "", "text": DEMO_ARTICLE.read_text("utf-8")},
        headers={"X-Request-ID": "add-article-42"},
    )
    assert r.status_code == 302 and r.headers["X-Request-ID"] == "add-article-42"
    job_lines = [rec for rec in records.records if rec.getMessage() == "job started"]
    assert job_lines and all(rec.request_id == "add-article-42" for rec in job_lines)
    request_lines = [rec for rec in records.records if rec.getMessage() == "request"]
    assert any(
        rec.request_id == "add-article-42" and rec.path == "/teach/articles/new"
        for rec in request_lines
    )


def test_json_log_lines_carry_the_request_id(capsys) -> None:  # type: ignore[no-untyped-def]
    import json

    from app import logs

    root = logging.getLogger()
    saved = root.handlers[:], root.level
    try:
        logs.configure("json")
        with logs.carrying("job-run-7"):
            logging.getLogger("factdeck.test").info("hello", extra={"job_id": 7})
    finally:
        root.handlers[:], _ = saved
        root.setLevel(saved[1])
    line = json.loads(capsys.readouterr().err.strip().splitlines()[-1])
    assert line["message"] == "hello" and line["request_id"] == "job-run-7"
    assert line["job_id"] == 7 and line["level"] == "INFO" and line["logger"] == "factdeck.test"
