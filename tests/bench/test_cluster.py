"""Several servers: two gunicorn app servers and one job worker against one PostgreSQL and one
Redis (bench/clusterlib.py), as docs/deployment.md describes them.

A teacher adds an article on server A and watches its progress and its questions on server B
while learners spread over both take the quiz; the worker is killed with SIGKILL in the middle
of a generation and the queue runs the job again; Redis restarts under load. Every acknowledged
answer must be stored, and every bank must hold each question once. Needs PostgreSQL on
127.0.0.1:5432 and redis-server (CI has both; .ci/run starts them); timings are not asserted.
The worker runs at normal priority here (WORKER_NICE=0): on a machine busy with other work a
lowered priority only makes the jobs slower, and priority is bench/cluster.py's business.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

import clusterlib  # noqa: E402
import load  # noqa: E402
from loadlib import Tally, run_learners  # noqa: E402

pytestmark = pytest.mark.cluster


def _postgresql_reachable() -> bool:
    try:
        load.pg_admin(load.PG_BASE, "SELECT 1")
    except Exception:  # noqa: BLE001 - any failure means: not here
        return False
    return True


@pytest.fixture(scope="module")
def cluster() -> Iterator[clusterlib.Cluster]:
    if not clusterlib.redis_available() or not _postgresql_reachable():
        pytest.skip("needs redis-server and PostgreSQL on 127.0.0.1:5432 (CI has both)")
    name = f"factdeck_cluster_{os.getpid()}"
    with clusterlib.Cluster(
        servers=2, web_workers=2, learners=8, database=name, worker_nice=0
    ) as running:
        yield running


class Learners(threading.Thread):
    """Learners spread over both servers, taking quizzes for `seconds` in the background."""

    def __init__(self, cluster: clusterlib.Cluster, count: int, seconds: float) -> None:
        super().__init__(daemon=True)
        self.learners = cluster.spread_learners(count)
        self.seconds = seconds
        self.tally = Tally()

    def run(self) -> None:
        self.tally, _ = run_learners(self.learners, self.seconds, stagger=0.5)

    def audit(self, cluster: clusterlib.Cluster) -> tuple[int, int]:
        """(answers acknowledged, acknowledged answers the database lacks)."""
        self.join(120)
        assert not self.is_alive()
        _, lost = load.audit(cluster.url, self.tally.acked)
        return len(self.tally.acked), lost


def test_an_article_added_on_one_server_is_followed_on_the_other(cluster) -> None:  # type: ignore[no-untyped-def]
    learners = Learners(cluster, 8, seconds=6)
    learners.start()
    on_a = cluster.teacher(0)
    doc = on_a.add_article(clusterlib.articles()[0], "Cluster: first article")
    on_b = on_a.on(cluster.port(1))
    job, seen = on_b.wait_done(doc, timeout=90)
    assert job["status"] == "done", (job, seen)
    assert on_b.drafts(doc) == cluster.bank(doc).current > 0
    acked, lost = learners.audit(cluster)
    assert acked > 0 and lost == 0
    servers = {lr.port for lr in learners.learners}
    assert servers == {cluster.port(0), cluster.port(1)}
    bank = cluster.bank(doc)
    assert clusterlib.written(bank), bank
    metrics = cluster.metrics(1)
    assert 'factdeck_jobs{kind="generate",status="done"} 1.0' in metrics
    assert "factdeck_answers_saved_total" in metrics
    assert "\nfactdeck_queue_length 0.0\n" in metrics  # read from the queue's Redis


def _wait(condition: Any, timeout: float) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if condition():
            return True
        time.sleep(0.05)
    return False


def test_a_worker_killed_mid_generation_has_its_job_run_again_once(cluster) -> None:  # type: ignore[no-untyped-def]
    teacher = cluster.teacher(0)
    texts = clusterlib.articles()
    doc = teacher.add_article("\n\n".join(texts[1:13]), "Cluster: a long article")

    def generating() -> bool:
        job = teacher.job(doc)
        return job["status"] == "running" and 5 <= int(job["progress"]) < 90

    assert _wait(generating, 60), teacher.job(doc)
    assert cluster.worker is not None
    cluster.worker.kill9()
    killed_at = teacher.job(doc)
    assert killed_at["status"] == "running"
    cluster.worker.start()
    job, seen = teacher.on(cluster.port(1)).wait_done(doc, timeout=150)
    assert job["status"] == "done", (job, seen, killed_at)
    bank = cluster.bank(doc)
    assert clusterlib.written(bank), bank
    assert cluster.job_runs(bank.job_id) == 2  # the first worker's run, and the queue's retry


def test_a_redis_restart_under_load_loses_no_answer_and_jobs_resume(cluster) -> None:  # type: ignore[no-untyped-def]
    learners = Learners(cluster, 8, seconds=8)
    learners.start()
    teacher = cluster.teacher(1)
    texts = clusterlib.articles()
    docs = [teacher.add_article(texts[13 + i], f"Cluster: queued {i}") for i in range(3)]
    time.sleep(0.5)
    away = cluster.redis.restart()
    assert away < 20
    docs.append(teacher.add_article(texts[16], "Cluster: after the restart"))
    acked, lost = learners.audit(cluster)
    assert acked > 0 and lost == 0
    for doc in docs:
        job, seen = teacher.wait_done(doc, timeout=120)
        assert job["status"] == "done", (doc, job, seen)
        bank = cluster.bank(doc)
        assert clusterlib.written(bank), bank
