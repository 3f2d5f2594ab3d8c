"""Anki deck (.apkg) through genanki: one note per question, re-exports update, never duplicate.

The note type ("Factdeck multiple choice") has the fields Question, Options, Answer and Source.
Its id and the deck's id are derived from a hash of their names, and each note's guid from the
question id, so importing a newer export into Anki updates the notes it already has.

An .apkg is a ZIP around an SQLite collection, so the whole deck is built before it is written:
genanki keeps every note in memory (the one format here that cannot stream).
"""

from __future__ import annotations

import hashlib
import itertools
import json
import sqlite3
import tempfile
import time
import zipfile
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import IO, Any

import genanki

from . import key_index, printable, sentence, to_html

MODEL_NAME = "Factdeck multiple choice"
FIELDS = ("Question", "Options", "Answer", "Source")
FRONT = '<div class="stem">{{Question}}</div>\n{{Options}}'
BACK = (
    '{{FrontSide}}\n<hr id="answer">\n<div class="answer">{{Answer}}</div>\n'
    '{{#Source}}<div class="source">{{Source}}</div>{{/Source}}'
)
CSS = """.card { font-family: sans-serif; font-size: 20px; text-align: left; color: black; }
.options { list-style-type: upper-alpha; }
.answer { font-weight: bold; }
.source { margin-top: 1em; font-size: 16px; color: #555; font-style: italic; }"""


def stable_anki_id(name: str) -> int:
    """An id in genanki's recommended range [2**30, 2**31), derived from ``name``."""
    digest = int(hashlib.sha256(name.encode("utf-8")).hexdigest()[:8], 16)
    return (1 << 30) + digest % (1 << 30)


def model() -> genanki.Model:
    """The note type: fields Question, Options, Answer, Source; one card, front and back."""
    return genanki.Model(
        stable_anki_id(f"factdeck.model:{MODEL_NAME}:v1"),
        MODEL_NAME,
        fields=[{"name": name} for name in FIELDS],
        templates=[{"name": "Card 1", "qfmt": FRONT, "afmt": BACK}],
        css=CSS,
    )


def _field(text: str) -> str:
    """Plain text as an Anki field: HTML-escaped, no field separator or control characters."""
    return to_html(printable(text.replace("\x1f", " ")))


def note(index: int, q: Mapping[str, Any], note_model: genanki.Model) -> genanki.Note:
    """One note; its guid comes from the question id (the stem when there is none)."""
    key = key_index(index, q)
    items = "".join(f"<li>{_field(str(o['text']))}</li>" for o in q["options"])
    tags = ["_".join(str(t).split()) for t in q.get("tags") or [] if str(t).strip()]
    return genanki.Note(
        model=note_model,
        fields=[
            _field(str(q["stem"])),
            f'<ol class="options">{items}</ol>',
            _field(str(q["options"][key]["text"])),
            _field(sentence(q)),
        ],
        tags=tags,
        guid=genanki.guid_for("factdeck", str(q.get("id") or q["stem"])),
    )


def write(
    questions: Iterable[Mapping[str, Any]],
    fp: IO[bytes],
    deck_name: str = "Factdeck",
    timestamp: float | None = None,
) -> int:
    """Write an .apkg of ``questions`` into ``fp``; return how many notes it holds."""
    note_model = model()
    deck = genanki.Deck(stable_anki_id(f"factdeck.deck:{deck_name}"), deck_name)
    deck.add_model(note_model)
    count = 0
    for count, q in enumerate(questions, start=1):
        deck.add_note(note(count, q, note_model))
    package = genanki.Package(deck)
    stamp = time.time() if timestamp is None else timestamp
    # genanki's own write_to_file leaves its temporary database behind; this one is removed.
    with tempfile.TemporaryDirectory(prefix="factdeck-anki-") as tmp:
        db_path = Path(tmp) / "collection.anki2"
        conn = sqlite3.connect(db_path)
        try:
            package.write_to_db(conn.cursor(), stamp, itertools.count(int(stamp * 1000)))
            conn.commit()
        finally:
            conn.close()
        with zipfile.ZipFile(fp, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            zf.write(db_path, "collection.anki2")
            zf.writestr("media", json.dumps({}))
    return count


__all__ = ["model", "note", "stable_anki_id", "write"]
