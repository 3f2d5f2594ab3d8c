"""Flashcards: decks, the study screen, settings and stats, under /cards."""

from flask import Blueprint

bp = Blueprint("cards", __name__, url_prefix="/cards")

from . import routes  # noqa: E402,F401
