"""Central error handlers: a page in the site's layout, or JSON for JSON clients."""

from __future__ import annotations

from flask import Flask, Response, current_app, g, jsonify, render_template, request, session
from flask.typing import ResponseReturnValue
from flask_wtf.csrf import CSRFError
from sqlalchemy.exc import DisconnectionError, InterfaceError, OperationalError
from werkzeug.exceptions import HTTPException, InternalServerError

from .services.errors import ServiceError

MESSAGES = {
    400: "The request could not be understood.",
    403: "You do not have access to this page.",
    404: "This page does not exist.",
    405: "This page cannot be used that way.",
    409: "This clashes with what has already been saved.",
    413: "The upload is too large.",
    429: "Too many requests; please wait a little and try again.",
    503: "The service is briefly unavailable; please try again in a few seconds. Saved answers are safe.",
    500: "Something went wrong on our side. Your answers so far are saved.",
}


def wants_json() -> bool:
    """JSON for API paths, for requests that send JSON, and for clients that prefer JSON."""
    if request.path.startswith("/api/") or request.path == "/healthz" or request.is_json:
        return True
    best = request.accept_mimetypes.best_match(["application/json", "text/html"])
    return (
        best == "application/json"
        and request.accept_mimetypes[best] > request.accept_mimetypes["text/html"]
    )


def render_error(
    status: int, message: str | None = None, without_account: bool = False
) -> tuple[Response | str, int]:
    """The error response for a status code.

    `without_account` leaves the account links out of the page, for when the database (and so
    the logged-in user) cannot be reached.
    """
    text = message or MESSAGES.get(status, "The request failed.")
    if wants_json():
        return jsonify(error={"status": status, "message": text}), status
    forget_user()
    page = render_template(
        "errors/error.html",
        status=status,
        message=text,
        without_account=without_account,
        session_nav=session_nav(),
    )
    return page, status


def too_large() -> str:
    """The 413 message with the upload's size and the limit, when the request says its size."""
    from .security import upload_limit

    size, limit = request.content_length, upload_limit()
    if not size or not limit:
        return MESSAGES[413]
    return f"The upload is too large ({_megabytes(size)}; the limit is {_megabytes(limit)})."


def _megabytes(n: int) -> str:
    return f"{n / (1024 * 1024):.1f} MB"


def forget_user() -> None:
    """Keep the error page away from the database: Flask-Login's context processor loads the
    user for every template unless the request already has one (g._login_user), and a loaded
    user's attributes may be expired by the rollback. The page reads `session_nav` instead."""
    from .extensions import login_manager

    if "_login_user" not in g:
        g._login_user = login_manager.anonymous_user()


def session_nav() -> dict[str, bool]:
    """The menu of an error page, from the signed session cookie alone (no query)."""
    return {
        "signed_in": session.get("_user_id") is not None,
        "teacher": bool(session.get("teacher")),
    }


def discard_session(remove: bool = False) -> None:
    """Roll back (and with `remove`, drop) the request's session; on a dead connection neither
    step may raise: an error page that fails becomes a bare 500 from the server."""
    from .extensions import db

    for step in (db.session.rollback, db.session.remove) if remove else (db.session.rollback,):
        try:
            step()
        except Exception:  # noqa: BLE001, PERF203 - the connection may be gone; the pool replaces it
            current_app.logger.info("session cleanup failed after a database error", exc_info=True)


def register(app: Flask) -> None:
    """Install the handlers."""

    @app.errorhandler(ServiceError)
    def service_error(exc: ServiceError) -> ResponseReturnValue:
        response = render_error(exc.status, str(exc))
        retry = getattr(exc, "retry_after", None)
        return (*response, {"Retry-After": str(retry)}) if retry else response

    @app.errorhandler(OperationalError)
    @app.errorhandler(InterfaceError)
    @app.errorhandler(DisconnectionError)
    def database_down(exc: Exception) -> ResponseReturnValue:
        """The database is unreachable (restarting, failing over): 503, try again shortly."""
        discard_session(remove=True)
        app.logger.warning("database unavailable: %s", type(exc).__name__)
        response = render_error(503, without_account=True)
        return (*response, {"Retry-After": "5"})

    @app.errorhandler(CSRFError)
    def csrf_error(exc: CSRFError) -> ResponseReturnValue:
        return render_error(400, "The form had expired. Please go back, reload and try again.")

    @app.errorhandler(HTTPException)
    def http_error(exc: HTTPException) -> ResponseReturnValue:
        status = exc.code or 500
        if status == 413:
            return render_error(status, too_large())
        return render_error(status, MESSAGES.get(status, exc.description))

    @app.errorhandler(Exception)
    def unexpected(exc: Exception) -> ResponseReturnValue:
        discard_session()
        app.logger.exception("unhandled error", exc_info=exc)
        return render_error(InternalServerError.code)
