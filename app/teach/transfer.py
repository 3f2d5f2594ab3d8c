"""Export the bank (all, an article, a quiz or the current filter) and import a bank file."""

from __future__ import annotations

import re
import tempfile

from flask import current_app, jsonify, redirect, render_template, request, send_file, url_for
from flask.typing import ResponseReturnValue
from flask_login import current_user

from ..formats import READERS
from ..params import id_or_none
from ..security import body_limit
from ..services.bank import foreign, import_jobs, transfer
from ..services.errors import ServiceError
from ..services.quiz import builder
from . import bp
from .bank import bank_filter
from .forms import ImportForm


@bp.get("/bank/export")
def bank_export() -> ResponseReturnValue:
    """Download the selection; written to a spooled file so memory stays flat for large banks."""
    fmt = request.args.get("format", "json")
    if fmt not in transfer.FORMATS:
        raise ServiceError(f"Unknown format {fmt!r}.")
    quiz = request.args.get("quiz", "")
    quiz_number = id_or_none(quiz)
    quiz_id = builder.own_quiz(current_user, quiz_number).id if quiz_number is not None else None
    sel = transfer.Selection(current_user, quiz_id=quiz_id, filter=bank_filter())
    spool = tempfile.SpooledTemporaryFile(max_size=8 * 1024 * 1024)  # noqa: SIM115 - send_file closes it
    transfer.export(sel, fmt, spool)
    spool.seek(0)
    mime, ext = transfer.media_type(fmt)
    name = re.sub(r"[^a-z0-9-]+", "-", f"factdeck-bank-{fmt}".lower())
    response = send_file(spool, mimetype=mime, as_attachment=True, download_name=f"{name}.{ext}")
    response.headers["Content-Type"] = mime  # send_file appends a second "; charset=utf-8"
    response.headers["Cache-Control"] = "no-store"  # a private bank: kept in no cache
    return response


@bp.route("/bank/import", methods=["GET", "POST"])
@body_limit("MAX_IMPORT_BYTES")  # applied before the CSRF check reads the form
def bank_import() -> ResponseReturnValue:
    """Import a Factdeck bank (JSON), Moodle XML or GIFT: all of it or nothing, then a report.

    A file larger than IMPORT_INLINE_BYTES is imported in the background (a job page with
    progress), so that no request takes more than a few seconds.
    """
    form = ImportForm()
    report, errors = None, []
    if form.validate_on_submit():
        upload = form.file.data
        if not upload or not upload.filename:
            errors = ["Choose a file to import."]
        else:
            limit = current_app.config["MAX_IMPORT_BYTES"]
            raw = upload.read(limit + 1)
            fmt = form.format.data or ""
            fmt = fmt if fmt in ("json", *READERS) else foreign.guess_format(upload.filename, raw)
            if current_app.config["IMPORT_INLINE_BYTES"] < len(raw) <= limit:
                job = import_jobs.create(current_user, upload.filename, fmt, raw)
                import_jobs.start(job)
                return redirect(url_for("teach.import_job", job_id=job.id))
            try:
                if fmt == "json":
                    report = transfer.import_json(raw, current_user, limit)
                else:
                    report = foreign.import_foreign(fmt, raw, upload.filename, current_user, limit)
            except transfer.BankImportError as exc:
                errors = exc.errors
            except ServiceError as exc:
                errors = [str(exc)]
    elif request.method == "POST":
        errors = [f"{form[name].label.text}: {e}" for name, es in form.errors.items() for e in es]
    status = 422 if errors else 200
    return render_template("teach/import.html", form=form, report=report, errors=errors), status


@bp.get("/bank/imports/<int:job_id>")
def import_job(job_id: int) -> ResponseReturnValue:
    """A background import: its progress, then what it added or what was wrong."""
    job = import_jobs.own_job(current_user, job_id)
    return render_template(
        "teach/import_job.html",
        job=job,
        stalled=import_jobs.stalled(job),
        errors=import_jobs.problems(job),
    )


@bp.get("/bank/imports/<int:job_id>/status")
def import_job_status(job_id: int) -> ResponseReturnValue:
    """The import's progress as JSON, polled by its page."""
    return jsonify(import_jobs.summary(import_jobs.own_job(current_user, job_id)))
