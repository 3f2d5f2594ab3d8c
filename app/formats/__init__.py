"""Question banks to and from the formats teachers already use (Moodle, GIFT, QTI, Anki, CSV).

Pure Python: nothing here imports Flask or SQLAlchemy. A question is a dict shaped like one
entry of the bank's ``questions`` array (docs/generator.md, "The JSON bank"; the schema is
``questions/schema/question-bank.schema.json``).

Writers take an iterable of questions and a binary file object, stream to it and return the
number of questions written. Readers take a binary file object and return
``(questions, notes)``; malformed input raises :class:`FormatError` naming the item and field.
The registry loads a format's module on first use, so ``genanki`` is only imported for Anki.
"""

from __future__ import annotations

import hashlib
import html
import importlib
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import IO, Any, cast

__all__ = [
    "READERS",
    "WRITERS",
    "Format",
    "FormatError",
    "Question",
    "Reader",
    "Writer",
    "carried",
]

Question = dict[str, Any]
Writer = Callable[..., int]  # (questions, fp, **options) -> number written
Reader = Callable[..., tuple[list[Question], list[str]]]  # (fp, **options)

BLANK = "_____"  # the generator's cloze blank (questions/stem.py)
KNOWN_KINDS = frozenset({"date", "figure", "place", "person", "organization"})
ORDERED_KINDS = frozenset({"date", "figure"})  # options already in chronological/ascending order
ID_RE = re.compile(r"^q-[0-9a-zA-Z_-]{1,64}$")
_SPACE_RUN = re.compile("(?<= ) ")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_XML_ILLEGAL = re.compile("[^\x09\x0a\x0d\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


class FormatError(ValueError):
    """Input or output that a format cannot carry; the message names the item and field.

    ``problems`` lists every problem found (one line each); the message is their summary.
    """

    def __init__(self, message: str, problems: list[str] | None = None) -> None:
        super().__init__(message)
        self.problems = list(problems) if problems else [message]


@dataclass(frozen=True)
class Format:
    """One registered format: how to name, serve and (lazily) load it."""

    name: str
    label: str
    extension: str
    mime: str
    module: str
    writer: str
    reader: str | None = None

    def write(self, questions: Iterable[Mapping[str, Any]], fp: IO[bytes], **options: Any) -> int:
        """Stream ``questions`` to ``fp`` in this format; return how many were written.

        ``options`` go to the format's writer (``category`` for Moodle, ``deck_name`` for Anki,
        ``option_columns`` for CSV).
        """
        return cast(Writer, getattr(self._load(), self.writer))(questions, fp, **options)

    def read(self, fp: IO[bytes], **options: Any) -> tuple[list[Question], list[str]]:
        """Parse ``fp`` into question dicts and notes on what was skipped or filled in.

        ``options``: ``document_id`` to give the imported questions (else one from the file's hash).
        """
        if self.reader is None:
            raise FormatError(f"{self.label} cannot be imported")
        return cast(Reader, getattr(self._load(), self.reader))(fp, **options)

    def _load(self) -> Any:
        return importlib.import_module(f"{__name__}.{self.module}")


WRITERS: dict[str, Format] = {
    f.name: f
    for f in (
        Format("moodle", "Moodle XML", "xml", "application/xml", "moodle", "write", "read"),
        Format("gift", "GIFT", "gift.txt", "text/plain; charset=utf-8", "gift", "write", "read"),
        Format("qti", "QTI 2.1 package", "zip", "application/zip", "qti", "write"),
        Format("anki", "Anki deck", "apkg", "application/octet-stream", "anki", "write"),
        Format("csv", "CSV", "csv", "text/csv; charset=utf-8", "csvfile", "write"),
        Format(
            "quizlet",
            "Quizlet (tab-separated)",
            "tsv",
            "text/tab-separated-values; charset=utf-8",
            "csvfile",
            "write_quizlet",
        ),
    )
}
READERS: dict[str, Format] = {n: f for n, f in WRITERS.items() if f.reader is not None}


# --- helpers shared by the format modules -------------------------------------------------


def label(index: int, question: Mapping[str, Any] | None = None, line: int | None = None) -> str:
    """How an error names an item: 'question 3 (q-abc)' or 'question 3 (line 17)'."""
    where = f"line {line}" if line is not None else (question or {}).get("id")
    return f"question {index}" + (f" ({where})" if where else "")


def key_index(index: int, question: Mapping[str, Any]) -> int:
    """Position of the one correct option of a question about to be written."""
    options = question.get("options")
    if not isinstance(question.get("stem"), str) or not question["stem"].strip():
        raise FormatError(f"{label(index, question)}: stem: missing")
    if not isinstance(options, list) or len(options) < 2:
        raise FormatError(f"{label(index, question)}: options: fewer than two")
    if not all(isinstance(o, Mapping) and isinstance(o.get("text"), str) for o in options):
        raise FormatError(f"{label(index, question)}: options: an option without text")
    keys = [i for i, o in enumerate(options) if isinstance(o, Mapping) and o.get("correct") is True]
    if len(keys) != 1:
        what = "no correct answer" if not keys else f"{len(keys)} correct answers"
        raise FormatError(f"{label(index, question)}: options: {what}")
    return keys[0]


def sentence(question: Mapping[str, Any]) -> str:
    """The source sentence of a question, or ''."""
    source = question.get("source")
    return str(source.get("sentence") or "") if isinstance(source, Mapping) else ""


def xml_safe(text: str) -> str:
    """Text with the characters XML 1.0 cannot carry (NUL, most C0 controls) removed."""
    return _XML_ILLEGAL.sub("", text)


def printable(text: str) -> str:
    """Text without control characters (NUL, C0 other than tab and line breaks, DEL) or what
    XML 1.0 cannot carry: for the plain-text formats, which have no way to escape them."""
    return _CONTROL.sub("", xml_safe(text))


def carried(text: str) -> str:
    """What Moodle XML and GIFT both carry of a text: no control characters, line breaks as
    ``\\n``, no white space at either end. Texts that differ only in the rest are the same."""
    return printable(text).replace("\r\n", "\n").replace("\r", "\n").strip()


def to_html(text: str) -> str:
    """Plain text as an HTML fragment: markup escaped, line breaks kept as <br>."""
    escaped = html.escape(xml_safe(text).replace("\r\n", "\n").replace("\r", "\n"))
    # HTML collapses white space: tabs and the second space of a run are written as references
    escaped = _SPACE_RUN.sub("&#32;", escaped.replace("\t", "&#9;"))
    return escaped.replace("\n", "<br>")


def from_html(fragment: str) -> str:
    """An HTML fragment as plain text: <br> and block ends become line breaks, tags dropped."""
    text = re.sub(r"\s+", " ", fragment)
    text = re.sub(r"(?i)<br\s*/?>", "\n", text)
    text = re.sub(r"(?i)</(p|div|li|h[1-6])>\s*(?=\S)", "\n", text)
    text = re.sub(r"<[^>]*>", "", text)
    lines = [line.strip() for line in html.unescape(text).split("\n")]
    return "\n".join(lines).strip()


def stable_id(stem: str, options: Iterable[str]) -> str:
    """A question id derived from the question's text, for items imported without one."""
    digest = hashlib.sha256("\x1f".join([stem, *options]).encode("utf-8")).hexdigest()
    return f"q-{digest[:16]}"


def document_id_for(data: bytes) -> str:
    """A document id for an imported file, derived from its bytes."""
    return f"doc-import-{hashlib.sha256(data).hexdigest()[:16]}"


def kind_from_tags(tags: Iterable[str]) -> str:
    """The question kind named by the first known-kind tag, else 'other'."""
    return next((t for t in tags if t in KNOWN_KINDS), "other")


@dataclass
class Draft:
    """What a reader found for one question, before it becomes a bank dict."""

    stem: str
    options: list[tuple[str, bool]]
    id: str = ""
    tags: tuple[str, ...] = ()
    sentence: str = ""


def build(draft: Draft, document_id: str, where: str) -> Question:
    """A schema-valid bank question from a reader's draft; FormatError names the bad field."""
    texts = [text for text, _ in draft.options]
    keys = [text for text, correct in draft.options if correct]
    if not keys:
        raise FormatError(f"{where}: no correct answer")
    if len(keys) > 1:
        raise FormatError(f"{where}: {len(keys)} correct answers; only one may be correct")
    tags = [t for t in dict.fromkeys(draft.tags) if t][:50]
    question: Question = {
        "id": draft.id if ID_RE.match(draft.id) else stable_id(draft.stem, texts),
        "document_id": document_id,
        "kind": kind_from_tags(tags),
        "style": "cloze" if BLANK in draft.stem else "wh",
        "stem": draft.stem,
        "options": [{"text": text, "correct": correct} for text, correct in draft.options],
        "answer": keys[0],
        "value": keys[0],
        "source": {
            "section": "",
            "sentence": draft.sentence,
            "start": 0,
            "end": 0,
            "answer_start": 0,
            "answer_end": 0,
        },
        "difficulty": 0.5,
        "status": "draft",
        "tags": tags,
    }
    problems = sorted(_validator().iter_errors(question), key=_error_order)
    if problems:
        own = [e for e in problems if not _error_order(e)[0]] or problems[:1]
        said = dict.fromkeys(f"{_field_name(e.absolute_path)}: {_describe(e)}" for e in own)
        raise FormatError(f"{where}: " + "; ".join(said))
    return question


def _field_name(path: Iterable[Any]) -> str:
    """A schema path in words: ['options', 0, 'text'] is 'option 1'."""
    parts = [str(p) for p in path]
    if len(parts) >= 2 and parts[0] == "options" and parts[1].isdigit():
        rest = [p for p in parts[2:] if p != "text"]
        return " ".join([f"option {int(parts[1]) + 1}", *rest])
    return ".".join(parts) or "question"


def fill_note(fmt: str) -> str:
    """The note every reader adds about bank fields the foreign format does not carry."""
    return (
        f"{fmt} has no document, source offsets, difficulty or status: imported questions are "
        "drafts with difficulty 0.5, offsets 0 and kind from a known tag, else 'other'"
    )


def finish(
    found: list[Question], notes: list[str], fmt: str, errors: list[str] | None = None
) -> tuple[list[Question], list[str]]:
    """Refuse a file with errors (all of them) or nothing importable; drop repeated ids (noted).

    The fill note (what the format does not carry) comes last.
    """
    if errors:
        raise FormatError("; ".join(errors), errors)
    unique: dict[str, Question] = {}
    for q in found:
        if q["id"] in unique:
            notes.append(f"{q['id']}: repeated question skipped")
        else:
            unique[q["id"]] = q
    if not unique:
        skipped = f" ({len(notes)} skipped: {'; '.join(notes)})" if notes else ""
        headline = "no multiple-choice questions found" + (
            f" ({len(notes)} skipped, listed below)" if notes else ""
        )
        raise FormatError(f"no multiple-choice questions found{skipped}", [headline, *notes])
    return list(unique.values()), [*notes, fill_note(fmt)]


def _error_order(error: Any) -> tuple[bool, list[str]]:
    """Fields read from the file first; 'answer' and 'value' only repeat an option."""
    path = [str(p) for p in error.absolute_path]
    return (bool(path) and path[0] in ("answer", "value"), path)


def _describe(error: Any) -> str:
    """A schema error in words, without echoing a long value back."""
    limit = error.validator_value
    described = {
        "maxLength": f"longer than {limit} characters",
        "minLength": "empty" if limit == 1 else f"shorter than {limit} characters",
        "maxItems": f"more than {limit}",
        "minItems": f"fewer than {limit}",
    }.get(error.validator)
    if described:
        return described
    text = str(error.message)
    return text if len(text) <= 120 else text[:119] + "…"


@lru_cache(maxsize=1)
def _validator() -> Any:
    from jsonschema import Draft202012Validator

    from questions.bank import schema

    return Draft202012Validator(schema()["properties"]["questions"]["items"])
