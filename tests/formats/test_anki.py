"""Anki .apkg: a ZIP around an SQLite collection whose notes carry the four fields."""

from __future__ import annotations

import html
import io
import json
import sqlite3
import zipfile
from pathlib import Path
from typing import Any

from app.formats import anki

Q = dict[str, Any]


def notes_of(
    items: list[Q], tmp_path: Path, **kwargs: Any
) -> tuple[list[tuple[str, ...]], dict[str, Any]]:
    """Write an .apkg, open its collection with sqlite3 and return (guid, fields..., tags) rows."""
    out = io.BytesIO()
    assert anki.write(iter(items), out, **kwargs) == len(items)
    zf = zipfile.ZipFile(io.BytesIO(out.getvalue()))
    names = set(zf.namelist())
    assert "media" in names
    name = "collection.anki21" if "collection.anki21" in names else "collection.anki2"
    path = tmp_path / f"{len(list(tmp_path.iterdir()))}-{name}"
    path.write_bytes(zf.read(name))
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute("SELECT guid, flds, tags, mid FROM notes ORDER BY id").fetchall()
        models, decks = conn.execute("SELECT models, decks FROM col").fetchone()
        cards = conn.execute("SELECT count(*) FROM cards").fetchone()[0]
    finally:
        conn.close()
    assert cards == len(items)
    meta = {"models": json.loads(models), "decks": json.loads(decks)}
    out_rows = []
    for guid, flds, tags, mid in rows:
        assert str(mid) in meta["models"]
        out_rows.append((guid, *flds.split("\x1f"), tags.strip()))
    return out_rows, meta


def test_sample_bank_as_anki_deck(sample_questions: list[Q], tmp_path: Path) -> None:
    rows, meta = notes_of(sample_questions, tmp_path, deck_name="Deir ez-Zor")
    assert len(rows) == len(sample_questions)
    model = next(iter(meta["models"].values()))
    assert [f["name"] for f in model["flds"]] == ["Question", "Options", "Answer", "Source"]
    assert int(model["id"]) == anki.stable_anki_id("factdeck.model:Factdeck multiple choice:v1")
    assert any(d["name"] == "Deir ez-Zor" for d in meta["decks"].values())
    for (_, question, options, answer, source, tags), q in zip(rows, sample_questions, strict=True):
        assert html.unescape(question) == q["stem"]
        assert options.count("<li>") == len(q["options"])
        assert html.unescape(answer) == q["answer"]
        assert html.unescape(source) == q["source"]["sentence"]
        assert tags.split() == q["tags"]


def test_reexport_keeps_guids_and_ids(sample_questions: list[Q], tmp_path: Path) -> None:
    first, meta1 = notes_of(sample_questions[:5], tmp_path, timestamp=1_000_000)
    changed = [dict(q, stem=q["stem"] + " (edited)") for q in sample_questions[:5]]
    second, meta2 = notes_of(changed, tmp_path, timestamp=2_000_000)
    assert [r[0] for r in first] == [r[0] for r in second]  # same guid: Anki updates the note
    assert len({r[0] for r in first}) == 5
    assert meta1["models"].keys() == meta2["models"].keys()
    assert meta1["decks"].keys() == meta2["decks"].keys()


def test_markup_is_escaped(tricky_questions: list[Q], tmp_path: Path) -> None:
    rows, _ = notes_of(tricky_questions, tmp_path)
    for row, q in zip(rows, tricky_questions, strict=True):
        assert "<script>" not in "".join(row)
        assert html.unescape(row[1].replace("<br>", "\n")) == q["stem"]
