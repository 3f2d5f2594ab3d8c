"""Fault injection under load: a worker killed with SIGKILL, PostgreSQL restarted, slow clients.

    python bench/faults.py [--backends sqlite,postgresql] [--users 16] [--seconds 12]
                           [--fault-at 4] [--pg private|shared] [--scenarios kill,restart,slow]

The same setup, server and learners as bench/load.py. Scenario A (each backend): while the
learners work, one gunicorn worker (a child of the master) gets SIGKILL. Requests on that
worker's connections fail with a reset; they are counted apart ("in flight on the killed
worker", and idle keep-alive connections it held), everything else is unexpected. Scenario B
(PostgreSQL): the server is restarted (fast shutdown, start) while the learners work; the status
codes answered meanwhile are listed: 503 is right, 500 is a finding. For both: how long after the
fault every request succeeds again, and the audit (an answer is lost only when its POST was
acknowledged and the database does not have it). Scenario C (each backend, bench/slowclients.py):
sockets that send their bodies a byte a second, four per worker, while the learners work; /healthz
must keep answering within a second. One VERDICT line per scenario.

`--pg private` (the default) runs PostgreSQL scenarios on a throwaway instance (initdb in a
temporary directory, its own port, run as the postgres user), so the restart disturbs nobody
else's databases; `--pg shared` uses the cluster on 127.0.0.1:5432 and restarts it with
`pg_ctlcluster VERSION NAME restart` (as found by pg_lsclusters).
"""

from __future__ import annotations

import argparse
import atexit
import re
import subprocess
import sys
import tempfile
import textwrap
import threading
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from load import PG_BASE, THREADS, WORKERS, app_env, audit, fresh_database, prepare  # noqa: E402
from loadlib import (  # noqa: E402
    Learner,
    Server,
    Tally,
    exit_on_signals,
    free_port,
    learner_email,
    run_learners,
    wait_for,
)
from slowclients import scenario_slow  # noqa: E402

TRACE_END = re.compile(r"^[\w.]+(Error|Exception|Shutdown|Timeout)\b.*")
RECOVERY_TARGET = 5.0  # seconds after the fault ends until every request succeeds again


class Postgres:
    """The PostgreSQL server of the scenarios: a private throwaway instance or the shared one."""

    def __init__(self, mode: str, workdir: Path) -> None:
        self.mode = mode
        clusters = subprocess.run(["pg_lsclusters", "-h"], capture_output=True, text=True)
        fields = [line.split() for line in clusters.stdout.splitlines() if "online" in line]
        if not fields:
            raise RuntimeError("no PostgreSQL cluster is online (pg_ctlcluster 15 main start)")
        self.version, self.cluster = fields[0][0], fields[0][1]
        self.bindir = f"/usr/lib/postgresql/{self.version}/bin"
        self.data, self.port = workdir / "pgdata", free_port()
        self.base = PG_BASE

    def _as_postgres(self, *args: str) -> None:
        subprocess.run(["runuser", "-u", "postgres", "--", *args], check=True, capture_output=True)

    def start(self) -> None:
        """Create and start the private instance (nothing to do for the shared cluster)."""
        if self.mode == "shared":
            return
        self.data.parent.chmod(0o755)
        self.data.mkdir()
        subprocess.run(["chown", "postgres:postgres", str(self.data)], check=True)
        self._as_postgres(
            f"{self.bindir}/initdb",
            "-D",
            str(self.data),
            "-U",
            "postgres",
            "-A",
            "trust",
            "-E",
            "UTF8",
            "--no-sync",
        )
        self._pg_ctl("start")
        atexit.register(self.stop)
        self.base = f"postgresql://postgres@127.0.0.1:{self.port}"

    def _pg_ctl(self, action: str) -> None:
        opts = f"-p {self.port} -c listen_addresses=127.0.0.1 -k {self.data}"
        self._as_postgres(
            f"{self.bindir}/pg_ctl",
            "-D",
            str(self.data),
            "-l",
            str(self.data / "log"),
            "-o",
            opts,
            "-m",
            "fast",
            "-w",
            action,
        )

    def restart(self) -> None:
        """Fast shutdown (open connections are terminated), then start; returns when up."""
        if self.mode == "shared":
            subprocess.run(["pg_ctlcluster", self.version, self.cluster, "restart"], check=True)
        else:
            self._pg_ctl("restart")

    def stop(self) -> None:
        """Stop the private instance."""
        if self.mode == "private" and (self.data / "postmaster.pid").exists():
            self._pg_ctl("stop")


def under_load(
    learners: list[Learner], seconds: float, fault_at: float, fault: Callable[[], None]
) -> tuple[Tally, float, float]:
    """Run the learners for `seconds`, calling `fault` after `fault_at` seconds.

    Returns the tally and the monotonic times at which the fault began and ended.
    """
    done: list[tuple[Tally, float]] = []
    worker = threading.Thread(
        target=lambda: done.append(run_learners(learners, seconds)), daemon=True
    )
    worker.start()
    time.sleep(fault_at)
    began = time.monotonic()
    fault()
    ended = time.monotonic()
    wait_for(worker)
    return done[0][0], began, ended


def recovery(tally: Tally, since: float) -> float:
    """Seconds from `since` to the end of the last failed request (0 when none failed later)."""
    return max((r.end - since for r in tally.records if not r.ok and r.end >= since), default=0.0)


def kinds(counter: Counter[str]) -> str:
    """`ConnectionResetError x1, 503 x4` or `none`."""
    return ", ".join(f"{k} x{v}" for k, v in counter.most_common()) or "none"


def report_audit(url: str, tally: Tally, seen: dict[tuple[int, int], int]) -> int:
    """Add the tally's answers to `seen` (all acknowledged on this database), print the audit,
    and return the number of lost answers."""
    seen.update(tally.acked)
    rows, lost = audit(url, seen)
    print(
        f"  audit (all answers on this database): acknowledged={len(seen)} stored={rows} "
        f"lost={lost} (stored but never acknowledged: {rows - len(seen)})"
    )
    return lost


def scenario_kill(
    backend: str,
    url: str,
    server: Server,
    learners: list[Learner],
    args: argparse.Namespace,
    seen: dict[tuple[int, int], int],
) -> bool:
    """Scenario A: SIGKILL one worker under load."""
    print(f"\n== A ({backend}): SIGKILL one gunicorn worker under {len(learners)} learners ==")
    old = set(server.worker_pids())
    victim = min(old)
    respawned: list[float] = []

    def kill() -> None:
        subprocess.run(["kill", "-9", str(victim)], check=True)
        start = time.monotonic()
        while time.monotonic() - start < 30:
            pids = set(server.worker_pids())
            if len(pids) >= server.workers and victim not in pids and pids - old:
                respawned.append(time.monotonic() - start)
                return
            time.sleep(0.02)

    tally, killed, _ = under_load(learners, args.seconds, args.fault_at, kill)
    failed = [r for r in tally.records if not r.ok]
    on_victim = [r for r in failed if r.status == 0 and r.opened <= killed <= r.end]
    in_flight = Counter(r.outcome for r in on_victim if r.start <= killed)
    idle = Counter(r.outcome for r in on_victim if r.start > killed)
    other = Counter(r.outcome for r in failed if r not in on_victim)
    back = recovery(tally, killed)
    respawn = f"forked {respawned[0]:.2f} s later" if respawned else "not within 30 s"
    ok = len(tally.records) - len(failed)
    print(
        f"  killed worker {victim} at +{args.fault_at:.0f} s; the master's replacement "
        f"worker: {respawn}"
    )
    print(f"  requests: {ok} ok, {len(failed)} failed")
    print(f"  in flight on the killed worker: {kinds(in_flight)}")
    print(f"  idle keep-alive connections of the killed worker: {kinds(idle)}")
    print(f"  unexpected errors: {kinds(other)}")
    print(f"  every request succeeds again {back:.2f} s after the kill")
    lost = report_audit(url, tally, seen)
    passed = lost == 0 and not other and back <= RECOVERY_TARGET and server.healthy()
    print(
        f"VERDICT A {backend}: {'PASS' if passed else 'FAIL'} - lost={lost}, unexpected "
        f"errors={sum(other.values())}, serving again after {back:.2f} s "
        f"(target <= {RECOVERY_TARGET:.0f} s)"
    )
    return passed


def scenario_restart(
    url: str,
    server: Server,
    learners: list[Learner],
    pg: Postgres,
    args: argparse.Namespace,
    seen: dict[tuple[int, int], int],
) -> bool:
    """Scenario B: restart PostgreSQL under load."""
    how = "pg_ctlcluster restart" if pg.mode == "shared" else "pg_ctl restart -m fast"
    print(f"\n== B (postgresql): restart PostgreSQL ({how}) under {len(learners)} learners ==")
    tally, began, ended = under_load(learners, args.seconds, args.fault_at, pg.restart)
    back = recovery(tally, began)
    during = [r for r in tally.records if r.end >= began and r.start <= began + back]
    codes = Counter(r.outcome for r in during)
    bad = Counter(r.outcome for r in tally.records if not r.ok and r.outcome != "503")
    took = ended - began
    after_up = max(0.0, back - took)
    print(
        f"  restart began at +{args.fault_at:.0f} s; the command returned (server accepting "
        f"connections) after {took:.2f} s"
    )
    print(f"  answered meanwhile (until every request succeeds again): {kinds(codes)}")
    print(f"  failures other than 503: {kinds(bad)}")
    print(
        f"  every request succeeds again {back:.2f} s after the restart began, "
        + (
            f"{after_up:.2f} s after the command returned"
            if back > took
            else "before the command returned"
        )
    )
    if bad["500"]:
        print("  FINDING: the app answered 500 during the database outage, where 503 is wanted")
        for error, count in logged_errors(server.log).most_common(5):
            print(f"    logged: {error} x{count}")
        print(textwrap.indent(first_traceback(server.log), "    | "))
    lost = report_audit(url, tally, seen)
    passed = lost == 0 and not bad and after_up <= RECOVERY_TARGET and server.healthy()
    print(
        f"VERDICT B postgresql: {'PASS' if passed else 'FAIL'} - lost={lost}, "
        f"non-503 failures={sum(bad.values())}, serving again {after_up:.2f} s after the "
        f"database was back (target <= {RECOVERY_TARGET:.0f} s)"
    )
    return passed


def logged_errors(log: Path) -> Counter[str]:
    """The exceptions whose tracebacks gunicorn's log holds, by their last line (type: message)."""
    found: Counter[str] = Counter()
    lines = log.read_text(errors="replace").splitlines() if log.exists() else []
    for line, after in zip(lines, [*lines[1:], ""], strict=True):
        if TRACE_END.match(line) and not after.startswith(
            (" ", "Traceback", "During", "The above")
        ):
            found[line[:160]] += 1
    return found


def first_traceback(log: Path, limit: int = 60) -> str:
    """The first traceback in gunicorn's log, with the line that introduced it."""
    lines = log.read_text(errors="replace").splitlines() if log.exists() else []
    start = next((i for i, line in enumerate(lines) if line.startswith("Traceback")), None)
    return "" if start is None else "\n".join(lines[max(0, start - 1) : start + limit])


def run_backend(backend: str, args: argparse.Namespace, tmp: Path) -> list[bool]:
    """Set up a backend and run its scenarios; gunicorn and a private PG stop whatever happens."""
    pg = Postgres(args.pg, tmp) if backend == "postgresql" else None
    server: Server | None = None
    try:
        if pg is not None:
            pg.start()
        url = fresh_database(backend, tmp, pg.base if pg else PG_BASE)
        env = app_env(url)
        prepare(env, args.users)
        server = Server(env, args.workers, args.threads, tmp / "gunicorn.log")
        server.start()
        learners = [Learner(server.port, learner_email(i)) for i in range(args.users)]
        seen = dict(run_learners(learners, 1.0)[0].acked)  # log in, warm every worker up
        print(
            f"\n{backend}: gunicorn WEB_CONCURRENCY={args.workers} "
            f"GUNICORN_THREADS={args.threads}, database {url}"
        )
        results = []
        if "kill" in args.scenarios:
            results.append(scenario_kill(backend, url, server, learners, args, seen))
        if "restart" in args.scenarios and pg is not None:
            results.append(scenario_restart(url, server, learners, pg, args, seen))
        if "slow" in args.scenarios:
            results.append(scenario_slow(backend, url, server, learners, args, seen))
        return results
    finally:
        if server is not None:
            server.stop()
        if pg is not None:
            pg.stop()


def main(argv: list[str] | None = None) -> int:
    """Run the scenarios; exit status 1 when a verdict is FAIL."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--backends", default="sqlite,postgresql")
    parser.add_argument("--scenarios", default="kill,restart,slow")
    parser.add_argument("--users", type=int, default=16)
    parser.add_argument("--seconds", type=float, default=12.0, help="load per scenario")
    parser.add_argument("--fault-at", type=float, default=4.0, help="seconds into the load")
    parser.add_argument("--workers", type=int, default=WORKERS, help="WEB_CONCURRENCY")
    parser.add_argument("--threads", type=int, default=THREADS, help="GUNICORN_THREADS")
    parser.add_argument("--pg", choices=["private", "shared"], default="private")
    args = parser.parse_args(argv)
    exit_on_signals()
    verdicts: list[bool] = []
    for backend in args.backends.split(","):
        with tempfile.TemporaryDirectory(prefix="factdeck-faults-") as tmp:
            verdicts += run_backend(backend.strip(), args, Path(tmp))
    print(f"\n{sum(verdicts)} of {len(verdicts)} scenarios passed")
    return 0 if all(verdicts) else 1


if __name__ == "__main__":
    sys.exit(main())
