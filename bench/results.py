"""Benchmark the teacher's results pages and exports on a large, synthetic school.

    python bench/results.py [--learners 1000] [--quizzes 50] [--responses 200000]
                            [--database-url URL] [--repeat 3]

Fills a fresh database (a temporary SQLite file unless --database-url names another; the
database is wiped) with learners, quizzes of 20 questions and finished attempts until the number
of responses is reached, then times each results page and export through the Flask test client
(best of --repeat), next to a bare `SELECT count(*)` over the responses in the same run. It
repeats the measurement at half the responses, so growth with the data is visible. The last line
says whether every page met the target.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import timedelta
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

if TYPE_CHECKING:
    from flask import Flask

TARGET_MS = 300.0
ITEMS = 20
PASSWORD = "benchmark password"


def best_ms(repeat: int, fn: Callable[[], object]) -> float:
    """The fastest of `repeat` runs, in milliseconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return 1000 * min(times)


def build_app(url: str) -> Flask:
    from flask_migrate import upgrade
    from sqlalchemy import text

    from app import create_app
    from app.extensions import db
    from config import TestingConfig

    class Config(TestingConfig):
        SQLALCHEMY_DATABASE_URI = url

    app = create_app(Config)
    with app.app_context():
        db.drop_all()
        with db.engine.begin() as conn:
            conn.execute(text("DROP TABLE IF EXISTS alembic_version"))
        upgrade()
    return app


def fill(app: Flask, learners: int, quizzes: int, responses: int, seed: int = 1) -> dict[str, int]:
    """Bulk-insert the school; returns ids of one quiz, one learner and one class to time."""
    from sqlalchemy import insert, select

    from app.extensions import db
    from app.models import (
        Attempt,
        Group,
        Membership,
        Option,
        Quiz,
        QuizQuestion,
        Response,
        User,
    )
    from app.models.base import utcnow
    from app.services.accounts import classes
    from app.services.accounts.users import create_user
    from app.services.bank import articles, curation, generation

    rng = random.Random(seed)
    with app.app_context():
        teacher = create_user("bench-teacher@example.com", PASSWORD, role="teacher")
        added = articles.add_article(
            teacher, app.config["DEMO_ARTICLE"].read_text(encoding="utf-8")
        )
        assert added.job is not None, "a new article is given a generation job"
        generation.start(added.job)
        question_ids = [q.id for q in curation.bank_page(teacher, curation.BankFilter()).items]
        curation.set_status(teacher, question_ids, "approved")
        options = {
            qid: [
                (o.id, o.correct)
                for o in db.session.scalars(select(Option).where(Option.question_id == qid))
            ]
            for qid in question_ids
        }
        group = classes.create_class(teacher, "Whole school")
        now = utcnow()
        db.session.execute(
            insert(User),
            [
                {
                    "email": f"l{i}@bench.example",
                    "name": f"Learner {i}",
                    "password_hash": "x",
                    "role": "learner",
                    "created_at": now,
                }
                for i in range(learners)
            ],
        )
        user_ids = list(db.session.scalars(select(User.id).where(User.role == "learner")))
        db.session.execute(
            insert(Membership),
            [{"group_id": group.id, "user_id": u, "joined_at": now} for u in user_ids],
        )
        quiz_ids = []
        for n in range(quizzes):
            quiz = Quiz(title=f"Quiz {n + 1}", owner_id=teacher.id)
            chosen = rng.sample(question_ids, min(ITEMS, len(question_ids)))
            quiz.items = [QuizQuestion(question_id=q, position=i) for i, q in enumerate(chosen)]
            db.session.add(quiz)
            db.session.flush()
            quiz_ids.append(quiz.id)
        db.session.execute(
            insert(Quiz.groups.property.secondary),
            [{"quiz_id": q, "group_id": group.id} for q in quiz_ids],
        )
        db.session.commit()
        items = {q: [i.question_id for i in db.session.get_one(Quiz, q).items] for q in quiz_ids}
        ability = {u: rng.random() for u in user_ids}
        attempts_needed = responses // ITEMS
        attempt_rows, response_rows = [], []
        next_id = 1
        for k in range(attempts_needed):
            quiz_id, user_id = quiz_ids[k % len(quiz_ids)], rng.choice(user_ids)
            start = now - timedelta(days=rng.randint(0, 60), minutes=rng.randint(5, 50))
            correct = 0
            for qid in items[quiz_id]:
                right = rng.random() < 0.3 + 0.6 * ability[user_id]
                option_id = rng.choice([o for o, c in options[qid] if c == right])
                correct += right
                response_rows.append(
                    {
                        "attempt_id": next_id,
                        "question_id": qid,
                        "option_id": option_id,
                        "correct": right,
                        "answered_at": start,
                    }
                )
            attempt_rows.append(
                {
                    "id": next_id,
                    "quiz_id": quiz_id,
                    "user_id": user_id,
                    "seed": k,
                    "started_at": start,
                    "finished_at": start + timedelta(minutes=rng.randint(3, 30)),
                    "correct": correct,
                    "total": len(items[quiz_id]),
                }
            )
            next_id += 1
        for chunk in range(0, len(attempt_rows), 5000):
            db.session.execute(insert(Attempt), attempt_rows[chunk : chunk + 5000])
        for chunk in range(0, len(response_rows), 20000):
            db.session.execute(insert(Response), response_rows[chunk : chunk + 20000])
        db.session.commit()
        if db.engine.dialect.name == "postgresql":
            from sqlalchemy import text

            db.session.execute(
                text("SELECT setval('attempts_id_seq', (SELECT max(id) FROM attempts))")
            )
            db.session.execute(text("ANALYZE"))
            db.session.commit()
        busiest_learner = user_ids[0]
        gid = db.session.scalar(select(Group.id))
        return {
            "quiz": quiz_ids[0],
            "learner": busiest_learner,
            "group": gid or 0,
            "questions": len(question_ids),
        }


def measure(app: Flask, ids: dict[str, int], repeat: int) -> tuple[float, dict[str, float]]:
    """(count(*) ms, {page: ms})."""
    from sqlalchemy import text

    from app.extensions import db

    client = app.test_client()
    response = client.post(
        "/login", data={"email": "bench-teacher@example.com", "password": PASSWORD}
    )
    assert response.status_code == 302, "the benchmark teacher could not log in"
    pages = {
        "quiz results page": f"/teach/quizzes/{ids['quiz']}/results",
        "results, first attempts": f"/teach/quizzes/{ids['quiz']}/results?which=first",
        "attempts CSV": f"/teach/quizzes/{ids['quiz']}/results.csv",
        "item analysis CSV": f"/teach/quizzes/{ids['quiz']}/items.csv",
        "learner page": f"/teach/learners/{ids['learner']}",
        "class page": f"/teach/classes/{ids['group']}",
        "API item analysis": f"/api/v1/quizzes/{ids['quiz']}/items",
    }
    from app.models import User
    from app.services.accounts import tokens

    with app.app_context():
        teacher = db.session.query(User).filter_by(email="bench-teacher@example.com").one()
        _, secret = tokens.create_token(teacher, "bench")
    headers = {"Authorization": f"Bearer {secret}"}

    def get(url: str) -> None:
        r = client.get(url, headers=headers if url.startswith("/api/") else None)
        assert r.status_code == 200, f"{url} answered {r.status_code}"

    with app.app_context():
        floor = best_ms(
            repeat, lambda: db.session.execute(text("SELECT count(*) FROM responses")).scalar()
        )
    return floor, {name: best_ms(repeat, partial(get, url)) for name, url in pages.items()}


def run(
    url: str, learners: int, quizzes: int, responses: int, repeat: int
) -> tuple[float, dict[str, float]]:
    app = build_app(url)
    start = time.perf_counter()
    ids = fill(app, learners, quizzes, responses)
    print(
        f"  filled {responses:,} responses, {learners:,} learners, {quizzes} quizzes "
        f"in {time.perf_counter() - start:.1f} s"
    )
    return measure(app, ids, repeat)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--learners", type=int, default=1000)
    parser.add_argument("--quizzes", type=int, default=50)
    parser.add_argument("--responses", type=int, default=200_000)
    parser.add_argument("--database-url", default="")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    tmp = tempfile.TemporaryDirectory()
    url = args.database_url or f"sqlite:///{tmp.name}/bench.db"
    dialect = url.split(":", 1)[0]
    results = {}
    for scale in (args.responses // 2, args.responses):
        print(f"{dialect}: {scale:,} responses")
        floor, pages = run(url, args.learners, args.quizzes, scale, args.repeat)
        results[scale] = (floor, pages)
        print(f"  {'bare SELECT count(*) over responses':38} {floor:8.1f} ms")
        for name, ms in pages.items():
            print(f"  {name:38} {ms:8.1f} ms   {ms / max(floor, 0.001):8.1f}× the floor")
    half, full = results[args.responses // 2][1], results[args.responses][1]
    print("growth from half to all responses (2.0 would be linear):")
    for name in full:
        print(f"  {name:38} {full[name] / max(half[name], 0.001):5.2f}×")
    slowest = max(full.values())
    met = all(ms < TARGET_MS for ms in full.values())
    print(
        f"{'OK' if met else 'MISSED'}: every page under {TARGET_MS:.0f} ms on {dialect} "
        f"(slowest {slowest:.0f} ms)"
        if met
        else f"MISSED: slowest page {slowest:.0f} ms on {dialect}, target {TARGET_MS:.0f} ms"
    )
    tmp.cleanup()
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
