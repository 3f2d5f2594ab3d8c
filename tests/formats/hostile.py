"""The hostile fixture bank every format's round trip uses: option texts, stems and source
sentences made of what each format treats specially (every GIFT special character, a leading
``%N%``, format markers, ``->``, ``[id:`` and ``[tag:``, control characters, HTML, CDATA ends,
spreadsheet formulas, line breaks).

``hostile_questions()`` gives schema-valid question dicts; ``hostile_bank()`` a whole bank JSON
(one document whose text holds every source sentence at its offsets) for the database tests.
``printable()`` is what the plain-text formats keep of a text (no control characters).
"""

from __future__ import annotations

import hashlib
import re
from typing import Any

Q = dict[str, Any]

CONTROLS = "\x01\x08\x0b\x0c\x1b\x7f"
OPTIONS = [
    "~ = # { } : \\ and \\n, every GIFT special",
    "%50% of them",
    "%100%",
    "[html]<b>bold</b>",
    "[plain]plain",
    "[moodle]moodle",
    "[markdown]*md*",
    "Canada -> Ottawa",
    "[id:q-forged] [tag:forged]",
    f"bell{CONTROLS[0]}and delete{CONTROLS[-1]} control characters",
    '<script>alert("x")</script> & &amp; <i>',
    "a CDATA end ]]> and an ampersand &",
    "=SUM(A1:A2)",
    "-5",
    "two\nlines",
    "// not a comment :: not a title",
    "#no feedback",
    "tab\tinside, and unicode: 16–21 January 2016, Ḫattuša, 🙂",
    "x]y [tag:odd]",
    "@mention +plus",
]
STEMS = [
    "Which {brace} = equals ~ tilde # hash : colon \\ backslash?",
    "[html]<b>Is this bold?</b>",
    "%50% Which weight?",
    "When did it happen (16–21 January 2016)?",
    "A stem over\ntwo lines with ]]> inside?",
]
SENTENCES = [
    "It said [id:q-evil] and [tag:forged] // here: {=not} ~an answer.",
    "A sentence with a line\nbreak and <b>HTML</b> & entities &amp;.",
    "%50% of a sentence [html] with a format marker.",
    f"Control{CONTROLS[1]}characters{CONTROLS[2]} in a sentence.",
    "The answer is in here: Canada -> Ottawa.",
]


def hostile_questions() -> list[Q]:
    """Five questions of four options each (the key in every position), plus one of eight."""
    out = []
    for n, stem in enumerate(STEMS):
        options = OPTIONS[4 * n : 4 * n + 4]
        out.append(_question(n, stem, options, key=n % 4, sentence=SENTENCES[n]))
    out.append(_question(5, "Eight options?", OPTIONS[:7] + [OPTIONS[19]], 7, SENTENCES[0]))
    return out


def _question(n: int, stem: str, options: list[str], key: int, sentence: str) -> Q:
    kind = ("date", "place", "figure", "person", "other", "organization")[n]
    return {
        "id": f"q-hostile{n:02d}",
        "document_id": "doc-hostile",
        "kind": kind,
        "style": "wh",
        "stem": stem,
        "options": [{"text": t, "correct": i == key} for i, t in enumerate(options)],
        "answer": options[key],
        "value": options[key],
        "source": {
            "section": "",
            "sentence": sentence,
            "start": 0,
            "end": len(sentence),
            "answer_start": 0,
            "answer_end": 0,
        },
        "difficulty": 0.5,
        "status": "draft",
        "tags": [kind],
    }


def hostile_bank() -> dict[str, Any]:
    """A valid bank JSON of the hostile questions, their sentences in the document's text."""
    items, paragraphs, offset = [], [], 0
    for q in hostile_questions():
        sentence = q["source"]["sentence"]
        start, end = offset, offset + len(sentence)
        paragraphs.append(sentence)
        offset = end + 2
        source = dict(q["source"], start=start, end=end, answer_start=start, answer_end=start)
        items.append(dict(q, source=source))
    text = "\n\n".join(paragraphs) + "\n"
    sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
    doc_id = "doc-" + sha[:16]
    for q in items:
        q["document_id"] = doc_id
    return {
        "format": "factdeck.question-bank",
        "version": 1,
        "generated_at": "2026-01-01T00:00:00Z",
        "generator": {"name": "factdeck", "version": "test"},
        "documents": [
            {
                "id": doc_id,
                "title": "Hostile texts",
                "sha256": sha,
                "source": "tests/formats/hostile.py",
                "chars": len(text),
                "text": text,
            }
        ],
        "questions": items,
    }


_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def printable(text: str) -> str:
    """What GIFT, CSV and Quizlet keep of a text: control characters are not written."""
    return _CONTROL.sub("", text)
