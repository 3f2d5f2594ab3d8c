"""The teacher's half: articles, the question bank, quizzes, classes and API tokens."""

from flask import Blueprint, abort
from flask.typing import ResponseReturnValue
from flask_login import current_user

bp = Blueprint("teach", __name__, url_prefix="/teach")


@bp.before_request
def teachers_only() -> ResponseReturnValue | None:
    """Anonymous visitors are sent to log in; learners are refused."""
    from ..extensions import login_manager

    if not current_user.is_authenticated:
        return login_manager.unauthorized()
    if not current_user.is_teacher:
        abort(403)
    return None


from . import articles, bank, classes, quizzes, results, transfer  # noqa: E402, F401
