"""GIFT (Moodle's plain-text question format): a streaming writer and a multiple-choice reader.

Written question, one per block, blocks separated by a blank line::

    // source: The sentence the answer comes from.
    // [id:q-1de6b5356fc1fe13] [tag:date]
    ::q-1de6b5356fc1fe13::[plain]When did the offensive take place? {
    ~23–28 December 2015
    =16–21 January 2016
    }

``~ = # { } :`` and backslash are escaped with a backslash, a line break in a text as ``\\n``.
``[plain]`` makes Moodle show the texts as text, never as HTML. An option that begins with ``%``
or ``[`` gets its own ``[plain]`` first, so Moodle (and every other reader) takes neither a weight
(``%50%``) nor a format marker (``[html]``) from the text. The source comment is escaped like a
text, so nothing in it (``[id:``, ``[tag:``) is read as Moodle's id or tags; ``]`` in a tag is
written ``\\]``. Control characters other than tab and line breaks are not written.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import IO, Any

from . import (
    BLANK,
    FormatError,
    Question,
    from_html,
    key_index,
    printable,
    sentence,
)
from .reading import Draft, build, document_id_for, finish, html_losses

SPECIAL = "\\~=#{}:"
_UNESCAPE = re.compile(r"\\(.)", re.S)
_META = re.compile(r"\[(id|tag):((?:\\\]|[^\]\x00-\x1f\x7f])+)\]")
_FORMAT = re.compile(r"^\[(html|moodle|plain|markdown)\]", re.I)


def escape(text: str) -> str:
    """Text as GIFT: special characters backslash-escaped, line breaks as ``\\n``."""
    out = "".join("\\" + c if c in SPECIAL else c for c in printable(text))
    return out.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")


def unescape(text: str) -> str:
    """GIFT text back to plain text (``\\n`` is a line break, ``\\x`` is ``x``)."""
    return _UNESCAPE.sub(lambda m: "\n" if m.group(1) == "n" else m.group(1), text)


def _option(text: str) -> str:
    """An option's GIFT text: ``[plain]`` first when it would otherwise start a weight or format."""
    escaped = escape(text)
    return "[plain]" + escaped if escaped.lstrip()[:1] in ("%", "[") else escaped


def _meta(text: str) -> str:
    """A value inside ``[id:…]`` or ``[tag:…]``: one line, ``]`` escaped, no ``<`` or ``>``."""
    flat = " ".join(printable(text).split())
    return flat.replace("<", "").replace(">", "").replace("]", "\\]")


def write(questions: Iterable[Mapping[str, Any]], fp: IO[bytes]) -> int:
    """Write questions as GIFT, one block at a time."""
    count = 0
    for count, q in enumerate(questions, start=1):
        key = key_index(count, q)
        lines = []
        if sentence(q):
            lines.append(f"// source: {escape(sentence(q))}")
        meta = [f"[id:{_meta(str(q['id']))}]"] if q.get("id") else []
        meta += [f"[tag:{_meta(str(t))}]" for t in q.get("tags") or []]
        if meta:
            lines.append("// " + " ".join(meta))
        title = f"::{escape(str(q['id']))}::" if q.get("id") else ""
        lines.append(f"{title}[plain]{escape(str(q['stem']))} {{")
        lines += [
            ("=" if i == key else "~") + _option(str(o["text"])) for i, o in enumerate(q["options"])
        ]
        lines.append("}")
        fp.write(("\n".join(lines) + "\n\n").encode("utf-8"))
    return count


# --- reading -------------------------------------------------------------------------------


@dataclass
class Block:
    """One question's lines: comments blanked (so positions still map to lines), and notes."""

    index: int
    line: int
    text: str
    comments: list[str]

    def where(self, pos: int | None = None) -> str:
        """'question 3 (line 17)', the line being that of ``pos`` in the block if given."""
        line = self.line + (self.text.count("\n", 0, pos) if pos is not None else 0)
        return f"question {self.index} (line {line})"


def blocks(text: str) -> Iterator[Block]:
    """Blank-line separated question blocks; comment-only and $CATEGORY blocks are left out."""
    index, start = 0, 1
    body: list[str] = []
    comments: list[str] = []
    for number, line in enumerate([*text.splitlines(), ""], start=1):
        stripped = line.strip()
        if not stripped:
            if any(b.strip() for b in body):
                index += 1
                first = next(i for i, b in enumerate(body) if b.strip())
                yield Block(index, start + first, "\n".join(body[first:]), comments)
            start, body, comments = number + 1, [], []
        elif stripped.startswith("//"):
            comments.append(stripped[2:].strip())
            body.append("")
        elif stripped.startswith("$CATEGORY:"):
            body.append("")
        else:
            body.append(line)


def _find(text: str, target: str, start: int = 0) -> int:
    """Index of the first unescaped ``target`` at or after ``start``, or -1."""
    i = start
    while i < len(text):
        if text[i] == "\\":
            i += 2
        elif text.startswith(target, i):
            return i
        else:
            i += 1
    return -1


def _split(text: str, marks: str) -> list[str]:
    """Split before each unescaped character of ``marks``, keeping it on its piece."""
    pieces, start, i = [], 0, 0
    while i < len(text):
        if text[i] == "\\":
            i += 2
            continue
        if text[i] in marks and i > start:
            pieces.append(text[start:i])
            start = i
        i += 1
    pieces.append(text[start:])
    return [p for p in pieces if p.strip()]


def _clean(raw: str, html: bool = False) -> str:
    """A raw GIFT text as plain text: soft line wraps joined, escapes resolved."""
    text = unescape(" ".join(line.strip() for line in raw.strip().splitlines()))
    return from_html(text) if html else text.strip()


def _title(block: Block) -> tuple[str, int]:
    """The ``::title::`` of a block (or '') and where the question text starts."""
    text = block.text
    lead = len(text) - len(text.lstrip())
    if not text.startswith("::", lead):
        return "", 0
    end = _find(text, "::", lead + 2)
    if end < 0:
        raise FormatError(f"{block.where(lead)}: title '::' is never closed")
    return _clean(text[lead + 2 : end]), end + 2


def parse_block(block: Block, notes: list[str]) -> Draft | None:
    """A block as a draft question, None (with a note) when it is another question type."""
    text = block.text
    title, pos = _title(block)
    open_ = _find(text, "{", pos)
    stray = _find(text, "}", pos)
    if stray >= 0 and (open_ < 0 or stray < open_):
        raise FormatError(f"{block.where(stray)}: '}}' without an opening '{{'")
    if open_ < 0:
        notes.append(f"{block.where()}: no answers (description) skipped")
        return None
    close = _find(text, "}", open_ + 1)
    if close < 0:
        raise FormatError(f"{block.where(open_)}: '{{' is never closed")
    after = text[close + 1 :]
    if _find(after, "{") >= 0 or _find(after, "}") >= 0:
        raise FormatError(f"{block.where(close + 1)}: more than one answer block")
    before = text[pos:open_]
    fmt = _FORMAT.match(before.strip())
    is_html = bool(fmt and fmt.group(1).lower() == "html")
    if fmt:
        before = before.strip()[fmt.end() :]
    stem = _clean(before, is_html)
    if after.strip():  # missing-word question: the answers stand for a blank
        tail = _clean(after, is_html)
        stem = f"{stem} {BLANK}{'' if tail[:1] in '.,;:!?)' else ' '}{tail}".strip()
    lost = html_losses(before + after) if is_html else []
    if lost:
        notes.append(f"{block.where()}: the question text: {', '.join(lost)} dropped")
    options = _answers(block, text[open_ + 1 : close], is_html, notes)
    if options is None:
        return None
    meta = _META.findall("\n".join(block.comments))  # every comment line, as Moodle reads them
    ids = [value.replace("\\]", "]").strip() for key, value in meta if key == "id"]
    return Draft(
        stem=stem,
        options=options[0],
        id=ids[0] if ids else title,
        tags=tuple(value.replace("\\]", "]").strip() for key, value in meta if key == "tag"),
        sentence=_source(block.comments) or options[1],
    )


def _answers(
    block: Block, raw: str, is_html: bool, notes: list[str]
) -> tuple[list[tuple[str, bool]], str] | None:
    """The options and general feedback of a multiple-choice answer block."""
    general = ""
    cut = _find(raw, "####")
    if cut >= 0:
        raw, general = raw[:cut], _clean(raw[cut + 4 :], is_html)
    body = raw.strip()
    kind = _other_kind(body)
    if kind:
        notes.append(f"{block.where()}: {kind} question skipped")
        return None
    options, partial = [], False
    for n, piece in enumerate(_split(body, "=~"), start=1):
        where = f"{block.where()}: answer {n}"
        mark, rest = piece.lstrip()[0], piece.lstrip()[1:]
        if mark not in "=~":
            raise FormatError(f"{block.where()}: text before the first '=' or '~' in the answers")
        weight = re.match(r"\s*%(-?\d+(?:\.\d+)?)%", rest)
        percent = float(weight.group(1)) if weight else (100.0 if mark == "=" else 0.0)
        rest = rest[weight.end() :] if weight else rest
        feedback = _find(rest, "#")
        answer = _answer_text(rest if feedback < 0 else rest[:feedback], is_html, notes, where)
        partial = partial or 0 < percent < 100
        options.append((answer, percent == 100))
    if partial and not any(correct for _, correct in options):
        notes.append(f"{block.where()}: multiple-answer question (partial weights) skipped")
        return None
    if partial:
        notes.append(f"{block.where()}: partial credit dropped")
    return options, general


def _answer_text(raw: str, is_html: bool, notes: list[str], where: str) -> str:
    """An answer's text: its own format marker (``~[plain]…``), as Moodle reads it, wins."""
    text = raw.strip()
    fmt = _FORMAT.match(text)
    if fmt:
        is_html, text = fmt.group(1).lower() == "html", text[fmt.end() :]
    lost = html_losses(text) if is_html else []
    if lost:
        notes.append(f"{where}: {', '.join(lost)} dropped")
    return _clean(text, is_html)


def _other_kind(body: str) -> str:
    """The GIFT question type of an answer block that is not multiple choice, else ''."""
    if not body:
        return "essay"
    if body.startswith("#"):
        return "numerical"
    if _find(body, "~") >= 0:
        return ""
    if _find(body, "=") >= 0 and _find(body, "->") >= 0:
        return "matching"
    if re.fullmatch(r"(?i)(T|F|TRUE|FALSE)\s*(#.*)?", body, re.S):
        return "true/false"
    return "short answer" if body.startswith("=") else ""  # else malformed: the caller says so


def _source(comments: list[str]) -> str:
    """The ``// source:`` comment, escaped like a text (``\\:``, ``\\n``) by our writer."""
    return next((unescape(c[7:].strip()) for c in comments if c.lower().startswith("source:")), "")


def read(fp: IO[bytes], document_id: str | None = None) -> tuple[list[Question], list[str]]:
    """Multiple-choice questions of a GIFT file, and notes on what was skipped."""
    data = fp.read()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise FormatError(f"not UTF-8 text (byte {e.start})") from None
    if not text.strip():
        raise FormatError("empty file")
    doc_id = document_id or document_id_for(data)
    found: list[Question] = []
    notes: list[str] = []
    errors: list[str] = []
    for block in blocks(text):
        try:
            draft = parse_block(block, notes)
            if draft is not None:
                found.append(build(draft, doc_id, block.where()))
        except FormatError as e:
            errors.append(str(e))
    return finish(found, notes, "GIFT", errors)


__all__ = ["blocks", "escape", "read", "unescape", "write"]
