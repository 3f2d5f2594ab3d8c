"""Schema errors of a bank file in words a teacher can act on, every one of them.

jsonschema's own messages echo the offending value as a Python repr
(``[{'text': '110+', 'correct': True}] is too short``); an import lists instead where the problem
is and what is wrong: ``questions[3].options: fewer than 2 options``.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

_TYPES = {
    "string": "text",
    "integer": "a whole number",
    "number": "a number",
    "boolean": "true or false",
    "array": "a list",
    "object": "an object",
    "null": "null",
}


def schema_problems(data: object) -> list[str]:
    """Every schema error of a bank as 'path: what is wrong', in document order."""
    errors = sorted(_validator().iter_errors(data), key=lambda e: [str(p) for p in e.absolute_path])
    return [f"{_path(e.absolute_path)}: {describe(e)}" for e in errors]


def _path(parts: Any) -> str:
    text = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in parts)
    return text.lstrip(".") or "the file"


def _items(parts: Any) -> str:
    last = [p for p in parts if isinstance(p, str)]
    name = last[-1] if last else "item"
    return {"options": "options", "questions": "questions", "documents": "documents"}.get(
        name, "entries"
    )


def describe(error: Any) -> str:
    """One jsonschema error in words, never echoing a long value."""
    v, limit = error.validator, error.validator_value
    if v == "required":
        missing = [k for k in limit if isinstance(error.instance, dict) and k not in error.instance]
        return f"{', '.join(repr(k) for k in missing) or 'a field'} is missing"
    if v == "additionalProperties":
        extra = sorted(
            str(k) for k in error.instance if k not in error.schema.get("properties", {})
        )
        return f"unknown field {', '.join(repr(k) for k in extra)}"
    if v == "type":
        kinds = [limit] if isinstance(limit, str) else list(limit)
        return "should be " + " or ".join(_TYPES.get(k, k) for k in kinds)
    if v in ("enum", "const"):
        choices = [limit] if v == "const" else list(limit)
        return "should be one of " + ", ".join(repr(c) for c in choices)
    if v == "minLength":
        return "is empty" if limit == 1 else f"is shorter than {limit} characters"
    if v == "maxLength":
        return f"is longer than {limit} characters"
    if v == "minItems":
        return f"has fewer than {limit} {_items(error.absolute_path)}"
    if v == "maxItems":
        return f"has more than {limit} {_items(error.absolute_path)}"
    if v == "uniqueItems":
        return "has the same entry twice"
    if v in ("minimum", "exclusiveMinimum"):
        return f"is below {'or at ' if v == 'exclusiveMinimum' else ''}{limit}"
    if v in ("maximum", "exclusiveMaximum"):
        return f"is above {'or at ' if v == 'exclusiveMaximum' else ''}{limit}"
    if v == "pattern":
        return f"is not in the expected form ({limit})"
    if v == "format":
        return f"is not a valid {limit}"
    return "is not allowed here"


@lru_cache(maxsize=1)
def _validator() -> Any:
    from jsonschema import Draft202012Validator

    from questions.bank import schema

    return Draft202012Validator(schema())
