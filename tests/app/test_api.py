"""The teacher API: token authentication, the objects, validation messages, the OpenAPI document."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from app.services.accounts import tokens

from ..conftest import demo_questions

DEMO = Path(__file__).resolve().parents[2] / "app" / "demo" / "deir-ez-zor-offensive-2016.txt"


@pytest.fixture
def api(client, make):  # type: ignore[no-untyped-def]
    """A client function sending the teacher's token."""
    teacher = make.user("teacher@example.com", role="teacher")
    _, secret = tokens.create_token(teacher, "tests")

    def call(method: str, url: str, **kwargs):  # type: ignore[no-untyped-def]
        headers = {"Authorization": f"Bearer {secret}", **kwargs.pop("headers", {})}
        return client.open(url, method=method, headers=headers, **kwargs)

    return call


@pytest.fixture
def article(api):  # type: ignore[no-untyped-def]
    response = api("POST", "/api/v1/articles", json={"text": DEMO.read_text(encoding="utf-8")})
    assert response.status_code == 201
    return response.get_json()


def test_no_or_bad_token_is_401_with_a_challenge(client) -> None:  # type: ignore[no-untyped-def]
    for headers in ({}, {"Authorization": "Bearer fd_nope"}, {"Authorization": "Basic abc"}):
        response = client.get("/api/v1/articles", headers=headers)
        assert response.status_code == 401
        assert response.headers["WWW-Authenticate"].startswith("Bearer")
        assert "Bearer <token>" in response.get_json()["error"]["message"]


def test_a_session_cookie_is_not_enough(client, make, auth) -> None:  # type: ignore[no-untyped-def]
    make.user("teacher@example.com", role="teacher")
    auth.login("teacher@example.com")
    assert client.get("/api/v1/classes").status_code == 401


def test_articles_are_added_once_and_read_back(api, article) -> None:  # type: ignore[no-untyped-def]
    assert article["created"] and article["job"]["status"] == "done"
    again = api("POST", "/api/v1/articles", json={"text": DEMO.read_text(encoding="utf-8")})
    assert again.status_code == 200 and not again.get_json()["created"]
    listed = api("GET", "/api/v1/articles").get_json()["articles"]
    assert [a["questions"] for a in listed] == [demo_questions()]
    one = api("GET", f"/api/v1/articles/{article['article']['id']}").get_json()
    assert one["article"]["text"].startswith("= Deir ez-Zor offensive (2016) =")


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (None, "Send a JSON object"),
        ([1, 2], "Send a JSON object"),
        ({"title": "x"}, "text: the article's text is required"),
        ({"text": 5}, "text: expected str"),
        ({"text": "   "}, "The pasted text is empty"),
    ],
)
def test_bad_article_bodies_are_400_with_the_field(api, body, message) -> None:  # type: ignore[no-untyped-def]
    kwargs = {"json": body} if body is not None else {"data": "not json"}
    response = api("POST", "/api/v1/articles", **kwargs)
    assert response.status_code == 400
    assert message in response.get_json()["error"]["message"]


def test_questions_filter_edit_and_approve(api, article) -> None:  # type: ignore[no-untyped-def]
    page = api("GET", "/api/v1/questions?kind=figure").get_json()
    assert page["total"] == len(page["questions"]) and {q["kind"] for q in page["questions"]} == {
        "figure"
    }
    q = page["questions"][0]
    assert q["source"]["sentence"] and q["status"] == "draft"
    approved = api("PATCH", f"/api/v1/questions/{q['id']}", json={"status": "approved"})
    assert approved.get_json()["question"]["status"] == "approved"
    bad = api(
        "PATCH",
        f"/api/v1/questions/{q['id']}",
        json={"options": [{"text": "1", "correct": True}, {"text": "1", "correct": False}]},
    )
    assert bad.status_code == 400 and "repeats" in bad.get_json()["error"]["message"]
    shape = api("PATCH", f"/api/v1/questions/{q['id']}", json={"options": ["a", "b"]})
    assert shape.status_code == 400 and shape.get_json()["error"]["message"].startswith("options:")
    edited = api(
        "PATCH",
        f"/api/v1/questions/{q['id']}",
        json={
            "stem": "How many?",
            "options": [{"text": "1", "correct": False}, {"text": "2", "correct": True}],
        },
    ).get_json()["question"]
    assert edited["version"] == 2 and edited["id"] != q["id"] and edited["status"] == "approved"
    old = api("GET", f"/api/v1/questions/{q['id']}").get_json()["question"]
    assert not old["current"] and old["stem"] == q["stem"]
    unknown = api("PATCH", f"/api/v1/questions/{edited['id']}", json={"status": "published"})
    assert unknown.status_code == 400


def test_quizzes_by_rules_and_by_ids_with_classes(api, article) -> None:  # type: ignore[no-untyped-def]
    ids = [q["id"] for q in api("GET", "/api/v1/questions").get_json()["questions"]]
    for qid in ids:
        api("PATCH", f"/api/v1/questions/{qid}", json={"status": "approved"})
    group = api("POST", "/api/v1/classes", json={"name": "10C"}).get_json()["class"]
    assert re.fullmatch(r"[A-Z2-9]{8}", group["join_code"])
    by_ids = api(
        "POST",
        "/api/v1/quizzes",
        json={
            "title": "Ids",
            "question_ids": ids[:4],
            "class_ids": [group["id"]],
            "time_limit_minutes": 5,
        },
    )
    assert by_ids.status_code == 201
    quiz = by_ids.get_json()["quiz"]
    assert quiz["question_ids"] == ids[:4] and quiz["class_ids"] == [group["id"]]
    assert quiz["time_limit_minutes"] == 5
    by_rules = api(
        "POST", "/api/v1/quizzes", json={"title": "Rules", "rules": {"kinds": ["date"], "count": 3}}
    )
    assert by_rules.status_code == 201 and len(by_rules.get_json()["quiz"]["question_ids"]) == 3
    patched = api(
        "PATCH",
        f"/api/v1/quizzes/{quiz['id']}",
        json={"feedback": "immediate", "opens_at": "2030-01-01T08:00:00Z"},
    )
    assert patched.get_json()["quiz"]["feedback"] == "immediate"
    assert patched.get_json()["quiz"]["opens_at"] == "2030-01-01T08:00:00Z"
    bad_time = api("PATCH", f"/api/v1/quizzes/{quiz['id']}", json={"opens_at": "tomorrow"})
    assert bad_time.status_code == 400 and "opens_at" in bad_time.get_json()["error"]["message"]
    assert (
        api("POST", "/api/v1/quizzes", json={"title": "x", "question_ids": ["a"]}).status_code
        == 400
    )
    detail = api("GET", f"/api/v1/classes/{group['id']}").get_json()["class"]
    assert detail["members"] == [] and detail["learners"] == 0


def test_an_unused_article_can_be_deleted(api, article) -> None:  # type: ignore[no-untyped-def]
    aid = article["article"]["id"]
    assert api("DELETE", f"/api/v1/articles/{aid}").status_code == 204
    assert api("GET", f"/api/v1/articles/{aid}").status_code == 404
    assert api("GET", "/api/v1/questions").get_json()["total"] == 0


def test_an_article_in_a_quiz_cannot_be_deleted(api, article) -> None:  # type: ignore[no-untyped-def]
    qid = api("GET", "/api/v1/questions").get_json()["questions"][0]["id"]
    api("PATCH", f"/api/v1/questions/{qid}", json={"status": "approved"})
    api("POST", "/api/v1/quizzes", json={"title": "Q", "question_ids": [qid]})
    response = api("DELETE", f"/api/v1/articles/{article['article']['id']}")
    assert (
        response.status_code == 400
        and "retire them instead" in response.get_json()["error"]["message"]
    )


def test_the_openapi_document_describes_every_endpoint(app, client) -> None:  # type: ignore[no-untyped-def]
    doc = client.get("/api/v1/openapi.json").get_json()
    assert doc["openapi"].startswith("3.1") and doc["components"]["securitySchemes"]["bearer"]
    described = {(path, method.upper()) for path, ops in doc["paths"].items() for method in ops}
    served = set()
    for rule in app.url_map.iter_rules():
        if rule.rule.startswith("/api/v1/") and rule.endpoint != "api.openapi":
            path = re.sub(r"<(?:\w+:)?(\w+)>", r"{\1}", rule.rule[len("/api/v1") :])
            served |= {(path, m) for m in rule.methods - {"HEAD", "OPTIONS"}}
    assert served == described
    refs = re.findall(r'"\$ref": "#/components/schemas/(\w+)"', str(doc).replace("'", '"'))
    assert refs and set(refs) <= set(doc["components"]["schemas"])


def test_objects_have_the_fields_the_openapi_document_describes(api, article) -> None:  # type: ignore[no-untyped-def]
    schemas = api("GET", "/api/v1/openapi.json").get_json()["components"]["schemas"]

    def described(name: str) -> set[str]:
        return set(schemas[name]["properties"])

    one = api("GET", f"/api/v1/articles/{article['article']['id']}").get_json()
    assert set(one["article"]) == described("Article") and set(one["job"]) == described("Job")
    qid = api("GET", "/api/v1/questions").get_json()["questions"][0]["id"]
    question = api("GET", f"/api/v1/questions/{qid}").get_json()["question"]
    assert set(question) == described("Question")
    assert set(question["source"]) == set(schemas["Question"]["properties"]["source"]["properties"])
    assert all(set(o) == described("Option") for o in question["options"])
    group = api("POST", "/api/v1/classes", json={"name": "10C"}).get_json()["class"]
    assert set(group) == described("Class")
    api("PATCH", f"/api/v1/questions/{qid}", json={"status": "approved"})
    quiz = api("POST", "/api/v1/quizzes", json={"title": "Q", "question_ids": [qid]})
    assert set(quiz.get_json()["quiz"]) == described("Quiz")
