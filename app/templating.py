"""Template filters: dates and percentages as people read them."""

from __future__ import annotations

from datetime import datetime

from flask import Flask

from .timezones import describe


def register(app: Flask) -> None:
    """Add the filters to the app's Jinja environment."""

    @app.template_filter("when")
    def when(value: datetime | None) -> str:
        return describe(value)  # in the viewer's time zone (app/timezones.py)

    @app.template_filter("plural")
    def plural(n: int, word: str, words: str | None = None) -> str:
        """'1 question', '2 questions' (or the plural given: 'person', 'people')."""
        return f"{n} {word}" if n == 1 else f"{n} {words or word + 's'}"

    @app.template_filter("percent")
    def percent(value: float) -> str:
        return f"{round(value * 100)}%"
