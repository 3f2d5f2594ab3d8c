"""The home page, the favicon and /healthz."""

from __future__ import annotations

from flask import jsonify, redirect, render_template, url_for
from flask.typing import ResponseReturnValue
from flask_login import current_user
from sqlalchemy import text

from ..extensions import db
from . import bp


@bp.get("/")
def index() -> ResponseReturnValue:
    """Learners go to their quizzes, teachers to their overview; visitors see what Factdeck is."""
    if current_user.is_authenticated:
        from ..auth.routes import home

        return redirect(home())
    return render_template("main/index.html")


@bp.get("/favicon.ico")
def favicon() -> ResponseReturnValue:
    """Browsers ask for /favicon.ico whatever the page says: the mark, as SVG."""
    return redirect(url_for("static", filename="img/mark.svg"), 301)


@bp.get("/healthz")
def healthz() -> ResponseReturnValue:
    """The app's and the database's state, for load balancers and people."""
    try:
        db.session.execute(text("SELECT 1"))
        database = "ok"
    except Exception:  # the database is down: say so, do not fail the check itself
        db.session.rollback()
        database = "unavailable"
    status = "ok" if database == "ok" else "degraded"
    return jsonify(status=status, app="ok", database=database), 200 if status == "ok" else 503
