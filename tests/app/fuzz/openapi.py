"""The API side: values and requests drawn from the OpenAPI document's schemas."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any
from urllib.parse import urlsplit

from hypothesis import strategies as st

from .pages import PLACEHOLDER, Route
from .sending import Sent
from .strategies import ANY_JSON, HUGE, LONG, NUMBERS, TEXT, id_segment, mutate_json
from .world import FUZZ_ADDRESSES, QUERY_NAMES, Fixtures

# --- the OpenAPI document -------------------------------------------------------------------

NAME_HINTS = {
    "kinds": ["date", "figure", "place"],
    "feedback": ["immediate", "deferred"],
    "status": ["draft", "approved", "retired"],
    "which": ["all", "first", "last"],
}


def from_schema(
    fx: Fixtures, doc: dict[str, Any], schema: dict[str, Any], key: str = ""
) -> st.SearchStrategy[Any]:
    """Values that follow a JSON schema (loosely); ids named like the world's are often real."""
    if "$ref" in schema:
        target: Any = doc
        for part in schema["$ref"].lstrip("#/").split("/"):
            target = target[part]
        return from_schema(fx, doc, target, key)
    if "enum" in schema:
        return st.sampled_from(schema["enum"])
    kind = schema.get("type")
    if isinstance(kind, list):
        return st.one_of(*(from_schema(fx, doc, schema | {"type": k}, key) for k in kind))
    if kind == "object":
        props = schema.get("properties", {})
        required = set(schema.get("required", []))
        return st.fixed_dictionaries(
            {k: from_schema(fx, doc, v, k) for k, v in props.items() if k in required},
            optional={k: from_schema(fx, doc, v, k) for k, v in props.items() if k not in required},
        )
    if kind == "array":
        return st.lists(from_schema(fx, doc, schema.get("items", {}), key), max_size=6)
    if kind == "string":
        if schema.get("format") == "date-time":
            moments = st.datetimes(min_value=datetime(1, 1, 1), max_value=datetime(9999, 12, 31))
            zones = st.integers(-23 * 60 - 59, 23 * 60 + 59).map(
                lambda m: timezone(timedelta(minutes=m))
            )
            return st.one_of(
                moments.map(datetime.isoformat),
                st.builds(lambda d, z: d.replace(tzinfo=z).isoformat(), moments, zones),
                st.sampled_from(["0001-01-01T00:00:00+14:00", "9999-12-31T23:59:59-14:00"]),
                st.sampled_from(
                    [
                        "2024-01-01T10:00:00Z",
                        "2024-13-01T00:00:00",
                        "2024-01-01T10:00:00+14:00",
                        "now",
                        "",
                    ]
                ),
            )
        return st.one_of(st.sampled_from(NAME_HINTS.get(key, ["Fuzz"])), TEXT, TEXT, TEXT, LONG)
    if kind == "integer":
        real = fx.ids.get(key) or fx.ids.get(key.removesuffix("s")) or []
        ints = st.one_of(st.integers(-5, 300), st.sampled_from(HUGE), st.integers(-(2**70), 2**70))
        return st.one_of(st.sampled_from(real), ints) if real else ints
    if kind == "number":
        return st.one_of(st.floats(), st.integers(-(2**70), 2**70), st.floats(0, 1))
    if kind == "boolean":
        return st.booleans()
    if kind == "null":
        return st.none()
    return ANY_JSON


@dataclass(frozen=True)
class Operation:
    """What the OpenAPI document says about one route: its body and query parameters."""

    body: dict[str, Any] | None
    query: dict[str, dict[str, Any]]


def operations(doc: dict[str, Any]) -> dict[tuple[str, str], Operation]:
    """(rule in url-map form, METHOD) → Operation, for every operation of the document."""
    prefix = urlsplit(doc["servers"][0]["url"]).path.rstrip("/")
    out = {}
    for path, item in doc["paths"].items():
        for method, op in item.items():
            body = op.get("requestBody", {}).get("content", {}).get("application/json", {})
            query = {
                p["name"]: p.get("schema", {})
                for p in op.get("parameters", [])
                if p.get("in") == "query"
            }
            out[(prefix + path, method.upper())] = Operation(body.get("schema"), query)
    return out


def openapi_path(rule: str) -> str:
    """/api/v1/quizzes/<int:quiz_id> → /api/v1/quizzes/{quiz_id}."""
    return PLACEHOLDER.sub(lambda m: "{" + m.group(2) + "}", rule)


NOT_JSON = [
    b"",
    b"{",
    b"[1,",
    b"NaN",
    b"null",
    b'"text"',
    b"\xff\xfe\x00",
    b'{"title": 1e999}',
    b"[" * 100_000,
    b'{"a":' * 50_000,
    b'{"title": "\\ud800"}',
    b"{'title': 'x'}",
    b'{"title": "x", "title": 5}',
    b"\x00" * 100,
]


@st.composite
def api_request(
    draw: st.DrawFn, fx: Fixtures, doc: dict[str, Any], route: Route, op: Operation | None
) -> Sent:
    """An API request: path ids, query from the document and beyond, a body of some kind."""
    segments = {n: draw(id_segment(fx, conv, n)) for conv, n in route.placeholders()}
    req = Sent("api", route.method, route.fill(segments))
    req.headers["Authorization"] = f"Bearer {fx.token}"
    req.address = draw(st.sampled_from(FUZZ_ADDRESSES))
    for name, schema in sorted((op.query if op else {}).items()):
        if draw(st.booleans()):
            value = draw(st.one_of(from_schema(fx, doc, schema, name), NUMBERS, TEXT))
            req.query.append((name, value if isinstance(value, str) else json.dumps(value)))
    if draw(st.integers(0, 4)) == 0:
        req.query.append((draw(st.sampled_from([*QUERY_NAMES, "x"])), draw(TEXT)))
    schema = op.body if op and op.body else {}
    valid = from_schema(fx, doc, schema) if schema else ANY_JSON
    shape = draw(
        st.sampled_from(
            ["valid", "valid", "valid", "mutated", "mutated", "any", "raw", "form", "none"]
        )
    )
    if shape in ("valid", "mutated", "any"):
        value = draw(valid if shape != "any" else ANY_JSON)
        if shape == "mutated":
            value = mutate_json(draw, value)
        req.body = json.dumps(value).encode("utf-8")
        req.content_type = "application/json"
    elif shape == "raw":
        req.body = draw(st.one_of(st.sampled_from(NOT_JSON), st.binary(max_size=200)))
        req.content_type = draw(st.sampled_from(["application/json", "text/plain", None]))
    elif shape == "form":
        req.form = {draw(TEXT): draw(TEXT)}
    return req


def json_variants(value: Any) -> list[Any]:
    """Copies of a JSON value with one leaf (or one list of ints) made extreme: NUL and a lone
    surrogate in strings, 2**31 and 2**63 in integers, an impossible moment in date-times."""
    if isinstance(value, dict):
        return [value | {k: v} for k, sub in value.items() for v in json_variants(sub)]
    if isinstance(value, list) and value:
        return [[v, *value[1:]] for v in json_variants(value[0])]
    if isinstance(value, bool) or value is None:
        return []
    if isinstance(value, int):
        return [2**31, 2**63]
    if isinstance(value, str):
        moment = ["0001-01-01T00:00:00+14:00"] if re.match(r"\d{4}-\d\d-\d\dT", value) else []
        return ["a\x00b", "\ud800", *moment]
    return []


def sample(fx: Fixtures, doc: dict[str, Any], schema: dict[str, Any], key: str = "") -> Any:
    """A plausible value of the schema with every property present (ids are the world's)."""
    if "$ref" in schema:
        target: Any = doc
        for part in schema["$ref"].lstrip("#/").split("/"):
            target = target[part]
        return sample(fx, doc, target, key)
    kind = schema.get("type")
    kind = [k for k in kind if k != "null"][0] if isinstance(kind, list) else kind
    if "enum" in schema:
        return schema["enum"][0]
    if kind == "object":
        return {k: sample(fx, doc, v, k) for k, v in schema.get("properties", {}).items()}
    if kind == "array":
        return [sample(fx, doc, schema.get("items", {}), key)]
    if kind == "integer":
        return (fx.ids.get(key) or [1])[0]
    if kind == "number":
        return 0.5
    if kind == "boolean":
        return True
    if schema.get("format") == "date-time":
        return "2024-01-01T10:00:00Z"
    return "Fuzz"
