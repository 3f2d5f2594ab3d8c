"""The OpenAPI 3.1 document of /api/v1, built from a compact description of each endpoint."""

from __future__ import annotations

from typing import Any

import questions
from questions.kinds import NAMES

from ..services.bank.curation import MAX_OPTIONS

STR, INT, BOOL, NUM = (
    {"type": "string"},
    {"type": "integer"},
    {"type": "boolean"},
    {"type": "number"},
)
NULL_INT = {"type": ["integer", "null"]}
NULL_TIME = {"type": ["string", "null"], "format": "date-time"}


def _obj(props: dict[str, Any], required: tuple[str, ...] = ()) -> dict[str, Any]:
    out: dict[str, Any] = {"type": "object", "properties": props}
    if required:
        out["required"] = list(required)
    return out


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _list(name: str) -> dict[str, Any]:
    return {"type": "array", "items": _ref(name)}


SETTINGS = {
    "title": STR,
    "shuffle": BOOL,
    "feedback": {"enum": ["immediate", "deferred"]},
    "time_limit_minutes": NULL_INT,
    "attempts_allowed": NULL_INT,
    "opens_at": NULL_TIME,
    "closes_at": NULL_TIME,
    "is_open": BOOL,
    "cards_after_attempt": BOOL,
}

SCHEMAS: dict[str, Any] = {
    "Error": _obj({"error": _obj({"status": INT, "message": STR}, ("status", "message"))}),
    "Job": _obj(
        {
            "id": INT,
            "status": {"enum": ["queued", "running", "done", "failed"]},
            "progress": INT,
            "message": STR,
        }
    ),
    "Article": _obj(
        {
            "id": INT,
            "title": STR,
            "source": STR,
            "sha256": STR,
            "characters": INT,
            "created_at": {"type": "string", "format": "date-time"},
            "text": STR,
        }
    ),
    "Option": _obj({"text": STR, "correct": BOOL}, ("text", "correct")),
    "Question": _obj(
        {
            "id": INT,
            "bank_id": STR,
            "article_id": INT,
            "version": INT,
            "current": BOOL,
            "kind": {"enum": list(NAMES)},
            "style": {"enum": ["wh", "cloze", "infobox"]},
            "stem": STR,
            "answer": STR,
            "difficulty": NUM,
            "status": {"enum": ["draft", "approved", "retired"]},
            "options": _list("Option"),
            "source": _obj(
                {
                    "section": STR,
                    "sentence": STR,
                    "start": INT,
                    "end": INT,
                    "answer_start": INT,
                    "answer_end": INT,
                }
            ),
        }
    ),
    "Quiz": _obj(
        {
            "id": INT,
            **SETTINGS,
            "question_ids": {"type": "array", "items": INT},
            "class_ids": {"type": "array", "items": INT},
        }
    ),
    "Class": _obj(
        {
            "id": INT,
            "name": STR,
            "join_code": STR,
            "learners": INT,
            "created_at": {"type": "string", "format": "date-time"},
        }
    ),
}

ERRORS = {
    "400": "The request body is not valid (the message says which field).",
    "401": "No token, or a token the API does not accept.",
    "404": "No such object among yours.",
}


def _op(
    summary: str,
    ok: str,
    body: dict[str, Any] | None = None,
    params: tuple[str, ...] = (),
    query: dict[str, Any] | None = None,
    errors: tuple[str, ...] = ("401",),
    response: dict[str, Any] | None = None,
) -> dict[str, Any]:
    op: dict[str, Any] = {"summary": summary, "responses": {}}
    parameters = [{"name": p, "in": "path", "required": True, "schema": INT} for p in params]
    parameters += [{"name": k, "in": "query", "schema": v} for k, v in (query or {}).items()]
    if parameters:
        op["parameters"] = parameters
    if body is not None:
        op["requestBody"] = {"required": True, "content": {"application/json": {"schema": body}}}
    content = {"application/json": {"schema": response}} if response else None
    op["responses"][ok] = {"description": "OK"} | ({"content": content} if content else {})
    for code in errors:
        op["responses"][code] = {
            "description": ERRORS[code],
            "content": {"application/json": {"schema": _ref("Error")}},
        }
    return op


def _paths() -> dict[str, Any]:
    one = ("401", "404")
    write = ("400", "401", "404")
    return {
        "/articles": {
            "get": _op("Your articles", "200", response=_obj({"articles": _list("Article")})),
            "post": _op(
                "Add an article and start writing its questions",
                "201",
                body=_obj({"text": STR, "title": STR, "source": STR}, ("text",)),
                errors=("400", "401"),
                response=_obj({"article": _ref("Article"), "job": _ref("Job"), "created": BOOL}),
            ),
        },
        "/articles/{article_id}": {
            "get": _op(
                "One article with its text and generation job",
                "200",
                params=("article_id",),
                errors=one,
                response=_obj({"article": _ref("Article"), "job": _ref("Job")}),
            ),
            "delete": _op(
                "Delete an article whose questions nobody used",
                "204",
                params=("article_id",),
                errors=write,
            ),
        },
        "/questions": {
            "get": _op(
                "Your question bank (current versions), filtered, 50 a page",
                "200",
                query={"article": INT, "kind": STR, "status": STR, "q": STR, "page": INT},
                response=_obj(
                    {"questions": _list("Question"), "total": INT, "page": INT, "pages": INT}
                ),
            ),
        },
        "/questions/{question_id}": {
            "get": _op(
                "One question (any version)",
                "200",
                params=("question_id",),
                errors=one,
                response=_obj({"question": _ref("Question")}),
            ),
            "patch": _op(
                "Set the status, or edit stem and options (saved as a new version)",
                "200",
                params=("question_id",),
                errors=write,
                body=_obj(
                    {
                        "status": {"enum": ["draft", "approved", "retired"]},
                        "stem": STR,
                        "options": _list("Option") | {"minItems": 2, "maxItems": MAX_OPTIONS},
                    }
                ),
                response=_obj({"question": _ref("Question")}),
            ),
        },
        "/questions/{question_id}/distractors": {
            "post": _op(
                "Fresh wrong options from the generator (a new version)",
                "201",
                params=("question_id",),
                errors=write,
                response=_obj({"question": _ref("Question")}),
            ),
        },
        "/quizzes": {
            "get": _op("Your quizzes", "200", response=_obj({"quizzes": _list("Quiz")})),
            "post": _op(
                "Build a quiz from question_ids, or by rules",
                "201",
                errors=write,
                body=_obj(
                    {
                        **SETTINGS,
                        "question_ids": {"type": "array", "items": INT},
                        "class_ids": {"type": "array", "items": INT},
                        "rules": _obj(
                            {
                                "article_ids": {"type": "array", "items": INT},
                                "kinds": {"type": "array", "items": STR},
                                "min_difficulty": NUM,
                                "max_difficulty": NUM,
                                "count": INT,
                            }
                        ),
                    },
                    ("title",),
                ),
                response=_obj({"quiz": _ref("Quiz")}),
            ),
        },
        "/quizzes/{quiz_id}": {
            "get": _op(
                "One quiz",
                "200",
                params=("quiz_id",),
                errors=one,
                response=_obj({"quiz": _ref("Quiz")}),
            ),
            "patch": _op(
                "Change settings or the classes it is open to",
                "200",
                params=("quiz_id",),
                errors=write,
                body=_obj({**SETTINGS, "class_ids": {"type": "array", "items": INT}}),
                response=_obj({"quiz": _ref("Quiz")}),
            ),
        },
        "/quizzes/{quiz_id}/results": {
            "get": _op(
                "Attempts per learner, every finished attempt, score distribution",
                "200",
                params=("quiz_id",),
                query={"which": {"enum": ["all", "first", "last"]}},
                errors=one,
                response=_obj(
                    {
                        "learners": {"type": "array", "items": {"type": "object"}},
                        "attempts": {"type": "array", "items": {"type": "object"}},
                        "distribution": {"type": "array", "items": INT},
                    }
                ),
            ),
        },
        "/quizzes/{quiz_id}/items": {
            "get": _op(
                "Item analysis (Moodle's facility, SD, discrimination, efficiency, CIC)",
                "200",
                params=("quiz_id",),
                query={"which": {"enum": ["all", "first", "last"]}},
                errors=one,
                response=_obj(
                    {
                        "attempts": INT,
                        "mean_percent": NUM,
                        "internal_consistency": NUM,
                        "items": {"type": "array", "items": {"type": "object"}},
                    }
                ),
            ),
        },
        "/classes": {
            "get": _op("Your classes", "200", response=_obj({"classes": _list("Class")})),
            "post": _op(
                "Create a class (it gets a join code)",
                "201",
                errors=("400", "401"),
                body=_obj({"name": STR}, ("name",)),
                response=_obj({"class": _ref("Class")}),
            ),
        },
        "/classes/{class_id}": {
            "get": _op(
                "One class with its learners",
                "200",
                params=("class_id",),
                errors=one,
                response=_obj({"class": _ref("Class")}),
            ),
        },
    }


def document(server: str) -> dict[str, Any]:
    """The whole OpenAPI document, with `server` as the base URL."""
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Factdeck teacher API",
            "version": questions.__version__,
            "description": "Articles, the question bank, quizzes and classes of the token's "
            "teacher. Every object of another teacher answers 404.",
        },
        "servers": [{"url": server}],
        "security": [{"bearer": []}],
        "components": {
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
            "schemas": SCHEMAS,
        },
        "paths": _paths(),
    }
