"""Machinery of bench/cluster.py and tests/bench/test_cluster.py: several app servers, a job
worker, a private Redis and a scratch PostgreSQL database on this machine.

A `Cluster` is what docs/deployment.md describes, shrunk onto one machine: `servers` gunicorn
app servers (`gunicorn.conf.py`, ProductionConfig) on free ports, one `flask worker`, a
redis-server of its own on a free port (append-only file on, so a restart keeps the queue; the
machine's shared Redis is never touched) and a PostgreSQL database of its own, dropped at the
end. A `Teacher` is a browser session that can move between servers with its cookies.
"""

from __future__ import annotations

import asyncio
import atexit
import contextlib
import json
import os
import re
import shutil
import signal
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType

import load
from loadlib import PASSWORD, PYTHON, ROOT, Learner, Server, free_port, learner_email
from wire import Connection, Reply

TEACHER = "teacher@cluster.example"
CSRF_RE = re.compile(r'name="csrf_token" type="hidden" value="([^"]+)"')
DRAFTS_RE = re.compile(r"<strong>(\d+) drafts? waiting for your review")
ARTICLES = ROOT / "bench" / "gold" / "squad" / "docs"


def articles() -> list[str]:
    """Texts to add as articles: the SQuAD documents kept in bench/gold (24 of them)."""
    return [p.read_text(encoding="utf-8") for p in sorted(ARTICLES.glob("*.txt"))]


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
        with self.log.open("ab") as out:
            self.proc = subprocess.Popen(
                [PYTHON, "-m", "flask", "worker"],
                cwd=ROOT,
                env=self.env,
                stdout=out,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
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


@dataclass
class Bank:
    """An article's questions as stored: current rows, distinct fingerprints, all rows."""

    current: int
    distinct: int
    rows: int
    message: str
    status: str
    job_id: int


@dataclass
class Cluster:
    """App servers, one worker, a private Redis and a scratch PostgreSQL database."""

    servers: int = 2
    web_workers: int = 2
    learners: int = 16
    heartbeat_ms: int = 5000
    worker_threads: int = 2
    worker_nice: int | None = None  # WORKER_NICE; None: the app's default
    queue: bool = True  # False: no Redis, no worker; jobs run inside the app servers (make run)
    database: str = "factdeck_cluster"
    pg_base: str = load.PG_BASE
    app_servers: list[Server] = field(default_factory=list)
    workdir: Path = field(
        default_factory=lambda: Path(tempfile.mkdtemp(prefix="factdeck-cluster-"))
    )

    def __post_init__(self) -> None:
        self.redis = RedisServer(self.workdir)
        self.url = f"{self.pg_base}/{self.database}"
        self.env: dict[str, str] = {}
        self.worker: Worker | None = None

    def __enter__(self) -> Cluster:
        try:
            self.start()
        except BaseException:
            self.stop()
            raise
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    def start(self) -> None:
        """Database, Redis, schema and accounts, the app servers, the worker."""
        load.pg_admin(
            self.pg_base,
            f"DROP DATABASE IF EXISTS {self.database} WITH (FORCE)",
            f"CREATE DATABASE {self.database}",
        )
        self.env = dict(
            load.app_env(self.url),
            QUEUE_HEARTBEAT_MS=str(self.heartbeat_ms),
            QUEUE_MAINTENANCE_CHANCE="1000000",  # every command checks for dead workers
            WORKER_THREADS=str(self.worker_threads),
            LOG_FORMAT="json",
            METRICS_TOKEN="cluster-metrics",
        )
        if self.worker_nice is not None:
            self.env["WORKER_NICE"] = str(self.worker_nice)
        if self.queue:
            self.redis.start()
            self.env["QUEUE_URL"] = self.redis.url
        load.prepare(self.env, self.learners)
        done = subprocess.run(
            [PYTHON, "-m", "flask", "users", "create", TEACHER, "--role", "teacher"],
            cwd=ROOT,
            env=self.env,
            input=PASSWORD,
            capture_output=True,
            text=True,
        )
        if done.returncode:
            raise RuntimeError(f"creating the teacher failed:\n{done.stdout}{done.stderr}")
        for i in range(self.servers):
            server = Server(self.env, self.web_workers, 1, self.workdir / f"gunicorn-{i}.log")
            self.app_servers.append(server)
            server.start()
        if self.queue:
            self.worker = Worker(self.env, self.workdir / "worker.log")
            self.worker.start()

    def stop(self) -> None:
        """Everything stopped, the database dropped, the folder removed."""
        if self.worker is not None:
            self.worker.stop()
        for server in self.app_servers:
            server.stop()
        self.redis.stop()
        with contextlib.suppress(Exception):
            load.pg_admin(self.pg_base, f"DROP DATABASE IF EXISTS {self.database} WITH (FORCE)")
        shutil.rmtree(self.workdir, ignore_errors=True)

    def port(self, i: int) -> int:
        """The port of app server `i`."""
        return self.app_servers[i].port

    def teacher(self, server: int = 0) -> Teacher:
        """The teacher, logged in on app server `server`."""
        teacher = Teacher(self.port(server))
        teacher.login()
        return teacher

    def spread_learners(self, count: int) -> list[Learner]:
        """`count` learners, taking turns between the app servers."""
        return [
            Learner(self.port(i % self.servers), learner_email(i))
            for i in range(min(count, self.learners))
        ]

    def jobs(self) -> dict[str, int]:
        """Generation jobs by status."""
        from sqlalchemy import create_engine, text
        from sqlalchemy.pool import NullPool

        engine = create_engine(
            self.url.replace("postgresql://", "postgresql+psycopg://", 1), poolclass=NullPool
        )
        try:
            with engine.connect() as conn:
                rows = conn.execute(
                    text("SELECT status, count(*) FROM generation_jobs GROUP BY status")
                )
                return {str(status): int(n) for status, n in rows}
        finally:
            engine.dispose()

    def bank(self, doc_id: int) -> Bank:
        """What the database holds for the article and its latest job."""
        from sqlalchemy import create_engine, text
        from sqlalchemy.pool import NullPool

        engine = create_engine(
            self.url.replace("postgresql://", "postgresql+psycopg://", 1), poolclass=NullPool
        )
        try:
            with engine.connect() as conn:
                current, distinct, rows = conn.execute(
                    text(
                        "SELECT count(*) FILTER (WHERE replaced_by_id IS NULL),"
                        " count(DISTINCT fingerprint), count(*)"
                        " FROM questions WHERE document_id = :d"
                    ),
                    {"d": doc_id},
                ).one()
                job = conn.execute(
                    text(
                        "SELECT id, status, message FROM generation_jobs WHERE document_id = :d"
                        " ORDER BY id DESC LIMIT 1"
                    ),
                    {"d": doc_id},
                ).one()
        finally:
            engine.dispose()
        return Bank(
            int(current), int(distinct), int(rows), str(job.message), str(job.status), int(job.id)
        )

    def job_runs(self, job_id: int, kind: str = "generate") -> int:
        """How many times the worker's log says the job started (its JSON lines)."""
        assert self.worker is not None
        runs = 0
        for line in self.worker.log.read_text().splitlines():
            with contextlib.suppress(ValueError):
                record = json.loads(line)
                if (
                    record.get("message") == "job started"
                    and record.get("job_id") == job_id
                    and record.get("kind") == kind
                ):
                    runs += 1
        return runs

    def metrics(self, server: int = 0) -> str:
        """GET /metrics of app server `server`, with the token."""
        from urllib.request import Request, urlopen

        request = Request(
            f"http://127.0.0.1:{self.port(server)}/metrics",
            headers={"Authorization": "Bearer cluster-metrics"},
        )
        with urlopen(request, timeout=10) as resp:  # noqa: S310 - our own server on loopback
            return bytes(resp.read()).decode()


def written(bank: Bank) -> bool:
    """The job's message names as many questions, all new, as the bank holds, each once."""
    found = re.match(r"(\d+) questions? written, (\d+) of them new", bank.message)
    return (
        bank.status == "done"
        and found is not None
        and int(found.group(1)) == int(found.group(2)) == bank.current == bank.distinct
        and bank.rows == bank.current
        and bank.current > 0
    )
