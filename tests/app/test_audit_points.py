"""Audit findings: the security audit never calls "nothing audited" clean, the API takes as
many options as the edit form, and the development SQLite file is private."""

from __future__ import annotations

import importlib.util
import os
import stat
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]


def audit_module() -> Any:
    spec = importlib.util.spec_from_file_location("ci_audit", ROOT / ".ci" / "audit.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_an_audit_that_audited_nothing_is_not_clean() -> None:
    audit = audit_module()
    skipped = {
        "name": "flask",
        "skip_reason": "Dependency not found on PyPI and could not be audited",
    }
    code, lines = audit.judge({"dependencies": [skipped, dict(skipped, name="jinja2")]})
    assert code == audit.NOT_AUDITED and "NOT AUDITED: 2 of 2" in "\n".join(lines)
    assert audit.judge({"dependencies": []})[0] == audit.NOT_AUDITED
    clean = {"name": "flask", "version": "3.1.3", "vulns": []}
    assert audit.judge({"dependencies": [clean]})[0] == audit.CLEAN
    bad = dict(clean, vulns=[{"id": "PYSEC-1"}])
    code, lines = audit.judge({"dependencies": [bad, skipped]})
    assert code == audit.VULNERABLE and any("PYSEC-1" in line for line in lines)


def test_the_api_takes_no_more_options_than_the_edit_form(db, make) -> None:  # type: ignore[no-untyped-def]
    from app.services.bank import curation
    from app.services.errors import ServiceError
    from app.teach.forms import QuestionForm

    options = [(f"option {n}", n == 0) for n in range(50)]
    with pytest.raises(ServiceError, match="at most 6 options"):
        curation.validate_options("Which?", options)
    assert len(curation.validate_options("Which?", options[: curation.MAX_OPTIONS])) == 6
    assert QuestionForm.options.kwargs["max_entries"] == curation.MAX_OPTIONS


def test_the_api_refuses_fifty_options(client, make, db) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from app.models import Document, Question, User
    from app.services.accounts import tokens

    make.demo()
    teacher = db.session.get(User, db.session.scalar(select(Document.owner_id)))
    _, secret = tokens.create_token(teacher, "t")
    qid = db.session.scalar(select(Question.id).where(Question.replaced_by_id.is_(None)))
    body = {"options": [{"text": f"option {n}", "correct": n == 0} for n in range(50)]}
    r = client.patch(
        f"/api/v1/questions/{qid}", json=body, headers={"Authorization": f"Bearer {secret}"}
    )
    assert r.status_code == 400 and "at most 6 options" in r.get_json()["error"]["message"]


def test_the_development_sqlite_file_is_private(tmp_path: Path) -> None:
    from config import private_sqlite_file

    old = os.umask(0o022)
    try:
        new = tmp_path / "instance" / "factdeck.db"
        private_sqlite_file(f"sqlite:///{new}")
        assert stat.S_IMODE(new.stat().st_mode) == 0o600
        assert stat.S_IMODE(new.parent.stat().st_mode) == 0o700
        existing = tmp_path / "old.db"
        existing.write_bytes(b"")
        existing.chmod(0o644)
        private_sqlite_file(f"sqlite:///{existing}")
        assert stat.S_IMODE(existing.stat().st_mode) == 0o600
        private_sqlite_file("sqlite://")  # in memory: nothing to do
    finally:
        os.umask(old)


def test_the_development_app_creates_its_database_privately(tmp_path: Path) -> None:
    from sqlalchemy import text

    from app import create_app
    from app.extensions import db
    from config import DevelopmentConfig

    path = tmp_path / "dev.db"

    class Config(DevelopmentConfig):
        SQLALCHEMY_DATABASE_URI = f"sqlite:///{path}"
        SECRET_KEY = "x"

    old = os.umask(0o022)
    try:
        app = create_app(Config)
        with app.app_context():
            db.session.execute(text("CREATE TABLE t (x INTEGER)"))
            db.session.commit()
            db.engine.dispose()
    finally:
        os.umask(old)
    for f in tmp_path.glob("dev.db*"):
        assert stat.S_IMODE(f.stat().st_mode) & 0o077 == 0, f
