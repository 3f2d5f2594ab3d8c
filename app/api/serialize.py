"""Rows as the API's JSON objects (the shapes the OpenAPI document describes)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from ..models import Document, GenerationJob, Group, Question, Quiz
from ..services.results.reports import Analysis, LearnerRow


def _time(value: datetime | None) -> str | None:
    return value.strftime("%Y-%m-%dT%H:%M:%SZ") if value else None


def _seconds(value: float | None) -> int | None:
    return None if value is None else round(float(value))


def fields(row: Any, *names: str, **renamed: str) -> dict[str, Any]:
    """Attributes of a row or object: `names` under their own names, `renamed` as key=attribute."""
    return {name: getattr(row, name) for name in names} | {
        key: getattr(row, attribute) for key, attribute in renamed.items()
    }


def options(q: Question) -> list[dict[str, Any]]:
    """A question's options as the API and the keyboard review show them."""
    return [{"text": o.text, "correct": o.correct} for o in q.options]


def job(j: GenerationJob | None) -> dict[str, Any] | None:
    """A generation job."""
    return None if j is None else fields(j, "id", "status", "progress", "message")


def article(d: Document, with_text: bool = False) -> dict[str, Any]:
    """An article (document)."""
    out = fields(d, "id", "title", "source", "sha256")
    out |= {"characters": len(d.text), "created_at": _time(d.created_at)}
    if with_text:
        out["text"] = d.text
    return out


def question(q: Question) -> dict[str, Any]:
    """A question with its options and source."""
    own = "id version current kind style stem answer difficulty status".split()
    return fields(q, *own, bank_id="fingerprint", article_id="document_id") | {
        "options": options(q),
        "source": fields(
            q,
            "section",
            "sentence",
            "answer_start",
            "answer_end",
            start="source_start",
            end="source_end",
        ),
    }


def quiz(z: Quiz, class_ids: set[int]) -> dict[str, Any]:
    """A quiz with its settings, question ids and classes."""
    own = "id title shuffle feedback attempts_allowed is_open cards_after_attempt".split()
    return fields(z, *own) | {
        "time_limit_minutes": z.time_limit // 60 if z.time_limit else None,
        "opens_at": _time(z.opens_at),
        "closes_at": _time(z.closes_at),
        "question_ids": [i.question_id for i in z.items],
        "class_ids": sorted(class_ids),
    }


def group(c: Group) -> dict[str, Any]:
    """A class."""
    return fields(c, "id", "name", "join_code") | {
        "learners": len(c.memberships),
        "created_at": _time(c.created_at),
    }


def learner_row(r: LearnerRow) -> dict[str, Any]:
    """One learner's attempts at a quiz."""
    return fields(
        r, "name", "email", "attempts", "best", "last", learner_id="user_id", questions="total"
    ) | {
        "last_seconds": _seconds(r.last_seconds),
        "last_finished_at": _time(r.last_finished),
    }


def attempt_row(r: Any) -> dict[str, Any]:
    """One finished attempt."""
    return fields(r, "email", "number", "correct", attempt_id="id", questions="total") | {
        "started_at": _time(r.started_at),
        "finished_at": _time(r.finished_at),
        "seconds": _seconds(r.secs),
    }


def _num(v: float | None) -> float | None:
    return None if v is None else round(v, 2)


def analysis(a: Analysis) -> dict[str, Any]:
    """The item analysis."""
    return {
        "which": a.which,
        "attempts": a.attempts,
        "mean_percent": _num(a.mean),
        "internal_consistency": _num(a.cic),
        "items": [
            {
                "position": i.position,
                "question_id": i.question.id,
                "stem": i.question.stem,
                "attempts": i.n,
                "facility": _num(i.stats.facility),
                "sd": _num(i.stats.sd),
                "discrimination": _num(i.stats.discrimination),
                "efficiency": _num(i.stats.efficiency),
                "flags": i.flags,
                "options": [
                    {
                        "text": o.text,
                        "correct": o.correct,
                        "chosen": o.chosen,
                        "chosen_by_top_third": o.chosen_top,
                    }
                    for o in i.options
                ],
            }
            for i in a.items
        ],
    }
