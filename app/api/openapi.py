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
TIME = {"type": "string", "format": "date-time"}
NULL_TIME = {"type": ["string", "null"], "format": "date-time"}


def _obj(props: dict[str, Any], required: tuple[str, ...] = ()) -> dict[str, Any]:
    out: dict[str, Any] = {"type": "object", "properties": props}
    if required:
        out["required"] = list(required)
    return out


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _array(items: dict[str, Any]) -> dict[str, Any]:
    return {"type": "array", "items": items}


def _list(name: str) -> dict[str, Any]:
    return _array(_ref(name))


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
            "created_at": TIME,
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
            "question_ids": _array(INT),
            "class_ids": _array(INT),
        }
    ),
    "Class": _obj(
        {
            "id": INT,
            "name": STR,
            "join_code": STR,
            "learners": INT,
            "created_at": TIME,
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


ONE = ("401", "404")  # a path with an id: no token, or not one of yours
WRITE = ("400", "401", "404")
IDS = _array(INT)
OBJECTS = _array({"type": "object"})
WHICH = {"which": {"enum": ["all", "first", "last"]}}


def _at(
    param: str, summary: str, ok: str = "200", errors: tuple[str, ...] = ONE, **kw: Any
) -> dict[str, Any]:
    """An operation on one object, named by the path parameter `param`."""
    return _op(summary, ok, params=(param,), errors=errors, **kw)


def _holding(name: str) -> dict[str, Any]:
    """A response holding one object: {"question": Question}."""
    return _obj({name.lower(): _ref(name)})


def _change(param: str, summary: str, body: dict[str, Any], name: str) -> dict[str, Any]:
    """A PATCH of one object: its fields in the body, the object as changed in the answer."""
    return _at(param, summary, errors=WRITE, body=body, response=_holding(name))


def _paths() -> dict[str, Any]:
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
            "get": _at(
                "article_id",
                "One article with its text and generation job",
                response=_obj({"article": _ref("Article"), "job": _ref("Job")}),
            ),
            "delete": _at(
                "article_id",
                "Delete an article whose questions nobody used",
                "204",
                errors=WRITE,
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
            "get": _at("question_id", "One question (any version)", response=_holding("Question")),
            "patch": _change(
                "question_id",
                "Set the status, or edit stem and options (saved as a new version)",
                _obj(
                    {
                        "status": {"enum": ["draft", "approved", "retired"]},
                        "stem": STR,
                        "options": _list("Option") | {"minItems": 2, "maxItems": MAX_OPTIONS},
                    }
                ),
                "Question",
            ),
        },
        "/questions/{question_id}/distractors": {
            "post": _at(
                "question_id",
                "Fresh wrong options from the generator (a new version)",
                "201",
                errors=WRITE,
                response=_holding("Question"),
            ),
        },
        "/quizzes": {
            "get": _op("Your quizzes", "200", response=_obj({"quizzes": _list("Quiz")})),
            "post": _op(
                "Build a quiz from question_ids, or by rules",
                "201",
                errors=WRITE,
                body=_obj(
                    {
                        **SETTINGS,
                        "question_ids": IDS,
                        "class_ids": IDS,
                        "rules": _obj(
                            {
                                "article_ids": IDS,
                                "kinds": _array(STR),
                                "min_difficulty": NUM,
                                "max_difficulty": NUM,
                                "count": INT,
                            }
                        ),
                    },
                    ("title",),
                ),
                response=_holding("Quiz"),
            ),
        },
        "/quizzes/{quiz_id}": {
            "get": _at("quiz_id", "One quiz", response=_holding("Quiz")),
            "patch": _change(
                "quiz_id",
                "Change settings or the classes it is open to",
                _obj({**SETTINGS, "class_ids": IDS}),
                "Quiz",
            ),
        },
        "/quizzes/{quiz_id}/results": {
            "get": _at(
                "quiz_id",
                "Attempts per learner, every finished attempt, score distribution",
                response=_obj({"learners": OBJECTS, "attempts": OBJECTS, "distribution": IDS}),
                query=WHICH,
            ),
        },
        "/quizzes/{quiz_id}/items": {
            "get": _at(
                "quiz_id",
                "Item analysis (Moodle's facility, SD, discrimination, efficiency, CIC)",
                response=_obj(
                    {
                        "attempts": INT,
                        "mean_percent": NUM,
                        "internal_consistency": NUM,
                        "items": OBJECTS,
                    }
                ),
                query=WHICH,
            ),
        },
        "/classes": {
            "get": _op("Your classes", "200", response=_obj({"classes": _list("Class")})),
            "post": _op(
                "Create a class (it gets a join code)",
                "201",
                errors=("400", "401"),
                body=_obj({"name": STR}, ("name",)),
                response=_holding("Class"),
            ),
        },
        "/classes/{class_id}": {
            "get": _at("class_id", "One class with its learners", response=_holding("Class")),
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
