"""Scenario C of bench/faults.py: slow clients while the learners work.

Sockets that send a request body a byte at a time (a bad connection, or a slowloris attack)
are opened, four per worker, and kept trickling while the learners take their quizzes; /healthz
is asked every 0.2 s meanwhile. With sync workers each slow socket held a worker until its body
was complete (or gunicorn's timeout), so /healthz waited 31 s; `make serve`'s workers read
bodies on their event loop (app/serving.py), so it must answer within a second, the learners'
requests must all succeed, and no acknowledged answer may be lost.
"""

from __future__ import annotations

import argparse
import contextlib
import socket
import threading
import time
from urllib.request import urlopen

from loadlib import Learner, Server

HEALTHZ_TARGET = 1.0  # seconds, the bound
PER_WORKER = 4
BODY = 100_000  # the Content-Length each slow socket promises and never completes


def open_slow(port: int, count: int) -> list[socket.socket]:
    """`count` connections that have sent their headers and the first byte of a large body."""
    out = []
    for _ in range(count):
        s = socket.create_connection(("127.0.0.1", port), timeout=5)
        s.sendall(
            b"POST /login HTTP/1.1\r\nHost: localhost\r\n"
            b"Content-Type: application/x-www-form-urlencoded\r\n"
            + f"Content-Length: {BODY}\r\n\r\ne".encode()
        )
        out.append(s)
    return out


def trickle(sockets: list[socket.socket], stop: threading.Event) -> None:
    """One more byte on every slow socket each second until `stop`."""
    while not stop.wait(1.0):
        for s in sockets:
            with contextlib.suppress(OSError):
                s.sendall(b"m")


def probe(port: int, stop: threading.Event, latencies: list[float]) -> None:
    """GET /healthz every 0.2 s until `stop`; a failure counts as an infinite latency."""
    while not stop.is_set():
        start = time.monotonic()
        try:
            with urlopen(f"http://127.0.0.1:{port}/healthz", timeout=40) as resp:
                ok = resp.status == 200
        except OSError:
            ok = False
        latencies.append(time.monotonic() - start if ok else float("inf"))
        stop.wait(0.2)


def scenario_slow(
    backend: str,
    url: str,
    server: Server,
    learners: list[Learner],
    args: argparse.Namespace,
    seen: dict[tuple[int, int], int],
) -> bool:
    """Scenario C: slow clients hold sockets, never the workers."""
    from faults import kinds, report_audit, under_load

    count = PER_WORKER * server.workers
    print(f"\n== C ({backend}): {count} slow clients under {len(learners)} learners ==")
    stop = threading.Event()
    latencies: list[float] = []
    slow: list[socket.socket] = []
    threads: list[threading.Thread] = []

    def begin() -> None:
        slow.extend(open_slow(server.port, count))
        for target, extra in ((trickle, (slow, stop)), (probe, (server.port, stop, latencies))):
            t = threading.Thread(target=target, args=extra, daemon=True)
            t.start()
            threads.append(t)

    try:
        tally, _, _ = under_load(learners, args.seconds, args.fault_at, begin)
    finally:
        stop.set()
        for t in threads:
            t.join(45)
        for s in slow:
            s.close()
    failed = tally.errors()
    worst = max(latencies, default=float("inf"))
    print(
        f"  /healthz asked {len(latencies)} times while the slow clients trickled: "
        f"slowest {worst:.3f} s"
    )
    print(f"  learners' requests: {len(tally.records)}, failed: {kinds(failed)}")
    lost = report_audit(url, tally, seen)
    passed = lost == 0 and not failed and worst < HEALTHZ_TARGET and server.healthy()
    print(
        f"VERDICT C {backend}: {'PASS' if passed else 'FAIL'} - lost={lost}, failed "
        f"requests={sum(failed.values())}, slowest /healthz {worst:.3f} s "
        f"(target < {HEALTHZ_TARGET:.0f} s)"
    )
    return passed
