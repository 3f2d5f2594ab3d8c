"""Serving without a buffering proxy: a request reaches Flask only once it has fully arrived.

A sync gunicorn worker reads the request itself, so a client that sends its body slowly (a bad
connection, or on purpose) holds the worker until it finishes: four such sockets held every
worker of a small server, and /healthz waited 31 s. Under `make serve` each gunicorn worker is
instead an asyncio ASGI worker (gunicorn's own `asgi` worker class): it reads the headers and
the body of every connection side by side on its event loop, and `BufferedWSGI` hands a
request to the Flask app (through asgiref's WsgiToAsgi, which spools the body to a temporary
file) only when the body is complete. Flask runs as before, one request at a time per worker
process on one thread (GUNICORN_THREADS for more), so the app's behaviour does not change; a
slow client costs a coroutine and a socket, not a worker.

The body is capped while it arrives at the largest any view accepts (MAX_IMPORT_BYTES plus the
form around the file): a larger Content-Length, or a chunked body that grows past it, is
answered 413 before Flask sees it, and nothing beyond it is spooled to disk.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, MutableMapping
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from asgiref.sync import sync_to_async
from asgiref.wsgi import WsgiToAsgi, WsgiToAsgiInstance

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

TOO_LARGE = b"The request is too large."


class BodyTooLarge(Exception):
    """The body grew past the cap while it arrived."""


# asgiref runs the WSGI app through its @sync_to_async decorator; `.func` is the plain function.
_RUN_WSGI_APP: Callable[..., None] = WsgiToAsgiInstance.__dict__["run_wsgi_app"].func


class _PooledInstance(WsgiToAsgiInstance):
    """WsgiToAsgi's request, run on the given thread pool instead of asgiref's single thread."""

    executor: ThreadPoolExecutor | None = None

    async def run_wsgi_app(self, body: Any) -> None:
        await sync_to_async(_RUN_WSGI_APP, thread_sensitive=False, executor=self.executor)(
            self, body
        )


class BufferedWSGI:
    """An ASGI app that calls a WSGI app with the complete request, its body capped."""

    def __init__(self, wsgi_app: Callable[..., Any], max_body: int, threads: int = 1) -> None:
        self.wsgi_app = wsgi_app
        self.max_body = max_body
        # One thread per worker process by default, as a sync worker: asgiref's own choice.
        self.inner = WsgiToAsgi(wsgi_app)  # type: ignore[no-untyped-call]  # asgiref.wsgi is untyped
        self.executor = ThreadPoolExecutor(threads, "wsgi") if threads > 1 else None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await self._lifespan(receive, send)
            return
        if scope["type"] != "http":  # no websockets here
            return
        length = _content_length(scope)
        if length is not None and length > self.max_body:
            await _too_large(send)
            return
        received = 0

        async def capped() -> Message:
            nonlocal received
            message = await receive()
            received += len(message.get("body", b""))
            if received > self.max_body:
                raise BodyTooLarge
            return message

        try:
            if self.executor is None:
                await self.inner(scope, capped, send)
            else:
                instance = _PooledInstance(self.wsgi_app)  # type: ignore[no-untyped-call]  # as above
                instance.executor = self.executor
                await instance(scope, capped, send)
        except BodyTooLarge:
            await _too_large(send)

    @staticmethod
    async def _lifespan(receive: Receive, send: Send) -> None:
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await send({"type": "lifespan.shutdown.complete"})
                return


def _content_length(scope: Scope) -> int | None:
    for name, value in scope.get("headers", []):
        if name.lower() == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None


async def _too_large(send: Send) -> None:
    await send(
        {
            "type": "http.response.start",
            "status": 413,
            "headers": [
                (b"content-type", b"text/plain; charset=utf-8"),
                (b"content-length", str(len(TOO_LARGE)).encode()),
                (b"connection", b"close"),
            ],
        }
    )
    await send({"type": "http.response.body", "body": TOO_LARGE})
