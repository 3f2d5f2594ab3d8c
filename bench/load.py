"""Load test: simulated learners taking whole quizzes against gunicorn, SQLite then PostgreSQL.

    python bench/load.py [--backends sqlite,postgresql] [--levels 1,8,32,64] [--seconds 10]
                         [--users N] [--workers 3] [--threads 1] [--pg-url URL]

Per backend: a fresh database (SQLite file in a temporary directory, or the PostgreSQL scratch
database `factdeck_load`, dropped at the end), `flask db upgrade` and `flask demo` with
FACTDECK_ENV=production, learners seeded and joined to the demo class, then `gunicorn -c
gunicorn.conf.py` on a free port. At each level that many learners (coroutines in one event
loop, each with its own cookie jar and connection: bench/wire.py) log in, start at random
moments within an untimed first second, then for `--seconds` take the demo quiz as the browser
does with the question page's script: start it, load the attempt's page, save each of the 12
answers with a JSON POST carrying the CSRF token, submit, read the result, and start again.
Then as many clients GET /healthz for `--floor-seconds`: the floor. Printed per level:
acknowledged answers and requests per second, the ratio of requests to the floor's, p50/p99
latency of every request (and per kind of request on the line below), server CPU (gunicorn and
database) per request, the ceiling (answers per second with every core serving at that cost),
errors by kind, and the audit `acknowledged=N stored=N lost=0` (answers first acknowledged in
the level, rows it added, acknowledged answers the database lacks). The summary prints each
target as met or MISSED.
"""

from __future__ import annotations

import argparse
import asyncio
import atexit
import contextlib
import os
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from loadlib import (  # noqa: E402
    PASSWORD,
    PYTHON,
    ROOT,
    SCRATCH_DB,
    Learner,
    Server,
    exit_on_signals,
    learner_email,
    run_learners,
)
from wire import ERRORS, Connection  # noqa: E402

PG_BASE = "postgresql://postgres@127.0.0.1:5432"
TARGET_ANSWERS = 500.0  # answers per second with SQLite, best level
TARGET_P99_MS = 100.0  # at 32 users, each backend
STAGGER_S = 1.0  # learners start within the first second, untimed (see run_learners)
WORKERS, THREADS = 3, 1  # 2 cores: cores + 1 sync workers (see bench/README.md)


@dataclass
class Level:
    """The figures of one backend at one concurrency level."""

    backend: str
    users: int
    answers: float  # acknowledged answers per second
    requests: float  # requests per second
    floor: float  # /healthz requests per second at the same concurrency
    p50: float  # ms
    p99: float  # ms
    errors: Counter[str]
    acked: int
    stored: int
    lost: int
    quizzes: int
    cpu_ms: float  # CPU of gunicorn and of the database backends per request
    ceiling: float  # answers per second if every core ran only the app at that CPU cost
    kinds: dict[str, tuple[int, float, float]]  # per kind of request: count, p50, p99


def pg_admin(base: str, *statements: str) -> None:
    """Run statements on the server's `postgres` database (autocommit)."""
    import psycopg

    with psycopg.connect(f"{base}/postgres", autocommit=True, connect_timeout=5) as conn:
        for sql in statements:
            conn.execute(sql)


def fresh_database(backend: str, workdir: Path, pg_base: str = PG_BASE) -> str:
    """An empty database: an SQLite file in workdir, or the scratch PG database recreated."""
    if backend == "sqlite":
        return f"sqlite:///{workdir / 'load.db'}"
    pg_admin(
        pg_base,
        f"DROP DATABASE IF EXISTS {SCRATCH_DB} WITH (FORCE)",
        f"CREATE DATABASE {SCRATCH_DB}",
    )
    atexit.register(drop_database, pg_base)
    return f"{pg_base}/{SCRATCH_DB}"


def drop_database(pg_base: str) -> None:
    """Drop the scratch database (quietly: the server may be gone already)."""
    with contextlib.suppress(Exception):
        pg_admin(pg_base, f"DROP DATABASE IF EXISTS {SCRATCH_DB} WITH (FORCE)")


def app_env(url: str) -> dict[str, str]:
    """The environment of `make serve`: ProductionConfig with SECRET_KEY and DATABASE_URL."""
    return dict(
        os.environ,
        FACTDECK_ENV="production",
        SECRET_KEY="load-test-" + "k" * 40,
        DATABASE_URL=url,
        FLASK_APP="wsgi.py",
    )


def prepare(env: dict[str, str], learners: int) -> None:
    """`flask db upgrade`, `flask demo`, then `learners` accounts that joined the demo class."""

    def run(*args: str, cwd: Path = ROOT) -> str:
        done = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True)
        if done.returncode:
            raise RuntimeError(f"{' '.join(args)} failed:\n{done.stdout}{done.stderr}")
        return done.stdout

    run(PYTHON, "-m", "flask", "db", "upgrade")
    found = re.search(r"join code: (\w+)", run(PYTHON, "-m", "flask", "demo"))
    if found is None:
        raise RuntimeError("flask demo printed no join code")
    run(
        PYTHON,
        "-c",
        f"import load; load.seed({learners}, {found.group(1)!r})",
        cwd=Path(__file__).resolve().parent,
    )


def seed(count: int, code: str) -> None:
    """Create `count` learners sharing one password hash made by the app's Argon2id hasher
    (one hash instead of `count`: about 50 ms each), and have each join the class `code`."""
    sys.path.insert(0, str(ROOT))
    from app import create_app
    from app.extensions import db
    from app.models import User
    from app.services.accounts.classes import join_class
    from app.services.accounts.users import hasher

    with create_app().app_context():
        digest = hasher.hash(PASSWORD)
        users = [
            User(email=learner_email(i), name=f"Learner {i}", role="learner", password_hash=digest)
            for i in range(count)
        ]
        db.session.add_all(users)
        db.session.commit()
        for user in users:
            join_class(user, code)


def stored_answers(url: str) -> set[tuple[int, int]]:
    """(attempt id, option id) of every response row in the database."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.pool import NullPool

    engine = create_engine(
        url.replace("postgresql://", "postgresql+psycopg://", 1), poolclass=NullPool
    )
    try:
        with engine.connect() as conn:
            rows = conn.execute(text("SELECT attempt_id, option_id FROM responses"))
            return {(int(a), int(o)) for a, o in rows}
    finally:
        engine.dispose()


def audit(url: str, acked: dict[tuple[int, int], int]) -> tuple[int, int]:
    """(response rows in the database, acknowledged answers that the database lacks).

    `acked` maps (attempt, question number) to the option acknowledged last; a learner who
    re-answers an item (resuming an attempt whose items were all answered restarts at item 1)
    overwrites its entry, as the app updates the same row.
    """
    stored = stored_answers(url)
    lost = sum((attempt, option) not in stored for (attempt, _), option in acked.items())
    return len(stored), lost


def hammer(port: int, users: int, seconds: float, path: str = "/healthz") -> float:
    """The floor: `users` clients GETting a bare route with the learners' HTTP client; 200s per
    second."""
    counts = [0] * users

    async def loop(i: int, deadline: float) -> None:
        conn = Connection(port)
        while time.monotonic() < deadline:
            try:
                reply = await conn.request("GET", path)
            except ERRORS:
                continue
            counts[i] += reply.status == 200
        conn.close()

    async def main() -> float:
        start = time.monotonic()
        await asyncio.gather(*(loop(i, start + seconds) for i in range(users)))
        return time.monotonic() - start

    elapsed = asyncio.run(main())
    return sum(counts) / elapsed


def percentile(values: list[float], q: float) -> float:
    """The q-th percentile (nearest rank); 0 when there are no values."""
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q / 100 * len(ordered)) - 1))]


def measure(
    backend: str,
    url: str,
    server: Server,
    learners: list[Learner],
    seconds: float,
    floor_seconds: float,
    seen: dict[tuple[int, int], int],
) -> Level:
    """Drive the learners for `seconds`, audit, then measure the floor at the same concurrency.

    `seen` holds every answer acknowledged on this database so far and is updated; the level's
    `acked` counts the items acknowledged for the first time, `stored` the rows it added.
    """
    before = len(stored_answers(url))
    cpu = server.cpu()
    tally, elapsed = run_learners(learners, seconds, STAGGER_S)
    cpu = server.cpu() - cpu
    new = len(tally.acked.keys() - seen.keys())
    seen.update(tally.acked)
    rows, lost = audit(url, seen)
    latencies = [1000 * (r.end - r.start) for r in tally.records if r.status]
    by_kind: dict[str, list[float]] = {}
    for r in tally.records:
        if r.status:
            by_kind.setdefault(r.kind, []).append(1000 * (r.end - r.start))
    kinds = {k: (len(v), percentile(v, 50), percentile(v, 99)) for k, v in by_kind.items()}
    floor = hammer(server.port, len(learners), floor_seconds)
    requests, answers = len(tally.records), tally.answers
    return Level(
        backend,
        len(learners),
        answers / elapsed,
        requests / elapsed,
        floor,
        percentile(latencies, 50),
        percentile(latencies, 99),
        tally.errors(),
        new,
        rows - before,
        lost,
        tally.quizzes,
        1000 * cpu / max(1, tally.all_requests),
        (os.cpu_count() or 1) * answers / requests * tally.all_requests / cpu
        if cpu and requests
        else 0.0,
        kinds,
    )


HEADER = (
    f"{'backend':<11}{'users':>6}{'answers/s':>11}{'req/s':>8}{'floor/s':>9}{'ratio':>7}"
    f"{'p50 ms':>8}{'p99 ms':>8}{'cpu ms':>8}{'ceiling':>9}{'quizzes':>9}  errors  audit"
)


def kinds_line(lv: Level) -> str:
    """Latency by kind of request, under the level's row: which requests make the tail."""
    parts = [
        f"{kind} {n}x {p50:.0f}/{p99:.0f}"
        for kind, (n, p50, p99) in sorted(lv.kinds.items(), key=lambda item: -item[1][0])
    ]
    return f"{'':<17}by request, count p50/p99 ms: " + " · ".join(parts)


def row(lv: Level) -> str:
    """One line of the table."""
    errors = ",".join(f"{k}x{v}" for k, v in sorted(lv.errors.items())) or "0"
    return (
        f"{lv.backend:<11}{lv.users:>6}{lv.answers:>11.0f}{lv.requests:>8.0f}{lv.floor:>9.0f}"
        f"{lv.requests / lv.floor if lv.floor else 0:>7.2f}{lv.p50:>8.1f}{lv.p99:>8.1f}"
        f"{lv.cpu_ms:>8.1f}{lv.ceiling:>9.0f}{lv.quizzes:>9}  {errors:<6}  "
        f"acknowledged={lv.acked} stored={lv.stored} lost={lv.lost}"
    )


def bench_backend(backend: str, levels: list[int], args: argparse.Namespace) -> list[Level]:
    """Set up one backend, start gunicorn, run every level; gunicorn is stopped whatever happens."""
    results = []
    with tempfile.TemporaryDirectory(prefix="factdeck-load-") as tmp:
        url = fresh_database(backend, Path(tmp), args.pg_url)
        env = app_env(url)
        print(
            f"\n{backend}: preparing {url} with {max(levels)} learners (machine load "
            f"{os.getloadavg()[0]:.1f}) ...",
            flush=True,
        )
        prepare(env, max(levels))
        server = Server(env, args.workers, args.threads, Path(tmp) / "gunicorn.log")
        try:
            server.start()
            learners = [Learner(server.port, learner_email(i)) for i in range(max(levels))]
            seen: dict[tuple[int, int], int] = {}
            print(
                f"gunicorn -c gunicorn.conf.py: WEB_CONCURRENCY={args.workers} "
                f"GUNICORN_THREADS={args.threads}, port {server.port}\n{HEADER}"
            )
            for users in levels:
                level = measure(
                    backend, url, server, learners[:users], args.seconds, args.floor_seconds, seen
                )
                results.append(level)
                print(row(level), kinds_line(level), sep="\n", flush=True)
            rows, lost = audit(url, seen)
            print(
                f"{backend} audit, all levels: acknowledged={len(seen)} stored={rows} lost={lost}"
            )
        finally:
            server.stop()
            if backend == "postgresql":
                drop_database(args.pg_url)
    return results


def verdicts(results: list[Level]) -> list[tuple[str, bool | None]]:
    """(target, met) pairs; None when the run did not measure it."""
    best = max((lv.answers for lv in results if lv.backend == "sqlite"), default=None)
    out: list[tuple[str, bool | None]] = [
        (
            f">= {TARGET_ANSWERS:.0f} answers/s with SQLite (best level: {best or 0:.0f})",
            None if best is None else best >= TARGET_ANSWERS,
        ),
    ]
    out += [
        (
            f"p99 < {TARGET_P99_MS:.0f} ms at 32 users, {lv.backend} ({lv.p99:.1f} ms)",
            lv.p99 < TARGET_P99_MS,
        )
        for lv in results
        if lv.users == 32
    ] or [(f"p99 < {TARGET_P99_MS:.0f} ms at 32 users", None)]
    errors, lost = sum(sum(lv.errors.values()) for lv in results), sum(lv.lost for lv in results)
    return [*out, (f"zero errors ({errors})", errors == 0), (f"nothing lost ({lost})", lost == 0)]


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark; exit status 1 when a measured target was missed."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--backends", default="sqlite,postgresql")
    parser.add_argument("--levels", default="1,8,32,64", help="concurrent learners per level")
    parser.add_argument("--users", type=int, help="run this single level instead of --levels")
    parser.add_argument("--seconds", type=float, default=10.0, help="per level")
    parser.add_argument("--floor-seconds", type=float, default=3.0, help="/healthz per level")
    parser.add_argument("--workers", type=int, default=WORKERS, help="WEB_CONCURRENCY")
    parser.add_argument("--threads", type=int, default=THREADS, help="GUNICORN_THREADS")
    parser.add_argument("--pg-url", default=PG_BASE, help="PostgreSQL server (no database)")
    args = parser.parse_args(argv)
    exit_on_signals()
    levels = [args.users] if args.users else [int(x) for x in args.levels.split(",")]
    results: list[Level] = []
    for backend in args.backends.split(","):
        results += bench_backend(backend.strip(), levels, args)
    print("\nTargets (2-core machine):")
    missed = False
    for text, met in verdicts(results):
        print(f"  {'not measured' if met is None else 'met' if met else 'MISSED':<12} {text}")
        missed |= met is False
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
