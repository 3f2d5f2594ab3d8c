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

import html
import importlib
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import IO, Any, cast

from questions.kinds import NAMES, ORDERED

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
# the generator's kinds, and kinds other tools tag questions with that a foreign file may carry
KNOWN_KINDS = frozenset(NAMES) | {"person", "organization"}
ORDERED_KINDS = ORDERED  # options already in chronological/ascending order
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
