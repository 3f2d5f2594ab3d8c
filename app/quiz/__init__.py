"""Learners take quizzes: list, attempt one question per screen, submit, review, history."""

from flask import Blueprint

bp = Blueprint("quiz", __name__)

from . import routes  # noqa: E402,F401
