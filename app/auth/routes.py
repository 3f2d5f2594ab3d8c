"""Register, log in, log out."""

from __future__ import annotations

from urllib.parse import urlsplit

from flask import flash, redirect, render_template, request, session, url_for
from flask_login import current_user, login_required, login_user, logout_user

from ..services import accounts
from ..services.errors import ServiceError
from . import bp
from .forms import LoginForm, RegisterForm


def _safe_next(target: str | None) -> str:
    """Only a path on this site: no scheme, no host, no '//' or backslash tricks."""
    if target and target.startswith("/") and not target.startswith(("//", "/\\")):
        parts = urlsplit(target)
        if not parts.scheme and not parts.netloc:
            return target
    return url_for("quiz.index")


@bp.route("/register", methods=["GET", "POST"])
def register():  # type: ignore[no-untyped-def]
    """Create a learner account and log in."""
    form = RegisterForm()
    if form.validate_on_submit():
        try:
            user = accounts.create_user(form.email.data, form.password.data, name=form.name.data)
        except ServiceError as exc:
            form.email.errors.append(str(exc))
        else:
            session.clear()
            login_user(user)
            flash("Welcome to Factdeck!", "success")
            return redirect(url_for("quiz.index"))
    status = 422 if request.method == "POST" else 200
    return render_template("auth/register.html", form=form), status


@bp.route("/login", methods=["GET", "POST"])
def login():  # type: ignore[no-untyped-def]
    """Log in with e-mail and password."""
    form = LoginForm()
    if form.validate_on_submit():
        user = accounts.authenticate(form.email.data, form.password.data)
        if user is not None:
            session.clear()  # a fresh session at login
            login_user(user, remember=form.remember.data)
            return redirect(_safe_next(request.args.get("next")))
        form.password.errors.append("The e-mail or password is wrong.")
    status = 422 if request.method == "POST" else 200
    return render_template("auth/login.html", form=form), status


@bp.post("/logout")
@login_required
def logout():  # type: ignore[no-untyped-def]
    """End the session."""
    logout_user()
    session.clear()
    flash("You are logged out.", "info")
    return redirect(url_for("main.index"))


@bp.get("/logout")
def logout_page():  # type: ignore[no-untyped-def]
    """Logging out changes state, so it needs the form's POST; a GET just goes home."""
    return redirect(
        url_for("main.index") if not current_user.is_authenticated else url_for("quiz.index")
    )
