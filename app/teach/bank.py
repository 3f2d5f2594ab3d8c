"""The question bank: filter and search, approve, retire, restore, edit, fresh distractors."""

from __future__ import annotations

from flask import flash, jsonify, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue
from flask_login import current_user
from wtforms import SelectChoice

from ..api import serialize
from ..errors import wants_json
from ..forms import ActionForm
from ..models import Question
from ..params import id_or_none, ids_in, page_number
from ..services.bank import articles, curation
from ..services.errors import ServiceError
from . import bp
from .forms import QuestionForm, StatusForm

VERBS = {"approved": "approved", "retired": "retired", "draft": "restored to draft"}


def _number(name: str) -> float | None:
    try:
        value = float(request.args.get(name, ""))
    except ValueError:
        return None
    return value if 0 <= value <= 1 else None


def bank_filter() -> curation.BankFilter:
    """The bank filter from the query string; anything malformed is ignored."""
    doc = request.args.get("document", "")
    page = request.args.get("page", "1")
    return curation.BankFilter(
        document_id=id_or_none(doc),
        kind=request.args.get("kind", ""),
        status=request.args.get("status", ""),
        min_difficulty=_number("min"),
        max_difficulty=_number("max"),
        search=request.args.get("q", "")[:200],
        page=page_number(page),
    )


@bp.get("/bank")
def bank() -> ResponseReturnValue:
    """The bank table."""
    f = bank_filter()
    return render_template(
        "teach/bank.html",
        f=f,
        result=curation.bank_page(current_user, f),
        documents=[d for d, _, _ in articles.own_documents(current_user)],
        form=StatusForm(),
        kinds=curation.KINDS,
    )


@bp.post("/bank/status")
def bank_status() -> ResponseReturnValue:
    """Approve, retire or restore the ticked questions (or one question's button)."""
    form = StatusForm()
    if form.validate_on_submit():
        ids = ids_in(request.form.getlist("id")) + ids_in((form.ids.data or "").split(","))
        if not ids:
            flash("Tick the questions first.", "error")
        else:
            n = curation.set_status(current_user, ids, form.status.data)
            verb = VERBS.get(form.status.data, form.status.data)
            if wants_json():  # the keyboard review (review.js): no page, no flash
                return jsonify(changed=n, status=form.status.data, message=f"{verb.capitalize()}.")
            flash(f"{n} question{'s' if n != 1 else ''} {verb}.", "success")
    else:
        if wants_json():
            return _json_error("The change could not be made; reload the page and try again.")
        flash("The change could not be made; reload the page and try again.", "error")
    target = request.form.get("back", "")
    return redirect(target if target.startswith("/teach/") else url_for("teach.bank"))


@bp.route("/questions/<int:question_id>", methods=["GET", "POST"])
def question(question_id: int) -> ResponseReturnValue:
    """One question: its source, its versions, and the edit form."""
    q = curation.own_question(current_user, question_id)
    form = QuestionForm()
    if request.method == "GET" or not q.current:
        form.stem.data = q.stem
        while len(form.options) < len(q.options):
            form.options.append_entry()
        for entry, option in zip(form.options, q.options, strict=False):
            entry.data = option.text
        form.correct.data = next((i for i, o in enumerate(q.options) if o.correct), 0)
    form.correct.choices = [SelectChoice(i, f"Option {i + 1}") for i in range(len(form.options))]
    if request.method == "POST" and q.current and form.validate_on_submit():
        pairs = [(e.data or "", i == form.correct.data) for i, e in enumerate(form.options)]
        pairs = [p for p in pairs if p[0].strip() or p[1]] if len(pairs) > 4 else pairs
        try:
            new = curation.edit(current_user, q, form.stem.data, pairs)
        except ServiceError as exc:
            form.stem.errors = [*form.stem.errors, str(exc)]
        else:
            if wants_json():
                return jsonify(question=_as_json(new), changed=new is not q)
            flash(
                f"Saved as version {new.version}." if new is not q else "Nothing changed.",
                "success",
            )
            return redirect(url_for("teach.question", question_id=new.id))
    status = 422 if request.method == "POST" else 200
    if status == 422 and wants_json():
        errors = [e for errs in form.errors.values() for e in errs if isinstance(e, str)]
        return _json_error(" ".join(errors) or "The question could not be saved.")
    return render_template(
        "teach/question.html",
        q=q,
        form=form,
        versions=curation.history(q),
        status_form=StatusForm(),
        action=ActionForm(),
    ), status


@bp.post("/questions/<int:question_id>/distractors")
def question_distractors(question_id: int) -> ResponseReturnValue:
    """Replace the wrong options with fresh ones from the generator (a new version)."""
    q = curation.own_question(current_user, question_id)
    if ActionForm().validate_on_submit():
        try:
            new = curation.fresh_distractors(current_user, q)
        except ServiceError as exc:
            if wants_json():
                return _json_error(str(exc))
            flash(str(exc), "error")
        else:
            if wants_json():
                return jsonify(question=_as_json(new), changed=True)
            flash(f"New wrong options saved as version {new.version}.", "success")
            return redirect(url_for("teach.question", question_id=new.id))
    return redirect(url_for("teach.question", question_id=q.id))


def _as_json(q: Question) -> dict[str, object]:
    """A question as the keyboard review redraws it."""
    return {
        **serialize.fields(q, "id", "version", "status", "stem"),
        "options": serialize.options(q),
        "edit": url_for("teach.question", question_id=q.id),
        "distractors": url_for("teach.question_distractors", question_id=q.id),
    }


def _json_error(message: str) -> ResponseReturnValue:
    return jsonify(error={"status": 422, "message": message}), 422
