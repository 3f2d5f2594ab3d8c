"""The bank travels: JSON export and import (round trip, idempotence, all or nothing), the
foreign formats from the database, and the `flask bank` commands."""

from __future__ import annotations

import copy
import io
import json
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import func, select

import questions
from app.extensions import db as database
from app.models import Document, Option, Question
from app.services.bank import articles, curation, foreign, generation, transfer

from ..conftest import demo_questions

DEMO = Path(__file__).resolve().parents[2] / "app" / "demo" / "deir-ez-zor-offensive-2016.txt"
LIMIT = 16 * 1024 * 1024
N = demo_questions()  # what the generator writes for the demo article


@pytest.fixture
def teacher(make):  # type: ignore[no-untyped-def]
    user = make.user("teacher@example.com", role="teacher")
    added = articles.add_article(user, DEMO.read_text(encoding="utf-8"))
    generation.start(added.job)
    return user


def export(owner, fmt: str = "json", **kw) -> bytes:  # type: ignore[no-untyped-def]
    out = io.BytesIO()
    transfer.export(transfer.Selection(owner, **kw), fmt, out)
    return out.getvalue()


def comparable(data: dict) -> dict:  # type: ignore[type-arg]
    data = copy.deepcopy(data)
    data.pop("generated_at")
    return data


def counts() -> tuple[int, int, int]:
    return (
        database.session.scalar(select(func.count(Document.id))) or 0,
        database.session.scalar(select(func.count(Question.id))) or 0,
        database.session.scalar(select(func.count(Option.id))) or 0,
    )


def test_export_validates_and_round_trips_into_an_empty_database(teacher, make) -> None:  # type: ignore[no-untyped-def]
    ids = [q.id for q in curation.bank_page(teacher, curation.BankFilter()).items]
    curation.set_status(teacher, ids[:10], "approved")
    curation.set_status(teacher, ids[10:12], "retired")
    q = database.session.get(Question, ids[0])
    curation.edit(
        teacher, q, "Edited <b>stem</b> & more?", [("x", False), ("y", True), ("z", False)]
    )
    first = json.loads(export(teacher))
    assert questions.validation_errors(first) == []
    assert len(first["questions"]) == N and first["documents"][0]["text"].startswith("= Deir")
    assert any(q["stem"] == "Edited <b>stem</b> & more?" for q in first["questions"])
    other = make.user("other@example.com", role="teacher")  # "an empty database" for this teacher
    report = transfer.import_json(json.dumps(first).encode(), other, LIMIT)
    assert len(report.added) == N and not report.updated
    again = json.loads(export(other))
    assert comparable(again) == comparable(first)
    statuses = sorted(q["status"] for q in again["questions"])
    assert statuses.count("approved") == 10 and statuses.count("retired") == 2


def test_reimport_is_idempotent_and_updates_by_id(teacher) -> None:  # type: ignore[no-untyped-def]
    data = json.loads(export(teacher))
    before = counts()
    report = transfer.import_json(json.dumps(data).encode(), teacher, LIMIT)
    assert len(report.unchanged) == N and not report.added and not report.updated
    assert counts() == before
    data["questions"][3]["status"] = "approved"
    data["questions"][4]["stem"] = "A clearer question?"
    report = transfer.import_json(json.dumps(data).encode(), teacher, LIMIT)
    assert sorted(report.updated) == sorted(
        [data["questions"][3]["id"], data["questions"][4]["id"]]
    )
    assert counts() == before


BROKEN = [
    (
        lambda d: d["questions"][12]["options"][1].update(correct=True),
        "questions[12].options: two options are correct",
    ),
    (
        lambda d: [o.update(correct=False) for o in d["questions"][2]["options"]],
        "questions[2].options: no option is correct",
    ),
    (lambda d: d["questions"][5].update(id=d["questions"][1]["id"]), "questions[5].id: "),
    (lambda d: d["questions"][0].pop("stem"), "questions[0]: 'stem' is missing"),
    (
        lambda d: d["questions"][3].update(options=d["questions"][3]["options"][:1]),
        "questions[3].options: has fewer than 2 options",
    ),
    (
        lambda d: d["questions"][11].update(difficulty="hard"),
        "questions[11].difficulty: should be a number",
    ),
    (lambda d: d["questions"][7]["options"][0].update(text=""), "questions[7].options[0].text"),
    (
        lambda d: d["questions"][8].update(document_id="doc-nowhere"),
        "questions[8].document_id: no document",
    ),
    (lambda d: d["documents"][0].update(text="tampered"), "documents[0].text: its SHA-256"),
    (lambda d: d.update(version=2), "version: 2 is not supported"),
    (lambda d: d["questions"][9]["source"].update(end=10**7), "questions[9].source"),
    (
        lambda d: d["questions"][4].update(stem="When\x00?"),
        "questions[4].stem: holds a NUL character",
    ),
    (
        lambda d: d["questions"][6]["options"][2].update(text="\ud800"),
        "questions[6].options[2].text: is not valid Unicode",
    ),
]


@pytest.mark.parametrize(("breaks", "message"), BROKEN)
def test_a_broken_bank_changes_nothing_and_names_the_item(
    teacher, make, breaks, message: str
) -> None:  # type: ignore[no-untyped-def]
    data = json.loads(export(teacher))
    data["questions"][20]["status"] = "approved"  # a valid change that must not land either
    breaks(data)
    before = counts()
    with pytest.raises(transfer.BankImportError) as caught:
        transfer.import_json(json.dumps(data).encode(), teacher, LIMIT)
    assert any(message in e for e in caught.value.errors), caught.value.errors
    assert not any("{'" in e or "[{" in e for e in caught.value.errors)  # no Python reprs
    assert counts() == before
    assert database.session.scalar(select(func.count()).where(Question.status == "approved")) == 0


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b"\x89PNG\r\n\x1a\n", "not UTF-8"),
        (b"this is not json", "not JSON: line 1, column 1"),
        (b"[1, 2, 3]", "not a Factdeck question bank"),
        (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
        (
            b'{"format": "factdeck.question-bank", "version": 1}',
            "the file: 'generated_at', 'generator', 'documents', 'questions' is missing",
        ),
        (b" " * (LIMIT + 1), "too large"),
    ],
)
def test_hostile_files_get_a_clear_error(teacher, raw: bytes, message: str) -> None:  # type: ignore[no-untyped-def]
    before = counts()
    with pytest.raises(transfer.BankImportError) as caught:
        transfer.import_json(raw, teacher, LIMIT)
    assert message in str(caught.value)
    assert counts() == before


def test_script_in_text_fields_is_stored_as_text(teacher) -> None:  # type: ignore[no-untyped-def]
    data = json.loads(export(teacher))
    data["questions"][0]["stem"] = "<script>alert(1)</script> When?"
    transfer.import_json(json.dumps(data).encode(), teacher, LIMIT)
    stems = [q.stem for q in curation.bank_page(teacher, curation.BankFilter()).items]
    assert "<script>alert(1)</script> When?" in stems


def test_exports_of_an_article_a_quiz_and_a_filter(teacher) -> None:  # type: ignore[no-untyped-def]
    from app.services.quiz import builder

    page = curation.bank_page(teacher, curation.BankFilter())
    curation.set_status(teacher, [q.id for q in page.items[:5]], "approved")
    quiz = builder.create_by_pick(teacher, builder.Settings("Q"), [q.id for q in page.items[:3]])
    in_quiz = json.loads(export(teacher, quiz_id=quiz.id))["questions"]
    assert [q["id"] for q in in_quiz] == [q.fingerprint for q in page.items[:3]]
    dates = json.loads(export(teacher, filter=curation.BankFilter(kind="date")))
    assert dates["questions"] and {q["kind"] for q in dates["questions"]} == {"date"}
    approved = json.loads(export(teacher, filter=curation.BankFilter(status="approved")))
    assert len(approved["questions"]) == 5
    doc = database.session.scalar(select(Document))
    assert len(json.loads(export(teacher, document_id=doc.id))["questions"]) == N


@pytest.mark.parametrize("fmt", ["moodle", "gift", "qti", "anki", "csv", "quizlet"])
def test_every_foreign_format_exports_from_the_database(teacher, fmt: str) -> None:  # type: ignore[no-untyped-def]
    data = export(teacher, fmt)
    assert data
    if fmt in ("qti", "anki"):
        assert zipfile.is_zipfile(io.BytesIO(data))


def test_moodle_and_gift_import_as_drafts_and_again_changes_nothing(teacher, make) -> None:  # type: ignore[no-untyped-def]
    for fmt in ("moodle", "gift"):
        other = make.user(f"{fmt}@example.com", role="teacher")
        raw = export(teacher, fmt)
        report = foreign.import_foreign(fmt, raw, f"bank.{fmt}", other, LIMIT)
        assert len(report.added) == N
        again = foreign.import_foreign(fmt, raw, f"bank.{fmt}", other, LIMIT)
        assert len(again.unchanged) == N and not again.added
    theirs = curation.bank_page(other, curation.BankFilter()).items
    assert {q.status for q in theirs} == {"draft"}
    with pytest.raises(transfer.BankImportError, match="Nothing was imported"):
        foreign.import_foreign("gift", b"::q:: Broken {=a =b}", "bad.gift", other, LIMIT)


def test_the_bank_commands(runner, teacher, tmp_path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "bank.json"
    result = runner.invoke(args=["bank", "export", "-o", str(out)])
    assert result.exit_code == 0 and f"Wrote {N} questions" in result.output
    data = json.loads(out.read_text())
    assert questions.validation_errors(data) == []
    result = runner.invoke(args=["bank", "import", str(out)])
    assert result.exit_code == 0 and f"left alone {N}" in result.output
    data["questions"][1]["options"][0]["correct"] = not data["questions"][1]["options"][0][
        "correct"
    ]
    out.write_text(json.dumps(data))
    result = runner.invoke(args=["bank", "import", str(out)])
    assert result.exit_code != 0 and "questions[1].options" in result.output
    gift = tmp_path / "bank.gift"
    assert (
        runner.invoke(args=["bank", "export", "--format", "gift", "-o", str(gift)]).exit_code == 0
    )
    assert runner.invoke(args=["bank", "export", "--format", "pdf"]).exit_code != 0


def test_download_and_upload_from_the_bank_page(client, auth, teacher, make) -> None:  # type: ignore[no-untyped-def]
    auth.login("teacher@example.com")
    page = client.get("/teach/bank?kind=date").get_data(as_text=True)
    assert 'name="kind" value="date"' in page  # the export keeps the filter
    response = client.get("/teach/bank/export?format=json&kind=date")
    assert response.status_code == 200 and "attachment" in response.headers["Content-Disposition"]
    data = json.loads(response.data)
    assert {q["kind"] for q in data["questions"]} == {"date"}
    moodle = client.get("/teach/bank/export?format=moodle")
    assert moodle.mimetype == "application/xml" and b"<quiz>" in moodle.data
    assert client.get("/teach/bank/export?format=pdf").status_code == 400
    data["questions"][0]["status"] = "approved"
    upload = client.post(
        "/teach/bank/import",
        data={"file": (io.BytesIO(json.dumps(data).encode()), "bank.json"), "format": ""},
        content_type="multipart/form-data",
    )
    html = upload.get_data(as_text=True)
    assert upload.status_code == 200 and "1 updated" in html
    data["questions"][1]["options"][0]["correct"] = True
    data["questions"][1]["options"][1]["correct"] = True
    bad = client.post(
        "/teach/bank/import",
        data={"file": (io.BytesIO(json.dumps(data).encode()), "bank.json")},
        content_type="multipart/form-data",
    )
    assert bad.status_code == 422 and "Nothing was imported" in bad.get_data(as_text=True)
    assert "options: two options are correct" in bad.get_data(as_text=True)
    other_quiz = client.get("/teach/bank/export?quiz=99999")
    assert other_quiz.status_code == 404
