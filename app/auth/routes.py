"""Register, log in, log out."""

from __future__ import annotations

from urllib.parse import urlsplit

from flask import current_app, flash, redirect, render_template, request, session, url_for
from flask.typing import ResponseReturnValue
from flask_login import current_user, login_required, login_user, logout_user
from werkzeug.wrappers import Response

from ..models import User
from ..services.accounts import classes, signin, users
from ..services.accounts.passwords import WeakPassword
from ..services.errors import ServiceError
from . import bp
from .forms import LoginForm, RegisterForm


def _safe_next(target: str | None) -> str:
    """Only a path on this site: no scheme, no host, no '//' or backslash tricks."""
    if target and target.startswith("/") and not target.startswith(("//", "/\\")):
        parts = urlsplit(target)
        if not parts.scheme and not parts.netloc:
            return target
    return home()


def sign_in(user: User, remember: bool = False) -> None:
    """A fresh session for the user. It also remembers whether the user teaches, so that an
    error page can draw the menu from the session without loading the user (app/errors.py)."""
    session.clear()
    login_user(user, remember=remember)
    session["teacher"] = user.is_teacher


def remember_device(response: Response, email: str) -> Response:
    """Leave this browser a device cookie for the account, unless it has a valid one already:
    its later log-ins are then not slowed by failures elsewhere (services/accounts/signin.py)."""
    if signin.known_device(request.cookies.get(signin.DEVICE_COOKIE), email) is None:
        response.set_cookie(
            signin.DEVICE_COOKIE,
            signin.device_cookie(email),
            max_age=signin.DEVICE_MAX_AGE,
            httponly=True,
            secure=bool(current_app.config.get("SESSION_COOKIE_SECURE")),
            samesite="Lax",
        )
    return response


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
        signin.begin_registration(request.remote_addr)  # limits: services/accounts/signin.py
        try:
            user = users.register(
                form.email.data, form.password.data, form.name.data, form.class_code.data or ""
            )
        except WeakPassword as exc:
            form.password.errors.append(str(exc))
        except ServiceError as exc:
            field = form.class_code if "class" in str(exc) else form.email
            field.errors.append(str(exc))
        else:
            sign_in(user)
            flash("Welcome to Factdeck!", "success")
            return remember_device(redirect(url_for("quiz.index")), user.email)
    status = 422 if request.method == "POST" else 200
    return render_template("auth/register.html", form=form, invited=invited), status


@bp.route("/login", methods=["GET", "POST"])
def login() -> ResponseReturnValue:
    """Log in with e-mail and password."""
    form = LoginForm()
    if form.validate_on_submit():
        guard = signin.begin_login(  # counted before the password is checked
            form.email.data, request.remote_addr, request.cookies.get(signin.DEVICE_COOKIE)
        )
        user = users.authenticate(form.email.data, form.password.data)
        if user is not None:
            signin.succeeded(guard)
            sign_in(user, remember=bool(form.remember.data))
            return remember_device(redirect(_safe_next(request.args.get("next"))), user.email)
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
