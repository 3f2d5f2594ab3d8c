"""Security headers, and the client address behind a trusted reverse proxy."""

from __future__ import annotations

from collections.abc import Callable
from itertools import chain
from typing import Any, TypeVar

from flask import Flask, Request, Response, current_app, request, session
from werkzeug.middleware.proxy_fix import ProxyFix

from .services.errors import ServiceError

FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")

# No inline script or style anywhere: templates load /static files only; charts are inline SVG.
CSP = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
)


View = TypeVar("View", bound=Callable[..., Any])
BODY_LIMIT = "factdeck_body_limit"
FORM_OVERHEAD = 64 * 1024  # the multipart framing and the form's other fields around a file


def body_limit(setting: str) -> Callable[[View], View]:
    """Let a view's requests be as large as config[setting] (plus the form around the file)
    instead of MAX_CONTENT_LENGTH. `LimitedRequest` applies it before anything reads the body:
    Flask-WTF's CSRF check and the NUL check read the form before the view runs, so a limit set
    inside the view would come too late."""

    def mark(view: View) -> View:
        setattr(view, BODY_LIMIT, setting)
        return view

    return mark


def upload_limit() -> int | None:
    """The current request's upload limit as people know it: its view's `body_limit` setting
    (without the form's overhead), else MAX_CONTENT_LENGTH."""
    if request.url_rule is not None:
        view = current_app.view_functions.get(request.url_rule.endpoint)
        setting = getattr(view, BODY_LIMIT, None)
        if setting:
            return int(current_app.config[setting])
    limit = current_app.config.get("MAX_CONTENT_LENGTH")
    return int(limit) if limit else None


class LimitedRequest(Request):
    """A request whose body limit is its view's `body_limit`, else MAX_CONTENT_LENGTH."""

    @property
    def max_content_length(self) -> int | None:
        if self._max_content_length is not None:
            return self._max_content_length
        if current_app and self.url_rule is not None:
            view = current_app.view_functions.get(self.url_rule.endpoint)
            setting = getattr(view, BODY_LIMIT, None)
            if setting:
                return int(current_app.config[setting]) + FORM_OVERHEAD
        return super().max_content_length

    @max_content_length.setter
    def max_content_length(self, value: int | None) -> None:
        self._max_content_length = value


def register(app: Flask) -> None:
    """Install the headers; trust TRUSTED_PROXIES hops of X-Forwarded-For/-Proto when set."""
    app.request_class = LimitedRequest
    hops = int(app.config.get("TRUSTED_PROXIES", 0) or 0)
    if hops:
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=hops, x_proto=hops)  # type: ignore[method-assign]  # Flask's documented way to wrap the WSGI app

    app.before_request(refuse_nul)

    @app.after_request
    def headers(response: Response) -> Response:
        h = response.headers
        h.setdefault("Content-Security-Policy", CSP)
        h.setdefault("X-Content-Type-Options", "nosniff")
        h.setdefault("X-Frame-Options", "DENY")
        h.setdefault("Referrer-Policy", "same-origin")
        h.setdefault("Permissions-Policy", "camera=(), microphone=(), geolocation=()")
        h.setdefault("Cross-Origin-Opener-Policy", "same-origin")
        if app.config.get("SESSION_COOKIE_SECURE"):
            h.setdefault("Strict-Transport-Security", "max-age=31536000; includeSubDomains")
        if request.endpoint and not request.endpoint.endswith("static"):
            h.setdefault("Cache-Control", "no-store" if _private() else "no-cache")
        return response


def _private() -> bool:
    """True when the session belongs to a logged-in user; read from the session cookie alone,
    so that it needs no database (this runs after every response, 503s included)."""
    return session.get("_user_id") is not None


def refuse_nul() -> None:
    """A 400 for a NUL character in the query string or a form field.

    No one types a NUL, no text field may hold one, and PostgreSQL refuses to store it; refusing
    the request up front says so clearly instead of failing at the database. Uploaded files are
    not form fields: their content is judged by the article reader.
    """
    values = request.args.listvalues()
    if request.method in ("POST", "PUT", "PATCH") and request.mimetype in FORM_TYPES:
        values = chain(values, request.form.listvalues())
    if any("\x00" in value for group in values for value in group):
        raise ServiceError("The request contains a NUL character, which no text may hold.")
