"""Account forms (CSRF through Flask-WTF)."""

from __future__ import annotations

from typing import cast

from flask_wtf import FlaskForm
from markupsafe import Markup
from wtforms import BooleanField, EmailField, Field, Form, PasswordField, StringField, SubmitField
from wtforms.validators import DataRequired, EqualTo, Length, ValidationError
from wtforms.widgets import Input, PasswordInput

from ..services.accounts.passwords import MAX_PASSWORD, MIN_PASSWORD, check_email
from ..services.errors import ServiceError


class ValidEmail:
    """The services' own e-mail check (services/accounts/passwords.py), so that the forms, the
    command line and the services accept the same addresses."""

    def __call__(self, form: Form, field: Field) -> None:
        try:
            check_email(str(field.data or ""))
        except ServiceError as exc:
            raise ValidationError(str(exc)) from None


def new_password(label: str, widget: Input | None = None) -> PasswordField:
    """A new password's field; how guessable it is is judged by the service. `widget` may keep
    what was typed when the form comes back with an error elsewhere (registration)."""
    return PasswordField(
        label,
        widget=widget or PasswordInput(),
        validators=[DataRequired(), Length(min=MIN_PASSWORD, max=MAX_PASSWORD)],
        description=f"At least {MIN_PASSWORD} characters, not easy to guess: a few unrelated "
        "words work well.",
    )


class LoginForm(FlaskForm):
    """E-mail and password."""

    email = EmailField("E-mail", validators=[DataRequired(), ValidEmail(), Length(max=254)])
    password = PasswordField("Password", validators=[DataRequired(), Length(max=200)])
    remember = BooleanField("Keep me logged in")
    submit = SubmitField("Log in")


class KeptPasswordInput(PasswordInput):  # type: ignore[misc]  # WTForms ships no types
    """A password box that keeps what was typed when the form comes back for another field's
    error (a mistyped class code), and is emptied when the password itself is wrong."""

    def __call__(self, field: Field, **kwargs: object) -> Markup:
        if field.errors or not field.data:
            return cast(Markup, super().__call__(field, **kwargs))  # WTForms' own markup
        kwargs["value"] = field.data
        return cast(Markup, Input.__call__(self, field, **kwargs))


class RegisterForm(FlaskForm):
    """A new learner account."""

    name = StringField("Name (optional)", validators=[Length(max=120)])
    email = EmailField("E-mail", validators=[DataRequired(), ValidEmail(), Length(max=254)])
    password = new_password("Password", KeptPasswordInput())
    confirm = PasswordField(
        "Repeat the password",
        widget=KeptPasswordInput(),
        validators=[DataRequired(), EqualTo("password", message="The passwords differ.")],
    )
    class_code = StringField(
        "Class code (optional)",
        validators=[Length(max=32)],
        description="The code your teacher gave you; you can also join a class later.",
    )
    submit = SubmitField("Create account")


class ChangePasswordForm(FlaskForm):
    """The signed-in user's own password change."""

    current = PasswordField("Current password", validators=[DataRequired(), Length(max=200)])
    password = new_password("New password")
    confirm = PasswordField(
        "Repeat the new password",
        validators=[DataRequired(), EqualTo("password", message="The passwords differ.")],
    )
    submit = SubmitField("Change the password")


class ResetPasswordForm(FlaskForm):
    """A new password through a one-time link."""

    password = new_password("New password")
    confirm = PasswordField(
        "Repeat the new password",
        validators=[DataRequired(), EqualTo("password", message="The passwords differ.")],
    )
    submit = SubmitField("Set the password")
