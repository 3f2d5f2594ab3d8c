"""Sending a request as one of the actors, and checking its response: no 500, no trace, no SQL."""

from __future__ import annotations

import io
import logging
import re
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from flask import Flask
from flask.testing import FlaskClient
from werkzeug.exceptions import MethodNotAllowed, NotFound
from werkzeug.routing import MapAdapter, RequestRedirect, Rule
from werkzeug.test import TestResponse

from ...conftest import PASSWORD
from .world import (
    ACTORS,
    AUTH_ENDPOINTS,
    EXERCISED,
    FUZZ_ADDRESSES,
    LOGIN_ADDRESS,
    Fixtures,
)

PROJECT = str(Path(__file__).resolve().parents[3]) + "/"

# What must never reach a client: a stack trace, SQL, the database driver's name.
LEAKS: dict[str, re.Pattern[str]] = {
    "Traceback": re.compile(r"Traceback"),
    'File "': re.compile(r"File (?:\"|\\\"|&#34;|&quot;|&#x22;)"),
    "SELECT ": re.compile(r"SELECT "),
    "sqlalchemy": re.compile(r"sqlalchemy", re.IGNORECASE),
    "psycopg": re.compile(r"psycopg", re.IGNORECASE),
    "sqlite3": re.compile(r"sqlite3\.", re.IGNORECASE),
}


# --- sending and checking -------------------------------------------------------------------


class ErrorLog(logging.Filter):
    """Takes the app's log records that carry an exception (the 'unhandled error' ones).

    A filter on the app's logger, not a handler: the records go into the fuzzing report, and not
    a thousand times over into the captured log as well.
    """

    def __init__(self) -> None:
        super().__init__()
        self.records: list[logging.LogRecord] = []

    def filter(self, record: logging.LogRecord) -> bool:
        if record.exc_info:
            self.records.append(record)
            return False
        return True


@dataclass
class Sent:
    """One request to send, and what it was made of (for the report and the leak check)."""

    actor: str
    method: str
    path: str
    query: list[tuple[str, str]] = field(default_factory=list)
    form: dict[str, Any] | None = None
    body: bytes | None = None
    content_type: str | None = None
    headers: dict[str, str] = field(default_factory=dict)
    address: str = FUZZ_ADDRESSES[0]

    @property
    def url(self) -> str:
        """Path and query string (long values cut short, for the report)."""
        query = [(_short(k, 60), _short(v, 80)) for k, v in self.query]
        return self.path + ("?" + urlencode(query) if query else "")

    def inputs(self) -> str:
        """Every piece of text the request carries."""
        parts = [self.path, *(k + "=" + v for k, v in self.query), *self.headers.values()]
        for name, value in (self.form or {}).items():
            for v in value if isinstance(value, list) else [value]:
                parts.append(name)
                parts.append(v[1] + _decode(v[0]) if isinstance(v, tuple) else str(v))
        parts.append(_decode(self.body or b""))
        return "\n".join(parts)

    def describe(self) -> str:
        """A reproduction, short enough to read."""
        out = f"{self.method} {_short(self.url, 300)} as {self.actor}"
        if self.form:
            shown = {
                _short(k, 60): [_file(x) for x in v] if isinstance(v, list) else _file(v)
                for k, v in self.form.items()
            }
            out += f"\n    form: {_short(repr(shown), 600)}"
        if self.body is not None:
            out += f"\n    body ({self.content_type}): {_short(repr(self.body), 600)}"
        if self.headers:
            token = re.compile(r"fd_[\w-]{20,}")
            shown = {k: token.sub("<teacher A's token>", v) for k, v in self.headers.items()}
            out += f"\n    headers: {_short(repr(shown), 300)}"
        return out


def _opened(value: Any) -> Any:
    """A form value as the test client takes it: files as (stream, name)."""
    if isinstance(value, tuple):
        return io.BytesIO(value[0]), value[1]
    return value


def _decode(data: bytes) -> str:
    return data.decode("utf-8", "replace") + "\n" + data.decode("latin-1")


def _short(text: str, n: int) -> str:
    return text if len(text) <= n else text[:n] + f"… ({len(text)} characters)"


def _file(value: Any) -> Any:
    if isinstance(value, tuple):
        return f"<file {_short(value[1], 60)!r}, {len(value[0])} bytes: {value[0][:80]!r}>"
    return _short(value, 80) if isinstance(value, str) else value


def leaks(text: str) -> set[str]:
    """The names of the LEAKS patterns found in `text`."""
    return {name for name, pattern in LEAKS.items() if pattern.search(text)}


@dataclass
class Failure:
    """One distinct failure: its first reproduction, its cause, and how often it recurred."""

    where: str
    problem: str
    request: str
    cause: str
    frames: list[str]
    count: int = 1


class Fuzzer:
    """Clients per actor, one request at a time, every response checked; failures collected."""

    def __init__(self, app: Flask, fx: Fixtures) -> None:
        self.app = app
        self.fx = fx
        self.adapter: MapAdapter = app.url_map.bind("localhost")
        self.clients: dict[str, FlaskClient] = {}
        self.stale: set[str] = set(ACTORS)
        self.tainted: set[str] = set()
        self.failures: dict[tuple[str, ...], Failure] = {}
        self.sent = 0
        self.log = ErrorLog()

    # clients

    def client(self, actor: str) -> FlaskClient:
        """The actor's client, logged in again when a request may have logged it out."""
        if actor in self.stale:
            client = self.app.test_client()
            email = {
                "teacher": self.fx.world.emails["teacher_a"],
                "learner": self.fx.world.emails["learner_a"],
            }.get(actor)
            if email is not None:
                with self.app.app_context():
                    response = client.post(
                        "/login",
                        data={"email": email, "password": PASSWORD},
                        environ_base={"REMOTE_ADDR": LOGIN_ADDRESS},
                    )
                assert response.status_code == 302, f"log-in as {actor}: {response.status_code}"
            self.clients[actor] = client
            self.stale.discard(actor)
        return self.clients[actor]

    # routing

    def route_of(self, method: str, path: str) -> Rule | None:
        """The rule the router gives this request, if it gives one."""
        try:
            rule, _ = self.adapter.match(path, method=method, return_rule=True)
        except (NotFound, MethodNotAllowed, RequestRedirect):
            return None
        return rule

    # one request

    def send(self, req: Sent) -> TestResponse | None:
        """Send and check one request; a failure is recorded, never raised."""
        self.tainted |= leaks(req.inputs())
        rule = self.route_of(req.method, req.path)
        if rule is not None:
            EXERCISED.add((rule.rule, req.method))
        client = self.client(req.actor)
        self.log.records.clear()
        kwargs: dict[str, Any] = {
            "method": req.method,
            "query_string": urlencode(req.query) if req.query else None,
            "headers": req.headers,
            "environ_base": {"REMOTE_ADDR": req.address},
        }
        if req.form is not None:
            kwargs["data"] = {k: _opened(v) for k, v in req.form.items()}
            if req.content_type:
                kwargs["content_type"] = req.content_type
        elif req.body is not None:
            kwargs["data"] = req.body
            kwargs["content_type"] = req.content_type
        self.sent += 1
        try:
            with self.app.app_context():
                response = client.open(req.path, **kwargs)
                body = response.get_data(as_text=True)
        except Exception as exc:  # noqa: BLE001 - reported like a 500, with its traceback
            self._fail(req, rule, f"the request raised {type(exc).__name__}", exc)
            self.stale.add(req.actor)
            return None
        if (
            rule is not None
            and req.method == "POST"
            and rule.endpoint.startswith(AUTH_ENDPOINTS)
            and "Set-Cookie" in response.headers
        ):  # logged in, out, or as someone else
            self.stale.add(req.actor)
        problems = []
        if response.status_code >= 500:
            problems.append(f"status {response.status_code}")
        shown = leaks(body + " " + (response.headers.get("Location") or "")) - self.tainted
        if shown:
            problems.append("the response shows " + ", ".join(sorted(shown)))
        logged = self.log.records[-1].exc_info if self.log.records else None
        if logged and not problems:
            problems.append("an error was logged")
        if problems:
            self._fail(req, rule, "; ".join(problems), logged[1] if logged else None, body)
        return response

    def _fail(
        self, req: Sent, rule: Rule | None, problem: str, exc: BaseException | None, body: str = ""
    ) -> None:
        where = f"{req.method} {rule.rule if rule else req.path}"
        frames = _frames(exc)
        cause = _cause(exc) if exc is not None else "response body: " + _short(body, 300)
        key = (where, type(exc).__name__, frames[-1] if frames else problem)
        if key in self.failures:
            self.failures[key].count += 1
        else:
            self.failures[key] = Failure(where, problem, req.describe(), cause, frames)

    def report(self) -> str:
        """The failures grouped by cause (problem, exception type and innermost frame of ours),
        with a reproduction for every route that showed it."""
        causes: dict[tuple[str, ...], list[Failure]] = {}
        for f in self.failures.values():
            key = (f.problem, f.cause.split(":")[0], f.frames[-1] if f.frames else "")
            causes.setdefault(key, []).append(f)
        lines = [
            f"{len(self.failures)} failures (route and cause) in {self.sent} requests, "
            f"{len(causes)} causes:"
        ]
        for failures in causes.values():
            first = failures[0]
            lines += [f"\n### {first.problem}, on {len(failures)} route(s)"]
            lines += ["    " + line for line in [*first.frames, first.cause]]
            for f in failures:
                lines += [f"  * {f.where} (seen {f.count}x):", f"    {f.request}"]
        return "\n".join(lines)


def _cause(exc: BaseException) -> str:
    """The exception's type and the first line of its message."""
    message = str(exc).strip().splitlines()
    return f"{type(exc).__module__}.{type(exc).__qualname__}: {_short(message[0], 200) if message else ''}"


def _frames(exc: BaseException | None) -> list[str]:
    """The two innermost frames of the project's own code in the exception's traceback."""
    if exc is None:
        return []
    ours = [
        f"{f.filename.removeprefix(PROJECT)}:{f.lineno} in {f.name}: {(f.line or '').strip()}"
        for f in traceback.extract_tb(exc.__traceback__)
        if f.filename.startswith(PROJECT) and "/site-packages/" not in f.filename
    ]
    return ours[-2:]
