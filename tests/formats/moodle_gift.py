"""How Moodle's GIFT import (question/format/gift/format.php) reads a multiple-choice block,
restated in Python from its documented behaviour, so that tests can check what Moodle would make
of our export without a Moodle server. Only the parts our writer relies on are restated:

- escapes: ``\\\\`` is a backslash, ``\\: \\# \\= \\{ \\} \\~`` the character, ``\\n`` a line break;
- comment lines (``//``) are set aside; Moodle looks for ``[id:…]`` (any characters but ``]``
  and control characters, ``\\]`` for ``]``) and ``[tag:…]`` (the same, and no ``< >``) in all
  of them, the first ``[id:`` giving the question's ID number;
- a ``::title::`` is the name; the text up to the first ``{`` is the question text, whose leading
  ``[format]`` (html, moodle, plain, markdown) is its format;
- in the answers every unescaped ``=`` starts an answer with weight 100; an answer starting with
  ``%`` followed by one or two digits, an optional decimal part and ``%`` has that weight; any
  other answer has weight 0; then the text before the first ``#`` is the answer, and a leading
  ``[format]`` on it is removed; texts are trimmed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

FORMATS = ("html", "moodle", "plain", "markdown")
_ESCAPES = {":": "\x01", "#": "\x02", "=": "\x03", "{": "\x04", "}": "\x05", "~": "\x06"}
_ID = re.compile(r"\[id:((?:\\\]|[^\]\x00-\x1f\x7f])+)\]")
_TAG = re.compile(r"\[tag:((?:\\\]|[^\]<>\x00-\x1f\x7f])+)\]")
_WEIGHT = re.compile(r"^%-*([0-9]{1,2})\.?([0-9]*)%")


@dataclass
class MoodleQuestion:
    """What Moodle stores for one multiple-choice question."""

    name: str
    text: str
    answers: list[tuple[str, float]]
    idnumber: str = ""
    tags: list[str] = field(default_factory=list)


def _pre(text: str) -> str:
    text = text.replace("\\\\", "\x07")
    for char, placeholder in _ESCAPES.items():
        text = text.replace("\\" + char, placeholder)
    return text.replace("\\n", "\x08").replace("\x07", "\\")


def _post(text: str) -> str:
    for char, placeholder in _ESCAPES.items():
        text = text.replace(placeholder, char)
    return text.replace("\x08", "\n")


def _with_format(text: str) -> str:
    if text.startswith("["):
        end = text.find("]")
        if text[1:end] in FORMATS:
            text = text[end + 1 :]
    return _post(text).strip()


def read_block(block: str) -> MoodleQuestion:
    """One GIFT question block as Moodle's importer reads a multiple-choice question."""
    comments, lines = [], []
    for line in block.split("\n"):
        if line.strip().startswith("//"):
            comments.append(line.strip())
        else:
            lines.append(line)
    text = _pre("\n".join(lines).strip())
    name = ""
    if text.startswith("::"):
        end = text.index("::", 2)
        name, text = _post(text[2:end]), text[end + 2 :].strip()
    start, finish = text.index("{"), text.index("}")
    answer_text = text[start + 1 : finish].strip()
    question_text = _with_format(text[:start])
    assert "~" in answer_text, "Moodle would not read this as multiple choice"
    answers = []
    for raw in answer_text.replace("=", "~=").split("~"):
        raw = raw.strip()
        if not raw:
            continue
        if raw[0] == "=":
            weight, raw = 100.0, raw[1:]
        elif _WEIGHT.match(raw):
            raw = raw[1:]
            end = raw.index("%")
            weight, raw = float(raw[:end]), raw[end + 1 :]
        else:
            weight = 0.0
        answers.append((_with_format(raw.split("#", 1)[0].strip()), weight))
    comment = "\n".join(comments) + "\n"
    found = _ID.search(comment)
    return MoodleQuestion(
        name=name,
        text=question_text,
        answers=answers,
        idnumber=found.group(1).strip().replace("\\]", "]") if found else "",
        tags=[t.strip().replace("\\]", "]") for t in _TAG.findall(comment)],
    )


def read(text: str) -> list[MoodleQuestion]:
    """Every blank-line separated block of a GIFT file (our export has no $CATEGORY)."""
    return [read_block(b) for b in re.split(r"\n\s*\n", text) if b.strip()]
