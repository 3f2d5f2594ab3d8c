"""Forms that more than one blueprint uses."""

from __future__ import annotations

from flask_wtf import FlaskForm


class ActionForm(FlaskForm):
    """A bare form for POST buttons (start, submit, approve, add a deck, …): only its CSRF token."""
