"""Articles: add by upload or paste, watch generation progress, regenerate, delete."""

from __future__ import annotations

import os

from flask import current_app, flash, jsonify, redirect, render_template, url_for
from flask.typing import ResponseReturnValue
from flask_login import current_user

from ..forms import ActionForm
from ..models import Document
from ..services.accounts import classes
from ..services.bank import articles, generation
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
def article_new() -> ResponseReturnValue:
    """Upload or paste an article; generation starts at once."""
    form = ArticleForm()
    if form.validate_on_submit():
        limit = current_app.config["MAX_ARTICLE_BYTES"]
        upload = form.file.data
        try:
            if upload and upload.filename:
                data = upload.read(limit + 1)  # no more than that in memory
                size = upload.stream.seek(0, os.SEEK_END)  # the whole file's size
                text = articles.text_from_upload(upload.filename, data, limit, size)
                source = upload.filename
            elif (form.text.data or "").strip():
                text, source = articles.text_from_paste(form.text.data, limit), "pasted text"
            else:
                raise ServiceError("Choose a file to upload or paste the article's text.")
            added = articles.add_article(current_user, text, form.title.data or "", source)
        except ServiceError as exc:
            form.text.errors = [*form.text.errors, str(exc)]
            return render_template("teach/article_new.html", form=form), 422
        if not added.created:
            flash(f"You already added this article as “{added.document.title}”.", "info")
        elif added.job is not None:
            generation.start(added.job)
        return redirect(url_for("teach.article", document_id=added.document.id))
    status = 422 if form.errors else 200
    return render_template("teach/article_new.html", form=form), status


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
