"""Articles: add by upload or paste, watch generation progress, regenerate, delete."""

from __future__ import annotations

import os
from typing import Any

from flask import current_app, flash, jsonify, redirect, render_template, url_for
from flask.typing import ResponseReturnValue
from flask_login import current_user

from ..forms import ActionForm
from ..models import Document, ReadingJob
from ..security import body_limit
from ..services.accounts import classes
from ..services.bank import articles, generation, intake, reading_jobs
from ..services.errors import ServiceError
from ..services.quiz import builder
from . import bp
from .forms import ArticleForm


@bp.get("")
def dashboard() -> ResponseReturnValue:
    """What the teacher has: articles, quizzes and classes."""
    return render_template(
        "teach/dashboard.html",
        documents=articles.own_documents(current_user)[:5],
        quizzes=builder.own_quizzes(current_user)[:5],
        groups=classes.own_classes(current_user),
    )


@bp.get("/articles")
def article_list() -> ResponseReturnValue:
    """The teacher's articles with their question counts."""
    return render_template("teach/articles.html", documents=articles.own_documents(current_user))


@bp.route("/articles/new", methods=["GET", "POST"])
@body_limit("MAX_DOCUMENT_BYTES")  # PDF and Word files; applied before the form is read
def article_new() -> ResponseReturnValue:
    """Upload a file, give a link or paste an article; generation starts at once."""
    form = ArticleForm()
    if form.validate_on_submit():
        field = _chosen(form)
        try:
            return _add(form, field)
        except ServiceError as exc:
            field.errors = [*field.errors, str(exc)]
            return render_template("teach/article_new.html", form=form), 422
    status = 422 if form.errors else 200
    return render_template("teach/article_new.html", form=form), status


def _chosen(form: ArticleForm) -> Any:
    """The field the teacher used: the file, else the link, else the pasted text."""
    if form.file.data and form.file.data.filename:
        return form.file
    return form.url if (form.url.data or "").strip() else form.text


def _add(form: ArticleForm, field: Any) -> ResponseReturnValue:
    """Hand what was given to the intake; show the article, or the reading of a large file."""
    config, title = current_app.config, form.title.data or ""
    if field is form.file:
        upload = field.data
        data = upload.read(intake.upload_limit(upload.filename, config) + 1)  # no more in memory
        whole = upload.stream.seek(0, os.SEEK_END)
        added = intake.from_upload(current_user, upload.filename, data, whole, title, config)
        if isinstance(added, ReadingJob):  # a large file, read in the background
            return redirect(url_for("teach.reading_job", job_id=added.id))
    elif field is form.url:  # fetched in the background: the reading's page shows it
        job = intake.from_link(current_user, form.url.data, title, config)
        return redirect(url_for("teach.reading_job", job_id=job.id))
    else:
        added = intake.from_paste(current_user, form.text.data or "", title, config)
    if not added.created:
        flash(f"You already added this article as “{added.document.title}”.", "info")
    return redirect(url_for("teach.article", document_id=added.document.id))


@bp.get("/articles/reading/<int:job_id>")
def reading_job(job_id: int) -> ResponseReturnValue:
    """A large file being read: its progress; once read, the article it became."""
    job = reading_jobs.own_job(current_user, job_id)
    if job.status == "done" and job.document_id is not None:
        return redirect(url_for("teach.article", document_id=job.document_id))
    stalled = reading_jobs.stalled(job)
    page = render_template("teach/reading_job.html", job=job, stalled=stalled)
    return page, 422 if job.status == "failed" else 200


@bp.get("/articles/reading/<int:job_id>/status")
def reading_job_status(job_id: int) -> ResponseReturnValue:
    """The reading job's progress as JSON, polled by its page."""
    return jsonify(reading_jobs.summary(reading_jobs.own_job(current_user, job_id)))


@bp.get("/articles/<int:document_id>")
def article(document_id: int) -> ResponseReturnValue:
    """An article: its generation progress and its questions by status."""
    doc = articles.own_document(current_user, document_id)
    job = articles.latest_job(doc)
    return render_template(
        "teach/article.html",
        doc=doc,
        job=job,
        stalled=job is not None and generation.stalled(job),
        counts=_counts(doc),
        form=ActionForm(),
    )


def _counts(doc: Document) -> dict[str, int]:
    counts: dict[str, int] = {}
    for q in doc.questions:
        if q.current:
            counts[q.status] = counts.get(q.status, 0) + 1
    return counts


@bp.get("/articles/<int:document_id>/job")
def article_job(document_id: int) -> ResponseReturnValue:
    """The generation job's progress as JSON, polled by the article page."""
    doc = articles.own_document(current_user, document_id)
    job = articles.latest_job(doc)
    if job is None:
        return jsonify(status="none", progress=0, message="")
    status = "stalled" if generation.stalled(job) else job.status
    return jsonify(status=status, progress=job.progress, message=job.message)


@bp.post("/articles/<int:document_id>/regenerate")
def article_regenerate(document_id: int) -> ResponseReturnValue:
    """Write the questions again (after a failure, or to pick up a newer generator)."""
    doc = articles.own_document(current_user, document_id)
    if ActionForm().validate_on_submit():
        job = generation.restart(doc, articles.latest_job(doc))
        generation.start(job)
    return redirect(url_for("teach.article", document_id=doc.id))


@bp.post("/articles/<int:document_id>/delete")
def article_delete(document_id: int) -> ResponseReturnValue:
    """Delete an article whose questions nobody has used."""
    doc = articles.own_document(current_user, document_id)
    if ActionForm().validate_on_submit():
        title = doc.title
        articles.delete_article(doc)
        flash(f"“{title}” was deleted.", "success")
    return redirect(url_for("teach.article_list"))
