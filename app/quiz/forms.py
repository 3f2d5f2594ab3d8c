"""Quiz forms: they carry the CSRF token; the chosen option is read from the radio group."""

from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import StringField, SubmitField
from wtforms.validators import DataRequired, Length


class JoinForm(FlaskForm):
    """Join a class with its code."""

    code = StringField("Class code", validators=[DataRequired(), Length(max=32)])
    submit = SubmitField("Join class")
