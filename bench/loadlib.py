"""Machinery of bench/load.py and bench/faults.py: gunicorn and simulated learners.

gunicorn runs in its own process group and is killed at exit. A learner is one thread with its
own cookies and http.client connection, taking the demo quiz like a browser (redirects followed,
the CSRF token read from the forms). Every request is recorded with its times; an answer is
acknowledged when its POST redirected to the next page.
"""

from __future__ import annotations

import atexit
import contextlib
import http.client
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
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar
from urllib.parse import urlencode, urlsplit
from urllib.request import urlopen

ROOT = Path(__file__).resolve().parents[1]
PYTHON = str(ROOT / ".venv" / "bin" / "python")
GUNICORN = str(ROOT / ".venv" / "bin" / "gunicorn")
PASSWORD = "load-test shared password"  # hashed once with the app's Argon2id hasher
SCRATCH_DB = "factdeck_load"  # the PostgreSQL database the benchmarks create and drop
CSRF_RE = re.compile(r'name="csrf_token" type="hidden" value="([^"]+)"')
QUIZ_RE = re.compile(r'action="/quizzes/(\d+)/start"')
OPTION_RE = re.compile(r'name="option" value="(\d+)"')
PAGE_RE = re.compile(r"^/attempts/(\d+)/(\d+)$")
T = TypeVar("T")


def learner_email(i: int) -> str:
    """The e-mail of seeded learner `i`."""
    return f"learner{i}@load.example"


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
        self.env = dict(env, BIND=f"127.0.0.1:{self.port}", WEB_CONCURRENCY=str(workers),
                        GUNICORN_THREADS=str(threads), ACCESS_LOG="/dev/null")  # fmt: skip
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self, timeout: float = 60) -> None:
        """Start gunicorn; return once every worker is forked and /healthz answers 200."""
        with self.log.open("ab") as out:
            self.proc = subprocess.Popen([GUNICORN, "-c", "gunicorn.conf.py"], cwd=ROOT,
                                         env=self.env, stdout=out, stderr=subprocess.STDOUT,
                                         start_new_session=True)  # fmt: skip
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
    "ConnectionResetError"...), HTTP status (0 if none), when its connection was opened."""

    start: float
    end: float
    ok: bool
    outcome: str
    opened: float
    status: int


@dataclass
class Tally:
    """What learners did: every request, acknowledged answers, finished quizzes."""

    records: list[Record] = field(default_factory=list)
    acked: dict[tuple[int, int], int] = field(default_factory=dict)  # (attempt, n) -> option
    quizzes: int = 0

    def errors(self) -> Counter[str]:
        """Failed requests by outcome."""
        return Counter(r.outcome for r in self.records if not r.ok)


class Failure(Exception):
    """A request failed or answered something unexpected."""


class Stop(Exception):  # noqa: N818 - a signal, not an error
    """The run's deadline has passed."""


class Learner:
    """A browser: one cookie jar, one keep-alive connection, one request at a time."""

    def __init__(self, port: int, email: str) -> None:
        self.port, self.email = port, email
        self.conn: http.client.HTTPConnection | None = None
        self.cookies: dict[str, str] = {}
        self.opened, self.deadline = 0.0, float("inf")
        self.csrf, self.quiz_id = "", 0
        self.tally = Tally()

    def close(self) -> None:
        """Drop the connection (the next request opens a new one)."""
        if self.conn is not None:
            self.conn.close()
            self.conn = None

    def call(self, method: str, path: str, form: dict[str, str] | None = None,
             expect: int = 200) -> tuple[str, str]:  # fmt: skip
        """One request; returns (body, Location path); Failure unless the status is `expect`."""
        if time.monotonic() >= self.deadline:
            raise Stop
        if self.conn is None or self.conn.sock is None:
            self.close()
            self.conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=15)
            self.opened = time.monotonic()
        headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())}
        if form is not None:
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        start = time.monotonic()
        try:
            self.conn.request(method, path, urlencode(form) if form else None, headers)
            resp = self.conn.getresponse()
            text = resp.read().decode()
        except (OSError, http.client.HTTPException) as exc:
            self._record(start, False, type(exc).__name__, 0)
            self.close()
            raise Failure(type(exc).__name__) from exc
        for header in resp.headers.get_all("Set-Cookie") or []:
            name, _, value = header.split(";", 1)[0].strip().partition("=")
            if value and "Expires=Thu, 01 Jan 1970" not in header:
                self.cookies[name] = value
            else:
                self.cookies.pop(name, None)
        location = urlsplit(resp.getheader("Location", "")).path
        self._record(start, resp.status == expect, str(resp.status), resp.status)
        if resp.will_close:
            self.close()
        if resp.status != expect:
            raise Failure(f"{method} {path}: {resp.status} {location}")
        return text, location

    def _record(self, start: float, ok: bool, outcome: str, status: int) -> None:
        self.tally.records.append(Record(start, time.monotonic(), ok, outcome, self.opened, status))

    def _find(self, pattern: re.Pattern[str], html: str) -> str:
        found = pattern.search(html)
        if found is None:
            raise Failure(f"{pattern.pattern} not on the page")
        return found.group(1)

    def login(self) -> None:
        """Log in with the right password and find the demo quiz on the quiz list."""
        self.cookies.clear()
        self.csrf = self._find(CSRF_RE, self.call("GET", "/login")[0])
        form = {"csrf_token": self.csrf, "email": self.email, "password": PASSWORD}
        self.call("POST", "/login", form, expect=302)
        html = self.call("GET", "/quizzes")[0]
        self.csrf, self.quiz_id = self._find(CSRF_RE, html), int(self._find(QUIZ_RE, html))

    def take_quiz(self) -> None:
        """Start (or resume), answer every remaining question, submit, read the result."""
        token = {"csrf_token": self.csrf}
        location = self.call("POST", f"/quizzes/{self.quiz_id}/start", token, expect=302)[1]
        page = PAGE_RE.match(location)
        if page is None:
            raise Failure(f"start redirected to {location}")
        attempt, step = int(page.group(1)), page.group(2)
        while step.isdigit():
            number, path = int(step), f"/attempts/{attempt}/{step}"
            html = self.call("GET", path)[0]
            options = OPTION_RE.findall(html)
            if not options:
                raise Failure(f"no options on {path}")
            go = "submit" if 'name="go" value="submit"' in html else "next"
            option = random.Random(attempt * 1009 + number).choice(options)  # same on a retry
            step = "submit" if go == "submit" else str(number + 1)
            form = {**token, "option": option, "go": go}
            location = self.call("POST", path, form, expect=302)[1]
            if location != f"/attempts/{attempt}/{step}":
                raise Failure(f"answer on {path} redirected to {location}")
            self.tally.acked[(attempt, number)] = int(option)
        self.call("GET", f"/attempts/{attempt}/submit")
        self.call("GET", self.call("POST", f"/attempts/{attempt}/submit", token, expect=302)[1])
        self.tally.quizzes += 1

    def run(self, deadline: float) -> None:
        """Take quizzes until the deadline; after a failure back off briefly and resume."""
        self.deadline = deadline
        self.close()  # a kept-alive connection may have timed out since the last run
        failures = 0
        while time.monotonic() < deadline:
            try:
                if not self.quiz_id:
                    self.login()
                self.take_quiz()
                failures = 0
            except Stop:
                return
            except Failure as exc:
                failures += 1
                if "/login" in str(exc):
                    self.quiz_id = 0  # the session is gone: log in again
                time.sleep(min(0.5, 0.05 * failures) * random.uniform(0.5, 1.5))


def together(job: Callable[[T], object], items: Iterable[T]) -> None:
    """Run `job(item)` for every item, one thread each, and wait for all."""
    threads = [threading.Thread(target=job, args=(item,), daemon=True) for item in items]
    for t in threads:
        t.start()
    for t in threads:
        wait_for(t)


def wait_for(thread: threading.Thread) -> None:
    """Join in short steps: a signal caught by another thread then still reaches the main
    thread's handler promptly (a plain join() would block it until the thread ends)."""
    while thread.is_alive():
        thread.join(0.2)


def run_learners(learners: list[Learner], seconds: float) -> tuple[Tally, float]:
    """Log the learners in (untimed), then let them all work for `seconds`.

    Returns the merged tally of the timed part and its wall-clock length.
    """

    def login(learner: Learner) -> None:
        with contextlib.suppress(Failure):  # run() tries again
            learner.login()

    together(login, [lr for lr in learners if not lr.quiz_id])
    for lr in learners:
        lr.tally = Tally()
    start = time.monotonic()
    together(lambda lr: lr.run(start + seconds), learners)
    elapsed = time.monotonic() - start
    total = Tally()
    for lr in learners:
        total.records += lr.tally.records
        total.acked.update(lr.tally.acked)
        total.quizzes += lr.tally.quizzes
    return total, elapsed
