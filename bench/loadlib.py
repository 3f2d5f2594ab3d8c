"""Machinery of bench/load.py and bench/faults.py: gunicorn and simulated learners.

gunicorn runs in its own process group and is killed at exit. A learner is one coroutine with
its own cookies and keep-alive connection (bench/wire.py; every learner shares one event loop,
so the client costs the server's cores little), taking the demo quiz as the browser does with the
question page's script (app/static/js/attempt.js): start, load the attempt's page once, save
each answer with a JSON POST carrying the CSRF token, submit the form, read the result. Every
request is recorded with its times; an answer is acknowledged when its save answered 200 with
`"saved": true`.
"""

from __future__ import annotations

import asyncio
import atexit
import contextlib
import http.client
import json
import os
import random
import re
import signal
import socket
import subprocess
import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from urllib.request import urlopen

from wire import ERRORS, Connection

ROOT = Path(__file__).resolve().parents[1]
PYTHON = str(ROOT / ".venv" / "bin" / "python")
GUNICORN = str(ROOT / ".venv" / "bin" / "gunicorn")
PASSWORD = "load-test shared password"  # hashed once with the app's Argon2id hasher
SCRATCH_DB = "factdeck_load"  # the PostgreSQL database the benchmarks create and drop
CSRF_RE = re.compile(r'name="csrf_token" type="hidden" value="([^"]+)"')
QUIZ_RE = re.compile(r'action="/quizzes/(\d+)/start"')
DATA_RE = re.compile(r'<script type="application/json" id="attempt-data">(.*?)</script>', re.S)
PAGE_RE = re.compile(r"^/attempts/(\d+)/(\d+)$")


def learner_email(i: int) -> str:
    """The e-mail of seeded learner `i`."""
    return f"learner{i}@load.example"


def spawn(command: list[str], env: dict[str, str], log: Path) -> subprocess.Popen[bytes]:
    """Start a server process from the project's root in its own session, its output appended
    to `log` (so that it can be stopped as a group and its log read when it fails)."""
    with log.open("ab") as out:
        return subprocess.Popen(
            command, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
        )


def free_port() -> int:
    """A TCP port nobody listens on right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def children(pid: int) -> list[int]:
    """Pids whose parent is `pid` (gunicorn's workers when `pid` is the master)."""
    try:
        tasks = list(Path(f"/proc/{pid}/task").iterdir())
        return [int(c) for t in tasks for c in (t / "children").read_text().split()]
    except OSError:
        return []


def _ticks(pid: int | str, with_reaped: bool = False) -> int:
    """CPU clock ticks of a process (and of its reaped children when asked)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0
    return sum(int(f) for f in fields[11 : 15 if with_reaped else 13])


class Server:
    """`gunicorn -c gunicorn.conf.py` on a free port, in its own process group."""

    def __init__(self, env: dict[str, str], workers: int, threads: int, log: Path) -> None:
        self.port, self.workers, self.threads, self.log = free_port(), workers, threads, log
        self.env = dict(
            env,
            BIND=f"127.0.0.1:{self.port}",
            WEB_CONCURRENCY=str(workers),
            GUNICORN_THREADS=str(threads),
            ACCESS_LOG="/dev/null",
        )
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self, timeout: float = 60) -> None:
        """Start gunicorn; return once every worker is forked and /healthz answers 200."""
        self.proc = spawn([GUNICORN, "-c", "gunicorn.conf.py"], self.env, self.log)
        atexit.register(self.stop)
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            if self.proc.poll() is not None:
                raise RuntimeError(f"gunicorn exited:\n{self.log.read_text()[-3000:]}")
            if len(self.worker_pids()) >= self.workers and self.healthy():
                return
            time.sleep(0.1)
        raise RuntimeError(f"gunicorn not healthy after {timeout} s")

    def healthy(self) -> bool:
        """True when GET /healthz answers 200."""
        try:
            with urlopen(f"http://127.0.0.1:{self.port}/healthz", timeout=2) as resp:
                return bool(resp.status == 200)
        except (OSError, http.client.HTTPException):  # URLError and HTTPError are OSErrors
            return False

    def worker_pids(self) -> list[int]:
        """The master's current workers."""
        return children(self.proc.pid) if self.proc else []

    def cpu(self) -> float:
        """CPU seconds used so far by gunicorn (master, workers, reaped workers) and by the
        PostgreSQL backends serving the scratch database (named in their process titles)."""
        ticks = _ticks(self.proc.pid, True) if self.proc else 0
        ticks += sum(_ticks(w) for w in self.worker_pids())
        for pid in filter(str.isdigit, os.listdir("/proc")):
            with contextlib.suppress(OSError):
                if f" {SCRATCH_DB} ".encode() in Path(f"/proc/{pid}/cmdline").read_bytes():
                    ticks += _ticks(pid)
        return ticks / os.sysconf("SC_CLK_TCK")

    def stop(self) -> None:
        """TERM the process group, KILL it if it lingers; safe to call twice."""
        if self.proc is None or self.proc.poll() is not None:
            return
        for sig, wait in ((signal.SIGTERM, 10.0), (signal.SIGKILL, 5.0)):
            with contextlib.suppress(subprocess.TimeoutExpired, ProcessLookupError):
                os.killpg(self.proc.pid, sig)
                self.proc.wait(wait)
                return


def exit_on_signals() -> None:
    """Turn SIGTERM and SIGHUP into SystemExit so that finally blocks and atexit run."""
    for sig in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(sig, lambda signum, _frame: sys.exit(128 + signum))


@dataclass
class Record:
    """One request: start and end (monotonic), as expected or not, outcome ("302", "503",
    "ConnectionResetError"...), HTTP status (0 if none), when its connection was opened, and
    what it was ("save", "page"...)."""

    start: float
    end: float
    ok: bool
    outcome: str
    opened: float
    status: int
    kind: str = ""


@dataclass
class Tally:
    """What learners did: every request, acknowledged answers (the last option of each item,
    and when each acknowledgement came), finished quizzes (when)."""

    records: list[Record] = field(default_factory=list)
    acked: dict[tuple[int, int], int] = field(default_factory=dict)  # (attempt, n) -> option
    ack_times: list[float] = field(default_factory=list)
    quiz_times: list[float] = field(default_factory=list)
    all_requests: int = 0  # warm-up included (the server's CPU was measured over it too)

    @property
    def answers(self) -> int:
        """Acknowledged answers (repeats included)."""
        return len(self.ack_times)

    @property
    def quizzes(self) -> int:
        """Quizzes taken to the end."""
        return len(self.quiz_times)

    def errors(self) -> Counter[str]:
        """Failed requests by outcome."""
        return Counter(r.outcome for r in self.records if not r.ok)


class Failure(Exception):
    """A request failed or answered something unexpected."""


class Stop(Exception):  # noqa: N818 - a signal, not an error
    """The run's deadline has passed."""


class Learner:
    """A browser tab with the question page's script: one cookie jar, one connection, one
    request at a time (a coroutine; every learner runs in the same event loop)."""

    def __init__(self, port: int, email: str) -> None:
        self.port, self.email = port, email
        self.conn = Connection(port)
        self.deadline = float("inf")
        self.csrf, self.quiz_id = "", 0
        self.tally = Tally()

    def close(self) -> None:
        """Drop the connection (the next request opens a new one)."""
        self.conn.close()

    async def call(
        self,
        method: str,
        path: str,
        form: dict[str, str] | None = None,
        expect: int = 200,
        data: object = None,
        kind: str = "",
    ) -> tuple[str, str]:
        """One request with a form or (`data`) a JSON body carrying the CSRF token in its
        header, as the script sends it; returns (body, Location path); Failure unless the
        status is `expect`."""
        if time.monotonic() >= self.deadline:
            raise Stop
        headers = {"X-CSRFToken": self.csrf} if data is not None else None
        start = time.monotonic()
        try:
            reply = await self.conn.request(method, path, form, data, headers)
        except ERRORS as exc:
            self._record(start, False, type(exc).__name__, 0, kind)
            raise Failure(type(exc).__name__) from exc
        self._record(start, reply.status == expect, str(reply.status), reply.status, kind)
        if reply.status != expect:
            raise Failure(f"{method} {path}: {reply.status} {reply.location}")
        return reply.text(), reply.location

    def _record(self, start: float, ok: bool, outcome: str, status: int, kind: str) -> None:
        self.tally.records.append(
            Record(start, time.monotonic(), ok, outcome, self.conn.opened, status, kind)
        )

    def _find(self, pattern: re.Pattern[str], html: str) -> str:
        found = pattern.search(html)
        if found is None:
            raise Failure(f"{pattern.pattern} not on the page")
        return found.group(1)

    async def login(self) -> None:
        """Log in with the right password and find the demo quiz on the quiz list."""
        self.conn.cookies.clear()
        self.csrf = self._find(CSRF_RE, (await self.call("GET", "/login", kind="login"))[0])
        form = {"csrf_token": self.csrf, "email": self.email, "password": PASSWORD}
        await self.call("POST", "/login", form, expect=302, kind="login")
        html = (await self.call("GET", "/quizzes", kind="quizzes"))[0]
        self.csrf, self.quiz_id = self._find(CSRF_RE, html), int(self._find(QUIZ_RE, html))

    async def take_quiz(self) -> None:
        """Start (or resume), load the attempt's page, save an answer to every unanswered
        question, submit, read the result."""
        token = {"csrf_token": self.csrf}
        location = (
            await self.call("POST", f"/quizzes/{self.quiz_id}/start", token, 302, kind="start")
        )[1]
        page = PAGE_RE.match(location)
        if page is None:
            raise Failure(f"start redirected to {location}")
        attempt = int(page.group(1))
        data = json.loads(self._find(DATA_RE, (await self.call("GET", location, kind="page"))[0]))
        for slot in data["slots"]:
            if slot["chosen"] is not None:
                continue  # answered before a failure; a resumed attempt keeps it
            options = [o["id"] for o in slot["options"]]
            option = random.Random(attempt * 1009 + slot["number"]).choice(options)
            body = {"question": slot["question"], "option": option}
            reply = json.loads((await self.call("POST", data["save"], data=body, kind="save"))[0])
            if not reply.get("saved") or reply.get("option") != option:
                raise Failure(f"save on {location} answered {reply}")
            self.tally.acked[(attempt, slot["number"])] = option
            self.tally.ack_times.append(time.monotonic())
        result = (await self.call("POST", data["submit"], token, expect=302, kind="submit"))[1]
        if not result.endswith("/result"):
            raise Failure(f"submit redirected to {result}")
        await self.call("GET", result, kind="result")
        self.tally.quiz_times.append(time.monotonic())

    async def run(self, deadline: float, not_before: float = 0.0) -> None:
        """From `not_before`, take quizzes until the deadline; after a failure back off briefly
        and resume."""
        self.deadline = deadline
        self.close()  # a kept-alive connection may have timed out since the last run
        await asyncio.sleep(max(0.0, not_before - time.monotonic()))
        failures = 0
        while time.monotonic() < deadline:
            try:
                if not self.quiz_id:
                    await self.login()
                await self.take_quiz()
                failures = 0
            except Stop:
                return
            except Failure as exc:
                failures += 1
                if "/login" in str(exc):
                    self.quiz_id = 0  # the session is gone: log in again
                await asyncio.sleep(min(0.5, 0.05 * failures) * random.uniform(0.5, 1.5))


def wait_for(thread: threading.Thread) -> None:
    """Join in short steps: a signal caught by another thread then still reaches the main
    thread's handler promptly (a plain join() would block it until the thread ends)."""
    while thread.is_alive():
        thread.join(0.2)


def run_learners(
    learners: list[Learner], seconds: float, stagger: float = 0.0
) -> tuple[Tally, float]:
    """Log the learners in (untimed), then let them all work, in one event loop.

    With `stagger`, each learner starts at a random moment within the first `stagger` seconds
    and the timed window of `seconds` begins after that: learners who all start at once stay
    in step for many quizzes, so that every start, question page and result queues behind the
    others' (convoys no class produces), which inflates their latency and hides the saves'.
    Returns the merged tally of the timed window (requests, acknowledgement and quiz times
    within it; every acknowledged answer, for the audit) and the window's length.
    """

    async def login(learner: Learner) -> None:
        with contextlib.suppress(Failure):  # run() tries again
            await learner.login()

    async def main() -> tuple[float, float]:
        await asyncio.gather(*(login(lr) for lr in learners if not lr.quiz_id))
        for lr in learners:
            lr.tally = Tally()
        begin = time.monotonic()
        window = begin + stagger
        await asyncio.gather(
            *(lr.run(window + seconds, begin + random.uniform(0, stagger)) for lr in learners)
        )
        for lr in learners:
            lr.close()
        return window, time.monotonic() - window

    window, elapsed = asyncio.run(main())
    total = Tally()
    for lr in learners:
        total.all_requests += len(lr.tally.records)
        total.records += [r for r in lr.tally.records if r.start >= window]
        total.acked.update(lr.tally.acked)
        total.ack_times += [t for t in lr.tally.ack_times if t >= window]
        total.quiz_times += [t for t in lr.tally.quiz_times if t >= window]
    return total, elapsed
