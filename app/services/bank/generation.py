"""Generation jobs: run `questions/` on an article in the background and report progress.

A job is a row (queued → running → done | failed) that the article page polls, from whichever
app server the teacher reaches: every report is a short transaction of its own. The job runs on
the task queue (`app/services/jobs/queue.py`): a worker process with QUEUE_URL, else inside the
app server. Generation writes nothing until it has finished; then the questions are imported and
the job marked done in one transaction, with the job's row locked, so a job whose worker died and
that the queue runs again either finds it done (and stops) or starts from nothing: the bank
never holds half an article, nor a question twice. A job that stops reporting (its worker died
and no retry came) is shown as stalled and can be restarted.
"""

from __future__ import annotations

import logging
from datetime import timedelta

import redis
from sqlalchemy import Table, select, update

import questions

from ...extensions import db
from ...models import Document, GenerationJob, ImportJob, ReadingJob
from ...models.base import utcnow
from ..errors import Conflict
from ..jobs import queue
from .importer import import_bank

log = logging.getLogger(__name__)
STALLED_AFTER = timedelta(minutes=2)  # running, and no report for this long: its worker is gone
WAITING_TOO_LONG = timedelta(minutes=30)  # queued this long: its message was lost
UNQUEUED = "The job queue could not be reached; start it again"


def stalled(job: GenerationJob) -> bool:
    """True when an unfinished job has not reported for a while: its worker is gone."""
    quiet = utcnow() - job.updated_at
    return (job.status == "running" and quiet > STALLED_AFTER) or (
        job.status == "queued" and quiet > WAITING_TOO_LONG
    )


def start(job: GenerationJob) -> None:
    """Queue the job (run it now with GENERATION_INLINE)."""
    send("generate", job.id, GenerationJob.__table__)


def send(kind: str, job_id: int, table: Table) -> None:
    """Queue a job whose row is in `table`; if the queue cannot be reached (after the Redis
    client's retries), the job ends failed, saying so, and the teacher can start it again."""
    try:
        queue.enqueue(kind, job_id)
    except redis.RedisError:
        log.exception("could not queue %s job %s", kind, job_id)
        db.session.rollback()
        db.session.execute(
            update(table)
            .where(table.c.id == job_id)
            .values(status="failed", message=UNQUEUED, updated_at=utcnow())
        )
        db.session.commit()


def restart(doc: Document, job: GenerationJob | None) -> GenerationJob:
    """A new job for the document when the last one failed or stalled."""
    if job is not None and job.status in ("queued", "running") and not stalled(job):
        raise Conflict("Questions are already being written for this article.")
    if job is not None and job.status in ("queued", "running"):
        # A stalled job's message may still come back from the queue: it will find itself failed.
        job.status, job.message = "failed", "Stopped; started again"
    new = GenerationJob(document_id=doc.id, status="queued", message="Waiting to start")
    db.session.add(new)
    db.session.commit()
    return new


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
        if not _import(job_id, doc, data):
            return
    except Exception:  # the job must end in a state the teacher can see, never hang
        log.exception("generation job %s failed", job_id)
        db.session.rollback()
        _report(job_id, "failed", 0, "Generation failed; try again, or check the article's text")


def _import(job_id: int, doc: Document, data: dict[str, object]) -> bool:
    """Import the bank and mark the job done in one transaction, the job's row locked: a second
    run of the job (its first worker died after this commit, and the queue ran it again) finds
    it done and writes nothing. False when another run finished it first."""
    locked = select(GenerationJob.status).where(GenerationJob.id == job_id).with_for_update()
    if db.session.scalar(locked) not in ("queued", "running"):
        db.session.rollback()
        return False
    report = import_bank(
        data, {doc.sha256: doc.text}, owner_id=doc.owner_id, status="draft", commit=False
    )
    n = len(report.added) + len(report.updated) + len(report.unchanged)
    # A fact about this job, true for good: what still waits for review is counted live on the
    # article's page (the drafts), not frozen here.
    written = "1 question written" if n == 1 else f"{n} questions written"
    message = f"{written}, {len(report.added)} of them new"
    if n == 0:
        message = "No questions could be written: the article has no dates, figures or places"
    _report(job_id, "done", 100, message)  # commits the import with it
    return True


def _report(job_id: int, status: str, progress: int, message: str) -> None:
    record(GenerationJob, job_id, status=status, progress=progress, message=message)


def record(
    job: type[GenerationJob | ImportJob | ReadingJob], job_id: int, **values: object
) -> None:
    """Record a job's progress on its row in its own short transaction, so that its page sees
    it at once (a message is cut to the 500 characters the row keeps)."""
    if "message" in values:
        values["message"] = str(values["message"])[:500]
    db.session.execute(update(job).where(job.id == job_id).values(updated_at=utcnow(), **values))
    db.session.commit()
