"""Ids, page numbers and text from outside: never a 500, always a clear answer.

The fuzz test finds these by chance; here each class of input is pinned by hand, on SQLite and
PostgreSQL alike (a 32-bit id column, NUL refused by PostgreSQL).
"""

from __future__ import annotations

import pytest

from app.params import MAX_ID, db_id, id_or_none, ids_in, page_number, unstorable_text
from app.services.accounts import tokens

HUGE = str(2**63)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("7", 7),
        (" 12 ", 12),
        ("0", 0),
        (str(MAX_ID), MAX_ID),
        (str(MAX_ID + 1), None),
        (HUGE, None),
        ("²", None),
        ("٣", None),
        ("-1", None),
        ("1e3", None),
        ("", None),
        (None, None),
    ],
)
def test_an_id_is_ascii_digits_within_the_column(text: str | None, expected: int | None) -> None:
    assert id_or_none(text) == expected
    if expected is None:
        with pytest.raises(ValueError):
            db_id(text)


def test_lists_and_pages() -> None:
    assert ids_in(["1", "x", "²", HUGE, "3"]) == [1, 3]
    assert page_number("2") == 2
    assert page_number("0") == page_number("-4") == page_number("") == page_number(HUGE) == 1
    assert page_number("99999999") == 1_000_000  # an offset that stays small


def test_unstorable_text_is_found_and_named() -> None:
    assert unstorable_text({"a": ["fine", {"b": "ok"}]}) is None
    assert unstorable_text({"a": ["fine", {"b": "x\x00"}]}) == "a[1].b: holds a NUL character"
    assert unstorable_text({"t\ud800": 1}) == "(a key): is not valid Unicode text"
    assert unstorable_text([[["\ud800"]]], "rows") == "rows[0][0][0]: is not valid Unicode text"
    deep: list = []  # type: ignore[type-arg]
    node = deep
    for _ in range(50_000):  # deeper than Python's recursion limit: the walk is iterative
        node.append([])
        node = node[0]
    assert unstorable_text(deep) is None


@pytest.mark.parametrize(
    "url",
    [
        f"/attempts/{HUGE}/1",
        f"/attempts/1/{HUGE}",
        f"/teach/quizzes/{HUGE}",
        f"/teach/articles/{MAX_ID + 1}",
        f"/teach/questions/{HUGE}",
        f"/teach/classes/{HUGE}",
        f"/teach/learners/{HUGE}",
        "/teach/quizzes/٣",
    ],
)
def test_an_id_beyond_the_column_is_a_404(client, make, auth, url: str) -> None:  # type: ignore[no-untyped-def]
    make.user("teacher@example.com", role="teacher")
    auth.login("teacher@example.com")
    assert client.get(url).status_code == 404


@pytest.mark.parametrize("value", ["²", HUGE, "-3", "x"])
def test_malformed_numbers_in_query_strings_are_ignored(client, make, auth, value: str) -> None:  # type: ignore[no-untyped-def]
    make.user("teacher@example.com", role="teacher")
    auth.login("teacher@example.com")
    assert (
        client.get("/teach/bank", query_string={"document": value, "page": value}).status_code
        == 200
    )
    assert client.get("/teach/bank/export", query_string={"quiz": value}).status_code == 200
    assert (
        client.post(
            "/teach/bank/status", data={"id": value, "ids": value, "status": "approved"}
        ).status_code
        == 302
    )


def test_a_huge_option_or_card_id_is_no_answer(client, make, auth, db) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import func, select

    from app.models import Response

    quiz = make.quiz(size=2)
    make.user()
    auth.login("learner@example.com")
    start = client.post(f"/quizzes/{quiz.id}/start")
    page = start.location
    assert client.post(page, data={"option": HUGE, "go": "next"}).status_code == 302
    assert db.session.scalar(select(func.count(Response.id))) == 0
    # the card forms check the id's range: a huge one is a bad request, not a missing card
    assert (
        client.post("/cards/review", data={"card": HUGE, "reps": "0", "rating": "3"}).status_code
        == 400
    )
    assert client.post("/cards/undo", data={"log": HUGE}).status_code == 400
    assert (
        client.get("/cards/study", query_string={"card": HUGE, "choice": HUGE}).status_code == 200
    )


def test_a_nul_in_a_form_or_query_is_a_clear_400(client, make, auth) -> None:  # type: ignore[no-untyped-def]
    make.user("teacher@example.com", role="teacher")
    auth.login("teacher@example.com")
    for response in (
        client.post("/teach/classes", data={"name": "Year\x009"}),
        client.get("/teach/bank", query_string={"q": "a\x00b"}),
        client.post(
            "/register", data={"name": "a\x00", "email": "n@example.com", "password": "x" * 12}
        ),
    ):
        assert response.status_code == 400
        assert "NUL character" in response.get_data(as_text=True)


@pytest.fixture
def api(client, make):  # type: ignore[no-untyped-def]
    teacher = make.user("teacher@example.com", role="teacher")
    _, secret = tokens.create_token(teacher, "tests")
    return lambda method, url, **kw: client.open(
        url, method=method, headers={"Authorization": f"Bearer {secret}"}, **kw
    )


@pytest.mark.parametrize(
    ("body", "message"),
    [(b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
     (b'{"name": "\\ud800"}', "name: is not valid Unicode"),
     (b'{"name": "a\\u0000b"}', "name: holds a NUL character"),
     (b'{"name": "Year 9", "x": {"\\ud800": 1}}', "is not valid Unicode")],
)  # fmt: skip
def test_the_api_refuses_json_it_cannot_store(api, body: bytes, message: str) -> None:  # type: ignore[no-untyped-def]
    response = api("POST", "/api/v1/classes", data=body, content_type="application/json")
    assert response.status_code == 400
    assert message in response.get_json()["error"]["message"]
    assert api("GET", "/api/v1/classes").get_json()["classes"] == []


@pytest.mark.parametrize(
    ("body", "message"),
    [({"title": "Q", "question_ids": [1], "class_ids": [2**63]}, "class_ids: expected a list of ids"),
     ({"title": "Q", "question_ids": [1], "closes_at": "0001-01-01T00:00:00+14:00"}, "closes_at: the date is out of range")],
)  # fmt: skip
def test_the_api_refuses_ids_and_dates_out_of_range(api, body: dict, message: str) -> None:  # type: ignore[no-untyped-def,type-arg]
    response = api("POST", "/api/v1/quizzes", json=body)
    assert response.status_code == 400
    assert message in response.get_json()["error"]["message"]
