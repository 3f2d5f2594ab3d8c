"""Who is asking, read from the signed session cookie without loading the account.

Flask-Login keeps "<user id>.<session token>" in the session and loads the user from the
database on the first use of `current_user`. The quiz's save-an-answer request is the one
place hot enough to skip that load: it takes the id and token from here and checks the token
in the same query that saves the answer (`services.quiz.answers.save`), so a session ended by
logging out is refused all the same.
"""

from __future__ import annotations

from flask import session
from flask_login import current_user

from ..params import id_or_none


def session_identity() -> tuple[int, str] | None:
    """(user id, session token) of the logged-in session, or None.

    A session without a user falls back to Flask-Login, which may restore one from the
    "keep me logged in" cookie (and then loads the user, once).
    """
    raw = session.get("_user_id")
    if raw is None:
        if current_user.is_authenticated:
            return int(current_user.id), str(current_user.session_token)
        return None
    user_id, _, token = str(raw).partition(".")
    uid = id_or_none(user_id)
    return (uid, token) if uid is not None and token else None
