"""Answers to another version of a question: a teacher may edit a question while an attempt
is open, and the item must still have one answer (services/quiz/answers.py)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, Executable, Row, Select, and_, bindparam, delete, select

from ...models import Option, Question, Response


def _version_statements() -> tuple[Select[Any], Executable]:
    """The response of an attempt to another version of a question; deleting it."""
    responses, options, questions = Response.__table__, Option.__table__, Question.__table__
    asked = questions.alias("asked")
    versions = (
        select(questions.c.id)
        .join(
            asked,
            and_(
                asked.c.document_id == questions.c.document_id,
                asked.c.fingerprint == questions.c.fingerprint,
            ),
        )
        .where(asked.c.id == bindparam("question_id"), questions.c.id != asked.c.id)
    )
    mine = and_(
        responses.c.attempt_id == bindparam("attempt_id"),
        responses.c.question_id.in_(versions.scalar_subquery()),
    )
    find = (
        select(responses.c.question_id, responses.c.option_id, options.c.correct)
        .join(options, options.c.id == responses.c.option_id)
        .where(mine)
    )
    return find, delete(responses).where(mine)


OTHER_VERSION, DROP_OTHER_VERSIONS = _version_statements()


def other_version(
    conn: Connection, attempt_id: int, question_id: int, keep_first: bool
) -> Row[Any] | None:
    """Before answering a question that has other versions (the teacher edited it while the
    attempt was open): with `keep_first` the answer already given to another version, if any,
    which then stands; otherwise nothing, after deleting such an answer."""
    params = {"attempt_id": attempt_id, "question_id": question_id}
    if keep_first:
        return conn.execute(OTHER_VERSION, params).first()
    conn.execute(DROP_OTHER_VERSIONS, params)
    return None
