"""Fuzzing: every route of the url map, with every method, answers no 500 and shows no trace or SQL.

One world per test (test_authz's: two teachers, classes, articles, quizzes, attempts and tokens;
here learner A also studies a flashcard deck, and a spare account exists for the log-in form).
Then, for every rule of `app.url_map` but `static` and every method:

* the HTML side (`test_pages_and_forms_survive_fuzzed_input`) sends, as teacher A, learner A and an
  anonymous visitor, requests drawn by Hypothesis: ids in the URL (the world's real ids, 0, huge
  ones, negative-looking ones), a query string, and form data under the form's real field names
  (arbitrary unicode, NUL, very long strings, numbers, empty values, repeated fields, bytes that
  are not UTF-8). The field names and the values a page offers (options, hidden ids, buttons) are
  read from the site's own pages, crawled with real ids, so a new form or field is fuzzed without
  editing this file; a route whose form was not found gets every field name seen anywhere. File
  fields get multipart uploads of arbitrary bytes and of the world's own bank exports, mutated;
* the API side (`test_the_api_survives_generated_json`) sends, with teacher A's bearer token, JSON
  bodies drawn from the request schemas of /api/v1/openapi.json, the same with wrong types,
  missing and extra fields and huge numbers, bodies that are not JSON, and query strings with
  arbitrary values; and a few requests with a mangled Authorization header.

Every route first gets a few explicit requests (ids past 32 and 64 bits; NUL, '²' and a 25-digit
number in every query parameter and text field; for the API, bodies that are not JSON or nest
100,000 deep), then its drawn ones. Every response must have a status below 500, and its body no
"Traceback", 'File "', "SELECT " or driver names ("sqlalchemy", "psycopg", "sqlite3") unless the
fuzz input itself carried that text; an exception the app logged counts as a failure too.

Reproducible in CI: each route's Hypothesis run is seeded by the route's name (a fixed seed per
route, rather than `derandomize`, so that routes do not all get the same draws), with no example
database and no shrinking (the world changes as the requests go, so a replay would not be the
same). Failures are collected rather than raised at the first, and reported grouped by cause,
with the request that showed each on each route and the innermost frames of its traceback.

`test_every_route_was_fuzzed` fails when a rule of the url map (a new converter, say) was not
reached by a fuzzed request. FUZZ_SCALE=10 in the environment runs ten times as many examples.
"""

from __future__ import annotations

import json
import os
import zlib
from collections.abc import Iterator
from dataclasses import replace
from typing import Any
from urllib.parse import urlsplit

import pytest
from flask import Flask
from flask.testing import FlaskClient
from hypothesis import HealthCheck, Phase, example, given, seed, settings
from hypothesis import strategies as st

from .fuzz.openapi import NOT_JSON, api_request, json_variants, openapi_path, operations, sample
from .fuzz.pages import Route, all_routes, crawl, real_segment
from .fuzz.sending import Fuzzer, Sent
from .fuzz.strategies import extremes, form_request
from .fuzz.world import ACTORS, EXERCISED, FINISHED, QUERY_NAMES, Fixtures, fresh_world

SCALE = max(1, int(os.environ.get("FUZZ_SCALE", "1")))

# Examples per route and actor: a route the actor may use, one that turns the actor away.
EXAMPLES = {"GET": 6, "POST": 14, "API": 40, "refused": 2}


# --- fixtures --------------------------------------------------------------------------------


@pytest.fixture
def fixtures(app: Flask, make: Any, auth: Any) -> Fixtures:
    """A fresh world for every test (the `db` fixture empties the tables): built through the
    services and the real routes the first time, restored from its rows after that."""
    return fresh_world(app, make, auth)


@pytest.fixture
def fuzzer(app: Flask, fixtures: Fixtures) -> Iterator[Fuzzer]:
    """A Fuzzer over the world, with the app's error log captured."""
    fz = Fuzzer(app, fixtures)
    app.logger.addFilter(fz.log)
    try:
        yield fz
    finally:
        app.logger.removeFilter(fz.log)


# --- running --------------------------------------------------------------------------------

RUN_SETTINGS = {
    "deadline": None,
    "database": None,
    "derandomize": False,  # seeded per route instead (see run): reproducible, and varied
    "phases": [Phase.explicit, Phase.generate],
    "print_blob": False,
    "suppress_health_check": [
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.filter_too_much,
        HealthCheck.large_base_example,
    ],
}


def run(
    fz: Fuzzer, name: str, examples: int, strategy: st.SearchStrategy[Sent], explicit: list[Sent]
) -> None:
    """A short Hypothesis run: the explicit requests, then `examples` drawn ones, seeded by `name`."""

    @seed(zlib.crc32(name.encode()))
    @settings(max_examples=examples * SCALE, **RUN_SETTINGS)  # type: ignore[arg-type]
    @given(strategy)
    def fuzz(req: Sent) -> None:
        fz.send(req)

    for req in reversed(explicit):  # the outermost @example runs first
        fuzz = example(req)(fuzz)
    fuzz()


def examples_for(fz: Fuzzer, fx: Fixtures, route: Route, actor: str) -> int:
    """Many examples where the actor gets past the door, a couple where they are turned away."""
    segments = {n: real_segment(fx, conv, n, 0) for conv, n in route.placeholders()}
    probe = fz.send(Sent(actor, route.method, route.fill(segments), form={}))
    refused = probe is not None and (
        probe.status_code in (401, 403)
        or (probe.status_code == 302 and urlsplit(probe.location).path == "/login")
    )
    return EXAMPLES["refused"] if refused else EXAMPLES.get(route.method, EXAMPLES["GET"])


# --- the tests ------------------------------------------------------------------------------


def test_pages_and_forms_survive_fuzzed_input(app: Flask, fuzzer: Fuzzer) -> None:
    """Every HTML route, every method, as teacher, learner and visitor: no 500, no trace, no SQL."""
    routes = [r for r in all_routes(app) if not r.api]
    catalogue = crawl(fuzzer, routes)
    assert catalogue.fields, "the crawl found no form: the pages or the parser changed"
    for route in routes:
        names = catalogue.query.get(route.rule, set()) | set(QUERY_NAMES)
        for actor in ACTORS:
            n = examples_for(fuzzer, fuzzer.fx, route, actor)
            full = n > EXAMPLES["refused"]
            explicit = extremes(fuzzer.fx, route, actor, names, catalogue) if full else []
            run(
                fuzzer,
                f"{route.method} {route.rule} {actor}",
                n,
                form_request(fuzzer.fx, catalogue, route, actor),
                explicit,
            )
    FINISHED.add("html")
    if fuzzer.failures:
        pytest.fail(fuzzer.report(), pytrace=False)


def test_the_api_survives_generated_json(app: Flask, fuzzer: Fuzzer) -> None:
    """Every API route with bodies from its OpenAPI schema, broken ones, and odd tokens."""
    fuzzer.clients["api"] = app.test_client()
    fuzzer.stale.discard("api")
    doc = fuzzer.client("api").get("/api/v1/openapi.json").get_json()
    ops = operations(doc)
    routes = [r for r in all_routes(app) if r.api]
    auth = {"Authorization": f"Bearer {fuzzer.fx.token}"}
    for route in routes:
        op = ops.get((openapi_path(route.rule), route.method))
        explicit = extremes(fuzzer.fx, route, "api", set(op.query if op else ()) | {"page"})
        if route.method in ("POST", "PATCH", "PUT"):
            path = route.fill(
                {n: real_segment(fuzzer.fx, c, n, 0) for c, n in route.placeholders()}
            )
            bodies = list(NOT_JSON)
            if op is not None and op.body is not None:
                base = sample(fuzzer.fx, doc, op.body)
                bodies += [json.dumps(v).encode() for v in [base, *json_variants(base)]]
            explicit += [
                Sent("api", route.method, path, body=raw, content_type="application/json")
                for raw in bodies
            ]
        explicit = [replace(r, form=None, headers=auth) for r in explicit]
        run(
            fuzzer,
            f"{route.method} {route.rule}",
            EXAMPLES["API"],
            api_request(fuzzer.fx, doc, route, op),
            explicit,
        )
        run(
            fuzzer,
            f"{route.method} {route.rule} authorization",
            EXAMPLES["refused"] + 2,
            api_request(fuzzer.fx, doc, route, op).flatmap(_mangle_token),
            [],
        )
    FINISHED.add("api")
    if fuzzer.failures:
        pytest.fail(fuzzer.report(), pytrace=False)


def _mangle_token(req: Sent) -> st.SearchStrategy[Sent]:
    """The same request with a broken Authorization header (no CR or LF: no header smuggling)."""
    token = req.headers["Authorization"].removeprefix("Bearer ")
    broken = [
        "",
        "Bearer",
        "Bearer ",
        "bearer " + token,
        "Bearer  " + token,
        "Bearer " + token[:-1],
        "Bearer fd_",
        "Bearer fd_" + "x" * 300,
        "Bearer " + token + "\x00",
        "Basic " + token,
        token,
    ]
    values = st.one_of(
        st.sampled_from(broken),
        st.text(
            st.characters(exclude_categories=("Cs",), exclude_characters="\r\n"), max_size=60
        ).map(lambda s: "Bearer " + s),
    )
    return values.map(lambda v: replace(req, headers={"Authorization": v}))


def test_every_api_route_is_in_the_openapi_document(app: Flask, client: FlaskClient) -> None:
    """The API fuzzing draws bodies from the document, so every API route must be in it."""
    doc = client.get("/api/v1/openapi.json").get_json()
    documented = set(operations(doc))
    served = {(openapi_path(r.rule), r.method) for r in all_routes(app) if r.api}
    served.discard(("/api/v1/openapi.json", "GET"))
    assert served - documented == set(), "API routes missing from /api/v1/openapi.json"
    assert documented - served == set(), "documented operations that no route serves"


def test_every_route_was_fuzzed(app: Flask) -> None:
    """Each rule of the url map (but static), with each method, got fuzzed requests.

    Runs after the fuzz tests above (file order); run alone, it has nothing to check.
    """
    if not {"html", "api"} <= FINISHED:
        pytest.skip("the fuzz tests did not run to the end in this session")
    missing = {(r.rule, r.method) for r in all_routes(app)} - EXERCISED
    assert missing == set(), f"routes no fuzzed request reached: {sorted(missing)}"
