"""Configuration classes; every setting can come from an environment variable."""

from __future__ import annotations

import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent
INSTANCE_DIR = BASE_DIR / "instance"


def _sqlite_default() -> str:
    return f"sqlite:///{INSTANCE_DIR / 'factdeck.db'}"


def _database_url(default: str) -> str:
    """DATABASE_URL, with the bare postgres:// scheme mapped to the psycopg 3 driver."""
    url = os.environ.get("DATABASE_URL", default)
    if url.startswith("postgres://"):
        url = "postgresql+psycopg://" + url[len("postgres://") :]
    elif url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://") :]
    return url


def _dev_secret() -> str:
    """A secret kept in instance/ so sessions survive restarts on a laptop; never in production."""
    INSTANCE_DIR.mkdir(mode=0o700, exist_ok=True)
    path = INSTANCE_DIR / "secret_key"
    if not path.exists():
        path.write_text(os.urandom(32).hex())
        path.chmod(0o600)
    return path.read_text().strip()


def private_sqlite_file(uri: str) -> None:
    """Create an SQLite database file readable by its owner only (0600, in a 0700 folder when
    the folder is new), and take back group and world access from an existing one: the file
    holds password hashes and learners' answers. SQLite gives its -wal and -shm files the
    database file's mode."""
    prefix = "sqlite:///"
    if not uri.startswith(prefix) or uri[len(prefix) :] in ("", ":memory:"):
        return
    path = Path(uri[len(prefix) :].split("?", 1)[0])
    if not path.parent.exists():
        path.parent.mkdir(parents=True, mode=0o700)
    if not path.exists():
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
    elif path.stat().st_mode & 0o077:
        path.chmod(0o600)


class Config:
    """Settings shared by every environment."""

    SECRET_KEY = os.environ.get("SECRET_KEY", "")
    SQLALCHEMY_DATABASE_URI = _database_url(_sqlite_default())
    SQLALCHEMY_ENGINE_OPTIONS: dict[str, object] = {}  # added to app/database.py's per backend
    MAX_CONTENT_LENGTH = int(os.environ.get("MAX_CONTENT_LENGTH", str(2 * 1024 * 1024)))
    MAX_ARTICLE_BYTES = int(os.environ.get("MAX_ARTICLE_BYTES", str(1024 * 1024)))
    # PDF and Word files may be larger than text (the article form's body limit; a larger
    # upload is answered 413 with its size and this limit)
    MAX_DOCUMENT_BYTES = int(os.environ.get("MAX_DOCUMENT_BYTES", str(16 * 1024 * 1024)))
    # a larger PDF or Word file is read in the background (app/services/bank/reading_jobs.py)
    READ_INLINE_BYTES = int(os.environ.get("READ_INLINE_BYTES", str(512 * 1024)))
    READ_INLINE_PAGES = int(os.environ.get("READ_INLINE_PAGES", "8"))  # PDF: ~10 pages a second
    # a link is fetched within this time and size (app/services/bank/fetch.py)
    FETCH_TIMEOUT = float(os.environ.get("FETCH_TIMEOUT", "10"))
    FETCH_MAX_BYTES = int(os.environ.get("FETCH_MAX_BYTES", str(5 * 1024 * 1024)))
    FETCH_ALLOW_PRIVATE = False  # never outside the tests: links may only reach the public web
    WIKIPEDIA_API = ""  # empty: each wiki's own API; the tests point it at recorded answers
    GENERATION_INLINE = os.environ.get("GENERATION_INLINE", "") == "1"
    # The job queue (app/services/jobs/queue.py): Redis for several servers and `make worker`;
    # empty runs jobs inside the app server's process.
    QUEUE_URL = os.environ.get("QUEUE_URL", "")
    QUEUE_HEARTBEAT_MS = int(os.environ.get("QUEUE_HEARTBEAT_MS", "60000"))  # then a worker is dead
    QUEUE_MAINTENANCE_CHANCE = int(os.environ.get("QUEUE_MAINTENANCE_CHANCE", "100000"))  # per 1e6
    WORKER_THREADS = int(os.environ.get("WORKER_THREADS", "2"))
    WORKER_NICE = int(os.environ.get("WORKER_NICE", "10"))  # beside an app server, requests first
    JOB_TIME_LIMIT_S = int(os.environ.get("JOB_TIME_LIMIT_S", "1800"))
    JOB_MAX_RETRIES = int(os.environ.get("JOB_MAX_RETRIES", "3"))  # after an error, not a death
    # /metrics: open in development; in production only with `Authorization: Bearer METRICS_TOKEN`
    METRICS_TOKEN = os.environ.get("METRICS_TOKEN", "")
    METRICS_OPEN = os.environ.get("METRICS_OPEN", "") == "1"
    TRUSTED_PROXIES = int(os.environ.get("TRUSTED_PROXIES", "0"))  # reverse proxies in front
    MAX_IMPORT_BYTES = int(os.environ.get("MAX_IMPORT_BYTES", str(16 * 1024 * 1024)))
    # a larger bank file is imported in the background (app/services/bank/import_jobs.py)
    IMPORT_INLINE_BYTES = int(os.environ.get("IMPORT_INLINE_BYTES", str(64 * 1024)))
    SESSION_COOKIE_HTTPONLY = True
    SESSION_COOKIE_SAMESITE = "Lax"
    REMEMBER_COOKIE_HTTPONLY = True
    WTF_CSRF_TIME_LIMIT = (
        None  # a quiz can take longer than an hour; the token lives with the session
    )
    DEMO_ARTICLE = BASE_DIR / "app" / "demo" / "deir-ez-zor-offensive-2016.txt"
    TESTING = False

    @classmethod
    def init_app(cls, app: object) -> None:
        """Hook for checks that need the final settings."""
        from flask import Flask

        assert isinstance(app, Flask)
        private_sqlite_file(app.config["SQLALCHEMY_DATABASE_URI"])


class DevelopmentConfig(Config):
    """`make run` on a laptop: SQLite in instance/, a secret kept in instance/."""

    DEBUG = False
    METRICS_OPEN = True  # a laptop: /metrics without a token

    @classmethod
    def init_app(cls, app: object) -> None:
        from flask import Flask

        assert isinstance(app, Flask)
        if not app.config["SECRET_KEY"]:
            app.config["SECRET_KEY"] = _dev_secret()
        super().init_app(app)


class TestingConfig(Config):
    """The test suite: TEST_DATABASE_URL or DATABASE_URL if set, else an SQLite file per run."""

    TESTING = True
    SECRET_KEY = "testing-only-secret"
    WTF_CSRF_ENABLED = False
    GENERATION_INLINE = True  # tests see the finished job; the embedded queue has its own test
    METRICS_OPEN = True
    FETCH_ALLOW_PRIVATE = True  # pages come from a server on the loopback address
    FETCH_TIMEOUT = 3.0
    SQLITE_BEGIN_IMMEDIATE = False  # see app/database.py; the race tests turn it on
    SQLALCHEMY_DATABASE_URI = _database_url(os.environ.get("TEST_DATABASE_URL", "sqlite://"))
    SERVER_NAME = None


class ProductionConfig(Config):
    """gunicorn behind a proxy: refuses to start without SECRET_KEY and DATABASE_URL."""

    SESSION_COOKIE_SECURE = True
    REMEMBER_COOKIE_SECURE = True
    PREFERRED_URL_SCHEME = "https"

    @classmethod
    def init_app(cls, app: object) -> None:
        if not os.environ.get("SECRET_KEY"):
            raise RuntimeError("SECRET_KEY must be set in production")
        if not os.environ.get("DATABASE_URL"):
            raise RuntimeError("DATABASE_URL must be set in production")
        from flask import Flask

        assert isinstance(app, Flask)
        app.config["SECRET_KEY"] = os.environ["SECRET_KEY"]
        super().init_app(app)


CONFIGS = {
    "development": DevelopmentConfig,
    "testing": TestingConfig,
    "production": ProductionConfig,
}


def from_env() -> type[Config]:
    """The config class named by FACTDECK_ENV (development by default)."""
    return CONFIGS[os.environ.get("FACTDECK_ENV", "development")]
