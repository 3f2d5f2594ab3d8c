"""Forms that more than one blueprint uses."""

from __future__ import annotations

from typing import TypeVar

from flask import abort
from flask_wtf import FlaskForm

F = TypeVar("F", bound=FlaskForm)


class ActionForm(FlaskForm):
    """A bare form for POST buttons (start, submit, approve, add a deck, …): only its CSRF token."""


def posted(form_class: type[F]) -> F:
    """The form of a POST that only a valid form may make (token and fields): otherwise a 400."""
    form = form_class()
    if not form.validate_on_submit():
        abort(400)
    return form
