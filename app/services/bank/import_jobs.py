"""Large bank files imported in the background, with progress, like question generation.

A file larger than IMPORT_INLINE_BYTES (config) would keep a request, and a worker, busy for
longer than a few seconds (a 2 MB GIFT file of 20,000 questions takes about 30 s to read, check
and save), so the upload is kept in a job row (in the database, which every app server and
worker reads: no local file) and imported on the task queue (`app/services/jobs/queue.py`) while
the teacher's page shows its progress. The import itself is the same as inside a request: all or
nothing, every problem listed. A job whose worker died (no report for STALLED_AFTER) is shown
as stopped; nothing was written, since the import commits once at the end. A job that the queue runs again
after its worker died imports the same file again, which matches every question by its id and
changes nothing that the first run committed; a job already done is not run again.
"""

from __future__ import annotations

import logging
from datetime import timedelta

from ...extensions import db
from ...models import ImportJob, User
from ...models.base import utcnow
from ..errors import ServiceError
from ..ownership import owned
from . import foreign, transfer
from .generation import record, send

log = logging.getLogger(__name__)
STALLED_AFTER = timedelta(minutes=5)  # the checks of a large file report no progress for a while
WAITING_TOO_LONG = timedelta(minutes=30)  # queued this long: its message was lost


def stalled(job: ImportJob) -> bool:
    """True when an unfinished job has not reported for a while: its worker is gone (or, queued,
    its message was lost)."""
    quiet = utcnow() - job.updated_at
    return (job.status == "running" and quiet > STALLED_AFTER) or (
        job.status == "queued" and quiet > WAITING_TOO_LONG
    )


def create(owner: User, filename: str, fmt: str, raw: bytes) -> ImportJob:
    """A queued import of the uploaded bytes for the teacher."""
    job = ImportJob(
        owner_id=owner.id,
        filename=(filename or "")[:500],
        format=fmt,
        payload=raw,
        message="Waiting to start",
    )
    db.session.add(job)
    db.session.commit()
    return job


def start(job: ImportJob) -> None:
    """Queue the import (run it now with GENERATION_INLINE)."""
    send("import", job.id, ImportJob.__table__)


def own_job(teacher: User, job_id: int) -> ImportJob:
    """One of the teacher's import jobs, or NotFound."""
    return owned(ImportJob, job_id, teacher, lambda j: j.owner_id, "import")


def problems(job: ImportJob) -> list[str]:
    """What was wrong with the file, when nothing was imported."""
    return [line for line in job.errors.split("\n") if line]


def run(job_id: int) -> None:
    """Import the job's file, recording progress; the upload is dropped afterwards."""
    from flask import current_app

    job = db.session.get(ImportJob, job_id)
    if job is None or job.status not in ("queued", "running") or job.payload is None:
        return
    owner = db.session.get(User, job.owner_id)
    raw, fmt, filename = job.payload, job.format, job.filename
    limit = int(current_app.config["MAX_IMPORT_BYTES"])

    def progress(percent: int, message: str) -> None:
        record(ImportJob, job_id, status="running", progress=percent, message=message)

    progress(1, "Starting")
    try:
        if owner is None:
            raise ServiceError("The account that started this import no longer exists.")
        if fmt == "json":
            report = transfer.import_json(raw, owner, limit, progress)
        else:
            report = foreign.import_foreign(fmt, raw, filename, owner, limit, progress)
    except transfer.BankImportError as exc:
        db.session.rollback()
        _failed(job_id, exc.errors)
    except ServiceError as exc:
        db.session.rollback()
        _failed(job_id, [str(exc)])
    except Exception:  # the job must end in a state the teacher can see, never hang
        log.exception("import job %s failed", job_id)
        db.session.rollback()
        _failed(job_id, ["The import failed on our side; nothing was imported. Try again."])
    else:
        added, updated, same = len(report.added), len(report.updated), len(report.unchanged)
        message = f"Imported: {added} added, {updated} updated, {same} left alone"
        record(
            ImportJob,
            job_id,
            status="done",
            progress=100,
            message=message,
            added=added,
            updated=updated,
            unchanged=same,
            payload=None,
        )


def _failed(job_id: int, errors: list[str]) -> None:
    count = len(errors)
    record(
        ImportJob,
        job_id,
        status="failed",
        progress=100,
        message=f"Nothing was imported: {count} problem{'s' if count != 1 else ''} found",
        errors="\n".join(" ".join(e.split()) for e in errors),
        payload=None,
    )


def summary(job: ImportJob) -> dict[str, object]:
    """The job as the page's script polls it."""
    status = "stalled" if stalled(job) else job.status
    return {"status": status, "progress": job.progress, "message": job.message}
