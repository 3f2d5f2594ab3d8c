"""Several servers: app servers, a job worker, Redis and PostgreSQL on this machine.

    python bench/cluster.py [--scenarios follow,kill,redis,ratio] [--users 32] [--seconds 10]
                            [--articles 10] [--no-embedded] [--pg-url URL]

Built by bench/clusterlib.py (a private redis-server on a free port, a scratch PostgreSQL
database, gunicorn with ProductionConfig, `flask worker`). Scenarios, each ending in a VERDICT:

- `follow`: two app servers and one worker; a teacher adds an article on server A and follows its
  progress and its questions on server B while 16 learners spread over both take the quiz; the
  audit `acknowledged=N lost=0`, and the bank holds each question once.
- `kill`: SIGKILL the worker while it generates a long article; a new worker starts; the queue
  hands it the job again (after QUEUE_HEARTBEAT_MS, 5 s here); the job ends done, ran twice, and
  the bank holds each question once.
- `redis`: learners on both servers while Redis restarts, three articles queued before it and
  one after; nothing acknowledged lost, every job done, each question once.
- `ratio`: one app server (3 gunicorn workers, as bench/load.py) and one worker with ten threads:
  answers per second at `--users` learners without generation (the floor, same run), then while
  `--articles` articles generate at once; the ratio of the two is the figure (target ≥ 0.9). The
  same is measured with the jobs inside the app server (no QUEUE_URL, as `make run`) for
  comparison, unless `--no-embedded`.
"""

from __future__ import annotations

import argparse
import os
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import clusterlib  # noqa: E402
import load  # noqa: E402
from loadlib import Learner, Tally, exit_on_signals, learner_email, run_learners  # noqa: E402

TARGET_RATIO = 0.9
WINDOW_S = 2.5  # the ratio's alternating windows


def verdict(name: str, ok: bool, detail: str) -> bool:
    """Print one VERDICT line."""
    print(f"VERDICT {name}: {'ok' if ok else 'FAILED'} — {detail}", flush=True)
    return ok


class Background(threading.Thread):
    """Learners taking quizzes for `seconds` beside the main thread."""

    def __init__(self, learners: list[Learner], seconds: float) -> None:
        super().__init__(daemon=True)
        self.learners, self.seconds = learners, seconds
        self.tally, self.elapsed = Tally(), 0.0

    def run(self) -> None:
        self.tally, self.elapsed = run_learners(self.learners, self.seconds, stagger=0.5)


def follow(cluster: clusterlib.Cluster, seconds: float) -> bool:
    """An article added on A, followed on B, learners on both."""
    learners = Background(cluster.spread_learners(16), seconds)
    learners.start()
    began = time.monotonic()
    on_a = cluster.teacher(0)
    doc = on_a.add_article(clusterlib.articles()[0], "Bench: followed on B")
    on_b = on_a.on(cluster.port(1))
    job, seen = on_b.wait_done(doc, timeout=120)
    took = time.monotonic() - began
    drafts = on_b.drafts(doc)
    learners.join()
    _, lost = load.audit(cluster.url, learners.tally.acked)
    bank = cluster.bank(doc)
    print(
        f"follow: statuses seen on B {' → '.join(seen)} in {took:.1f} s; B shows {drafts} drafts; "
        f"bank current={bank.current} distinct={bank.distinct} rows={bank.rows}; "
        f"learners {learners.tally.answers / max(learners.elapsed, 0.001):.0f} answers/s over "
        f"{len({lr.port for lr in learners.learners})} servers, "
        f"errors {dict(learners.tally.errors()) or 0}, "
        f"audit acknowledged={len(learners.tally.acked)} lost={lost}"
    )
    ok = job["status"] == "done" and drafts == bank.current and clusterlib.written(bank)
    return verdict("follow", ok and lost == 0, f"lost={lost}, job {job['status']}")


def kill(cluster: clusterlib.Cluster) -> bool:
    """SIGKILL the worker mid-generation; the queue runs the job again."""
    assert cluster.worker is not None
    teacher = cluster.teacher(0)
    doc = teacher.add_article("\n\n".join(clusterlib.articles()[1:13]), "Bench: killed")
    end = time.monotonic() + 60
    while time.monotonic() < end:
        job = teacher.job(doc)
        if job["status"] == "running" and 5 <= int(str(job["progress"])) < 90:
            break
        time.sleep(0.05)
    cluster.worker.kill9()
    killed = time.monotonic()
    print(f"kill: worker killed at {job['progress']}% ({job['message']})")
    cluster.worker.start()
    job, seen = teacher.wait_done(doc, timeout=180)
    bank = cluster.bank(doc)
    runs = cluster.job_runs(bank.job_id)
    print(
        f"kill: {' → '.join(seen)} {time.monotonic() - killed:.1f} s after the kill; runs={runs}; "
        f"{bank.message}; bank current={bank.current} distinct={bank.distinct} rows={bank.rows}"
    )
    ok = job["status"] == "done" and clusterlib.written(bank) and runs == 2
    return verdict("kill", ok, f"job {job['status']}, ran {runs}x, each question once: {ok}")


def redis_restart(cluster: clusterlib.Cluster, seconds: float) -> bool:
    """Redis restarts under load; nothing acknowledged is lost; jobs resume."""
    learners = Background(cluster.spread_learners(16), seconds)
    learners.start()
    teacher = cluster.teacher(1)
    texts = clusterlib.articles()
    docs = [teacher.add_article(texts[13 + i], f"Bench: queued {i}") for i in range(3)]
    time.sleep(1.0)
    away = cluster.redis.restart()
    docs.append(teacher.add_article(texts[16], "Bench: after the restart"))
    learners.join()
    _, lost = load.audit(cluster.url, learners.tally.acked)
    banks = []
    for doc in docs:
        teacher.wait_done(doc, timeout=180)
        banks.append(cluster.bank(doc))
    once = all(clusterlib.written(b) for b in banks)
    print(
        f"redis: away {away:.2f} s; learners errors {dict(learners.tally.errors()) or 0}, "
        f"audit acknowledged={len(learners.tally.acked)} lost={lost}; jobs "
        + ", ".join(f"{b.status} ({b.current} questions)" for b in banks)
    )
    return verdict("redis", lost == 0 and once, f"lost={lost}, every job done once: {once}")


@dataclass
class Rate:
    """Answers acknowledged, seconds, and every request's latency (ms), over some windows."""

    answers: int = 0
    seconds: float = 0.0
    latencies: list[float] = field(default_factory=list)
    errors: int = 0

    def add(self, learners: list[Learner], seconds: float) -> None:
        """Let the learners work for one window of `seconds`."""
        tally, elapsed = run_learners(learners, seconds, stagger=0.2)
        self.answers += tally.answers
        self.seconds += elapsed
        self.latencies += [1000 * (r.end - r.start) for r in tally.records if r.status]
        self.errors += sum(tally.errors().values())

    @property
    def per_second(self) -> float:
        """Answers per second."""
        return self.answers / self.seconds if self.seconds else 0.0

    def __str__(self) -> str:
        return f"{self.per_second:.0f} answers/s (p99 {load.percentile(self.latencies, 99):.0f} ms)"


def ratio(args: argparse.Namespace, queue: bool) -> float:
    """Answers/s at --users while --articles generate, over the floor without, one app server.

    With the worker, the two are measured in alternating windows of WINDOW_S (floor, loaded,
    loaded, floor, …) while the articles generate, the worker paused with SIGSTOP during the
    floor's windows (it holds its jobs and uses no CPU): the machine's other load, which drifts,
    falls on both alike. Without it (jobs inside the app server) nothing can be paused, so the
    floor comes first and the loaded windows after it.
    """
    name = "worker" if queue else "embedded"
    with clusterlib.Cluster(
        servers=1,
        web_workers=load.WORKERS,
        learners=args.users,
        worker_threads=args.articles,
        heartbeat_ms=120000,  # a paused worker is not dead
        queue=queue,
        database=f"factdeck_cluster_{name}",
        pg_base=args.pg_url,
    ) as cluster:
        learners = [Learner(cluster.port(0), learner_email(i)) for i in range(args.users)]
        Rate().add(learners, 3)  # warm-up, untimed
        floor, loaded = Rate(), Rate()
        windows = max(1, round(args.seconds / WINDOW_S))
        if not queue:
            for _ in range(windows):
                floor.add(learners, WINDOW_S)
        teacher = cluster.teacher(0)
        texts = clusterlib.articles()
        docs = [
            teacher.add_article("\n\n".join(texts[i : i + 3]), f"Bench: ratio {i}")
            for i in range(args.articles)
        ]
        end = time.monotonic() + 60
        while cluster.jobs().get("queued", 0) and time.monotonic() < end:
            time.sleep(0.2)
        at_start = cluster.jobs()
        for i in range(windows):
            for paused in (False, True) if i % 2 else (True, False):
                if queue and cluster.worker is not None:
                    cluster.worker.pause(paused)
                    (floor if paused else loaded).add(learners, WINDOW_S)
                elif not paused:
                    loaded.add(learners, WINDOW_S)
        if cluster.worker is not None:
            cluster.worker.pause(False)
        at_end = cluster.jobs()
        for doc in docs:
            teacher.wait_done(doc, timeout=900)
        banks = [cluster.bank(doc) for doc in docs]
    once = all(clusterlib.written(b) for b in banks)
    figure = loaded.per_second / floor.per_second if floor.per_second else 0.0
    print(
        f"ratio ({'app server + worker' if queue else 'jobs inside the app server'}): "
        f"{args.users} users, floor {floor}, with {args.articles} articles generating {loaded}, "
        f"ratio {figure:.2f}; errors {floor.errors + loaded.errors}; jobs when measuring began "
        f"{at_start}, when it ended {at_end}; afterwards every job done, each question once: "
        f"{once}"
    )
    return figure if once else 0.0


def main(argv: list[str] | None = None) -> int:
    """Run the scenarios; exit status 1 when a verdict failed."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scenarios", default="follow,kill,redis,ratio")
    parser.add_argument("--users", type=int, default=32)
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--articles", type=int, default=10)
    parser.add_argument("--no-embedded", action="store_true", help="skip the comparison")
    parser.add_argument("--pg-url", default=load.PG_BASE, help="PostgreSQL server (no database)")
    args = parser.parse_args(argv)
    exit_on_signals()
    if not clusterlib.redis_available():
        print("redis-server is not installed")
        return 1
    scenarios = args.scenarios.split(",")
    print(f"cluster bench (machine load {os.getloadavg()[0]:.1f})", flush=True)
    ok = True
    if {"follow", "kill", "redis"} & set(scenarios):
        with clusterlib.Cluster(
            servers=2, web_workers=2, learners=16, pg_base=args.pg_url
        ) as cluster:
            print(f"two app servers on {cluster.port(0)} and {cluster.port(1)}, one worker")
            if "follow" in scenarios:
                ok &= follow(cluster, args.seconds)
            if "kill" in scenarios:
                ok &= kill(cluster)
            if "redis" in scenarios:
                ok &= redis_restart(cluster, args.seconds)
    if "ratio" in scenarios:
        figure = ratio(args, queue=True)
        if not args.no_embedded:
            embedded = ratio(args, queue=False)
            print(f"for comparison, jobs inside the app server: ratio {embedded:.2f}")
        ok &= verdict(
            "ratio",
            figure >= TARGET_RATIO,
            f"answers/s while generating / floor = {figure:.2f} (target ≥ {TARGET_RATIO})",
        )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
