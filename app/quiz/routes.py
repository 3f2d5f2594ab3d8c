"""Quiz views: thin, each a form → service → redirect."""

from __future__ import annotations

from flask import abort, flash, redirect, render_template, request, url_for
from flask_login import current_user, login_required

from ..params import MAX_ID, db_id, id_or_none
from ..services import classes, quizzes
from ..services.errors import Conflict, ServiceError
from . import bp
from .forms import ActionForm, JoinForm


@bp.get("/quizzes")
@login_required
def index():  # type: ignore[no-untyped-def]
    """The quizzes this learner can take, with their unfinished attempts."""
    items = [
        (q, quizzes.open_attempt(current_user, q)) for q in quizzes.visible_quizzes(current_user)
    ]
    return render_template("quiz/index.html", items=items, form=ActionForm(), join=JoinForm())


@bp.post("/classes/join")
@login_required
def join():  # type: ignore[no-untyped-def]
    """Join a class with the code the teacher gave."""
    form = JoinForm()
    if form.validate_on_submit():
        try:
            group = classes.join_class(current_user, form.code.data)
        except ServiceError as exc:
            flash(str(exc), "error")
        else:
            flash(f"You joined {group.name}.", "success")
    return redirect(url_for("quiz.index"))


@bp.post("/quizzes/<int:quiz_id>/start")
@login_required
def start(quiz_id: int):  # type: ignore[no-untyped-def]
    """Start (or resume) an attempt and go to its first unanswered question."""
    quiz = quizzes.get_quiz(current_user, quiz_id)
    attempt = quizzes.start_attempt(current_user, quiz)
    slots = quizzes.slots(attempt)
    first = next((s.number for s in slots if s.chosen_id is None), 1)
    return redirect(url_for("quiz.question", attempt_id=attempt.id, number=first))


@bp.get("/attempts/<int:attempt_id>/<int:number>")
@login_required
def question(attempt_id: int, number: int):  # type: ignore[no-untyped-def]
    """One question per screen."""
    attempt = quizzes.get_attempt(current_user, attempt_id)
    if attempt.finished:
        return redirect(url_for("quiz.result", attempt_id=attempt.id))
    slots = quizzes.slots(attempt)
    current = quizzes.slot(attempt, number, slots)
    show = request.args.get("feedback") == "1" and attempt.quiz.feedback == "immediate"
    return render_template(
        "quiz/question.html", attempt=attempt, slot=current, slots=slots, form=ActionForm(),
        feedback=show and current.chosen_id is not None,
        remaining=quizzes.remaining_seconds(attempt),
    )  # fmt: skip


@bp.post("/attempts/<int:attempt_id>/<int:number>")
@login_required
def answer(attempt_id: int, number: int):  # type: ignore[no-untyped-def]
    """Save the choice, then go where the learner asked (next, previous, a number, submit)."""
    form = ActionForm()
    if not form.validate_on_submit():
        abort(400)
    attempt = quizzes.get_attempt(current_user, attempt_id)
    current = quizzes.slot(attempt, number)
    choice = request.form.get("option", type=db_id)
    try:
        if choice is not None:
            quizzes.answer(attempt, current.question.id, choice)
    except Conflict:
        flash("This attempt was already submitted; your earlier answers are kept.", "info")
        return redirect(url_for("quiz.result", attempt_id=attempt.id))
    return redirect(_after_answer(attempt, number, choice is not None))


def _after_answer(attempt, number: int, answered: bool) -> str:  # type: ignore[no-untyped-def]
    """Where the navigation button of the question page leads."""
    go = request.form.get("go", "next")
    total = len(attempt.quiz.items)
    if go == "submit":
        return url_for("quiz.review_before_submit", attempt_id=attempt.id)
    if (
        answered
        and attempt.quiz.feedback == "immediate"
        and go == "next"
        and request.form.get("checked") != "1"
    ):
        return url_for("quiz.question", attempt_id=attempt.id, number=number, feedback=1)
    target = number - 1 if go == "prev" else min(id_or_none(go) or number + 1, MAX_ID)
    if target > total:
        return url_for("quiz.review_before_submit", attempt_id=attempt.id)
    return url_for("quiz.question", attempt_id=attempt.id, number=max(1, target))


@bp.get("/attempts/<int:attempt_id>/submit")
@login_required
def review_before_submit(attempt_id: int):  # type: ignore[no-untyped-def]
    """A summary of answered and unanswered questions, with the submit button."""
    attempt = quizzes.get_attempt(current_user, attempt_id)
    if attempt.finished:
        return redirect(url_for("quiz.result", attempt_id=attempt.id))
    slots = quizzes.slots(attempt)
    return render_template(
        "quiz/submit.html", attempt=attempt, slots=slots, form=ActionForm(),
        remaining=quizzes.remaining_seconds(attempt),
    )  # fmt: skip


@bp.post("/attempts/<int:attempt_id>/submit")
@login_required
def submit(attempt_id: int):  # type: ignore[no-untyped-def]
    """Finish the attempt (a second submit changes nothing) and show the result."""
    if not ActionForm().validate_on_submit():
        abort(400)
    attempt = quizzes.get_attempt(current_user, attempt_id)
    quizzes.submit(attempt)
    return redirect(url_for("quiz.result", attempt_id=attempt.id))


@bp.get("/attempts/<int:attempt_id>/result")
@login_required
def result(attempt_id: int):  # type: ignore[no-untyped-def]
    """Score and review: the chosen and correct option and the source sentence of every item."""
    attempt = quizzes.get_attempt(current_user, attempt_id)
    if not attempt.finished:
        return redirect(url_for("quiz.review_before_submit", attempt_id=attempt.id))
    return render_template("quiz/result.html", attempt=attempt, slots=quizzes.slots(attempt))


@bp.get("/history")
@login_required
def history():  # type: ignore[no-untyped-def]
    """The learner's attempts, scores and dates."""
    return render_template("quiz/history.html", attempts=quizzes.history(current_user))
