"""Large PDF and Word files read in the background, with progress, before questions are written.

A file over READ_INLINE_BYTES (config) could hold a request for many seconds (a long PDF is
read at tens of pages a second), so its bytes wait in a `ReadingJob` row (the database, which
every worker reads: no local file) and are read on the job queue (`app/services/jobs/queue.py`),
page by page with progress. Only
a file read whole becomes an article: then the article is added as an upload would be, its
generation job starts, and the page that showed the reading moves on to the article's page. A
file that cannot be read leaves the job failed with the reason and nothing else; the upload is
dropped either way.
"""

from __future__ import annotations

import logging

from flask import current_app

from ...extensions import db
from ...models import ReadingJob, User
from ...models.base import utcnow
from ..errors import ServiceError
from ..ownership import owned
from . import articles, generation, reading

log = logging.getLogger(__name__)


def create(owner: User, filename: str, data: bytes, title: str = "") -> ReadingJob:
    """A queued reading of the uploaded file for the teacher."""
    return _queued(owner, title, filename=(filename or "")[:500], payload=data)


def create_link(owner: User, url: str, title: str = "") -> ReadingJob:
    """A queued fetch and reading of a link for the teacher (checked already)."""
    return _queued(owner, title, url=url.strip()[:2000])


def _queued(owner: User, title: str, **what: object) -> ReadingJob:
    job = ReadingJob(
        owner_id=owner.id, title=title.strip()[:500], message="Waiting to start", **what
    )
    db.session.add(job)
    db.session.commit()
    return job


def start(job: ReadingJob) -> None:
    """Queue the reading (run it now with GENERATION_INLINE)."""
    generation.send("read", job.id, ReadingJob.__table__)


def own_job(teacher: User, job_id: int) -> ReadingJob:
    """One of the teacher's reading jobs, or NotFound."""
    return owned(ReadingJob, job_id, teacher, lambda j: j.owner_id, "upload")


def stalled(job: ReadingJob) -> bool:
    """True when an unfinished job has not reported for a while: its worker is gone, or (queued
    for long) its message was lost."""
    quiet = utcnow() - job.updated_at
    return (job.status == "running" and quiet > generation.STALLED_AFTER) or (
        job.status == "queued" and quiet > generation.WAITING_TOO_LONG
    )


def summary(job: ReadingJob) -> dict[str, object]:
    """The job as the page's script polls it."""
    status = "stalled" if stalled(job) else job.status
    return {
        "status": status,
        "progress": job.progress,
        "message": job.message,
        "document_id": job.document_id,
    }


def run(job_id: int) -> None:
    """Read the job's file, reporting pages as they are read; add the article if it was read."""
    job = db.session.get(ReadingJob, job_id)
    if job is None or job.status not in ("queued", "running"):
        return
    if job.payload is None and not job.url:
        return
    owner = db.session.get(User, job.owner_id)
    data, filename, title, url = job.payload or b"", job.filename, job.title, job.url
    last = [0]

    def progress(done: int, total: int) -> None:
        percent = 2 + int(95 * done / max(total, 1))
        if percent - last[0] >= 3:
            last[0] = percent
            generation.record(
                ReadingJob,
                job_id,
                status="running",
                progress=percent,
                message=f"Reading page {done} of {total}",
            )

    generation.record(
        ReadingJob,
        job_id,
        status="running",
        progress=1,
        message="Opening the link" if url else "Opening the file",
    )
    try:
        if owner is None:
            raise ServiceError("The account that uploaded this file no longer exists.")
        if url:
            generation.record(
                ReadingJob, job_id, status="running", progress=5, message="Fetching the page"
            )
            converted = reading.read_url(url, current_app.config)
            source = converted.source or url
        else:
            converted = reading.read_upload(
                filename, data, int(current_app.config["MAX_ARTICLE_BYTES"]), progress
            )
            source = filename
        added = articles.add_article(owner, converted.text, title, source, converted.pages)
    except ServiceError as exc:
        db.session.rollback()
        generation.record(
            ReadingJob, job_id, status="failed", progress=100, message=str(exc), payload=None
        )
        return
    except Exception:  # the job must end in a state the teacher can see, never hang
        log.exception("reading job %s failed", job_id)
        db.session.rollback()
        message = "Reading the file failed on our side; nothing was stored. Try again."
        generation.record(
            ReadingJob, job_id, status="failed", progress=100, message=message, payload=None
        )
        return
    done = "Read; writing questions" if added.created else "You already added this article"
    generation.record(
        ReadingJob,
        job_id,
        status="done",
        progress=100,
        message=done,
        payload=None,
        document_id=added.document.id,
    )
    if added.created and added.job is not None:
        generation.start(added.job)
