"""The question bank as JSON (docs/generator.md, "The JSON bank") and its JSON Schema."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

from .model import Bank, Item
from .pipeline import document_id

FORMAT = "factdeck.question-bank"
VERSION = 1
GENERATOR = {"name": "factdeck-questions", "version": "0.1.0"}


def item_to_dict(item: Item) -> dict[str, Any]:
    """One question in the bank's JSON shape."""
    fact, sent = item.fact, item.fact.sentence
    section = "Infobox" if sent.block.kind == "infobox" else sent.section
    return {
        "id": item.id,
        "document_id": document_id(item.document),
        "kind": fact.kind,
        "style": item.stem.style,
        "stem": item.stem.text,
        "options": [{"text": o.text, "correct": o.correct} for o in item.options],
        "answer": item.answer,
        "value": fact.value,
        "source": {
            "section": section,
            "sentence": sent.text,
            "start": sent.start,
            "end": sent.end,
            "answer_start": fact.start,
            "answer_end": fact.end,
        },
        "difficulty": item.difficulty,
        "status": "draft",
        "tags": [fact.kind],
    }


def bank_to_dict(bank: Bank) -> dict[str, Any]:
    """The whole bank as a JSON-ready dict."""
    return {
        "format": FORMAT,
        "version": VERSION,
        "generated_at": bank.generated_at,
        "generator": dict(GENERATOR),
        "documents": [
            {
                "id": document_id(d),
                "title": d.title,
                "sha256": d.sha256,
                "source": d.name,
                "chars": len(d.text),
            }
            for d in bank.documents
        ],
        "questions": [item_to_dict(i) for i in bank.items],
    }


def dumps(data: dict[str, Any]) -> str:
    """Canonical JSON text: stable key order, UTF-8 characters kept."""
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


@lru_cache(maxsize=1)
def schema() -> dict[str, Any]:
    """The bank's JSON Schema, shipped inside the package."""
    text = resources.files("questions").joinpath("schema/question-bank.schema.json").read_text()
    loaded: dict[str, Any] = json.loads(text)
    return loaded


def validation_errors(data: object) -> list[str]:
    """Schema errors as 'path: message' lines, empty when the bank is valid."""
    from jsonschema import Draft202012Validator

    validator = Draft202012Validator(schema())
    errors = sorted(validator.iter_errors(data), key=lambda e: list(map(str, e.absolute_path)))
    out = []
    for e in errors:
        path = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in e.absolute_path)
        out.append(f"{path.lstrip('.') or '(root)'}: {e.message}")
    return out
