"""The parts of bench/clusterlib.py's cluster: a private redis-server, the job worker process
and a teacher's browser session that can move between app servers."""

from __future__ import annotations

import asyncio
import atexit
import contextlib
import os
import re
import shutil
import signal
import subprocess
import time
from pathlib import Path

from loadlib import PASSWORD, PYTHON, free_port, spawn
from wire import Connection, Reply

TEACHER = "teacher@cluster.example"
CSRF_RE = re.compile(r'name="csrf_token" type="hidden" value="([^"]+)"')
DRAFTS_RE = re.compile(r"<strong>(\d+) drafts? waiting for your review")


def redis_available() -> bool:
    """True when redis-server is installed."""
    return shutil.which("redis-server") is not None


class RedisServer:
    """A redis-server of our own on a free port: append-only file on, so that a restart keeps
    the queue's messages (as the queue's Redis should be run; see docs/deployment.md)."""

    def __init__(self, workdir: Path) -> None:
        self.port, self.dir = free_port(), workdir / "redis"
        self.dir.mkdir(exist_ok=True)
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        """The URL the app and the worker use."""
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self, timeout: float = 20) -> None:
        """Start it; return once it answers PING."""
        import redis

        self.proc = subprocess.Popen(
            [
                shutil.which("redis-server") or "redis-server",
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "yes",
                "--dir",
                str(self.dir),
                "--logfile",
                str(self.dir / "redis.log"),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        atexit.register(self.stop)
        client = redis.Redis(port=self.port, socket_connect_timeout=1)
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            with contextlib.suppress(redis.RedisError):
                if client.ping():
                    return
            time.sleep(0.05)
        raise RuntimeError(f"redis-server on {self.port} did not start")

    def stop(self) -> None:
        """SIGTERM: Redis writes its append-only file and exits."""
        if self.proc is None or self.proc.poll() is not None:
            return
        self.proc.terminate()
        try:
            self.proc.wait(15)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(5)

    def restart(self) -> float:
        """Stop and start again; the seconds it was away."""
        began = time.monotonic()
        self.stop()
        self.start()
        return time.monotonic() - began


class Worker:
    """`flask worker` (what `make worker` runs), in its own process group."""

    def __init__(self, env: dict[str, str], log: Path) -> None:
        self.env, self.log = env, log
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self, timeout: float = 30) -> None:
        """Start it; return once it says it consumes the queue."""
        before = self.log.read_text() if self.log.exists() else ""
        self.proc = spawn([PYTHON, "-m", "flask", "worker"], self.env, self.log)
        atexit.register(self.stop)
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            if self.proc.poll() is not None:
                raise RuntimeError(f"the worker exited:\n{self.log.read_text()[-3000:]}")
            if self.log.read_text().count("worker started") > before.count("worker started"):
                return
            time.sleep(0.05)
        raise RuntimeError("the worker did not start")

    def kill9(self) -> None:
        """SIGKILL the worker: no chance to finish or give back what it holds."""
        if self.proc is not None and self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait(10)

    def pause(self, paused: bool) -> None:
        """SIGSTOP (it holds its jobs and uses no CPU) or SIGCONT."""
        if self.proc is not None and self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGSTOP if paused else signal.SIGCONT)

    def stop(self) -> None:
        """SIGTERM (finish the jobs in hand), then SIGKILL if it lingers."""
        if self.proc is None or self.proc.poll() is not None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.proc.pid, signal.SIGCONT)
            os.killpg(self.proc.pid, signal.SIGTERM)
        try:
            self.proc.wait(40)
        except subprocess.TimeoutExpired:
            self.kill9()


class Teacher:
    """A teacher's browser: one cookie jar, requests to whichever server it is pointed at."""

    def __init__(self, port: int) -> None:
        self.conn = Connection(port)
        self.csrf = ""

    def on(self, port: int) -> Teacher:
        """The same session on another server."""
        other = Teacher(port)
        other.conn.cookies = self.conn.cookies
        other.csrf = self.csrf
        return other

    def call(self, method: str, path: str, form: dict[str, str] | None = None) -> Reply:
        """One request (a fresh connection each time: every call has its own event loop)."""

        async def send() -> Reply:
            try:
                return await self.conn.request(method, path, form)
            finally:
                self.conn.close()

        return asyncio.run(send())

    def login(self, email: str = TEACHER, password: str = PASSWORD) -> None:
        """Log in (a fresh session) and keep the CSRF token of the article form."""
        self.csrf = _find(CSRF_RE, self.call("GET", "/login").text())
        form = {"csrf_token": self.csrf, "email": email, "password": password}
        reply = self.call("POST", "/login", form)
        if reply.status != 302:
            raise RuntimeError(f"teacher login answered {reply.status}")
        self.csrf = _find(CSRF_RE, self.call("GET", "/teach/articles/new").text())

    def add_article(self, text: str, title: str) -> int:
        """Paste an article; its document id."""
        form = {"csrf_token": self.csrf, "title": title, "text": text}
        reply = self.call("POST", "/teach/articles/new", form)
        found = re.fullmatch(r"/teach/articles/(\d+)", reply.location)
        if reply.status != 302 or found is None:
            raise RuntimeError(f"adding an article answered {reply.status} {reply.location}")
        return int(found.group(1))

    def job(self, doc_id: int) -> dict[str, object]:
        """The generation job's progress, as the article page polls it."""
        reply = self.call("GET", f"/teach/articles/{doc_id}/job")
        data = reply.json()
        if reply.status != 200 or not isinstance(data, dict):
            raise RuntimeError(f"job progress answered {reply.status}")
        return data

    def drafts(self, doc_id: int) -> int:
        """The drafts the article's page says wait for review."""
        found = DRAFTS_RE.search(self.call("GET", f"/teach/articles/{doc_id}").text())
        return int(found.group(1)) if found else 0

    def wait_done(self, doc_id: int, timeout: float) -> tuple[dict[str, object], list[str]]:
        """Poll the job until it is done or failed; (last answer, every status seen)."""
        seen: list[str] = []
        end = time.monotonic() + timeout
        while True:
            job = self.job(doc_id)
            status = str(job["status"])
            if not seen or seen[-1] != status:
                seen.append(status)
            if status in ("done", "failed") or time.monotonic() > end:
                return job, seen
            time.sleep(0.2)


def _find(pattern: re.Pattern[str], html: str) -> str:
    found = pattern.search(html)
    if found is None:
        raise RuntimeError(f"{pattern.pattern} not on the page")
    return found.group(1)
