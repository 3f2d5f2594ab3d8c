"""Errors the services raise; views turn them into messages, never into a 500."""

from __future__ import annotations


class ServiceError(Exception):
    """A request that cannot be carried out, with a message fit for the person who made it."""

    status = 400


class SessionEnded(ServiceError):
    """The session is no longer the account's current one (logged out elsewhere)."""

    status = 401


class NotFound(ServiceError):
    """The object does not exist, or the user may not see it (no difference is shown)."""

    status = 404


class Forbidden(ServiceError):
    """The user is known but may not do this."""

    status = 403


class Conflict(ServiceError):
    """The request clashes with the current state (an attempt already submitted, …)."""

    status = 409
