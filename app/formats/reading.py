"""What the readers share: a draft question becomes a schema-valid bank dict, or a FormatError
that names every problem of it in words; a file's questions are checked for repeated ids and
closed with the note on what the foreign format does not carry."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from . import BLANK, ID_RE, KNOWN_KINDS, FormatError, Question

_MEDIA = (
    (re.compile(r"(?i)<img\b"), "images"),
    (
        re.compile(r"(?i)<(audio|video|object|embed|iframe|source)\b"),
        "audio, video or embedded media",
    ),
    (re.compile(r"(?i)<a\b[^>]*\bhref"), "links (their text is kept)"),
)


def html_losses(raw: str) -> list[str]:
    """What turning this HTML into plain text drops: images, media, links (their text stays)."""
    return [what for pattern, what in _MEDIA if pattern.search(raw)]


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
