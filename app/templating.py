"""Template filters: dates and percentages as people read them."""

from __future__ import annotations

from datetime import datetime

from flask import Flask


def register(app: Flask) -> None:
    """Add the filters to the app's Jinja environment."""

    @app.template_filter("when")
    def when(value: datetime | None) -> str:
        return value.strftime("%d %b %Y, %H:%M UTC") if value else "—"

    @app.template_filter("percent")
    def percent(value: float) -> str:
        return f"{round(value * 100)}%"
