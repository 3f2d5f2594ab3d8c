"""Results: per quiz (learners, distribution, item analysis, CSV) and per learner."""

from __future__ import annotations

import re
from typing import Any

from flask import Response, render_template, request
from flask.typing import ResponseReturnValue
from flask_login import current_user

from ..forms import ActionForm
from ..models import Group, Quiz
from ..params import db_id
from ..services.accounts import classes
from ..services.quiz import builder
from ..services.results import csv_export, progress, reports, responses
from . import bp

ATTEMPTS_SHOWN = 500  # the page lists this many attempts; the CSV has them all
BUCKET_LABELS = [f"{10 * i}–{10 * i + 9}" if i < 9 else "90–100" for i in range(10)]


def _which() -> str:
    which = request.args.get("which", "all")
    return which if which in reports.WHICH else "all"


def _class() -> Group | None:
    """The class the results are filtered by (?class=id, one of the teacher's), or None."""
    group_id = request.args.get("class", type=db_id)
    return classes.own_class(current_user, group_id) if group_id is not None else None


def _filters(quiz: Quiz) -> dict[str, Any]:
    """What the results pages are filtered by (attempts analysed, class) and the classes to
    choose from (the teacher's)."""
    group = _class()
    return {
        "which": _which(),
        "group": group,
        "group_id": group.id if group else None,
        "groups": classes.own_classes(current_user),
        "quiz": quiz,
    }


@bp.get("/quizzes/<int:quiz_id>/results")
def quiz_results(quiz_id: int) -> ResponseReturnValue:
    """Scores per learner, the score distribution and the item analysis (of one class)."""
    f = _filters(builder.own_quiz(current_user, quiz_id))
    quiz, which, group_id = f["quiz"], f["which"], f["group_id"]
    return render_template(
        "teach/results.html",
        **f,
        learners=reports.learners(quiz, group_id),
        distribution=reports.distribution(quiz, which, group_id=group_id),
        labels=BUCKET_LABELS,
        analysis=reports.analysis(quiz, which, group_id),
        action=ActionForm(),
        attempts=reports.attempt_rows(quiz, group_id),
        shown=ATTEMPTS_SHOWN,
    )


@bp.get("/quizzes/<int:quiz_id>/responses")
def quiz_responses(quiz_id: int) -> ResponseReturnValue:
    """The responses sheet: a row per attempt, a column per question."""
    f = _filters(builder.own_quiz(current_user, quiz_id))
    sheet = responses.sheet(f["quiz"], f["which"], f["group_id"])
    return render_template("teach/responses.html", **f, sheet=sheet, shown=ATTEMPTS_SHOWN)


@bp.get("/quizzes/<int:quiz_id>/responses.csv")
def quiz_responses_csv(quiz_id: int) -> ResponseReturnValue:
    """The responses sheet as CSV."""
    f = _filters(builder.own_quiz(current_user, quiz_id))
    text = csv_export.responses_csv(f["quiz"], f["which"], f["group_id"])
    return _download(text, f"{f['quiz'].title}-responses")


def _download(text: str, name: str) -> Response:
    safe = re.sub(r"[^A-Za-z0-9._-]+", "-", name).strip("-") or "export"
    return Response(
        text.encode("utf-8"),
        mimetype="text/csv",
        headers={"Content-Disposition": f'attachment; filename="{safe}.csv"'},
    )


@bp.get("/quizzes/<int:quiz_id>/results.csv")
def quiz_results_csv(quiz_id: int) -> ResponseReturnValue:
    """Every finished attempt as CSV."""
    quiz = builder.own_quiz(current_user, quiz_id)
    return _download(csv_export.attempts_csv(quiz, _class_id()), f"{quiz.title}-results")


@bp.get("/quizzes/<int:quiz_id>/items.csv")
def quiz_items_csv(quiz_id: int) -> ResponseReturnValue:
    """The item analysis as CSV."""
    quiz = builder.own_quiz(current_user, quiz_id)
    text = csv_export.items_csv(quiz, _which(), _class_id())
    return _download(text, f"{quiz.title}-item-analysis")


def _class_id() -> int | None:
    group = _class()
    return group.id if group else None


@bp.get("/learners/<int:learner_id>")
def learner(learner_id: int) -> ResponseReturnValue:
    """One learner of the teacher's classes: attempts, accuracy per kind, progress over time."""
    person = progress.own_learner(current_user, learner_id)
    history = progress.history(current_user, person)
    kinds = progress.per_kind(current_user, person)
    return render_template(
        "teach/learner.html",
        learner=person,
        history=history,
        kinds=kinds,
        kind_percents=[round(100 * c / n) if n else 0 for _, n, c in kinds],
        dates=[a.finished_at.strftime("%d %b") for a in history],
    )
