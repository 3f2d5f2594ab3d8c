"""Hypothesis strategies for the HTML side: ids, values, files, mutated bytes and JSON, requests;
and the explicit extreme requests every route gets first."""

from __future__ import annotations

import itertools
import json
from typing import Any
from urllib.parse import urlencode

from hypothesis import strategies as st

from .pages import Catalogue, Route, real_segment
from .sending import Sent
from .world import FILE_NAMES, FUZZ_ADDRESSES, INTERESTING, QUERY_NAMES, Fixtures

# --- strategies -----------------------------------------------------------------------------

_chars = st.characters(exclude_categories=("Cs",))  # no lone surrogates: they cannot be encoded
NASTY = "\x00\x01\x08\x0b\x1b\x7f\x85\xa0\u2028\u202e\u200b\ufeff\uffff\U0010ffff😀é<>&\"'%\\/;"
TEXT: st.SearchStrategy[str] = st.one_of(
    st.sampled_from(INTERESTING),
    st.text(_chars, max_size=40),
    st.text(st.sampled_from(NASTY), min_size=1, max_size=8),
    st.text(st.sampled_from("0123456789-.e+ "), min_size=1, max_size=25),
    st.integers(min_value=-(2**70), max_value=2**70).map(str),
    st.floats().map(str),
)
LONG: st.SearchStrategy[str] = st.builds(
    lambda s, n: s * n, st.text(_chars, min_size=1, max_size=3), st.integers(500, 70_000)
)
HUGE = [0, 1, 2**31 - 1, 2**31, 2**32, 2**53 + 1, 2**63 - 1, 2**63, 2**64, 10**20, 10**100]
ODD_INTS = ["-1", "+1", "01", "1.0", "1e3", "0x1", " 1", "١", "²", "1%00", "00000000000000000001"]
NUMBERS: st.SearchStrategy[str] = st.one_of(
    st.sampled_from(ODD_INTS + [str(n) for n in HUGE]), st.integers(0, 2**70).map(str)
)


def id_segment(fx: Fixtures, converter: str, name: str) -> st.SearchStrategy[str]:
    """A path segment for a placeholder: a real id or slug, or one the app has to refuse."""
    if converter == "int":
        real = fx.ids.get(name) or [n for v in fx.ids.values() for n in v]
        return st.one_of(
            st.sampled_from(real).map(str),
            st.sampled_from(real).map(str),
            st.sampled_from(HUGE).map(str),
            st.integers(0, 10_000).map(str),
            st.sampled_from(ODD_INTS),
        )
    odd = [
        "quiz-0",
        "article-0",
        "quiz-99999999999999999999",
        "quiz-²",
        "quiz-",
        "-1",
        "quiz--1",
        "QUIZ-1",
        "a" * 300,
        "%00",
        "quiz-1%00",
        "deck%2F1",
        "..",
        "%E2%80%AE",
    ]
    return st.one_of(
        st.sampled_from(fx.slugs),
        st.sampled_from(odd),
        st.builds(
            lambda kind, n: f"{kind}-{n}",
            st.sampled_from(["quiz", "article", "x"]),
            st.sampled_from(HUGE),
        ),
        st.text(_chars, min_size=1, max_size=20).map(
            lambda s: "".join(c if c.isalnum() else f"%{ord(c) % 256:02X}" for c in s)
        ),
    )


def value_for(cat: Catalogue, name: str) -> st.SearchStrategy[str]:
    """A value for a field or query parameter: one the page offers, or anything."""
    seen = sorted(cat.values.get(name, set()))
    if seen:
        return st.one_of(st.sampled_from(seen), st.sampled_from(seen), NUMBERS, TEXT)
    return st.one_of(NUMBERS, TEXT)


@st.composite
def file_value(draw: st.DrawFn, fx: Fixtures) -> tuple[bytes, str]:
    """An upload: arbitrary bytes, or one of the world's exports or the demo article, mutated."""
    kind = draw(st.sampled_from(["binary", "seed", "mutated", "truncated", "text"]))
    if kind == "binary":
        data = draw(st.binary(max_size=3000))
    elif kind == "text":
        data = draw(TEXT).encode("utf-8")
    else:
        data = draw(st.sampled_from(fx.files))
        if kind == "truncated" and data:
            data = data[: draw(st.integers(0, len(data) - 1))]
        elif kind == "mutated" and data:
            data = mutate_bytes(draw, data)
    name = draw(st.one_of(st.sampled_from(FILE_NAMES), st.text(_chars, max_size=30)))
    return data, name


def mutate_bytes(draw: st.DrawFn, data: bytes) -> bytes:
    """A few byte-level edits; for JSON, a few value-level edits instead (deeper into the checks)."""
    if data.lstrip().startswith(b"{") and draw(st.booleans()):
        doc = json.loads(data)
        for _ in range(draw(st.integers(1, 3))):
            doc = mutate_json(draw, doc)
        return json.dumps(doc).encode("utf-8")
    out = bytearray(data)
    for _ in range(draw(st.integers(1, 8))):
        at = draw(st.integers(0, max(0, len(out) - 1)))
        edit = draw(st.sampled_from(["flip", "insert", "delete", "splice"]))
        if edit == "flip" and out:
            out[at] = draw(st.integers(0, 255))
        elif edit == "insert":
            out[at:at] = draw(
                st.sampled_from(
                    [
                        b"\x00",
                        b"\xff\xfe",
                        b"<",
                        b"{",
                        b"}",
                        b"~",
                        b"=",
                        b"::",
                        b"9" * 30,
                        b"&#0;",
                        b"]]>",
                        b"\\",
                    ]
                )
            )
        elif edit == "delete":
            del out[at : at + draw(st.integers(1, 40))]
        else:
            out[at:at] = out[draw(st.integers(0, max(0, len(out) - 1))) :][:200]
    return bytes(out)


ANY_JSON: st.SearchStrategy[Any] = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**70), 2**70) | st.floats() | TEXT,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(TEXT, inner, max_size=4),
    max_leaves=8,
)
WRONG_VALUES = [
    10**400,
    -(10**30),
    2**63,
    float("inf"),
    float("nan"),
    -0.0,
    "",
    [],
    {},
    None,
    True,
    "1",
    "x" * 100_000,
    [[[[[]]]]],
]
WRONG: st.SearchStrategy[Any] = st.one_of(ANY_JSON, st.sampled_from(WRONG_VALUES))


def mutate_json(draw: st.DrawFn, value: Any) -> Any:
    """A copy with one edit somewhere: a key dropped, a value of the wrong type, an extra key."""
    if isinstance(value, dict) and value and draw(st.integers(0, 2)):
        key = draw(st.sampled_from(sorted(value, key=str)))
        edit = draw(st.sampled_from(["drop", "wrong", "deeper", "extra"]))
        out = dict(value)
        if edit == "drop":
            del out[key]
        elif edit == "wrong":
            out[key] = draw(WRONG)
        elif edit == "deeper":
            out[key] = mutate_json(draw, out[key])
        else:
            out[draw(TEXT)] = draw(WRONG)
        return out
    if isinstance(value, list) and value and draw(st.booleans()):
        at = draw(st.integers(0, len(value) - 1))
        return [*value[:at], mutate_json(draw, value[at]), *value[at + 1 :]]
    return draw(WRONG)


@st.composite
def form_request(draw: st.DrawFn, fx: Fixtures, cat: Catalogue, route: Route, actor: str) -> Sent:
    """An HTML route's request: path ids, query string, form fields, maybe files, maybe Accept."""
    segments = {n: draw(id_segment(fx, conv, n)) for conv, n in route.placeholders()}
    req = Sent(actor, route.method, route.fill(segments))
    req.address = draw(st.sampled_from(FUZZ_ADDRESSES))
    names = sorted(cat.query.get(route.rule, set()) | set(QUERY_NAMES))
    for name in draw(st.lists(st.sampled_from(names), max_size=4)):
        req.query.append((name, draw(value_for(cat, name))))
    if draw(st.integers(0, 9)) == 0:
        req.query.append((draw(TEXT), draw(st.one_of(TEXT, LONG))))
    if draw(st.integers(0, 4)) == 0:
        req.headers["Accept"] = draw(st.sampled_from(["application/json", "*/*", "text/csv", "x"]))
    if route.method == "GET":
        return req
    known = cat.fields.get((route.rule, route.method))
    fields = dict(known) if known is not None else cat.all_fields()
    if draw(st.integers(0, 3)) == 0:  # a field of another form
        other = cat.all_fields()
        name = draw(st.sampled_from(sorted(other)))
        fields[name] = other[name]
    form: dict[str, Any] = {}
    for name, kind in sorted(fields.items()):
        if not draw(st.integers(0, 4)):  # each field left out one time in five
            continue
        if kind == "file":
            form[name] = draw(file_value(fx))
        elif kind in ("checkbox", "select") and draw(st.booleans()):
            form[name] = draw(st.lists(value_for(cat, name), max_size=5))
        else:
            form[name] = draw(value_for(cat, name))
    if "password" in form and "confirm" in fields and draw(st.booleans()):
        form["confirm"] = form["password"]
    if draw(st.integers(0, 5)) == 0:
        form[draw(TEXT)] = draw(TEXT)
    texts = sorted(k for k, v in form.items() if isinstance(v, str))
    if texts and draw(st.integers(0, 5)) == 0:  # one very long value
        form[draw(st.sampled_from(texts))] = draw(LONG)
    files = any(isinstance(v, tuple) for v in form.values())
    if draw(st.integers(0, 9)) == 0 and not files:  # bytes that are not UTF-8, as values
        raw = {name: draw(st.binary(min_size=1, max_size=12)) for name in form}
        req.body, req.content_type = urlencode(raw).encode(), "application/x-www-form-urlencoded"
        return req
    req.form = form
    if draw(st.integers(0, 5)) == 0 and not files:
        req.content_type = "multipart/form-data"
    return req


# --- requests every route gets first ----------------------------------------------------------

EXTREME_VALUES = ("a\x00b", "²", "9" * 25)  # NUL (PostgreSQL refuses it), int() refuses, > 64 bits


TYPED = ("text", "textarea", "email", "password", "search", "url", "tel", "file")


def extremes(
    fx: Fixtures, route: Route, actor: str, query_names: set[str], cat: Catalogue | None = None
) -> list[Sent]:
    """Requests every route gets first: ids past 32 and 64 bits in the path; then each of
    EXTREME_VALUES in every query parameter, and in every typed form field (the others keep a
    value the page offers, so that the form passes validation; huge numbers go everywhere)."""
    fields = cat.fields.get((route.rule, route.method), {}) if cat else {}
    out = []
    if any(conv == "int" for conv, _ in route.placeholders()):
        for big in (2**31, 2**63):
            segments = {
                n: str(big) if c == "int" else real_segment(fx, c, n, 0)
                for c, n in route.placeholders()
            }
            out.append(Sent(actor, route.method, route.fill(segments), form={}))
    path = route.fill({n: real_segment(fx, c, n, 0) for c, n in route.placeholders()})
    own = sorted(cat.query.get(route.rule, set())) if cat else []
    for value in EXTREME_VALUES:
        query = [(name, value) for name in sorted(query_names)]
        out.append(Sent(actor, route.method, path, query=query, form={}))
        # one parameter or field at a time, the others as the page offers them
        out += [Sent(actor, route.method, path, query=[(name, value)], form={}) for name in own]
        if route.method == "GET":
            continue
        for name, kind in fields.items():
            assert cat is not None
            key = (route.rule, route.method)
            form = {n: baseline(fx, cat, key, n, k) for n, k in fields.items()}
            form[name] = (value.encode(), value + ".txt") if kind == "file" else value
            out.append(Sent(actor, route.method, path, form=form))
    for i, req in enumerate(out):  # spread over the addresses: rate limits count per address
        req.address = FUZZ_ADDRESSES[i % len(FUZZ_ADDRESSES)]
    return out


FRESH = itertools.count(1)


def baseline(fx: Fixtures, cat: Catalogue, form: tuple[str, str], name: str, kind: str) -> Any:
    """A field's plausible value: a new e-mail address; the form's own empty default for a field
    that is not free text and has nothing else; else a value the form offers, a hint of the
    world's, or one seen on another form."""
    if kind == "file":
        return fx.files[-1], "article.txt"
    if kind == "email":
        return f"fuzz.{next(FRESH)}@example.com"
    local = cat.offers.get(form, {}).get(name, set())
    if kind not in TYPED and local == {""}:
        return ""
    hints = fx.hints.get(name, [])
    chosen = [v for v in [*sorted(local), *hints, *sorted(cat.values.get(name, set()))] if v]
    return chosen[0] if chosen else "Fuzz " + name
