"""Quiz views: thin, each a form → service → redirect."""

from __future__ import annotations

from flask import (
    Response,
    current_app,
    flash,
    jsonify,
    redirect,
    render_template,
    request,
    url_for,
)
from flask.typing import ResponseReturnValue
from flask_login import current_user, login_required

from ..auth.identity import session_identity
from ..extensions import csrf
from ..forms import ActionForm, posted, submitted
from ..params import MAX_ID, db_id, id_or_none, json_id
from ..services.accounts import classes
from ..services.errors import Conflict, Forbidden, ServiceError, SessionEnded
from ..services.quiz import answers, attempt_page, attempt_state, overview, taking
from . import bp
from .forms import JoinForm


@bp.get("/quizzes")
@login_required
def index() -> ResponseReturnValue:
    """The quizzes open to this learner, with their attempts, best score and state."""
    items = overview.quiz_list(current_user)
    return render_template("quiz/index.html", items=items, form=ActionForm(), join=JoinForm())


@bp.post("/classes/join")
@login_required
def join() -> ResponseReturnValue:
    """Join a class with the code the teacher gave."""
    form = JoinForm()
    group = submitted(form, lambda: classes.join_class(current_user, form.code.data))
    if group is not None:
        flash(f"You joined {group.name}.", "success")
    return redirect(url_for("quiz.index"))


@bp.get("/join/<code>")
def join_link(code: str) -> ResponseReturnValue:
    """A class's invite link (or QR code): signed in, one button joins; otherwise register
    with the code filled in, or log in and come back here."""
    group = classes.find_class(code[:32])
    if group is None:
        return render_template("quiz/join.html", group=None, join=JoinForm()), 404
    if not current_user.is_authenticated:
        return redirect(url_for("auth.register", code=group.join_code))
    member = group.id in classes.learner_group_ids(current_user)
    join = JoinForm(code=group.join_code)
    return render_template("quiz/join.html", group=group, join=join, member=member)


@bp.post("/quizzes/<int:quiz_id>/start")
@login_required
def start(quiz_id: int) -> ResponseReturnValue:
    """Start (or resume) an attempt and go to its first unanswered question; with every
    attempt used, back to the list, which says so."""
    try:
        attempt_id, resumed = attempt_state.start(current_user.id, quiz_id)
    except Forbidden as exc:
        flash(str(exc), "info")
        return redirect(url_for("quiz.index"))
    first = 1  # a new attempt (the common case) needs no reading of its questions
    if resumed:  # go on where the learner stopped
        first = attempt_page.load(current_user.id, attempt_id).first_unanswered
    return redirect(url_for("quiz.question", attempt_id=attempt_id, number=first))


@bp.get("/attempts/<int:attempt_id>/<int:number>")
@login_required
def question(attempt_id: int, number: int) -> ResponseReturnValue:
    """One question per screen (with the script, every question on one page). With immediate
    feedback an answered question shows its feedback again, its choice locked, however the
    learner came back to it."""
    sources = request.args.get("feedback") == "1"
    attempt = attempt_page.load(current_user.id, attempt_id, sources=sources)
    if attempt.finished:
        return redirect(url_for("quiz.result", attempt_id=attempt.id))
    current = attempt.slot(number)
    show = attempt.quiz.feedback == "immediate" and current.chosen_id is not None
    if show and not sources:  # the feedback shows the source sentence
        attempt = attempt_page.load(current_user.id, attempt_id, sources=True)
        current = attempt.slot(number)
    return render_template(
        "quiz/question.html",
        attempt=attempt,
        slot=current,
        slots=attempt.slots,
        form=ActionForm(),
        feedback=show,
        remaining=attempt.remaining_seconds(),
        script=_script_data(attempt),
    )


def _script_data(attempt: attempt_page.PageAttempt) -> dict[str, object] | None:
    """Every question of the attempt for the page's script, which then moves between them and
    saves each choice with one small request (attempt.js). Nothing that gives an answer away.
    None with immediate feedback: each answer then shows its verdict on a page of its own."""
    if attempt.quiz.feedback == "immediate":
        return None
    return {
        "title": attempt.quiz.title,
        "save": url_for("quiz.save_answer", attempt_id=attempt.id),
        "page": url_for("quiz.question", attempt_id=attempt.id, number=0)[:-1],
        "review": url_for("quiz.review_before_submit", attempt_id=attempt.id),
        "submit": url_for("quiz.submit", attempt_id=attempt.id),
        "slots": [
            {
                "number": s.number,
                "question": s.question.id,
                "stem": s.question.stem,
                "options": [{"id": o.id, "text": o.text} for o in s.options],
                "chosen": s.chosen_id,
            }
            for s in attempt.slots
        ],
    }


@bp.post("/attempts/<int:attempt_id>/<int:number>")
@login_required
def answer(attempt_id: int, number: int) -> ResponseReturnValue:
    """Save the choice, then go where the learner asked (next, previous, a number, submit)."""
    posted(ActionForm)
    attempt = attempt_page.load(current_user.id, attempt_id)
    current = attempt.slot(number)
    choice = request.form.get("option", type=db_id)
    try:
        if choice is not None:  # saved as the script's request saves it
            answers.save(current_user.id, attempt.id, choice, current.question.id)
    except Conflict:
        flash("This attempt was already submitted; your earlier answers are kept.", "info")
        return redirect(url_for("quiz.result", attempt_id=attempt.id))
    return redirect(_after_answer(attempt, number, choice is not None))


def _after_answer(attempt: attempt_page.PageAttempt, number: int, answered: bool) -> str:
    """Where the navigation button of the question page leads."""
    go = request.form.get("go", "next")
    total = len(attempt.slots)
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


@bp.post("/attempts/<int:attempt_id>/answers")
@csrf.exempt  # checked below, once the session is known to be alive
def save_answer(attempt_id: int) -> ResponseReturnValue:
    """Save one choice sent by the question page's script: {"question": id, "option": id}.

    Answers JSON, errors included. The CSRF token comes in the X-CSRFToken header; it is
    checked after the session, so that a learner logged out in another tab is sent to log in
    (401) rather than told the form expired. The session is checked by the save's own query,
    not by loading the user (see auth/identity.py).
    """
    login = url_for("auth.login", next=url_for("quiz.question", attempt_id=attempt_id, number=1))
    who = session_identity()
    if who is None:
        return _json_error(401, answers.ENDED, login=login)
    if current_app.config.get("WTF_CSRF_ENABLED", True):
        csrf.protect()  # a CSRFError is answered as JSON (app/errors.py)
    try:
        body = request.get_json(silent=True)
    except RecursionError:  # nested too deeply to parse: no answer, and no 500
        body = None
    body = body if isinstance(body, dict) else {}
    question, option = json_id(body.get("question")), json_id(body.get("option"))
    if question is None or option is None:
        return _json_error(400, 'Send {"question": id, "option": id}.')
    try:
        saved = answers.save(who[0], attempt_id, option, question, session_token=who[1])
    except Conflict as exc:
        return _json_error(409, str(exc), result=url_for("quiz.result", attempt_id=attempt_id))
    except SessionEnded as exc:
        return _json_error(401, str(exc), login=login)
    except ServiceError as exc:
        return _json_error(exc.status, str(exc))
    return jsonify(saved=True, question=saved.question_id, option=saved.option_id, kept=saved.kept)


def _json_error(status: int, message: str, **links: str) -> tuple[Response, int]:
    return jsonify(error={"status": status, "message": message, **links}), status


@bp.get("/attempts/<int:attempt_id>/submit")
@login_required
def review_before_submit(attempt_id: int) -> ResponseReturnValue:
    """A summary of answered and unanswered questions, with the submit button."""
    attempt = attempt_page.load(current_user.id, attempt_id)
    if attempt.finished:
        return redirect(url_for("quiz.result", attempt_id=attempt.id))
    return render_template(
        "quiz/submit.html",
        attempt=attempt,
        slots=attempt.slots,
        form=ActionForm(),
        remaining=attempt.remaining_seconds(),
    )


@bp.post("/attempts/<int:attempt_id>/submit")
@login_required
def submit(attempt_id: int) -> ResponseReturnValue:
    """Finish the attempt (a second submit changes nothing) and show the result."""
    posted(ActionForm)
    attempt_state.submit(current_user.id, attempt_id)
    return redirect(url_for("quiz.result", attempt_id=attempt_id))


@bp.get("/attempts/<int:attempt_id>/result")
@login_required
def result(attempt_id: int) -> ResponseReturnValue:
    """Score and review: the chosen and correct option and the source sentence of every item."""
    attempt = attempt_page.load(current_user.id, attempt_id, sources=True)
    if not attempt.finished:
        return redirect(url_for("quiz.review_before_submit", attempt_id=attempt.id))
    return render_template("quiz/result.html", attempt=attempt, slots=attempt.slots)


@bp.get("/history")
@login_required
def history() -> ResponseReturnValue:
    """The learner's attempts, scores and dates."""
    return render_template("quiz/history.html", attempts=taking.history(current_user))
