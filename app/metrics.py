"""`/metrics` in the Prometheus text format (prometheus_client), for a school's IT to watch.

What is measured, and where:

- `factdeck_request_seconds` (histogram, by endpoint, method and status): request latency,
  observed after each request.
- `factdeck_answers_saved_total`: answers stored (`app/services/quiz/answers.py`).
- `factdeck_jobs_queued_total` (by kind): jobs this server sent to the queue.
- `factdeck_jobs` (by kind and status: queued, running, done, failed) and
  `factdeck_queue_length`: read from the database and the queue when scraped, so every app
  server reports the same cluster-wide figures, whichever worker ran the jobs.
- `factdeck_db_connections_in_use` and `factdeck_db_connections_open`: the connections of this
  server's pools, checked out and open (PostgreSQL's own limit is `max_connections`).

gunicorn runs several worker processes: when PROMETHEUS_MULTIPROC_DIR is set (gunicorn.conf.py
sets it to a fresh folder per server), each process writes its figures there and /metrics adds
them up (prometheus_client's multiprocess mode; a dead worker's figures are marked by the
`child_exit` hook). Without it (`make run`, tests) the process's own registry is read.

Who may read it: the figures name no person, but they tell how busy the school is and which
routes exist. In development it is open; in production /metrics answers 404 unless
METRICS_TOKEN is set, and then only to `Authorization: Bearer <METRICS_TOKEN>` (Prometheus's
`authorization` setting); the load balancer should not route it from outside anyway
(docs/deployment.md).
"""

from __future__ import annotations

import hmac
import os
import time
from collections.abc import Iterator
from typing import Any

from flask import Flask, Response, abort, current_app, g, request
from prometheus_client import (
    CONTENT_TYPE_LATEST,
    REGISTRY,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
    multiprocess,
)
from prometheus_client.metrics_core import GaugeMetricFamily, Metric
from prometheus_client.registry import Collector
from sqlalchemy import event, func, select
from sqlalchemy.pool import Pool

REQUEST_SECONDS = Histogram(
    "factdeck_request_seconds",
    "Time to answer a request, by endpoint",
    ["endpoint", "method", "status"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0),
)
ANSWERS_SAVED = Counter("factdeck_answers_saved", "Answers stored")
JOBS_QUEUED = Counter("factdeck_jobs_queued", "Jobs sent to the queue by this server", ["kind"])
DB_IN_USE = Gauge(
    "factdeck_db_connections_in_use",
    "Database connections checked out of the pools",
    multiprocess_mode="livesum",
)
DB_OPEN = Gauge(
    "factdeck_db_connections_open", "Database connections open", multiprocess_mode="livesum"
)
_listening = False


def _count_connections() -> None:
    """Follow every SQLAlchemy pool's connections (once per process, for every engine)."""
    global _listening
    if _listening:
        return
    _listening = True
    event.listen(Pool, "connect", lambda *_: DB_OPEN.inc())
    event.listen(Pool, "close", lambda *_: DB_OPEN.dec())
    event.listen(Pool, "close_detached", lambda *_: DB_OPEN.dec())
    event.listen(Pool, "checkout", lambda *_: DB_IN_USE.inc())
    event.listen(Pool, "checkin", lambda *_: DB_IN_USE.dec())


class JobsCollector(Collector):
    """Jobs by kind and status, and the queue's length, read when /metrics is scraped."""

    def __init__(self, app: Flask) -> None:
        self.app = app

    def collect(self) -> Iterator[Metric]:
        from .extensions import db
        from .models import GenerationJob, ImportJob
        from .services.jobs import queue

        jobs = GaugeMetricFamily(
            "factdeck_jobs", "Jobs by kind and status", labels=["kind", "status"]
        )
        for kind, model in (("generate", GenerationJob), ("import", ImportJob)):
            counts: dict[str, int] = dict.fromkeys(("queued", "running", "done", "failed"), 0)
            rows = db.session.execute(select(model.status, func.count()).group_by(model.status))
            counts.update({str(status): int(n) for status, n in rows})
            for status, n in counts.items():
                jobs.add_metric([kind, status], n)
        db.session.rollback()  # a read: end it
        yield jobs
        length = queue.length(self.app)
        waiting = GaugeMetricFamily("factdeck_queue_length", "Messages waiting on the job queue")
        waiting.add_metric([], -1 if length is None else length)  # -1: the queue is unreachable
        yield waiting


class _Process(Collector):
    """This process's own registry (no multiprocess folder)."""

    def collect(self) -> Iterator[Metric]:
        yield from REGISTRY.collect()


def allowed() -> bool:
    """True when this request may read /metrics (see the module's docstring)."""
    token = str(current_app.config.get("METRICS_TOKEN") or "")
    if token:
        given = request.headers.get("Authorization", "")
        return hmac.compare_digest(given.encode(), f"Bearer {token}".encode())
    return bool(current_app.config.get("METRICS_OPEN"))


def exposition(app: Flask) -> bytes:
    """Every metric, added up over the server's processes, in the text format."""
    registry = CollectorRegistry()
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        multiprocess.MultiProcessCollector(registry)
    else:
        registry.register(_Process())
    registry.register(JobsCollector(app))
    return generate_latest(registry)


def register(app: Flask) -> None:
    """Time every request; serve /metrics."""
    _count_connections()

    @app.before_request
    def started() -> None:
        g.metrics_started = time.perf_counter()

    @app.after_request
    def observe(response: Response) -> Response:
        began = g.get("metrics_started")
        if began is not None:
            REQUEST_SECONDS.labels(
                request.endpoint or "none", request.method, str(response.status_code)
            ).observe(time.perf_counter() - began)
        return response

    def metrics_view() -> Any:
        if not allowed():
            abort(404)
        return Response(exposition(app), mimetype=CONTENT_TYPE_LATEST)

    app.add_url_rule("/metrics", "metrics", metrics_view, methods=["GET"])
