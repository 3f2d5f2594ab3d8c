"""A small HTTP/1.1 client on asyncio streams, for the load benchmarks.

One `Connection` is one browser tab's connection: a cookie jar, keep-alive when the server
allows it, a new connection when it does not (gunicorn's sync workers close after every
response). All simulated learners share one event loop in one process, so the load generator
costs little CPU beside the server it measures on the same cores; http.client in a thread per
learner cost about as much CPU per request as a small Flask view, and its threads queued on
the GIL.
"""

from __future__ import annotations

import asyncio
import json
import time
from dataclasses import dataclass
from urllib.parse import urlencode, urlsplit

TIMEOUT = 15.0  # seconds for one request, connection included
ERRORS = (OSError, asyncio.IncompleteReadError, asyncio.LimitOverrunError, TimeoutError, ValueError)


@dataclass
class Reply:
    """A response: status, body, Location's path, and whether the server closes the connection."""

    status: int
    body: bytes
    location: str
    close: bool

    def text(self) -> str:
        """The body decoded as UTF-8."""
        return self.body.decode()

    def json(self) -> object:
        """The body parsed as JSON."""
        return json.loads(self.body)


class Connection:
    """A client for one host and port: cookies, keep-alive, one request at a time."""

    def __init__(self, port: int, host: str = "127.0.0.1") -> None:
        self.host, self.port = host, port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None
        self.cookies: dict[str, str] = {}
        self.opened = 0.0  # monotonic time the current connection was opened

    def close(self) -> None:
        """Drop the connection (the next request opens a new one)."""
        if self.writer is not None:
            self.writer.close()
        self.reader = self.writer = None

    async def request(
        self,
        method: str,
        path: str,
        form: dict[str, str] | None = None,
        data: object = None,
        headers: dict[str, str] | None = None,
    ) -> Reply:
        """Send one request with an optional form or JSON body; raises one of ERRORS."""
        body = b""
        head = [f"{method} {path} HTTP/1.1", f"Host: {self.host}:{self.port}"]
        if form is not None:
            body = urlencode(form).encode()
            head.append("Content-Type: application/x-www-form-urlencoded")
        elif data is not None:
            body = json.dumps(data).encode()
            head += ["Content-Type: application/json", "Accept: application/json"]
        if body or method in ("POST", "PUT", "PATCH"):
            head.append(f"Content-Length: {len(body)}")
        if self.cookies:
            head.append("Cookie: " + "; ".join(f"{k}={v}" for k, v in self.cookies.items()))
        head += [f"{k}: {v}" for k, v in (headers or {}).items()]
        try:
            async with asyncio.timeout(TIMEOUT):
                if self.writer is None:
                    self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
                    self.opened = time.monotonic()
                assert self.reader is not None
                self.writer.write("\r\n".join(head).encode() + b"\r\n\r\n" + body)
                reply = await self._read(self.reader)
        except BaseException:
            self.close()
            raise
        if reply.close:
            self.close()
        return reply

    async def _read(self, reader: asyncio.StreamReader) -> Reply:
        status_line = await reader.readuntil(b"\r\n")
        parts = status_line.split(None, 2)
        if len(parts) < 2 or not parts[0].startswith(b"HTTP/1."):
            raise ValueError(f"not an HTTP response: {status_line[:80]!r}")
        status = int(parts[1])
        length, chunked, close, location = 0, False, parts[0] == b"HTTP/1.0", ""
        while True:
            line = await reader.readuntil(b"\r\n")
            if line == b"\r\n":
                break
            name, _, value = line.decode("latin-1").partition(":")
            name, value = name.strip().lower(), value.strip()
            if name == "content-length":
                length = int(value)
            elif name == "transfer-encoding":
                chunked = "chunked" in value.lower()
            elif name == "connection":
                close = value.lower() == "close"
            elif name == "location":
                location = urlsplit(value).path
            elif name == "set-cookie":
                self._cookie(value)
        if chunked:
            body = bytearray()
            while size := int((await reader.readuntil(b"\r\n")).split(b";")[0], 16):
                body += await reader.readexactly(size)
                await reader.readexactly(2)
            while await reader.readuntil(b"\r\n") != b"\r\n":
                pass  # trailers
            return Reply(status, bytes(body), location, close)
        return Reply(status, await reader.readexactly(length) if length else b"", location, close)

    def _cookie(self, header: str) -> None:
        name, _, value = header.split(";", 1)[0].strip().partition("=")
        if value and "Expires=Thu, 01 Jan 1970" not in header:
            self.cookies[name] = value
        else:
            self.cookies.pop(name, None)
