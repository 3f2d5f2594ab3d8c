"""The teacher-only JSON API under /api/v1, authenticated by bearer tokens (no session, no CSRF)."""

from flask import Blueprint, Response, g, request
from flask.typing import ResponseReturnValue

from ..services.errors import ServiceError

bp = Blueprint("api", __name__, url_prefix="/api/v1")


class Unauthorized(ServiceError):
    """No token, or one the API does not accept."""

    status = 401


@bp.before_request
def authenticate() -> ResponseReturnValue | None:
    """Every endpoint but the OpenAPI document needs a teacher's bearer token."""
    from ..services.accounts.tokens import user_for

    if request.endpoint == "api.openapi":
        return None
    scheme, _, token = request.headers.get("Authorization", "").partition(" ")
    user = user_for(token.strip()) if scheme.lower() == "bearer" else None
    if user is None:
        raise Unauthorized("Send a teacher's API token as 'Authorization: Bearer <token>'.")
    g.api_user = user
    return None


@bp.after_request
def no_store(response: Response) -> Response:
    """API answers are private to the token's owner."""
    response.headers["Cache-Control"] = "no-store"
    if response.status_code == 401:
        response.headers["WWW-Authenticate"] = 'Bearer realm="factdeck"'
    return response


from . import routes  # noqa: E402, F401
