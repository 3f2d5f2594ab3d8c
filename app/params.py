"""Values from outside (URL parts, query strings, form fields, JSON) on their way to the database.

A row id is a 32-bit integer on PostgreSQL and a 64-bit one on SQLite; a bigger number, or a
"digit" such as '²' that `str.isdigit` accepts and `int` refuses, must read as "no such row",
never reach the driver and end as a 500. Every id and page number from a request goes through
here: `<int:...>` in a route is bounded by `IdConverter`, query strings and form fields by
`db_id`/`page_number`, and WTForms fields by `ID_RANGE`.

Text is the other hazard: JSON can carry a NUL ("\\u0000") or a lone surrogate ("\\ud800"),
which PostgreSQL refuses and UTF-8 cannot encode. `unstorable_text` finds the first such string
in parsed JSON so that the caller can name it in a 400.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from werkzeug.routing import IntegerConverter, Map
from wtforms.validators import NumberRange

MAX_ID = 2**31 - 1  # PostgreSQL's INTEGER; SQLite's is wider
ID_RANGE = NumberRange(min=0, max=MAX_ID, message="Not a valid id.")


def db_id(text: str | None) -> int:
    """A row id written in ASCII digits, within range; ValueError otherwise.

    Raising ValueError lets it serve as `request.args.get(..., type=db_id)`, which then
    returns the default.
    """
    if text is None:
        raise ValueError("no id")
    text = text.strip()
    if not (text.isascii() and text.isdigit()) or len(text) > 10 or int(text) > MAX_ID:
        raise ValueError(f"not an id: {text[:20]!r}")
    return int(text)


def id_or_none(text: str | None) -> int | None:
    """`db_id`, or None for anything that is not an id."""
    try:
        return db_id(text)
    except ValueError:
        return None


def json_id(value: Any) -> int | None:
    """A row id given as a JSON number (not a string, a bool or a float), or None."""
    if type(value) is not int or not 0 <= value <= MAX_ID:
        return None
    return value


def ids_in(values: list[str]) -> list[int]:
    """The ids among these strings, ignoring whatever is not one."""
    return [i for i in map(id_or_none, values) if i is not None]


def page_number(text: str | None) -> int:
    """A 1-based page number; 1 for anything malformed, capped so that an offset stays small."""
    page = id_or_none(text)
    return min(max(page or 1, 1), 1_000_000)


class IdConverter(IntegerConverter):
    """`<int:...>` in a route: ASCII digits up to MAX_ID; anything bigger is a 404."""

    regex = "[0-9]+"

    def __init__(self, map: Map, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("max", MAX_ID)
        super().__init__(map, *args, **kwargs)


def unstorable_text(data: Any, root: str = "") -> str | None:
    """Where in this parsed JSON a string holds NUL or a lone surrogate ("questions[3].stem")."""
    for path, value in _strings(data, root):
        if "\x00" in value:
            return f"{path}: holds a NUL character"
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return f"{path}: is not valid Unicode text"
    return None


def _strings(data: Any, root: str) -> Iterator[tuple[str, str]]:
    """Every string in the structure, keys included, with its path; without recursion."""
    stack: list[tuple[str, Any]] = [(root, data)]
    while stack:
        path, value = stack.pop()
        if isinstance(value, str):
            yield path or "(the value)", value
        elif isinstance(value, dict):
            for key, item in value.items():
                yield path or "(a key)", key
                stack.append((f"{path}.{key}" if path else str(key), item))
        elif isinstance(value, list):
            stack.extend((f"{path}[{i}]", item) for i, item in enumerate(value))
