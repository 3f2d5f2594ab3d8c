"""Results and item analysis against hand-computed values, and against a plain-Python reference."""

from __future__ import annotations

import math
import random
from datetime import timedelta

import pytest

from app.extensions import db as database
from app.models import Attempt, Response
from app.models.base import utcnow
from app.services.results import moodle_stats, reports


def take(quiz, user, answers: list[int | None], minutes: int = 5, when=None) -> Attempt:  # type: ignore[no-untyped-def]
    """A finished attempt: answers[i] is 1 (key), 0 (first wrong option) or None (unanswered)."""
    start = (when or utcnow()) - timedelta(minutes=minutes)
    attempt = Attempt(quiz_id=quiz.id, user_id=user.id, started_at=start, total=len(quiz.items))
    database.session.add(attempt)
    database.session.flush()
    for item, a in zip(quiz.items, answers, strict=True):
        if a is None:
            continue
        option = next(o for o in item.question.options if o.correct == bool(a))
        database.session.add(
            Response(
                attempt_id=attempt.id,
                question_id=item.question_id,
                option_id=option.id,
                correct=bool(a),
            )
        )
    attempt.correct = sum(a or 0 for a in answers)
    attempt.finished_at = start + timedelta(minutes=minutes)
    database.session.commit()
    return attempt


MATRIX = [[1, 1, 1], [1, 1, 0], [1, 0, 0], [0, 0, 0]]


@pytest.fixture
def quiz_of_four(make):  # type: ignore[no-untyped-def]
    quiz = make.quiz(size=3)
    for i, row in enumerate(MATRIX):
        take(quiz, make.user(f"l{i}@example.com"), row, minutes=i + 1)
    return quiz


def test_item_analysis_matches_hand_computed_values(quiz_of_four) -> None:  # type: ignore[no-untyped-def]
    a = reports.analysis(quiz_of_four)
    assert a.attempts == 4 and a.mean == pytest.approx(50.0)
    f = [i.stats.facility for i in a.items]
    assert f == pytest.approx([75.0, 50.0, 25.0])
    assert [i.stats.sd for i in a.items] == pytest.approx([50.0, 100 * math.sqrt(1 / 3), 50.0])
    assert [i.stats.discrimination for i in a.items] == pytest.approx(
        [52.2233, 70.7107, 52.2233], abs=1e-3
    )
    assert [i.stats.efficiency for i in a.items] == pytest.approx([100.0, 100.0, 100.0])
    assert a.cic == pytest.approx(75.0)
    first = a.items[0]
    shares = {o.text: o.chosen for o in first.options}
    key = next(o.text for o in first.question.options if o.correct)
    assert shares[key] == 3 and sum(shares.values()) == 4
    assert a.top_n == 2  # ntile(3) of 4 attempts puts two in the top third


def test_distribution_and_learner_rows(quiz_of_four, make) -> None:  # type: ignore[no-untyped-def]
    assert reports.distribution(quiz_of_four) == [1, 0, 0, 1, 0, 0, 1, 0, 0, 1]
    learner = make.user("again@example.com")
    take(quiz_of_four, learner, [1, 1, 1], minutes=2)
    take(quiz_of_four, learner, [0, 0, 1], minutes=7)
    rows = {r.email: r for r in reports.learners(quiz_of_four)}
    again = rows["again@example.com"]
    assert (again.attempts, again.best, again.last, again.total) == (2, 3, 1, 3)
    assert again.last_seconds == pytest.approx(420, abs=1)
    assert rows["l0@example.com"].last_seconds == pytest.approx(60, abs=1)
    first_only = reports.analysis(quiz_of_four, "first")
    last_only = reports.analysis(quiz_of_four, "last")
    assert first_only.attempts == last_only.attempts == 5
    assert first_only.items[0].stats.facility == pytest.approx(80.0)
    assert last_only.items[0].stats.facility == pytest.approx(60.0)


def test_one_learner_gives_facility_only(make) -> None:  # type: ignore[no-untyped-def]
    quiz = make.quiz(size=2)
    take(quiz, make.user(), [1, 0])
    a = reports.analysis(quiz)
    assert [i.stats.facility for i in a.items] == [100.0, 0.0]
    assert all(i.stats.sd is None and i.stats.discrimination is None for i in a.items)
    assert a.cic is None and all(not i.flags for i in a.items)


def test_everybody_right_has_no_discrimination(make) -> None:  # type: ignore[no-untyped-def]
    quiz = make.quiz(size=2)
    for i in range(6):
        take(quiz, make.user(f"a{i}@example.com"), [1, 1])
    a = reports.analysis(quiz)
    assert [i.stats.facility for i in a.items] == [100.0, 100.0]
    assert [i.stats.sd for i in a.items] == [0.0, 0.0]
    assert all(i.stats.discrimination is None and i.stats.efficiency is None for i in a.items)
    assert a.cic is None  # no variance in the totals
    assert any(f.startswith("too easy") for f in a.items[0].flags)
    assert any("fewer than 5%" in f for f in a.items[0].flags)


def test_an_item_nobody_answered_counts_as_wrong(make) -> None:  # type: ignore[no-untyped-def]
    quiz = make.quiz(size=2)
    for i in range(5):
        take(quiz, make.user(f"b{i}@example.com"), [1 if i % 2 else 0, None])
    a = reports.analysis(quiz)
    assert a.items[1].n == 5 and a.items[1].stats.facility == 0.0
    assert all(o.chosen == 0 for o in a.items[1].options)
    assert any(f.startswith("too hard") for f in a.items[1].flags)


def test_no_attempts_at_all(make) -> None:  # type: ignore[no-untyped-def]
    quiz = make.quiz(size=2)
    a = reports.analysis(quiz)
    assert a.attempts == 0 and a.mean is None and a.cic is None
    assert all(i.n == 0 and i.stats.facility is None for i in a.items)
    assert reports.distribution(quiz) == [0] * 10 and reports.learners(quiz) == []


def reference(matrix: list[list[int]]) -> tuple[list[tuple[float, ...]], float | None]:
    """Moodle's formulas computed directly, item by item, for comparison."""
    n, p = len(matrix), len(matrix[0])
    totals = [sum(r) for r in matrix]

    def var(v: list[float]) -> float:
        m = sum(v) / len(v)
        return sum((a - m) ** 2 for a in v) / (len(v) - 1)

    def cov(u: list[float], v: list[float]) -> float:
        mu, mv = sum(u) / len(u), sum(v) / len(v)
        return sum((a - mu) * (b - mv) for a, b in zip(u, v, strict=True)) / (len(u) - 1)

    out = []
    for j in range(p):
        x = [float(r[j]) for r in matrix]
        rest = [t - xi for t, xi in zip(totals, x, strict=True)]
        d = (
            100 * cov(x, rest) / math.sqrt(var(x) * var(rest))
            if var(x) and var(rest)
            else float("nan")
        )
        cmax = cov(sorted(x), sorted(rest))
        e = 100 * cov(x, rest) / cmax if cmax > 1e-12 else float("nan")
        out.append((100 * sum(x) / n, 100 * math.sqrt(var(x)), d, e))
    vt = var([float(t) for t in totals])
    cic = (
        100 * p / (p - 1) * (1 - sum(var([float(r[j]) for r in matrix]) for j in range(p)) / vt)
        if vt
        else None
    )
    return out, cic


def test_sql_statistics_equal_the_direct_formulas_on_random_data(make) -> None:  # type: ignore[no-untyped-def]
    rng = random.Random(7)
    quiz = make.quiz(size=5)
    ability = [rng.random() for _ in range(23)]
    matrix = [[int(rng.random() < 0.2 + 0.7 * a * (1 - j / 8)) for j in range(5)] for a in ability]
    for i, row in enumerate(matrix):
        take(quiz, make.user(f"r{i}@example.com"), list(row))
    a = reports.analysis(quiz)
    expected, cic = reference(matrix)
    for item, (f, sd, d, e) in zip(a.items, expected, strict=True):
        got = item.stats
        assert got.facility == pytest.approx(f) and got.sd == pytest.approx(sd)
        for value, want in ((got.discrimination, d), (got.efficiency, e)):
            assert (value is None and math.isnan(want)) or value == pytest.approx(want)
    assert a.cic == pytest.approx(cic)


def test_flags_name_the_reason() -> None:
    s = moodle_stats.ItemStats(60.0, 49.0, -12.0, -20.0, 0.24)
    options = [
        moodle_stats.OptionShare("1990", True, 6, 1),
        moodle_stats.OptionShare("1991", False, 3, 3),
        moodle_stats.OptionShare("1992", False, 0, 0),
        moodle_stats.OptionShare("1993", False, 1, 0),
    ]
    found = moodle_stats.flags(s, 10, options, top_n=4)
    assert any(f.startswith("negative discrimination") for f in found)
    assert "distractor “1992” is chosen by fewer than 5% of learners" in found
    assert "distractor “1991” is chosen more often than the key by the top third" in found
    assert moodle_stats.flags(s, 4, options, top_n=2) == []  # too few attempts to judge
