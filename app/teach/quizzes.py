"""Quizzes: build by rules or by hand-picking, settings, classes, items, preview."""

from __future__ import annotations

from datetime import datetime
from types import SimpleNamespace

from flask import flash, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue
from flask_login import current_user
from wtforms import SelectChoice

from ..forms import ActionForm, submitted
from ..models import Quiz
from ..services.accounts import classes
from ..services.bank import articles, curation
from ..services.errors import ServiceError
from ..services.quiz import builder, taking
from ..timezones import local, to_utc
from . import bp
from .forms import ClassesForm, PickForm, RulesForm, SettingsForm


def _settings(form: SettingsForm) -> builder.Settings:
    return builder.Settings(
        title=form.title.data or "",
        shuffle=bool(form.shuffle.data),
        feedback=form.feedback.data,
        time_limit_minutes=form.time_limit.data,
        attempts_allowed=form.attempts_allowed.data,
        opens_at=to_utc(form.opens_at.data) if form.opens_at.data else None,
        closes_at=to_utc(form.closes_at.data) if form.closes_at.data else None,
        is_open=bool(form.is_open.data),
        cards_after_attempt=bool(form.cards_after_attempt.data),
    )


@bp.get("/quizzes")
def quiz_list() -> ResponseReturnValue:
    """The teacher's quizzes."""
    found = builder.own_quizzes(current_user)
    return render_template(
        "teach/quizzes.html",
        quizzes=[(q, builder.attempts_count(q), len(builder.class_ids(q))) for q in found],
    )


@bp.route("/quizzes/new", methods=["GET", "POST"])
def quiz_new() -> ResponseReturnValue:
    """A new quiz drawn by rules from the approved questions."""
    form = RulesForm()
    form.documents.choices = [
        SelectChoice(d.id, d.title) for d, _, _ in articles.own_documents(current_user)
    ]

    def create() -> Quiz:
        rules = builder.Rules(
            document_ids=form.documents.data or [],
            kinds=form.kinds.data or [],
            min_difficulty=float(form.min_difficulty.data or 0),
            max_difficulty=float(
                form.max_difficulty.data if form.max_difficulty.data is not None else 1
            ),
            count=form.count.data or 10,
        )
        return builder.create_by_rules(current_user, _settings(form), rules)

    quiz = submitted(form, create, form.count)
    if quiz is not None:
        flash(f"Quiz “{quiz.title}” created with {len(quiz.items)} questions.", "success")
        return redirect(url_for("teach.quiz", quiz_id=quiz.id))
    approved = curation.bank_page(current_user, curation.BankFilter(status="approved")).total
    return render_template("teach/quiz_new.html", form=form, approved=approved), (
        422 if form.errors else 200
    )


@bp.route("/quizzes/pick", methods=["GET", "POST"])
def quiz_pick() -> ResponseReturnValue:
    """A new quiz of hand-picked approved questions."""
    form = PickForm()
    pool = builder.matching(current_user, builder.Rules())
    form.questions.choices = [SelectChoice(q.id, q.stem) for q in pool]
    quiz = submitted(
        form,
        lambda: builder.create_by_pick(current_user, _settings(form), form.questions.data or []),
        form.questions,
    )
    if quiz is not None:
        flash(f"Quiz “{quiz.title}” created with {len(quiz.items)} questions.", "success")
        return redirect(url_for("teach.quiz", quiz_id=quiz.id))
    return render_template("teach/quiz_pick.html", form=form, pool=pool), (
        422 if form.errors else 200
    )


@bp.route("/quizzes/<int:quiz_id>", methods=["GET", "POST"])
def quiz(quiz_id: int) -> ResponseReturnValue:
    """A quiz: settings, the classes it is open to, its questions."""
    quiz = builder.own_quiz(current_user, quiz_id)
    form = SettingsForm(obj=None if request.method == "POST" else _form_data(quiz))
    saved = submitted(form, lambda: builder.update_settings(quiz, _settings(form)), form.title)
    if saved is not None:
        flash("Settings saved.", "success")
        return redirect(url_for("teach.quiz", quiz_id=quiz.id))
    groups = ClassesForm(groups=sorted(builder.class_ids(quiz)))
    groups.groups.choices = [SelectChoice(g.id, g.name) for g in classes.own_classes(current_user)]
    return render_template(
        "teach/quiz.html",
        quiz=quiz,
        form=form,
        groups=groups,
        action=ActionForm(),
        attempts=builder.attempts_count(quiz),
    ), (422 if form.errors else 200)


def _form_data(quiz: Quiz) -> SimpleNamespace:
    """The quiz's settings as the object a SettingsForm is filled from."""
    s = builder.settings_of(quiz)
    return SimpleNamespace(
        title=s.title,
        shuffle=s.shuffle,
        feedback=s.feedback,
        time_limit=s.time_limit_minutes,
        attempts_allowed=s.attempts_allowed,
        opens_at=_wall_clock(s.opens_at),
        closes_at=_wall_clock(s.closes_at),
        is_open=s.is_open,
        cards_after_attempt=s.cards_after_attempt,
    )


def _wall_clock(value: datetime | None) -> datetime | None:
    """A stored (UTC) time as the teacher's clock shows it, for the form's fields."""
    return local(value).replace(tzinfo=None) if value else None


@bp.post("/quizzes/<int:quiz_id>/classes")
def quiz_classes(quiz_id: int) -> ResponseReturnValue:
    """Open the quiz to exactly the ticked classes."""
    quiz = builder.own_quiz(current_user, quiz_id)
    form = ClassesForm()
    form.groups.choices = [SelectChoice(g.id, g.name) for g in classes.own_classes(current_user)]
    if form.validate_on_submit():
        chosen = builder.open_to_classes(current_user, quiz, form.groups.data or [])
        names = ", ".join(g.name for g in chosen) or "no class"
        flash(f"“{quiz.title}” is open to {names}.", "success")
    else:
        flash("Those classes could not be saved.", "error")
    return redirect(url_for("teach.quiz", quiz_id=quiz.id))


@bp.post("/quizzes/<int:quiz_id>/items/<int:question_id>/remove")
def quiz_remove_item(quiz_id: int, question_id: int) -> ResponseReturnValue:
    """Take a question out of a quiz nobody has attempted."""
    quiz = builder.own_quiz(current_user, quiz_id)
    if ActionForm().validate_on_submit():
        try:
            builder.remove_item(quiz, question_id)
        except ServiceError as exc:
            flash(str(exc), "error")
    return redirect(url_for("teach.quiz", quiz_id=quiz.id))


@bp.get("/quizzes/<int:quiz_id>/preview", defaults={"number": 1})
@bp.get("/quizzes/<int:quiz_id>/preview/<int:number>")
def quiz_preview(quiz_id: int, number: int) -> ResponseReturnValue:
    """The quiz as a learner sees it, one question per screen; nothing is saved."""
    quiz = builder.own_quiz(current_user, quiz_id)
    slots = taking.preview(quiz, seed=quiz.id)
    if not slots:
        flash("This quiz has no questions yet.", "error")
        return redirect(url_for("teach.quiz", quiz_id=quiz.id))
    number = min(max(1, number), len(slots))
    return render_template(
        "teach/preview.html",
        quiz=quiz,
        slots=slots,
        slot=slots[number - 1],
        feedback=request.args.get("answer") == "1",
    )
