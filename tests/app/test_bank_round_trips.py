"""Round trips through the database, on the demo bank and on the hostile fixture bank:
export -> import into an empty bank -> export gives the same file (JSON exactly; Moodle XML and
GIFT except the documented losses), and importing any export again changes nothing."""

from __future__ import annotations

import io
import json
from typing import Any

import pytest

from app.services.bank import articles, curation, foreign, generation, transfer

from ..conftest import DEMO_ARTICLE
from ..formats.hostile import hostile_bank

LIMIT = 16 * 1024 * 1024


def export(owner: Any, fmt: str) -> bytes:
    out = io.BytesIO()
    transfer.export(transfer.Selection(owner), fmt, out)
    return out.getvalue()


def without_date(raw: bytes) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(raw)
    data.pop("generated_at")
    return data


def load(owner: Any, which: str) -> None:
    if which == "demo":
        added = articles.add_article(owner, DEMO_ARTICLE.read_text(encoding="utf-8"))
        generation.start(added.job)
    else:
        transfer.import_json(json.dumps(hostile_bank()).encode(), owner, LIMIT)


def do_import(fmt: str, raw: bytes, owner: Any) -> Any:
    if fmt == "json":
        return transfer.import_json(raw, owner, LIMIT)
    return foreign.import_foreign(fmt, raw, f"bank.{fmt}", owner, LIMIT)


@pytest.mark.parametrize("which", ["demo", "hostile"])
@pytest.mark.parametrize("fmt", ["json", "moodle", "gift"])
def test_export_import_export_gives_the_same_file(make, which: str, fmt: str) -> None:  # type: ignore[no-untyped-def]
    teacher = make.user("teacher@example.com", role="teacher")
    load(teacher, which)
    first = export(teacher, fmt)
    other = make.user("other@example.com", role="teacher")
    report = do_import(fmt, first, other)
    assert report.added and not report.updated
    second = export(other, fmt)
    if fmt == "json":
        assert without_date(second) == without_date(first)
    else:  # every question is a draft here, so nothing documented as lost is in the file
        assert second == first


def test_a_retired_question_comes_back_as_a_draft_from_moodle_xml(make) -> None:  # type: ignore[no-untyped-def]
    teacher = make.user("teacher@example.com", role="teacher")
    load(teacher, "hostile")
    ids = [q.id for q in curation.bank_page(teacher, curation.BankFilter()).items]
    curation.set_status(teacher, ids[:2], "retired")
    first = export(teacher, "moodle")
    assert first.count(b"<hidden>1</hidden>") == 2
    other = make.user("other@example.com", role="teacher")
    do_import("moodle", first, other)
    assert export(other, "moodle") == first.replace(b"<hidden>1</hidden>", b"<hidden>0</hidden>")


@pytest.mark.parametrize("which", ["demo", "hostile"])
@pytest.mark.parametrize("fmt", ["json", "moodle", "gift"])
def test_importing_an_export_again_changes_nothing(make, which: str, fmt: str) -> None:  # type: ignore[no-untyped-def]
    teacher = make.user("teacher@example.com", role="teacher")
    load(teacher, which)
    before = export(teacher, "json")
    report = do_import(fmt, export(teacher, fmt), teacher)
    assert not report.added and not report.updated and report.unchanged
    assert without_date(export(teacher, "json")) == without_date(before)
    other = make.user("other@example.com", role="teacher")
    raw = export(teacher, fmt)
    do_import(fmt, raw, other)
    again = do_import(fmt, raw, other)
    assert not again.added and not again.updated and len(again.unchanged) == len(report.unchanged)
