"""The job queue: Dramatiq, on Redis when QUEUE_URL names one, else embedded in the process.

A job is a row (GenerationJob, ImportJob) that pages poll for progress, plus a message on the
queue that names it: `("generate", 12, request id)`. With `QUEUE_URL=redis://…` the message
waits in Redis until a worker (`make worker`, any number of them, on any machine) takes it; a
worker that takes a message keeps it in its own list of unacknowledged messages and sends a
heartbeat while it lives, and when the heartbeats of a worker stop for QUEUE_HEARTBEAT_MS the
next worker to look moves its messages back to the queue: a job whose worker died is run again.
The jobs are written for that (`generation.run` imports and marks itself done in one
transaction and does nothing for a job already done), so a second run changes nothing that the
first finished.

Without QUEUE_URL (`make run`, one school on one machine) the same messages go to Dramatiq's
in-memory broker and a worker of two threads started in the process that queued them: no
service to run, and no retry if the process dies (the page then shows the job as stopped and the
teacher starts it again). GENERATION_INLINE (tests, the command line) runs the job at once,
inside the caller.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, cast

import dramatiq
import redis
from dramatiq.brokers.redis import RedisBroker
from dramatiq.brokers.stub import StubBroker
from flask import Flask, current_app
from redis.backoff import ExponentialBackoff
from redis.retry import Retry
from werkzeug.local import LocalProxy

from ... import logs, metrics
from ...extensions import db

log = logging.getLogger(__name__)
QUEUE = "jobs"
ACTOR = "factdeck_job"
NAMESPACE = "factdeck"


@dataclass
class Queue:
    """One app's broker, its actor, and (embedded) the in-process worker."""

    broker: dramatiq.Broker
    actor: dramatiq.Actor[[str, int, str], None]
    redis: redis.Redis | None
    pid: int
    worker: dramatiq.Worker | None = None


_lock = threading.Lock()


def runners() -> dict[str, Callable[[int], None]]:
    """What each kind of job runs (imported here: the job modules import this one)."""
    from ..bank import generation, import_jobs, reading_jobs

    return {"generate": generation.run, "import": import_jobs.run, "read": reading_jobs.run}


def perform(app: Flask, kind: str, job_id: int, request_id: str = "") -> None:
    """Run one job in an app context, its log lines carrying the request id that queued it."""
    with app.app_context(), logs.carrying(request_id):
        log.info("job started", extra={"kind": kind, "job_id": job_id})
        try:
            runners()[kind](job_id)
        finally:
            db.session.remove()
        log.info("job ended", extra={"kind": kind, "job_id": job_id})


def _client(url: str) -> redis.Redis:
    """A Redis client that rides out a restart of Redis (a few seconds) instead of failing."""
    return redis.Redis.from_url(
        url,
        socket_connect_timeout=2,
        socket_timeout=10,
        health_check_interval=10,
        retry=Retry(ExponentialBackoff(cap=1.0, base=0.05), 8),
        retry_on_error=[redis.ConnectionError, redis.TimeoutError],
    )


def build(app: Flask) -> Queue:
    """The app's broker and actor (Redis or in-memory), created once per process."""
    url = str(app.config.get("QUEUE_URL") or "")
    client: redis.Redis | None = None
    broker: dramatiq.Broker
    if url:
        client = _client(url)
        broker = RedisBroker(
            client=client,
            namespace=NAMESPACE,
            heartbeat_timeout=int(app.config["QUEUE_HEARTBEAT_MS"]),
            maintenance_chance=int(app.config["QUEUE_MAINTENANCE_CHANCE"]),
        )
    else:
        broker = StubBroker()

    def job(kind: str, job_id: int, request_id: str = "") -> None:
        perform(app, kind, job_id, request_id)

    actor = dramatiq.actor(
        broker=broker,
        actor_name=ACTOR,
        queue_name=QUEUE,
        max_retries=int(app.config["JOB_MAX_RETRIES"]),
        min_backoff=1000,
        max_backoff=60000,
        time_limit=int(app.config["JOB_TIME_LIMIT_S"]) * 1000,
    )(job)
    return Queue(broker, actor, client, os.getpid())


def of(app: Flask) -> Queue:
    """This process's queue for the app (a forked gunicorn worker builds its own)."""
    with _lock:
        queue = cast("Queue | None", app.extensions.get("factdeck_queue"))
        if queue is None or queue.pid != os.getpid():
            queue = build(app)
            app.extensions["factdeck_queue"] = queue
        return queue


def embedded(app: Flask) -> bool:
    """True when jobs run in this process (no QUEUE_URL)."""
    return not app.config.get("QUEUE_URL")


def enqueue(kind: str, job_id: int) -> None:
    """Queue a job (or run it now with GENERATION_INLINE); the request's id goes with it."""
    app = cast("LocalProxy[Flask]", current_app)._get_current_object()
    if app.config.get("GENERATION_INLINE"):  # in the caller's session: it sees the result
        log.info("job started", extra={"kind": kind, "job_id": job_id})
        runners()[kind](job_id)
        log.info("job ended", extra={"kind": kind, "job_id": job_id})
        return
    queue = of(app)
    if embedded(app):
        start_embedded_worker(app, queue)
    queue.actor.send(kind, job_id, logs.current_id())
    metrics.JOBS_QUEUED.labels(kind).inc()


def start_embedded_worker(app: Flask, queue: Queue) -> None:
    """Start the in-process worker once (two threads, as the thread pool had)."""
    with _lock:
        if queue.worker is None:
            queue.worker = dramatiq.Worker(
                queue.broker, worker_threads=int(app.config["WORKER_THREADS"])
            )
            queue.worker.start()


def wait_embedded(app: Flask, timeout_s: float) -> None:
    """Wait until the in-process queue is empty and its jobs have ended (tests)."""
    queue = of(app)
    assert isinstance(queue.broker, StubBroker)
    queue.broker.join(QUEUE, timeout=int(timeout_s * 1000))
    if queue.worker is not None:
        queue.worker.join()


def length(app: Flask) -> int | None:
    """Messages waiting on the queue (None when Redis cannot be asked)."""
    queue = of(app)
    if queue.redis is None:
        stub = cast(Any, queue.broker)
        return int(stub.queues[QUEUE].qsize()) if QUEUE in stub.queues else 0
    try:
        return int(queue.redis.llen(f"{NAMESPACE}:{QUEUE}"))
    except redis.RedisError:
        return None
