"""Forms, and the rules of forms, that more than one blueprint uses."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from flask import abort, flash
from flask_wtf import FlaskForm
from wtforms import Field

from .services.errors import ServiceError

F = TypeVar("F", bound=FlaskForm)
T = TypeVar("T")


class ActionForm(FlaskForm):
    """A bare form for POST buttons (start, submit, approve, add a deck, …): only its CSRF token."""


def posted(form_class: type[F]) -> F:
    """The form of a POST that only a valid form may make (token and fields): otherwise a 400."""
    form = form_class()
    if not form.validate_on_submit():
        abort(400)
    return form


def submitted(form: FlaskForm, action: Callable[[], T], field: Field | None = None) -> T | None:
    """What `action` (the service call of a form) returns once the form is posted and valid.

    None when the form was not posted or is not valid, and when the service refuses: its
    ServiceError is then shown on `field`, or flashed as an error when the page has no field
    for it (a form whose page redirects).
    """
    if not form.validate_on_submit():
        return None
    try:
        return action()
    except ServiceError as exc:
        if field is None:
            flash(str(exc), "error")
        else:
            field.errors = [*field.errors, str(exc)]
        return None
