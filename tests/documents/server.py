"""A small web server on the loopback address that plays the web for the link tests: an
article page, a sign-in wall, a page with no article, a slow page, a large page, redirects, a
PDF and the recorded answers of Wikipedia's API. It records each request's headers."""

from __future__ import annotations

import contextlib
import json
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

RECORDED = Path(__file__).resolve().parent / "recorded"

ARTICLE = b"""<!doctype html><html><head><title>The Canal Age | History Site</title></head>
<body><nav><a href="/">Home</a> <a href="/about">About</a></nav><article>
<h1>The Canal Age</h1>
<p>The Bridgewater Canal opened in 1761 and carried coal from Worsley to Manchester. Its success
began a wave of canal building across Britain, and the price of coal fell by half.</p>
<h2>Engineers</h2>
<p>James Brindley surveyed the route of the canal. He was born in 1716 in Tunstead and he died
in 1772, five years before the Grand Trunk Canal was finished in 1777.</p>
<h2>Traffic</h2>
<p>By 1830 Britain had about 4,000 miles of navigable canals, and narrowboats carried about 30
tons each. The railways arrived in the 1840s, and the Manchester Ship Canal opened in 1894.</p>
</article><footer>Copyright</footer></body></html>"""

LOGIN = b"""<html><head><title>Sign in</title></head><body><form action="/login">
<label>Email <input name="email"></label><label>Password <input type="password" name="pw">
</label><button>Log in</button></form></body></html>"""

NOTHING = b"<html><body><nav><a href='/'>Home</a></nav><p>Welcome.</p></body></html>"


class Pages:
    """The server's base URL, the paths it serves and the headers of the requests it got."""

    def __init__(self, base: str) -> None:
        self.base = base
        self.requests: list[tuple[str, dict[str, str]]] = []
        self.extra: dict[str, Callable[[BaseHTTPRequestHandler], None]] = {}

    def url(self, path: str) -> str:
        return f"{self.base}{path}"

    @property
    def wikipedia_api(self) -> str:
        """The WIKIPEDIA_API setting that sends the app's API queries here."""
        return f"{self.base}/w/api.php?wiki={{language}}&"


def _send(
    handler: BaseHTTPRequestHandler, status: int, body: bytes, kind: str, **headers: str
) -> None:
    handler.send_response(status)
    handler.send_header("Content-Type", kind)
    handler.send_header("Content-Length", str(len(body)))
    for name, value in headers.items():
        handler.send_header(name.replace("_", "-"), value)
    handler.end_headers()
    with contextlib.suppress(BrokenPipeError, ConnectionResetError):  # the client gave up
        handler.wfile.write(body)


def _handler(pages: Pages) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:  # quiet
            pass

        def do_GET(self) -> None:  # noqa: N802 (the standard library's name)
            parts = urlsplit(self.path)
            pages.requests.append((parts.path, {k.lower(): v for k, v in self.headers.items()}))
            html = "text/html; charset=utf-8"
            if parts.path in pages.extra:
                pages.extra[parts.path](self)
            elif parts.path == "/article.html":
                _send(self, 200, ARTICLE, html)
            elif parts.path == "/login.html":
                _send(self, 200, LOGIN, html)
            elif parts.path == "/members":
                _send(self, 401, LOGIN, html)
            elif parts.path == "/nothing.html":
                _send(self, 200, NOTHING, html)
            elif parts.path == "/moved":
                _send(self, 302, b"", html, Location="/article.html", Set_Cookie="session=abc")
            elif parts.path == "/loop":
                _send(self, 302, b"", html, Location="/loop")
            elif parts.path == "/slow":
                time.sleep(3)
                _send(self, 200, ARTICLE, html)
            elif parts.path == "/big":
                _send(self, 200, b"<p>" + b"x" * (3 * 1024 * 1024) + b"</p>", html)
            elif parts.path == "/w/api.php":
                title = parse_qs(parts.query).get("titles", [""])[0]
                name = title.lower().replace(" ", "-").replace("(", "").replace(")", "")
                recorded = RECORDED / f"{name}.api.json"
                body = (
                    recorded if recorded.exists() else RECORDED / "missing.api.json"
                ).read_bytes()
                _send(self, 200, body, "application/json; charset=utf-8")
            else:
                _send(self, 404, json.dumps({"error": "not found"}).encode(), "application/json")

    return Handler


@contextmanager
def serve() -> Iterator[Pages]:
    """Serve the pages on a free loopback port for the duration of the block."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(pages := Pages("")))
    pages.base = f"http://127.0.0.1:{server.server_port}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield pages
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)
