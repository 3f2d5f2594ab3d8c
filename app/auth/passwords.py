"""Change one's password; set a new one through a teacher's one-time link."""

from __future__ import annotations

from flask import abort, flash, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue
from flask_login import current_user, login_required

from ..services.accounts import passwords, signin
from ..services.errors import ServiceError
from . import bp
from .forms import ChangePasswordForm, ResetPasswordForm
from .routes import sign_in


@bp.route("/account/password", methods=["GET", "POST"])
@login_required
def change_password() -> ResponseReturnValue:
    """A new password; every other session of the account ends, this one goes on."""
    form = ChangePasswordForm()
    if form.validate_on_submit():
        guard = signin.begin_login(  # the current password is guessable here as at log-in
            current_user.email, request.remote_addr, request.cookies.get(signin.DEVICE_COOKIE)
        )
        try:
            passwords.change_password(current_user, form.current.data, form.password.data)
        except passwords.WeakPassword as exc:
            signin.succeeded(guard)
            form.password.errors.append(str(exc))
        except ServiceError as exc:
            form.current.errors.append(str(exc))
        else:
            signin.succeeded(guard)
            sign_in(current_user._get_current_object())  # a fresh session with the new token
            flash("Your password is changed; every other session is logged out.", "success")
            return redirect(url_for("auth.change_password"))
    status = 422 if request.method == "POST" else 200
    return render_template("auth/password.html", form=form), status


@bp.route("/reset/<secret>", methods=["GET", "POST"])
def reset_password(secret: str) -> ResponseReturnValue:
    """Set a new password through a one-time link, then log in."""
    user = passwords.reset_user(secret)
    if user is None:
        abort(404)
    form = ResetPasswordForm()
    if form.validate_on_submit():
        try:
            user = passwords.redeem_reset(secret, form.password.data)
        except passwords.WeakPassword as exc:
            form.password.errors.append(str(exc))
        else:
            sign_in(user)
            flash("Your new password is set.", "success")
            return redirect(url_for("quiz.index"))
    status = 422 if request.method == "POST" else 200
    return render_template("auth/reset.html", form=form, user=user), status
