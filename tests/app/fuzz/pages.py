"""The url map's routes, and the forms and links read from the site's own pages."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import parse_qsl, urljoin, urlsplit

from flask import Flask

from .sending import Fuzzer, Sent
from .world import Fixtures

# --- the url map ----------------------------------------------------------------------------

PLACEHOLDER = re.compile(r"<(?:(\w+)(?:\([^)]*\))?:)?(\w+)>")


@dataclass(frozen=True)
class Route:
    """One rule and one of its methods."""

    rule: str
    method: str
    endpoint: str

    @property
    def api(self) -> bool:
        """An endpoint of the JSON API."""
        return self.endpoint.startswith("api.")

    def placeholders(self) -> list[tuple[str, str]]:
        """(converter, name) of each placeholder in the rule."""
        return [(m.group(1) or "default", m.group(2)) for m in PLACEHOLDER.finditer(self.rule)]

    def fill(self, values: dict[str, str]) -> str:
        """The path with the given segments in place of the placeholders."""
        return PLACEHOLDER.sub(lambda m: values[m.group(2)], self.rule)


METHOD_ORDER = {"GET": 0, "POST": 1, "PUT": 2, "PATCH": 3, "DELETE": 4}


def all_routes(app: Flask) -> list[Route]:
    """Every rule but static, with every method but HEAD and OPTIONS (Werkzeug's own); reads
    first, then writes, deletions last, so that the world lasts as long as it can."""
    out = []
    for rule in app.url_map.iter_rules():
        if rule.endpoint == "static" or rule.endpoint.endswith(".static"):
            continue
        for method in sorted((rule.methods or set()) - {"HEAD", "OPTIONS"}):
            out.append(Route(rule.rule, method, rule.endpoint))
    return sorted(out, key=lambda r: (METHOD_ORDER.get(r.method, 5), r.rule))


# --- forms, read from the site's own pages --------------------------------------------------


@dataclass
class Form:
    """A form's action, method and fields: name → (input type, values seen)."""

    action: str
    method: str
    fields: dict[str, tuple[str, set[str]]] = field(default_factory=dict)

    def add(self, name: str, kind: str, value: str | None) -> None:
        """Note a field (and a value it offers)."""
        kind_before, values = self.fields.get(name, (kind, set()))
        if value is not None and len(values) < 40:
            values.add(value)
        self.fields[name] = ("file" if "file" in (kind, kind_before) else kind_before, values)


class FormParser(HTMLParser):
    """The forms of a page (inputs bound by a `form` attribute too) and its links."""

    def __init__(self, page: str) -> None:
        super().__init__(convert_charrefs=True)
        self.page = page
        self.forms: list[Form] = []
        self.by_id: dict[str, Form] = {}
        self.current: Form | None = None
        self.select: tuple[Form, str] | None = None
        self.loose: list[tuple[str, str, str, str | None]] = []
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "a" and a.get("href"):
            self.links.append(urljoin(self.page, a["href"]))
        if tag == "form":
            self.current = Form(
                urljoin(self.page, a.get("action") or self.page), (a.get("method") or "GET").upper()
            )
            self.forms.append(self.current)
            if a.get("id"):
                self.by_id[a["id"]] = self.current
            return
        name = a.get("name")
        if tag == "option" and self.select is not None:
            self.select[0].add(self.select[1], "select", a.get("value"))
        if tag not in ("input", "select", "textarea", "button") or not name:
            return
        kind = a.get("type", tag).lower() if tag == "input" else tag
        value = a.get("value") if "value" in a else None
        if a.get("form"):
            self.loose.append((a["form"], name, kind, value))
            return
        if self.current is not None:
            self.current.add(name, kind, value)
            if tag == "select":
                self.select = (self.current, name)

    def handle_endtag(self, tag: str) -> None:
        if tag == "form":
            self.current = None
        elif tag == "select":
            self.select = None

    def result(self) -> list[Form]:
        """The forms, loose inputs bound to theirs."""
        for form_id, name, kind, value in self.loose:
            if form_id in self.by_id:
                self.by_id[form_id].add(name, kind, value)
        return self.forms


@dataclass
class Catalogue:
    """Fields (and the values their forms offer) per (rule, method), query names per rule, and
    values seen anywhere per field name."""

    fields: dict[tuple[str, str], dict[str, str]] = field(default_factory=dict)
    offers: dict[tuple[str, str], dict[str, set[str]]] = field(default_factory=dict)
    query: dict[str, set[str]] = field(default_factory=dict)
    values: dict[str, set[str]] = field(default_factory=dict)

    def all_fields(self) -> dict[str, str]:
        """Every field name seen on any form, with its type."""
        out: dict[str, str] = {}
        for fields in self.fields.values():
            out.update(fields)
        return out


def crawl(fz: Fuzzer, routes: list[Route]) -> Catalogue:
    """GET every page with real ids as teacher and learner, and read its forms."""
    cat = Catalogue()
    for name, values in fz.fx.hints.items():
        cat.values.setdefault(name, set()).update(values)
    for name, ids in fz.fx.ids.items():
        cat.values.setdefault(name, set()).update(str(i) for i in ids)
    for route in routes:
        if route.method != "GET" or route.api:
            continue
        for actor in ("teacher", "learner"):
            for i in range(3):
                segments = {n: real_segment(fz.fx, conv, n, i) for conv, n in route.placeholders()}
                response = fz.send(Sent(actor, "GET", route.fill(segments)))
                if response is None or response.mimetype != "text/html":
                    continue
                _read_forms(fz, cat, route.fill(segments), response.get_data(as_text=True))
                if not route.placeholders():
                    break
    return cat


def real_segment(fx: Fixtures, converter: str, name: str, i: int) -> str:
    if converter == "int":
        ids = fx.ids.get(name) or [n for v in fx.ids.values() for n in v]
        return str(ids[i % len(ids)])
    return fx.slugs[i % len(fx.slugs)]


def _read_forms(fz: Fuzzer, cat: Catalogue, page: str, html_text: str) -> None:
    parser = FormParser("http://localhost" + page)
    parser.feed(html_text)
    for link in parser.links:  # the query parameters a link sends to a route, and their values
        parts = urlsplit(link)
        rule = fz.route_of("GET", parts.path)
        if rule is not None and parts.query:
            for name, value in parse_qsl(parts.query, keep_blank_values=True):
                cat.query.setdefault(rule.rule, set()).add(name)
                cat.values.setdefault(name, set()).add(value)
    for form in parser.result():
        parts = urlsplit(form.action)
        rule = fz.route_of(form.method, parts.path)
        for name, (_, values) in form.fields.items():
            cat.values.setdefault(name, set()).update(v for v in values if len(v) < 200)
        if rule is None:
            continue
        if form.method == "GET":
            cat.query.setdefault(rule.rule, set()).update(form.fields)
        else:
            known = cat.fields.setdefault((rule.rule, form.method), {})
            known.update({n: kind for n, (kind, _) in form.fields.items()})
            offers = cat.offers.setdefault((rule.rule, form.method), {})
            for n, (_, values) in form.fields.items():
                offers.setdefault(n, set()).update(values)
