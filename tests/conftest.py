"""Shared fixtures: app, db, client, runner, an auth helper and row factories.

The database is SQLite unless TEST_DATABASE_URL is set, or DATABASE_URL names a database whose
name ends in "_test" (CI points it at the local PostgreSQL). The schema is built by running the
migrations once per session; each test then starts from empty tables.
"""

from __future__ import annotations

import importlib.util
import os
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

import pytest
from flask import Flask
from flask.testing import FlaskClient, FlaskCliRunner
from sqlalchemy import text

from config import TestingConfig

if TYPE_CHECKING:
    from app.models import Attempt, Quiz, User
    from app.services.quiz.attempt_page import PageOption, PageQuestion, Slot


DEMO_ARTICLE = (
    Path(__file__).resolve().parents[1] / "app" / "demo" / "deir-ez-zor-offensive-2016.txt"
)


@lru_cache(maxsize=1)
def demo_questions() -> int:
    """How many questions the generator writes for the demo article (it changes as it improves)."""
    import questions

    text = DEMO_ARTICLE.read_text(encoding="utf-8")
    return len(questions.generate([questions.Source(DEMO_ARTICLE.name, text)]).items)


def _load(name: str) -> ModuleType:
    """A helper module of tests/documents/, loaded by path (the suite is not a package)."""
    path = Path(__file__).resolve().parent / "documents" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"factdeck_test_{name}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def documents() -> ModuleType:
    """tests/documents/make.py: real PDF and Word files written by fpdf2 and python-docx."""
    return _load("make")


@pytest.fixture(scope="session")
def _page_server() -> Iterator[Any]:
    with _load("server").serve() as pages:
        yield pages


@pytest.fixture
def pages(_page_server: Any) -> Any:
    """tests/documents/server.py: web pages served on the loopback address; requests cleared."""
    _page_server.requests.clear()
    _page_server.extra.clear()
    return _page_server


def database_url(tmp_dir: Path) -> str:
    """The database the suite may wipe."""
    explicit = os.environ.get("TEST_DATABASE_URL")
    if explicit:
        return explicit
    shared = os.environ.get("DATABASE_URL", "")
    if shared.rsplit("/", 1)[-1].endswith("_test"):
        return shared.replace("postgresql://", "postgresql+psycopg://", 1)
    return f"sqlite:///{tmp_dir / 'test.db'}"


@pytest.fixture(scope="session")
def app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Flask]:
    from flask_migrate import upgrade

    from app import create_app
    from app.extensions import db

    url = database_url(tmp_path_factory.mktemp("db"))

    class Config(TestingConfig):
        SQLALCHEMY_DATABASE_URI = url

    application = create_app(Config)
    with application.app_context():
        _drop_everything(db)
        upgrade()
    yield application
    with application.app_context():
        db.session.remove()
        db.engine.dispose()


def _drop_everything(db) -> None:  # type: ignore[no-untyped-def]
    """Start the session from an empty database (a previous run may have left tables)."""
    db.drop_all()
    with db.engine.begin() as conn:
        conn.execute(text("DROP TABLE IF EXISTS alembic_version"))


@pytest.fixture
def db(app: Flask) -> Iterator[object]:
    """The database, emptied before each test."""
    from app.extensions import db as database

    with app.app_context():
        for table in reversed(database.metadata.sorted_tables):
            database.session.execute(table.delete())
        database.session.commit()
        yield database
        database.session.rollback()
        database.session.remove()


class IsolatedClient(FlaskClient):
    """A test client whose every request gets a fresh app context, as in production.

    The `db` fixture keeps an app context open for the test; without a fresh one per request,
    `g` (and Flask-Login's cached user in it) would be shared between requests and clients.
    """

    def open(self, *args, **kwargs):  # type: ignore[no-untyped-def, override]
        with self.application.app_context():
            return super().open(*args, **kwargs)


@pytest.fixture
def client(app: Flask, db: object) -> FlaskClient:
    app.test_client_class = IsolatedClient
    return app.test_client()


@pytest.fixture
def runner(app: Flask, db: object) -> FlaskCliRunner:
    return app.test_cli_runner()


PASSWORD = "correct horse battery"


class Auth:
    """Log users in and out through the real forms."""

    def __init__(self, client: FlaskClient) -> None:
        self.client = client

    def login(self, email: str, password: str = PASSWORD):  # type: ignore[no-untyped-def]
        return self.client.post("/login", data={"email": email, "password": password})

    def logout(self):  # type: ignore[no-untyped-def]
        return self.client.post("/logout")


@pytest.fixture
def auth(client: FlaskClient) -> Auth:
    return Auth(client)


class Factory:
    """Rows for tests, built through the services where there is one.

    Learners made here join one test class, and quizzes made here are opened to it, so that a
    test can create them in either order.
    """

    def __init__(self) -> None:
        self._class = None

    def test_class(self):  # type: ignore[no-untyped-def]
        """The class every factory learner belongs to."""
        from app.services.accounts.classes import create_class

        if self._class is None:
            owner = self.user("class-teacher@example.com", role="teacher", enrol=False)
            self._class = create_class(owner, "Test class")
        return self._class

    def user(self, email: str = "learner@example.com", role: str = "learner", enrol: bool = True):  # type: ignore[no-untyped-def]
        from app.services.accounts.classes import join_class
        from app.services.accounts.users import create_user

        user = create_user(email, PASSWORD, role=role)
        if enrol and role == "learner":
            join_class(user, self.test_class().join_code)
        return user

    def demo(self):  # type: ignore[no-untyped-def]
        """The demo article, its approved questions and the demo quiz."""
        from flask import current_app

        from app.services.demo import load_demo

        return load_demo(current_app.config["DEMO_ARTICLE"])

    def quiz(self, size: int = 4, **settings: object):  # type: ignore[no-untyped-def]
        """A quiz of `size` approved demo questions with the given settings."""
        from sqlalchemy import select

        from app.extensions import db
        from app.models import Question, Quiz, QuizQuestion

        if db.session.scalar(select(Question.id)) is None:
            self.demo()
        chosen = list(db.session.scalars(select(Question).order_by(Question.id).limit(size)))
        quiz = Quiz(title=f"Quiz of {size}", **settings)
        quiz.items = [QuizQuestion(question_id=q.id, position=i) for i, q in enumerate(chosen)]
        db.session.add(quiz)
        db.session.commit()
        from app.services.accounts.classes import open_to

        open_to(quiz, [self.test_class()])
        return quiz

    def attempt(self, user: User, quiz: Quiz) -> Attempt:
        """The user's attempt at the quiz, started (or resumed) as the start route does
        (`attempt_state.start`), as its ORM row."""
        from app.extensions import db
        from app.models import Attempt
        from app.services.quiz import attempt_state

        attempt_id, _ = attempt_state.start(user.id, quiz.id)
        attempt = db.session.get(Attempt, attempt_id)
        assert attempt is not None  # just committed
        return attempt

    def slots(self, attempt: Attempt) -> list[Slot[PageQuestion, PageOption]]:
        """The attempt's slots as the learner's pages read them (`attempt_page.load`)."""
        from app.services.quiz import attempt_page

        return attempt_page.load(attempt.user_id, attempt.id).slots


@pytest.fixture
def make(db: object) -> Factory:
    return Factory()
