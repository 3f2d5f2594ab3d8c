"""Results: per quiz (learners, distribution, item analysis, CSV) and per learner."""

from __future__ import annotations

import re

from flask import Response, render_template, request
from flask.typing import ResponseReturnValue
from flask_login import current_user

from ..forms import ActionForm
from ..services.quiz import builder
from ..services.results import csv_export, progress, reports
from . import bp

ATTEMPTS_SHOWN = 500  # the page lists this many attempts; the CSV has them all
BUCKET_LABELS = [f"{10 * i}–{10 * i + 9}" if i < 9 else "90–100" for i in range(10)]


def _which() -> str:
    which = request.args.get("which", "all")
    return which if which in reports.WHICH else "all"


@bp.get("/quizzes/<int:quiz_id>/results")
def quiz_results(quiz_id: int) -> ResponseReturnValue:
    """Scores per learner, the score distribution and the item analysis."""
    quiz = builder.own_quiz(current_user, quiz_id)
    which = _which()
    return render_template(
        "teach/results.html",
        quiz=quiz,
        which=which,
        learners=reports.learners(quiz),
        distribution=reports.distribution(quiz, which),
        labels=BUCKET_LABELS,
        analysis=reports.analysis(quiz, which),
        action=ActionForm(),
        attempts=reports.attempt_rows(quiz),
        shown=ATTEMPTS_SHOWN,
    )


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
    return _download(csv_export.attempts_csv(quiz), f"{quiz.title}-results")


@bp.get("/quizzes/<int:quiz_id>/items.csv")
def quiz_items_csv(quiz_id: int) -> ResponseReturnValue:
    """The item analysis as CSV."""
    quiz = builder.own_quiz(current_user, quiz_id)
    return _download(csv_export.items_csv(quiz, _which()), f"{quiz.title}-item-analysis")


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
