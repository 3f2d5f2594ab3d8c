"""Moodle XML and GIFT imports from the database's side: sources kept, matching by id, and a
report that names everything skipped or altered (service, command line and web page)."""

from __future__ import annotations

import io
import json

import pytest
from sqlalchemy import func, select

from app.extensions import db as database
from app.models import Question
from app.services.bank import articles, curation, foreign, generation, transfer

from ..conftest import DEMO_ARTICLE, demo_questions

LIMIT = 16 * 1024 * 1024
N = demo_questions()

# Moodle's GIFT test file, described rather than copied: one of each question type it shows.
MOODLE_GIFT_TYPES = """// a description: no answers
You can use your pencil and paper for these next math questions.

// essay
Write a short biography of Dag Hammarskjold. {}

// true/false
Grant is buried in Grant's tomb. {FALSE}

// short answer
Who's buried in Grant's tomb? {=Grant =Ulysses S. Grant}

// matching
Match the countries with their capitals. {=Canada -> Ottawa =Italy -> Rome}

// numerical
When was Ulysses S. Grant born? {#1822:5}

// multiple answers
What two people are entombed in Grant's tomb? {~%-100%No one ~%50%Grant ~%50%Grant's wife}

// multiple choice with partial credit on a wrong option
::Colour::What colour is white? {=white ~%50%off-white ~black}

// plain multiple choice
Who's buried in Grant's tomb? {~Grant ~Jefferson =no one}
"""


@pytest.fixture
def teacher(make):  # type: ignore[no-untyped-def]
    user = make.user("teacher@example.com", role="teacher")
    added = articles.add_article(user, DEMO_ARTICLE.read_text(encoding="utf-8"))
    generation.start(added.job)
    return user


def export(owner, fmt: str) -> bytes:  # type: ignore[no-untyped-def]
    out = io.BytesIO()
    transfer.export(transfer.Selection(owner), fmt, out)
    return out.getvalue()


def sentences(owner) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {
        q["id"]: q["source"]["sentence"] for q in json.loads(export(owner, "json"))["questions"]
    }


def question_rows() -> int:
    return database.session.scalar(select(func.count(Question.id))) or 0


@pytest.mark.parametrize("fmt", ["moodle", "gift"])
def test_an_import_keeps_the_source_sentence_the_file_carries(teacher, make, fmt: str) -> None:  # type: ignore[no-untyped-def]
    other = make.user("other@example.com", role="teacher")
    report = foreign.import_foreign(fmt, export(teacher, fmt), f"bank.{fmt}", other, LIMIT)
    assert len(report.added) == N
    theirs, ours = sentences(other), sentences(teacher)
    assert theirs == ours
    stems = {q["id"]: q["stem"] for q in json.loads(export(other, "json"))["questions"]}
    assert sum(theirs[k] != stems[k] for k in theirs) == N


@pytest.mark.parametrize("fmt", ["moodle", "gift"])
def test_reimporting_an_export_into_its_own_bank_changes_nothing(teacher, fmt: str) -> None:  # type: ignore[no-untyped-def]
    before = question_rows()
    report = foreign.import_foreign(fmt, export(teacher, fmt), f"bank.{fmt}", teacher, LIMIT)
    assert not report.added and not report.updated and len(report.unchanged) == N
    assert question_rows() == before


def test_a_changed_option_in_a_foreign_file_updates_the_question_by_id(teacher) -> None:  # type: ignore[no-untyped-def]
    raw = export(teacher, "gift").decode()
    first = json.loads(export(teacher, "json"))["questions"][0]
    wrong = next(o["text"] for o in first["options"] if not o["correct"])
    raw = raw.replace(f"~{wrong}\n", "~A brand new wrong option\n", 1)
    report = foreign.import_foreign("gift", raw.encode(), "bank.gift", teacher, LIMIT)
    assert report.updated == [first["id"]] and not report.added
    again = json.loads(export(teacher, "json"))["questions"][0]
    assert "A brand new wrong option" in [o["text"] for o in again["options"]]
    assert again["source"] == first["source"] and again["difficulty"] == first["difficulty"]


def test_the_report_names_every_skipped_or_altered_question(make) -> None:  # type: ignore[no-untyped-def]
    owner = make.user("t@example.com", role="teacher")
    report = foreign.import_foreign("gift", MOODLE_GIFT_TYPES.encode(), "t.gift", owner, LIMIT)
    assert len(report.added) == 2
    joined = "\n".join(report.notes)
    for what in (
        "description",
        "essay",
        "true/false",
        "short answer",
        "matching",
        "numerical",
        "multiple-answer",
        "partial credit",
    ):
        assert what in joined, what
    assert len(report.notes) >= 9  # eight notes on questions and the one on missing fields


def test_a_file_with_nothing_importable_lists_every_skipped_question(make) -> None:  # type: ignore[no-untyped-def]
    owner = make.user("t@example.com", role="teacher")
    only_others = MOODLE_GIFT_TYPES.split("// multiple choice with partial")[0]
    with pytest.raises(transfer.BankImportError) as caught:
        foreign.import_foreign("gift", only_others.encode(), "t.gift", owner, LIMIT)
    errors = caught.value.errors
    assert errors[0].startswith("no multiple-choice questions found (7 skipped")
    assert len(errors) == 8 and "…" not in " ".join(errors) and "..." not in " ".join(errors)
    assert any("matching" in e for e in errors) and any("numerical" in e for e in errors)


def test_every_broken_question_is_named_not_just_the_first(make) -> None:  # type: ignore[no-untyped-def]
    owner = make.user("t@example.com", role="teacher")
    raw = b"A? {~a ~b}\n\nB? {=a =b ~c}\n\nC? {=" + b"x" * 600 + b" ~y}\n\nD? {=ok ~fine}\n"
    with pytest.raises(transfer.BankImportError) as caught:
        foreign.import_foreign("gift", raw, "t.gift", owner, LIMIT)
    assert caught.value.errors == [
        "question 1 (line 1): no correct answer",
        "question 2 (line 3): 2 correct answers; only one may be correct",
        "question 3 (line 5): option 1: longer than 500 characters",
    ]


def test_the_command_line_prints_the_notes(runner, make, tmp_path) -> None:  # type: ignore[no-untyped-def]
    make.user("t@example.com", role="teacher")
    path = tmp_path / "moodle-types.gift"
    path.write_text(MOODLE_GIFT_TYPES, encoding="utf-8")
    result = runner.invoke(args=["bank", "import", str(path), "--owner", "t@example.com"])
    assert result.exit_code == 0, result.output
    assert "Added 2, updated 0, left alone 0." in result.output
    assert result.output.count("note: ") >= 9 and "matching question skipped" in result.output


def test_the_import_page_shows_the_notes(client, auth, make) -> None:  # type: ignore[no-untyped-def]
    make.user("t@example.com", role="teacher")
    auth.login("t@example.com")
    page = client.post(
        "/teach/bank/import",
        data={"file": (io.BytesIO(MOODLE_GIFT_TYPES.encode()), "types.gift"), "format": ""},
        content_type="multipart/form-data",
    )
    html = page.get_data(as_text=True)
    assert page.status_code == 200 and "2 added" in html
    assert "numerical question skipped" in html and "partial credit" in html
    assert curation.bank_page  # the bank is where the teacher goes next


# Moodle XML with one question of each type Moodle's documentation shows (described, in our words):
# two single-answer multiple choice (one with HTML and a negative fraction), and the types that
# are not: true/false, short answer, matching, numerical, essay, description, embedded answers
# (cloze), calculated, and multiple-answer multiple choice.
MOODLE_XML_TYPES = b"""<?xml version="1.0" encoding="UTF-8"?>
<quiz>
<question type="category"><category><text>$course$/Examples</text></category></question>
<question type="multichoice"><name><text>Tomb</text></name>
<questiontext format="html"><text><![CDATA[<p>Who is buried in <b>Grant's</b> tomb?</p>]]></text></questiontext>
<answer fraction="0"><text>Jefferson</text></answer>
<answer fraction="100"><text>Grant</text></answer>
<answer fraction="-50"><text>Nobody</text></answer></question>
<question type="multichoice"><name><text>Holiday</text></name><single>true</single>
<questiontext format="moodle_auto_format"><text>Thanksgiving falls on which Thursday?</text></questiontext>
<answer fraction="0"><text>second</text></answer>
<answer fraction="100"><text>fourth</text></answer></question>
<question type="truefalse"><name><text>TF</text></name>
<questiontext><text>The tomb is empty.</text></questiontext></question>
<question type="shortanswer"><name><text>Short</text></name>
<questiontext><text>Who is buried there?</text></questiontext></question>
<question type="matching"><name><text>Capitals</text></name>
<questiontext><text>Match the capitals.</text></questiontext></question>
<question type="numerical"><name><text>Born</text></name>
<questiontext><text>Year of birth?</text></questiontext></question>
<question type="essay"><name><text>Essay</text></name>
<questiontext><text>Write a biography.</text></questiontext></question>
<question type="description"><name><text>Note</text></name>
<questiontext><text>Use pencil and paper.</text></questiontext></question>
<question type="cloze"><name><text>Cloze</text></name>
<questiontext><text>{1:SHORTANSWER:=Berlin} is a capital.</text></questiontext></question>
<question type="calculated"><name><text>Sum</text></name>
<questiontext><text>{a} + {b}?</text></questiontext></question>
<question type="multichoice"><name><text>Two</text></name><single>false</single>
<questiontext><text>Pick both.</text></questiontext>
<answer fraction="50"><text>a</text></answer><answer fraction="50"><text>b</text></answer></question>
</quiz>
"""


def test_moodle_examples_import_with_their_keys_and_the_rest_is_named(make) -> None:  # type: ignore[no-untyped-def]
    owner = make.user("t@example.com", role="teacher")
    report = foreign.import_foreign("moodle", MOODLE_XML_TYPES, "types.xml", owner, LIMIT)
    assert len(report.added) == 2 and not report.updated
    bank = {q["stem"]: q for q in json.loads(export(owner, "json"))["questions"]}
    tomb = bank["Who is buried in Grant's tomb?"]
    assert [(o["text"], o["correct"]) for o in tomb["options"]] == [
        ("Jefferson", False),
        ("Grant", True),
        ("Nobody", False),
    ]
    assert bank["Thanksgiving falls on which Thursday?"]["answer"] == "fourth"
    joined = "\n".join(report.notes)
    for qtype in ("truefalse", "shortanswer", "matching", "numerical", "essay", "description"):
        assert f"type {qtype} skipped" in joined
    assert "type cloze skipped" in joined and "type calculated skipped" in joined
    assert "multiple-answer multichoice skipped" in joined
    again = foreign.import_foreign("moodle", MOODLE_XML_TYPES, "types.xml", owner, LIMIT)
    assert not again.added and len(again.unchanged) == 2


def test_a_changed_question_that_learners_answered_becomes_a_new_version(teacher, make) -> None:  # type: ignore[no-untyped-def]
    from app.models import Response
    from app.services.accounts import classes
    from app.services.quiz import answers, builder

    page = curation.bank_page(teacher, curation.BankFilter())
    q = page.items[0]
    curation.set_status(teacher, [q.id], "approved")
    quiz = builder.create_by_pick(teacher, builder.Settings("Q", shuffle=False), [q.id])
    classes.open_to(quiz, [make.test_class()])
    learner = make.user()
    attempt = make.attempt(learner, quiz)
    seen = make.slots(attempt)[0]
    answers.save(learner.id, attempt.id, seen.options[0].id, q.id)
    raw = export(teacher, "gift").decode().replace(q.stem.replace("?", ""), "Reworded", 1)
    report = foreign.import_foreign("gift", raw.encode(), "bank.gift", teacher, LIMIT)
    assert report.updated == [q.fingerprint] and not report.added
    database.session.expire_all()
    versions = database.session.scalars(
        select(Question).where(Question.fingerprint == q.fingerprint).order_by(Question.version)
    ).all()
    assert [v.version for v in versions] == [1, 2] and versions[0].replaced_by_id == versions[1].id
    assert versions[1].stem.startswith("Reworded") and versions[1].status == "approved"
    assert database.session.scalars(select(Response.question_id)).all() == [versions[0].id]
