"""Quiz forms: they carry the CSRF token; the chosen option is read from the radio group."""

from __future__ import annotations

from flask_wtf import FlaskForm


class ActionForm(FlaskForm):
    """A bare form for POST buttons (start, submit)."""
