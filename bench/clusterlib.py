"""Machinery of bench/cluster.py and tests/bench/test_cluster.py: several app servers, a job
worker, a private Redis and a scratch PostgreSQL database on this machine.

A `Cluster` is what docs/deployment.md describes, shrunk onto one machine: `servers` gunicorn
app servers (`gunicorn.conf.py`, ProductionConfig) on free ports, one `flask worker`, a
redis-server of its own on a free port (append-only file on, so a restart keeps the queue; the
machine's shared Redis is never touched) and a PostgreSQL database of its own, dropped at the
end. Its parts (Redis, the worker, a teacher's browser) are in bench/clusterparts.py.
"""

from __future__ import annotations

import contextlib
import json
import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType

import load
from clusterparts import TEACHER, RedisServer, Teacher, Worker, redis_available
from loadlib import PASSWORD, PYTHON, ROOT, Learner, Server, learner_email

__all__ = ["Bank", "Cluster", "Teacher", "articles", "redis_available", "written"]

ARTICLES = ROOT / "bench" / "gold" / "squad" / "docs"


def articles() -> list[str]:
    """Texts to add as articles: the SQuAD documents kept in bench/gold (24 of them)."""
    return [p.read_text(encoding="utf-8") for p in sorted(ARTICLES.glob("*.txt"))]


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
