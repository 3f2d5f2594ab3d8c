"""Results and item analysis as CSV that is safe to open in a spreadsheet.

Text cells that begin with =, +, -, @, tab or carriage return get a leading apostrophe, so a
learner called "=HYPERLINK(…)" stays text. Numbers we computed are written as numbers.
"""

from __future__ import annotations

import csv
import io

from ...formats.csvfile import neutralise
from ...models import Quiz
from . import reports


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return f"{value:.2f}"
    return neutralise(str(value))


def _csv(header: list[str], rows: list[list[object]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows([[_cell(v) for v in row] for row in rows])
    return "\ufeff" + out.getvalue()  # the BOM makes spreadsheet programs read UTF-8


def attempts_csv(quiz: Quiz) -> str:
    """One row per finished attempt."""
    rows: list[list[object]] = [
        [
            r.name or r.email.split("@")[0],
            r.email,
            r.number,
            r.started_at.strftime("%Y-%m-%d %H:%M:%S"),
            r.finished_at.strftime("%Y-%m-%d %H:%M:%S"),
            round(float(r.secs)) if r.secs is not None else None,
            r.correct,
            r.total,
            100 * r.correct / r.total if r.total else 0.0,
        ]
        for r in reports.attempt_rows(quiz)
    ]
    header = [
        "learner",
        "email",
        "attempt",
        "started (UTC)",
        "finished (UTC)",
        "seconds",
        "correct",
        "questions",
        "percent",
    ]
    return _csv(header, rows)


def items_csv(quiz: Quiz, which: str = "all") -> str:
    """One row per quiz slot with Moodle's statistics, option shares and flags."""
    a = reports.analysis(quiz, which)
    width = max((len(i.options) for i in a.items), default=4)
    header = [
        "position",
        "question",
        "kind",
        "answer",
        "attempts",
        "facility %",
        "sd %",
        "discrimination %",
        "efficiency %",
    ]
    for n in range(1, width + 1):
        header += [f"option {n}", f"option {n} chosen %"]
    header.append("flags")
    rows: list[list[object]] = []
    for item in a.items:
        s = item.stats
        row: list[object] = [
            item.position,
            item.question.stem,
            item.question.kind,
            item.question.answer,
            item.n,
            s.facility,
            s.sd,
            s.discrimination,
            s.efficiency,
        ]
        for o in item.options:
            row += [
                o.text + (" (key)" if o.correct else ""),
                100 * o.chosen / item.n if item.n else None,
            ]
        row += [None, None] * (width - len(item.options))
        row.append("; ".join(item.flags))
        rows.append(row)
    rows.append(["coefficient of internal consistency", None, None, None, a.attempts, a.cic])
    return _csv(header, rows)
