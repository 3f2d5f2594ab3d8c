"""The safe fetch: every hop's every DNS answer must be public, unless the tests open it."""

from __future__ import annotations

from typing import Any

import pytest

from app.services.bank import fetch as fetching
from app.services.bank.fetch import FetchRefused, fetch, public


@pytest.mark.parametrize(
    ("address", "ok"),
    [
        ("93.184.216.34", True),
        ("2606:2800:220:1:248:1893:25c8:1946", True),
        ("127.0.0.1", False),
        ("10.1.2.3", False),
        ("172.16.0.9", False),
        ("192.168.1.1", False),
        ("169.254.169.254", False),  # the cloud metadata service
        ("100.64.0.1", False),  # carrier-grade NAT
        ("0.0.0.0", False),
        ("224.0.0.1", False),
        ("::1", False),
        ("fe80::1", False),
        ("fc00::1", False),
        ("::ffff:127.0.0.1", False),  # IPv4-mapped loopback
        ("::ffff:93.184.216.34", True),
    ],
)
def test_which_addresses_are_public(address: str, ok: bool) -> None:
    assert public(address) is ok


def test_one_private_answer_among_public_ones_is_refused() -> None:
    def resolver(host: str, port: int) -> list[str]:
        return ["93.184.216.34", "10.0.0.7"]

    with pytest.raises(
        FetchRefused, match=r"private, local or reserved network address \(10.0.0.7\)"
    ):
        fetch("http://two-faced.example/", max_bytes=1000, timeout=1, resolver=resolver)


def test_a_host_that_does_not_resolve() -> None:
    def resolver(host: str, port: int) -> list[str]:
        raise OSError("no such host")

    with pytest.raises(FetchRefused, match="could not be found"):
        fetch("https://nowhere.example/", max_bytes=1000, timeout=1, resolver=resolver)


def test_a_redirect_to_a_private_address_is_refused_at_that_hop(
    pages: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first hop is allowed (127.0.0.1 counts as public here); its redirect names a host
    whose DNS answer is private, and that hop is refused before any connection."""
    monkeypatch.setattr(fetching, "public", lambda address: address == "127.0.0.1")

    def resolver(host: str, port: int) -> list[str]:
        return {"site.test": ["127.0.0.1"], "inner.test": ["127.0.0.2"]}[host]

    def redirect(handler: Any) -> None:
        handler.send_response(302)
        handler.send_header("Location", "http://inner.test/admin")
        handler.send_header("Content-Length", "0")
        handler.end_headers()

    pages.extra["/hop"] = redirect
    port = pages.base.rsplit(":", 1)[1]
    with pytest.raises(FetchRefused, match=r"inner.test points to a private.*\(127.0.0.2\)"):
        fetch(f"http://site.test:{port}/hop", max_bytes=1000, timeout=2, resolver=resolver)
    assert [path for path, _ in pages.requests] == ["/hop"]


def test_an_answer_without_a_length_is_cut_at_the_limit(pages: Any) -> None:
    def endless(handler: Any) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html")
        handler.end_headers()
        try:
            for _ in range(64):
                handler.wfile.write(b"x" * 65536)
        except (BrokenPipeError, ConnectionResetError):
            pass

    pages.extra["/endless"] = endless
    with pytest.raises(FetchRefused, match=r"too large \(over 0.1 MB; the limit is 0.1 MB\)"):
        fetch(pages.url("/endless"), max_bytes=100_000, timeout=3, allow_private=True)


def test_what_a_fetch_sends(pages: Any) -> None:
    got = fetch(pages.url("/article.html"), max_bytes=100_000, timeout=3, allow_private=True)
    assert got.content_type.startswith("text/html") and b"The Canal Age" in got.body
    headers = pages.requests[0][1]
    assert headers["accept-encoding"] == "identity" and "cookie" not in headers
    assert headers["user-agent"].startswith("Factdeck/")


def test_a_server_trickling_bytes_is_cut_at_the_deadline(pages: Any) -> None:
    import time

    def trickle(handler: Any) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html")
        handler.send_header("Content-Length", "1000")
        handler.end_headers()
        try:
            for _ in range(1000):
                handler.wfile.write(b"x")
                handler.wfile.flush()
                time.sleep(0.1)
        except (BrokenPipeError, ConnectionResetError):
            pass

    pages.extra["/trickle"] = trickle
    started = time.monotonic()
    with pytest.raises(FetchRefused, match="did not answer within 1 second"):
        fetch(pages.url("/trickle"), max_bytes=100_000, timeout=1, allow_private=True)
    assert time.monotonic() - started < 3
