"""A live server and the system Chromium for browser tests.

Without /usr/bin/chromium the tests skip on a laptop but fail in CI (CI=true): a browser test
that does not run is not a passing test.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from werkzeug.serving import make_server

CHROMIUM = "/usr/bin/chromium"
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-dev-shm-usage",
]


class LiveServer(str):
    """The served app's base URL, with the demo class's join code and the app itself."""

    join_code: str
    app: object


@pytest.fixture
def live_server(app, db) -> Iterator[LiveServer]:  # type: ignore[no-untyped-def]
    """The app served on a free local port, with the demo loaded."""
    from app import create_app
    from app.services.demo import load_demo
    from config import TestingConfig

    class Config(TestingConfig):
        SQLALCHEMY_DATABASE_URI = app.config["SQLALCHEMY_DATABASE_URI"]

    served = create_app(Config)
    with served.app_context():
        demo = load_demo(served.config["DEMO_ARTICLE"])
    server = make_server("127.0.0.1", 0, served, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    url = LiveServer(f"http://127.0.0.1:{server.server_port}")
    url.join_code = demo.join_code
    url.app = served
    yield url
    server.shutdown()
    thread.join(5)


def chromium_page(**context_options: object) -> Iterator[object]:
    """A fresh page of the system Chromium (skipped without it, failed in CI)."""
    if not os.path.exists(CHROMIUM):
        if os.environ.get("CI") == "true":
            pytest.fail(f"{CHROMIUM} is missing in CI; browser tests must run")
        pytest.skip(f"{CHROMIUM} is not installed")
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        options = {"viewport": {"width": 1000, "height": 900}, **context_options}
        context = browser.new_context(**options)
        page = context.new_page()
        page.set_default_timeout(15000)
        yield page
        context.close()
        browser.close()


@pytest.fixture
def page(live_server: str) -> Iterator[object]:  # type: ignore[no-untyped-def]
    """A fresh Chromium page."""
    yield from chromium_page()


@pytest.fixture
def server(live_server):  # type: ignore[no-untyped-def]
    """The live demo server, checking CSRF tokens (before it has served a request)."""
    live_server.app.config["WTF_CSRF_ENABLED"] = True
    return live_server


@pytest.fixture
def no_js_page(server) -> Iterator[object]:  # type: ignore[no-untyped-def]
    """A fresh Chromium page with JavaScript turned off."""
    yield from chromium_page(java_script_enabled=False)


@pytest.fixture
def errors(page) -> list[str]:  # type: ignore[no-untyped-def]
    """The page's uncaught script errors; each test checks that there were none."""
    found: list[str] = []
    page.on("pageerror", lambda error: found.append(str(error)))
    return found
