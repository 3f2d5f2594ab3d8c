"""gunicorn settings for `make serve` (ProductionConfig); every value can come from the environment."""

import multiprocessing
import os
import tempfile

# /metrics adds up the figures of every worker process (app/metrics.py): prometheus_client's
# multiprocess mode keeps them in files in this folder, which must be set before the app (and
# prometheus_client) is loaded, and start empty: a fresh folder per server unless one is given.
if not os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
    os.environ["PROMETHEUS_MULTIPROC_DIR"] = tempfile.mkdtemp(prefix="factdeck-metrics-")

bind = os.environ.get("BIND", "127.0.0.1:8000")
workers = int(os.environ.get("WEB_CONCURRENCY", str(multiprocessing.cpu_count() * 2 + 1)))
# asyncio workers that read every request whole before Flask runs it (app/serving.py): a slow
# client holds a socket, never a worker, so no buffering proxy is needed in front. Flask runs on
# GUNICORN_THREADS threads per worker (1: one request at a time, as a sync worker).
worker_class = "asgi"
worker_connections = int(os.environ.get("WORKER_CONNECTIONS", "1000"))
asgi_lifespan = "off"
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 20
keepalive = 5
# Workers are recycled now and then, as insurance against a slow leak (with jitter, so that they
# do not restart together). A recycle takes a worker away for about a second, which under load
# is a visible stall (bench/load.py): every 5,000 requests that was every few seconds at full
# load; every 50,000 it is a few minutes. The app is loaded once in the master and the workers
# are forked from it, so a new worker needs no second of CPU to load it; new code therefore
# needs a new master (see docs/deployment.md).
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "50000"))
max_requests_jitter = max_requests // 10
preload_app = True
accesslog = os.environ.get("ACCESS_LOG", "-") or None  # empty: off (when the proxy logs requests)
errorlog = "-"
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
wsgi_app = "asgi:app"


def post_fork(server, worker):  # noqa: ANN001, ANN201, ARG001 - gunicorn's hook signature
    """A forked worker opens database connections of its own, never the master's."""
    from app.extensions import db
    from wsgi import app

    with app.app_context():
        db.engine.dispose(close=False)


def child_exit(server, worker):  # noqa: ANN001, ANN201, ARG001 - gunicorn's hook signature
    """A worker that ended (recycled or killed): its live gauges no longer count."""
    from prometheus_client import multiprocess

    multiprocess.mark_process_dead(worker.pid)
