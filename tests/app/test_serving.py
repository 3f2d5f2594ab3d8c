"""Serving without a proxy: slow clients hold sockets, not workers (`make serve`'s gunicorn).

The proof the issue asks for starts gunicorn with gunicorn.conf.py as `make serve` does (two
workers, production settings, a scratch SQLite database), opens more sockets than there are
workers that send their bodies slowly, and then asks for /healthz: it must answer within one
second. With sync workers it waited for gunicorn's 30 s timeout.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.serving import BufferedWSGI

ROOT = Path(__file__).resolve().parents[2]
SLOW_SOCKETS = 8  # four times the workers


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def healthz(port: int, timeout: float) -> int:
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=timeout) as r:
        return int(r.status)


@pytest.fixture
def served(tmp_path: Path) -> Iterator[int]:
    """gunicorn -c gunicorn.conf.py on a free port; stopped (its process group) afterwards."""
    port = free_port()
    env = dict(
        os.environ,
        FACTDECK_ENV="production",
        SECRET_KEY="serving-test",
        DATABASE_URL=f"sqlite:///{tmp_path / 'serve.db'}",
        FLASK_APP="wsgi.py",
        BIND=f"127.0.0.1:{port}",
        WEB_CONCURRENCY="2",
        ACCESS_LOG="",
    )
    env.pop("TEST_DATABASE_URL", None)
    subprocess.run(
        [sys.executable, "-m", "flask", "db", "upgrade"],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
    )
    log = (tmp_path / "gunicorn.log").open("wb")
    proc = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "-c", "gunicorn.conf.py"],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 60  # starting up, on a busy machine
        while True:
            assert proc.poll() is None, (tmp_path / "gunicorn.log").read_text()[-2000:]
            with contextlib.suppress(OSError):
                if healthz(port, 2) == 200:
                    break
            assert time.monotonic() < deadline, "gunicorn did not start"
            time.sleep(0.2)
        yield port
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(20)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(5)
        log.close()


def test_slow_clients_do_not_hold_the_workers(served: int) -> None:
    slow = []
    try:
        for _ in range(SLOW_SOCKETS):
            s = socket.create_connection(("127.0.0.1", served), timeout=5)
            s.sendall(
                b"POST /login HTTP/1.1\r\nHost: localhost\r\n"
                b"Content-Type: application/x-www-form-urlencoded\r\n"
                b"Content-Length: 100000\r\n\r\nemail="
            )
            slow.append(s)
        time.sleep(0.5)  # every slow request has reached a worker by now
        started = time.monotonic()
        assert healthz(served, timeout=10) == 200
        assert time.monotonic() - started < 1.0
    finally:
        for s in slow:
            s.close()


# --- the adapter itself -------------------------------------------------------------------


def run_asgi(app: BufferedWSGI, scope: dict[str, Any], chunks: list[bytes]) -> list[dict[str, Any]]:
    """Send one request through the ASGI app; the messages it sent back."""
    sent: list[dict[str, Any]] = []
    incoming = [
        {"type": "http.request", "body": c, "more_body": i < len(chunks) - 1}
        for i, c in enumerate(chunks)
    ]

    async def receive() -> dict[str, Any]:
        return incoming.pop(0) if incoming else {"type": "http.disconnect"}

    async def send(message: dict[str, Any]) -> None:
        sent.append(dict(message))

    asyncio.run(app(scope, receive, send))
    return sent


def echo(environ: dict[str, Any], start_response: Any) -> list[bytes]:
    body = environ["wsgi.input"].read()
    start_response("200 OK", [("Content-Type", "text/plain")])
    return [b"got %d" % len(body)]


def scope(length: int | None = None) -> dict[str, Any]:
    headers = [(b"host", b"x")] + ([(b"content-length", str(length).encode())] if length else [])
    return {
        "type": "http",
        "method": "POST",
        "path": "/",
        "query_string": b"",
        "http_version": "1.1",
        "headers": headers,
        "client": ("127.0.0.1", 1),
        "server": ("127.0.0.1", 80),
    }


@pytest.mark.parametrize("threads", [1, 3])
def test_the_whole_body_reaches_the_app(threads: int) -> None:
    app = BufferedWSGI(echo, max_body=100, threads=threads)
    sent = run_asgi(app, scope(60), [b"a" * 20, b"b" * 20, b"c" * 20])
    assert sent[0]["status"] == 200 and b"".join(m.get("body", b"") for m in sent) == b"got 60"


def test_a_body_over_the_cap_is_413_before_the_app_runs() -> None:
    called = []

    def app(environ: dict[str, Any], start_response: Any) -> list[bytes]:
        called.append(True)
        return echo(environ, start_response)

    wrapped = BufferedWSGI(app, max_body=50)
    assert run_asgi(wrapped, scope(51), [b"x" * 51])[0]["status"] == 413  # declared
    assert run_asgi(wrapped, scope(), [b"x" * 30, b"x" * 30])[0]["status"] == 413  # chunked
    assert called == []
