"""Results and item analysis as CSV that is safe to open in a spreadsheet.

Text cells that begin with =, +, -, @, tab or carriage return get a leading apostrophe, so a
learner called "=HYPERLINK(…)" stays text. Numbers we computed are written as numbers.
"""

from __future__ import annotations

import csv
import io

from ...formats.csvfile import neutralise
from ...models import Quiz
from . import reports, responses


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


def attempts_csv(quiz: Quiz, group_id: int | None = None) -> str:
    """One row per finished attempt (of one class's members with `group_id`)."""
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
        for r in reports.attempt_rows(quiz, group_id)
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


def responses_csv(quiz: Quiz, which: str = "all", group_id: int | None = None) -> str:
    """The responses sheet: a row per attempt, a column per question (the option chosen), and
    first a row of the correct answers."""
    s = responses.sheet(quiz, which, group_id)
    header = ["learner", "email", "finished (UTC)", "correct", "questions"]
    header += [f"Q{n}. {q.stem}" for n, q in enumerate(s.questions, start=1)]
    rows: list[list[object]] = [["correct answer", "", "", None, None, *s.keys]]
    for r in s.rows:
        finished = r.finished_at.strftime("%Y-%m-%d %H:%M:%S") if r.finished_at else None
        cells = [c.text if c else "" for c in r.cells]
        rows.append([r.name, r.email, finished, r.correct, r.total, *cells])
    return _csv(header, rows)


def items_csv(quiz: Quiz, which: str = "all", group_id: int | None = None) -> str:
    """One row per quiz slot with Moodle's statistics, option shares and flags."""
    a = reports.analysis(quiz, which, group_id)
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
