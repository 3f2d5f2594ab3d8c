"""Rows as the API's JSON objects (the shapes the OpenAPI document describes)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from ..models import Document, GenerationJob, Group, Question, Quiz
from ..services.results.reports import Analysis, LearnerRow


def _time(value: datetime | None) -> str | None:
    return value.strftime("%Y-%m-%dT%H:%M:%SZ") if value else None


def job(j: GenerationJob | None) -> dict[str, Any] | None:
    """A generation job."""
    if j is None:
        return None
    return {"id": j.id, "status": j.status, "progress": j.progress, "message": j.message}


def article(d: Document, with_text: bool = False) -> dict[str, Any]:
    """An article (document)."""
    out: dict[str, Any] = {
        "id": d.id,
        "title": d.title,
        "source": d.source,
        "sha256": d.sha256,
        "characters": len(d.text),
        "created_at": _time(d.created_at),
    }
    if with_text:
        out["text"] = d.text
    return out


def question(q: Question) -> dict[str, Any]:
    """A question with its options and source."""
    return {
        "id": q.id,
        "bank_id": q.fingerprint,
        "article_id": q.document_id,
        "version": q.version,
        "current": q.current,
        "kind": q.kind,
        "style": q.style,
        "stem": q.stem,
        "answer": q.answer,
        "difficulty": q.difficulty,
        "status": q.status,
        "options": [{"text": o.text, "correct": o.correct} for o in q.options],
        "source": {
            "section": q.section,
            "sentence": q.sentence,
            "start": q.source_start,
            "end": q.source_end,
            "answer_start": q.answer_start,
            "answer_end": q.answer_end,
        },
    }


def quiz(z: Quiz, class_ids: set[int]) -> dict[str, Any]:
    """A quiz with its settings, question ids and classes."""
    return {
        "id": z.id,
        "title": z.title,
        "shuffle": z.shuffle,
        "feedback": z.feedback,
        "time_limit_minutes": z.time_limit // 60 if z.time_limit else None,
        "attempts_allowed": z.attempts_allowed,
        "opens_at": _time(z.opens_at),
        "closes_at": _time(z.closes_at),
        "is_open": z.is_open,
        "cards_after_attempt": z.cards_after_attempt,
        "question_ids": [i.question_id for i in z.items],
        "class_ids": sorted(class_ids),
    }


def group(c: Group) -> dict[str, Any]:
    """A class."""
    return {
        "id": c.id,
        "name": c.name,
        "join_code": c.join_code,
        "learners": len(c.memberships),
        "created_at": _time(c.created_at),
    }


def learner_row(r: LearnerRow) -> dict[str, Any]:
    """One learner's attempts at a quiz."""
    return {
        "learner_id": r.user_id,
        "name": r.name,
        "email": r.email,
        "attempts": r.attempts,
        "best": r.best,
        "last": r.last,
        "questions": r.total,
        "last_seconds": round(r.last_seconds) if r.last_seconds is not None else None,
        "last_finished_at": _time(r.last_finished),
    }


def attempt_row(r: Any) -> dict[str, Any]:
    """One finished attempt."""
    return {
        "attempt_id": r.id,
        "email": r.email,
        "number": r.number,
        "started_at": _time(r.started_at),
        "finished_at": _time(r.finished_at),
        "seconds": round(float(r.secs)) if r.secs is not None else None,
        "correct": r.correct,
        "questions": r.total,
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
