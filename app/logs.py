"""Structured logs: one JSON object a line, each with the id of the request it belongs to.

Every request gets an id: the load balancer's `X-Request-ID` when it sends a well-formed one,
else a fresh random one. It is sent back in the response's `X-Request-ID`, stamped on every log
record written while the request runs (a `logging.Filter` reads it from a context variable) and
handed to the background jobs the request queues, whose log lines carry it too: a teacher's
"generation failed" is found from the request that started it to the worker that ran it, on
whichever machines they ran. The JSON lines are python-json-logger's (`LOG_FORMAT=json`, the
default of `make serve` and `make worker`); `LOG_FORMAT=text` keeps readable lines.
"""

from __future__ import annotations

import contextlib
import logging
import re
import sys
import time
import uuid
from collections.abc import Iterator
from contextvars import ContextVar

from flask import Flask, Response, g, request
from pythonjsonlogger.json import JsonFormatter

REQUEST_ID = ContextVar("request_id", default="")
_WELL_FORMED = re.compile(r"[A-Za-z0-9._:-]{8,64}")
log = logging.getLogger("factdeck.request")


def new_id() -> str:
    """A fresh request id."""
    return uuid.uuid4().hex


def current_id() -> str:
    """The id of the request (or job) being served, "" outside one."""
    return REQUEST_ID.get()


@contextlib.contextmanager
def carrying(request_id: str) -> Iterator[None]:
    """Run a block (a job) with the id of the request that queued it."""
    token = REQUEST_ID.set(request_id or new_id())
    try:
        yield
    finally:
        REQUEST_ID.reset(token)


class RequestIdFilter(logging.Filter):
    """Stamp every record with the current request id (empty outside a request or job)."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.request_id = REQUEST_ID.get()
        return True


def configure(fmt: str = "json", level: int = logging.INFO) -> None:
    """Send the root logger's records to standard error, as JSON lines or as text, each with
    its request id. Called by the entry points of `make serve` and `make worker`, not by
    create_app (which has no side effects)."""
    handler = logging.StreamHandler(sys.stderr)
    handler.addFilter(RequestIdFilter())
    if fmt == "json":
        handler.setFormatter(
            JsonFormatter(
                "%(asctime)s %(levelname)s %(name)s %(message)s %(request_id)s",
                rename_fields={"asctime": "time", "levelname": "level", "name": "logger"},
            )
        )
    else:
        handler.setFormatter(
            logging.Formatter("%(asctime)s %(levelname)s [%(request_id)s] %(name)s: %(message)s")
        )
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)


def register(app: Flask) -> None:
    """Give every request an id, send it back, and log one line per request."""

    @app.before_request
    def assign_id() -> None:
        given = request.headers.get("X-Request-ID", "")
        request_id = given if _WELL_FORMED.fullmatch(given) else new_id()
        g.request_token = REQUEST_ID.set(request_id)
        g.request_started = time.perf_counter()

    @app.after_request
    def send_id(response: Response) -> Response:
        response.headers["X-Request-ID"] = REQUEST_ID.get()
        started = g.get("request_started")
        if started is not None:
            log.info(
                "request",
                extra={
                    "method": request.method,
                    "path": request.path,
                    "endpoint": request.endpoint or "",
                    "status": response.status_code,
                    "ms": round(1000 * (time.perf_counter() - started), 1),
                },
            )
        return response

    @app.teardown_request
    def forget_id(exc: BaseException | None) -> None:
        token = g.pop("request_token", None)
        if token is not None:
            REQUEST_ID.reset(token)
