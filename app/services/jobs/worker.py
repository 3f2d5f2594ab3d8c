"""`flask worker` (`make worker`): a process that runs the queue's jobs, on as many machines
as needed, until SIGTERM or SIGINT asks it to finish the jobs in hand and stop.

It needs QUEUE_URL (Redis): without it jobs run inside the app servers (`queue.py`) and a worker
would wait for messages that never come to it.
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import threading
from pathlib import Path
from types import FrameType

import dramatiq
from flask import Flask

from . import queue

log = logging.getLogger(__name__)


def lower_priority(nice: int) -> None:
    """On a machine shared with an app server the quiz's requests come first (on its own
    machine this changes nothing): generation is CPU work followed by one short transaction.

    Linux schedules each session's processes as a group (autogroup) before it looks at nice
    values, so a worker that leads its own session (systemd, or started apart) gives its
    session's group the same nice value; otherwise it would still get a full share of the CPU
    beside the app server's group. Under systemd, `Nice=` and `CPUWeight=` do the same.
    """
    if nice <= 0:
        return
    os.nice(nice)
    if os.getsid(0) == os.getpid():
        with contextlib.suppress(OSError):
            Path("/proc/self/autogroup").write_text(str(nice))


def run(app: Flask, threads: int, shutdown_timeout_s: float = 30.0) -> None:
    """Consume the queue with `threads` threads until asked to stop."""
    if queue.embedded(app):
        raise RuntimeError("QUEUE_URL is not set: jobs run inside the app servers")
    broker = queue.of(app).broker
    lower_priority(int(app.config["WORKER_NICE"]))
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
