"""Account forms (CSRF through Flask-WTF)."""

from __future__ import annotations

from typing import cast

from flask_wtf import FlaskForm
from markupsafe import Markup
from wtforms import BooleanField, EmailField, PasswordField, StringField, SubmitField
from wtforms.fields import Field
from wtforms.validators import DataRequired, Email, EqualTo, Length
from wtforms.widgets import Input, PasswordInput

from ..services.accounts.users import MIN_PASSWORD


class LoginForm(FlaskForm):
    """E-mail and password."""

    email = EmailField("E-mail", validators=[DataRequired(), Email(), Length(max=254)])
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
    email = EmailField("E-mail", validators=[DataRequired(), Email(), Length(max=254)])
    password = PasswordField(
        "Password",
        widget=KeptPasswordInput(),
        validators=[DataRequired(), Length(min=MIN_PASSWORD, max=200)],
        description=f"At least {MIN_PASSWORD} characters.",
    )
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
