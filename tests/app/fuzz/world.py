"""The fuzzing's world (test_authz's, with a flashcard deck and a spare account) and constants."""

from __future__ import annotations

import io
from dataclasses import dataclass, replace
from typing import Any

from flask import Flask
from sqlalchemy import select

from app.extensions import db as database
from app.models import Attempt, Card, Group, ReviewLog, User
from app.services.accounts.users import find_user
from app.services.bank import transfer
from app.services.cards import decks, reviews
from app.services.quiz import attempt_page

from ...conftest import PASSWORD
from ..test_authz import World, build_world, dump, restore

ACTORS = ("teacher", "learner", "anonymous")
FUZZ_ADDRESSES = [f"127.0.0.{n}" for n in range(2, 10)]  # fuzzed requests (rate limits per address)
LOGIN_ADDRESS = "127.0.1.1"  # the actors' own log-ins, never rate-limited by the fuzzing
LOGIN_VICTIM = "fuzz.login@example.com"  # the only account the fuzzed log-in form may name
AUTH_ENDPOINTS = ("auth.",)  # a POST here may log the client in or out: log in again after it

# Text that has broken web apps before: numbers that are not ints, NUL, markup, long runs.
INTERESTING = [
    "",
    " ",
    "\x00",
    "a\x00b",
    "0",
    "-1",
    "1",
    "+1",
    "01",
    "1.5",
    "1e3",
    "1e309",
    "-0",
    "NaN",
    "inf",
    "2147483647",
    "2147483648",
    "4294967296",
    "9223372036854775807",
    "9223372036854775808",
    "9" * 40,
    "²",
    "١٢",
    "٣",
    "0x10",
    "true",
    "null",
    "[]",
    "{}",
    "None",
    "' OR '1'='1",
    "1; DROP TABLE users --",
    "<script>alert(1)</script>",
    "{{7*7}}",
    "%s%s%n",
    "../../etc/passwd",
    "\u202e\u200b",
    "\ufeff",
    "😀" * 3,
    "e\u0301",
    "\t\r\n",
    "quiz-1",
    "article-1",
    "next",
    "prev",
    "submit",
    "approved",
    "retired",
    "draft",
    "immediate",
    "deferred",
    "json",
    "moodle",
    "gift",
    "2024-02-30T10:00",
    "9999-12-31T23:59",
    "0000-00-00",
    "2024-01-01T10:00",
    "fuzz@example.com",
    "@",
    "a@b",
    "x" * 300,
    "A" * 5000,
]
QUERY_NAMES = [
    "page",
    "q",
    "next",
    "format",
    "quiz",
    "which",
    "card",
    "choice",
    "reveal",
    "feedback",
    "answer",
    "article",
    "document",
    "kind",
    "status",
    "min",
    "max",
]
FILE_NAMES = [
    "bank.json",
    "bank.xml",
    "bank.gift",
    "bank.gift.txt",
    "article.txt",
    "article.md",
    "ARTICLE.TXT",
    "deck.apkg",
    "x.zip",
    "x.csv",
    "noext",
    "",
    ".txt",
    "../../x.txt",
    "é😀.txt",
    "a" * 300 + ".txt",
    "nul\x00.txt",
]

# (rule, method) pairs a request reached (the router matched them), and the tests that finished.
EXERCISED: set[tuple[str, str]] = set()
FINISHED: set[str] = set()


# --- the world ------------------------------------------------------------------------------


@dataclass
class Fixtures:
    """The world's ids by URL placeholder or field name, slugs, and seeds for the file fields."""

    world: World
    ids: dict[str, list[int]]
    slugs: list[str]
    hints: dict[str, list[str]]
    files: list[bytes]
    token: str


_CACHE: dict[int, tuple[Fixtures, dict[str, list[dict[str, Any]]]]] = {}


def _build(app: Flask, make: Any, auth: Any) -> Fixtures:
    """test_authz's world, plus a flashcard deck with a rated card, a spare account, exports."""
    w = build_world(app, make, type(auth))
    learner = database.session.get(User, w.learner_id)
    learner_b = find_user(w.emails["learner_b"])
    assert learner is not None and learner_b is not None
    decks.add(learner, decks.get(learner, f"quiz-{w.quiz_id}"))
    shown = reviews.study(learner, None)
    assert shown.card is not None, "the learner has a card to study"
    reviews.rate(learner, reviews.Rated(shown.card.id, shown.card.reps, 3))
    reviews.study(learner, None)
    make.user(LOGIN_VICTIM, enrol=False)
    card_ids = list(database.session.scalars(select(Card.id).where(Card.user_id == learner.id)))
    log_ids = list(database.session.scalars(select(ReviewLog.id)))
    attempt = database.session.get(Attempt, w.attempt_id)
    assert attempt is not None
    options = [
        o.id for s in attempt_page.load(attempt.user_id, attempt.id).slots for o in s.options
    ]
    teacher = database.session.get(User, w.users["teacher_a"])
    files = []
    for fmt in ("json", "moodle", "gift"):
        out = io.BytesIO()
        transfer.export(transfer.Selection(teacher, document_id=w.document_id), fmt, out)  # type: ignore[arg-type]
        files.append(out.getvalue())
    files.append((app.config["DEMO_ARTICLE"]).read_bytes())
    documents = [w.document_id, w.spare_document_id, w.b_document_id]
    groups = [w.group_id, w.group2_id, w.b_group_id]
    question_ids = [w.question_id, w.quiz2_question_id, *w.approved_ids, w.b_question_id]
    ids = {
        "document_id": documents,
        "article_id": documents,
        "documents": documents,
        "article_ids": documents,
        "question_id": question_ids,
        "questions": question_ids,
        "question_ids": question_ids,
        "ids": question_ids,
        "id": question_ids,
        "quiz_id": [w.quiz_id, w.quiz2_id, w.b_quiz_id],
        "group_id": groups,
        "class_id": groups,
        "groups": groups,
        "class_ids": groups,
        "learner_id": [w.learner_id, learner_b.id, w.users["teacher_a"]],
        "token_id": [w.spare_token_id],
        "attempt_id": [w.attempt_id, w.finished_attempt_id],
        "number": [1, 2, 3, 4],
        "card": card_ids,
        "log": log_ids,
        "option": options,
    }
    slugs = [f"quiz-{w.quiz_id}", f"article-{w.document_id}", f"quiz-{w.b_quiz_id}"]
    codes = [g.join_code for g in _groups(groups)]
    hints = {
        "email": ["new.learner@example.com", LOGIN_VICTIM, LOGIN_VICTIM.upper()],
        "password": [PASSWORD],
        "confirm": [PASSWORD],
        "code": codes,
        "class_code": codes,
        "deck": slugs,
        "next": ["/teach", "//evil.example", "/\\evil", "https://evil.example"],
        "back": ["/teach/bank", "/teach/\x00", "//x"],
        "kinds": ["date", "figure", "place"],
    }
    return Fixtures(w, ids, slugs, hints, files, w.secrets["teacher_a"])


def _groups(ids: list[int]) -> list[Group]:
    return [g for g in (database.session.get(Group, i) for i in ids) if g is not None]


def fresh_world(app: Flask, make: Any, auth: Any) -> Fixtures:
    """The world, built the first time for this app and restored from its rows after that."""
    cached = _CACHE.get(id(app))
    if cached is None:
        built = _build(app, make, auth)
        _CACHE[id(app)] = (built, dump())
    else:
        restore(cached[1])
        built = cached[0]
    database.session.commit()  # no transaction of the test's own stays open beside the requests
    return replace(built, world=replace(built.world))
