"""Fetching a page a teacher names, without letting the link reach what it should not.

A URL typed into a form is fetched by the server, so it must not become a way into the
server's own network (SSRF). Every hop is checked: only http and https; the host's every DNS
answer must be a public address (no private, loopback, link-local, multicast or reserved one),
and the connection goes to the address that was checked, not to a second lookup; redirects are
followed by hand (at most MAX_REDIRECTS) and each new location is checked again. The answer is
read up to a size limit and within one deadline for the whole fetch; no cookies are sent or
kept, and the body is asked for uncompressed. Each refusal is a `FetchRefused` whose message
says what happened in words a teacher understands.

`allow_private` opens the address check for the test suite's local server only
(FETCH_ALLOW_PRIVATE in TestingConfig); everything else is checked the same.
"""

from __future__ import annotations

import http.client
import ipaddress
import socket
import ssl
import time
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from ..errors import ServiceError

MAX_REDIRECTS = 5
USER_AGENT = "Factdeck/0.1 (reads an article a teacher linked; one page, no crawling)"
Resolver = Callable[[str, int], list[str]]


class FetchRefused(ServiceError):
    """A link that was not fetched, or whose answer was refused; the message says why."""


@dataclass(frozen=True)
class Fetched:
    """What a fetch got: the final URL (after redirects), its content type and body."""

    url: str
    content_type: str
    body: bytes


def resolve(host: str, port: int) -> list[str]:
    """Every address the host's DNS answers with."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


def public(address: str) -> bool:
    """True for an address on the public internet (an IPv4-mapped IPv6 one as its IPv4)."""
    ip = ipaddress.ip_address(address.split("%")[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast and not ip.is_reserved


def fetch(
    url: str,
    *,
    max_bytes: int,
    timeout: float,
    allow_private: bool = False,
    resolver: Resolver = resolve,
) -> Fetched:
    """GET the URL under the rules above, or FetchRefused."""
    deadline = time.monotonic() + timeout
    for _ in range(MAX_REDIRECTS + 1):
        host, port, address = _checked(url, allow_private, resolver)
        status, headers, body = _get(url, host, port, address, deadline, max_bytes, timeout)
        if status in (301, 302, 303, 307, 308) and headers.get("location"):
            url = urljoin(url, headers["location"])
            continue
        _status(status)
        return Fetched(url, headers.get("content-type", ""), body)
    raise FetchRefused(f"The link redirects more than {MAX_REDIRECTS} times; it was not followed.")


def check(url: str, allow_private: bool = False, resolver: Resolver = resolve) -> None:
    """Refuse at once (FetchRefused) a link the fetch would refuse before connecting: not
    http(s), a user name in it, no host, a host that is not found or not on the public web."""
    _checked(url, allow_private, resolver)


def _checked(url: str, allow_private: bool, resolver: Resolver) -> tuple[str, int, str]:
    """The URL's host, port and the checked address to connect to."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https"):
        raise FetchRefused("Only http:// and https:// links can be read.")
    if parts.username or parts.password:
        raise FetchRefused("A link with a user name or password in it is not fetched.")
    host = parts.hostname or ""
    if not host:
        raise FetchRefused("The link has no host name.")
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError:
        raise FetchRefused("The link's port is not a number.") from None
    try:
        addresses = resolver(host, port)
    except (OSError, UnicodeError):
        raise FetchRefused(f"The address {host} could not be found.") from None
    if not addresses:
        raise FetchRefused(f"The address {host} could not be found.")
    for address in addresses:
        if not allow_private and not public(address):
            raise FetchRefused(
                f"{host} points to a private, local or reserved network address ({address}); "
                "only pages on the public web can be read."
            )
    return host, port, addresses[0]


class _Connection(http.client.HTTPConnection):
    """Connects to the address that was checked, whatever the host name resolves to now."""

    def __init__(self, host: str, port: int, address: str, timeout: float) -> None:
        super().__init__(host, port, timeout=timeout)
        self._address = address

    def connect(self) -> None:
        self.sock = socket.create_connection((self._address, self.port), self.timeout)


class _TLSConnection(http.client.HTTPSConnection):
    """The same over TLS, the certificate checked against the host name."""

    def __init__(self, host: str, port: int, address: str, timeout: float) -> None:
        self._tls = ssl.create_default_context()
        super().__init__(host, port, timeout=timeout, context=self._tls)
        self._address = address

    def connect(self) -> None:
        raw = socket.create_connection((self._address, self.port), self.timeout)
        self.sock = self._tls.wrap_socket(raw, server_hostname=self.host)


def _get(
    url: str, host: str, port: int, address: str, deadline: float, max_bytes: int, timeout: float
) -> tuple[int, dict[str, str], bytes]:
    """One GET: status, lower-cased headers, body (refused over `max_bytes` or the deadline)."""
    parts = urlsplit(url)
    path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    remaining = deadline - time.monotonic()
    kind = _TLSConnection if parts.scheme == "https" else _Connection
    connection = kind(host, port, address, max(remaining, 0.1))
    seconds = f"{timeout:g} second{'' if timeout == 1 else 's'}"
    late = FetchRefused(f"{host} did not answer within {seconds}; try again later.")
    try:
        connection.request(
            "GET",
            path,
            headers={
                "User-Agent": USER_AGENT,
                "Accept": "text/html,application/xhtml+xml,application/json,application/pdf;q=0.9",
                "Accept-Encoding": "identity",
            },
        )
        response = connection.getresponse()
        headers = {k.lower(): v for k, v in response.getheaders()}
        declared = headers.get("content-length", "")
        if declared.isdigit() and int(declared) > max_bytes:
            raise _too_large(int(declared), max_bytes)
        chunks: list[bytes] = []
        size = 0
        while True:
            # A server trickling bytes must not stretch the deadline: every wait is bounded by
            # what is left of it, and read1 returns what has arrived instead of waiting for more.
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise late
            if connection.sock is not None:
                connection.sock.settimeout(remaining)
            chunk = response.read1(64 * 1024)
            if not chunk:
                break
            size += len(chunk)
            if size > max_bytes:
                raise _too_large(max_bytes, max_bytes, at_least=True)  # its size is unknown
            chunks.append(chunk)
        return response.status, headers, b"".join(chunks)
    except TimeoutError:
        raise late from None
    except ssl.SSLError:
        raise FetchRefused(f"{host}'s secure connection could not be checked.") from None
    except (OSError, http.client.HTTPException):
        raise FetchRefused(f"{host} could not be reached.") from None
    finally:
        connection.close()


def _too_large(size: int, limit: int, at_least: bool = False) -> FetchRefused:
    shown = f"{'over ' if at_least else ''}{size / (1024 * 1024):.1f} MB"
    return FetchRefused(
        f"The page is too large ({shown}; the limit is {limit / (1024 * 1024):.1f} MB)."
    )


def _status(status: int) -> None:
    """Refuse an answer that is not the page."""
    if status in (401, 407):
        raise FetchRefused("The page asks to sign in; only public pages can be read.")
    if status == 403:
        raise FetchRefused(
            "The site refused to give us the page (HTTP 403); it may need a sign-in."
        )
    if status in (404, 410):
        raise FetchRefused(f"The page was not found (HTTP {status}).")
    if status in (301, 302, 303, 307, 308):
        raise FetchRefused("The page redirects without saying where to.")
    if status >= 400 or status < 200:
        raise FetchRefused(f"The site answered with an error (HTTP {status}); try again later.")
