"""`flask worker` (`make worker`): a process that runs the queue's jobs, on as many machines
as needed, until SIGTERM or SIGINT asks it to finish the jobs in hand and stop.

It needs QUEUE_URL (Redis): without it jobs run inside the app servers (`queue.py`) and a worker
would wait for messages that never come to it.
"""

from __future__ import annotations

import logging
import os
import signal
import threading
from types import FrameType

import dramatiq
from flask import Flask

from . import queue

log = logging.getLogger(__name__)


def run(app: Flask, threads: int, shutdown_timeout_s: float = 30.0) -> None:
    """Consume the queue with `threads` threads until asked to stop."""
    if queue.embedded(app):
        raise RuntimeError("QUEUE_URL is not set: jobs run inside the app servers")
    broker = queue.of(app).broker
    # On a machine shared with an app server the quiz's requests come first; alone, it changes
    # nothing. Generation is CPU work (the generator) followed by one short transaction.
    os.nice(int(app.config["WORKER_NICE"]))
    stop = threading.Event()

    def ask_to_stop(signum: int, _frame: FrameType | None) -> None:
        log.info("worker stopping", extra={"signal": signum})
        stop.set()

    signal.signal(signal.SIGTERM, ask_to_stop)
    signal.signal(signal.SIGINT, ask_to_stop)
    worker = dramatiq.Worker(broker, queues={queue.QUEUE}, worker_threads=threads)
    worker.start()
    log.info("worker started", extra={"threads": threads, "queue": queue.QUEUE})
    try:
        while not stop.wait(1.0):
            pass
    finally:
        worker.stop(timeout=int(shutdown_timeout_s * 1000))
        log.info("worker stopped")
