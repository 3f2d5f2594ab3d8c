"""Generation jobs: run `questions/` on an article in the background and report progress.

A job is a row (queued → running → done | failed) that the article page polls. Jobs run in a
small thread pool inside the web process: the generator takes seconds even for a long article, so
a separate worker service would add moving parts without benefit. A job whose heartbeat stops
(the process died mid-way) is shown as stalled and can be restarted; generation writes nothing
until it has finished, and then imports in one transaction, so a dead job leaves nothing half-done.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import timedelta
from typing import cast

from flask import Flask, current_app
from sqlalchemy import update
from werkzeug.local import LocalProxy

import questions

from ...extensions import db
from ...models import Document, GenerationJob
from ...models.base import utcnow
from ..errors import Conflict
from .importer import import_bank

log = logging.getLogger(__name__)
STALLED_AFTER = timedelta(minutes=2)
_executor: ThreadPoolExecutor | None = None


def stalled(job: GenerationJob) -> bool:
    """True when an unfinished job has not reported for a while: its worker is gone."""
    return job.status in ("queued", "running") and utcnow() - job.updated_at > STALLED_AFTER


def start(job: GenerationJob) -> Future[None] | None:
    """Run the job now (GENERATION_INLINE, for tests and the CLI) or on the thread pool."""
    return background(run, job.id)


def background(work: Callable[[int], None], job_id: int) -> Future[None] | None:
    """Run `work(job_id)` on the thread pool in an app context (at once with GENERATION_INLINE).

    Generation and large imports share the pool: both are rows with progress that a page polls.
    """
    # current_app is typed as the app it stands for; the worker thread needs the app itself.
    app = cast("LocalProxy[Flask]", current_app)._get_current_object()
    if app.config.get("GENERATION_INLINE"):
        work(job_id)
        return None
    global _executor
    if _executor is None:
        _executor = ThreadPoolExecutor(max_workers=2, thread_name_prefix="generate")
    return _executor.submit(_run_in_app, app, work, job_id)


def restart(doc: Document, job: GenerationJob | None) -> GenerationJob:
    """A new job for the document when the last one failed or stalled."""
    if job is not None and job.status in ("queued", "running") and not stalled(job):
        raise Conflict("Questions are already being written for this article.")
    new = GenerationJob(document_id=doc.id, status="queued", message="Waiting to start")
    db.session.add(new)
    db.session.commit()
    return new


def _run_in_app(app: Flask, work: Callable[[int], None], job_id: int) -> None:
    with app.app_context():
        try:
            work(job_id)
        finally:
            db.session.remove()


def run(job_id: int) -> None:
    """Generate and import the questions of the job's document, recording progress."""
    job = db.session.get(GenerationJob, job_id)
    if job is None or job.status not in ("queued", "running"):
        return
    doc = db.session.get(Document, job.document_id)
    if doc is None:
        return
    _report(job_id, "running", 1, "Reading the article")
    try:
        last = [0]

        def progress(done: int, total: int) -> None:
            percent = 5 + int(85 * done / max(total, 1))
            if percent - last[0] >= 5:
                last[0] = percent
                _report(job_id, "running", percent, f"Writing questions ({done} of {total} facts)")

        bank = questions.generate([questions.Source(doc.source, doc.text)], progress=progress)
        data = questions.bank_to_dict(bank)
        _report(job_id, "running", 92, "Saving the questions")
        report = import_bank(data, {doc.sha256: doc.text}, owner_id=doc.owner_id, status="draft")
        n = len(report.added) + len(report.updated) + len(report.unchanged)
        # A fact about this job, true for good: what still waits for review is counted live on
        # the article's page (the drafts), not frozen here.
        written = "1 question written" if n == 1 else f"{n} questions written"
        message = f"{written}, {len(report.added)} of them new"
        if n == 0:
            message = "No questions could be written: the article has no dates, figures or places"
        _report(job_id, "done", 100, message)
    except Exception:  # the job must end in a state the teacher can see, never hang
        log.exception("generation job %s failed", job_id)
        db.session.rollback()
        _report(job_id, "failed", 0, "Generation failed; try again, or check the article's text")


def _report(job_id: int, status: str, progress: int, message: str) -> None:
    """Record progress in its own short transaction, so the page sees it at once."""
    db.session.execute(
        update(GenerationJob)
        .where(GenerationJob.id == job_id)
        .values(status=status, progress=progress, message=message[:500], updated_at=utcnow())
    )
    db.session.commit()
