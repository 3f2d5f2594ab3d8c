"""Register, log in, log out."""

from __future__ import annotations

from urllib.parse import urlsplit

from flask import flash, redirect, render_template, request, session, url_for
from flask.typing import ResponseReturnValue
from flask_login import current_user, login_required, login_user, logout_user

from ..services.accounts import classes, users
from ..services.accounts import ratelimit as limits
from ..services.errors import ServiceError
from . import bp
from .forms import LoginForm, RegisterForm

LOGIN_FAILURES, LOGIN_WINDOW = 10, 15 * 60  # per address and per e-mail
REGISTRATIONS, REGISTER_WINDOW = 20, 60 * 60  # per address: a class registering together fits


def _login_keys(email: str) -> list[str]:
    """Failed log-ins are counted per address and per account."""
    return [
        f"login-fail:ip:{request.remote_addr}",
        f"login-fail:email:{users.normalise_email(email)}",
    ]


def _safe_next(target: str | None) -> str:
    """Only a path on this site: no scheme, no host, no '//' or backslash tricks."""
    if target and target.startswith("/") and not target.startswith(("//", "/\\")):
        parts = urlsplit(target)
        if not parts.scheme and not parts.netloc:
            return target
    return home()


def home() -> str:
    """Where a signed-in person starts: teachers at their overview, learners at their quizzes."""
    teacher = current_user.is_authenticated and current_user.is_teacher
    return url_for("teach.dashboard") if teacher else url_for("quiz.index")


@bp.route("/register", methods=["GET", "POST"])
def register() -> ResponseReturnValue:
    """Create a learner account and log in; a class's invite link fills in its code."""
    form = RegisterForm()
    invited = (
        classes.find_class(request.args.get("code", "")[:32]) if request.args.get("code") else None
    )
    if invited is not None and request.method == "GET":
        form.class_code.data = invited.join_code
    if form.validate_on_submit():
        key = f"register:ip:{request.remote_addr}"
        limits.check([key], REGISTRATIONS, REGISTER_WINDOW, "new accounts from this address")
        limits.hit(key, REGISTER_WINDOW)
        try:
            user = users.register(
                form.email.data, form.password.data, form.name.data, form.class_code.data or ""
            )
        except ServiceError as exc:
            field = form.class_code if "class" in str(exc) else form.email
            field.errors.append(str(exc))
        else:
            session.clear()
            login_user(user)
            flash("Welcome to Factdeck!", "success")
            return redirect(url_for("quiz.index"))
    status = 422 if request.method == "POST" else 200
    return render_template("auth/register.html", form=form, invited=invited), status


@bp.route("/login", methods=["GET", "POST"])
def login() -> ResponseReturnValue:
    """Log in with e-mail and password."""
    form = LoginForm()
    if form.validate_on_submit():
        keys = _login_keys(form.email.data)
        limits.check(keys, LOGIN_FAILURES, LOGIN_WINDOW, "failed log-ins")
        user = users.authenticate(form.email.data, form.password.data)
        if user is None:
            for key in keys:
                limits.hit(key, LOGIN_WINDOW)
        else:
            session.clear()  # a fresh session at login
            login_user(user, remember=form.remember.data)
            return redirect(_safe_next(request.args.get("next")))
        form.password.errors.append("The e-mail or password is wrong.")
    status = 422 if request.method == "POST" else 200
    return render_template("auth/login.html", form=form), status


@bp.post("/logout")
@login_required
def logout() -> ResponseReturnValue:
    """End the session."""
    users.end_sessions(current_user)  # every copy of this session cookie stops working
    logout_user()
    session.clear()
    flash("You are logged out.", "info")
    return redirect(url_for("main.index"))


@bp.get("/logout")
def logout_page() -> ResponseReturnValue:
    """Logging out changes state, so it needs the form's POST; a GET just goes home."""
    return redirect(
        url_for("main.index") if not current_user.is_authenticated else url_for("quiz.index")
    )
