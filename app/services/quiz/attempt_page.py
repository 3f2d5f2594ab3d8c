"""The one read model of an attempt on the learner's side, read with two plain queries and no
ORM objects: every page of it (its questions with or without the script, immediate feedback,
the summary before submitting, the result), the answer posted without the script (the number
mapped to a question here, the choice saved by `answers.save`) and resuming (`start`).

A learner loads the question page once per attempt (the page's script moves between the
questions and saves each choice) and the result once, so these pages are a fixed share of
every quiz taken: under load (bench/load.py) building an ORM graph of every question, option
and answer cost more than saving all the answers. The objects here are small frozen records
with the attributes the templates read, in the order `arrange` gives, which the teacher's
preview of a quiz (`taking.preview`, ORM questions) shares.
"""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Generic, Protocol, TypeVar

from sqlalchemy import Integer, Row, bindparam, case, cast, func, literal, null, select, union_all

from questions.convert import page_at

from ...extensions import db
from ...models import Attempt, Document, Option, Question, QuizQuestion, Response
from ...models.bank import RETIRED, ordered_kind, source_url, split_source
from ...models.base import utcnow
from ...models.quizzes import Quiz, Scored
from ..errors import NotFound
from . import attempt_state

NO_SUCH_QUESTION = "There is no such question in this quiz."
Lineage = tuple[int, str]  # (document id, fingerprint): what every version of a question shares


class Arrangeable(Protocol):
    """What `arrange` reads of a question: the ORM `Question` and `PageQuestion` both are."""

    @property
    def id(self) -> int: ...

    @property
    def lineage(self) -> Lineage: ...

    @property
    def ordered(self) -> bool: ...

    @property
    def options(self) -> Sequence[object]: ...


Q = TypeVar("Q")  # a question type
A = TypeVar("A", bound=Arrangeable)
O = TypeVar("O")  # noqa: E741 - an option type


@dataclass(frozen=True)
class Slot(Generic[Q, O]):
    """One question of an attempt as the learner sees it: its number and option order."""

    number: int
    question: Q
    options: list[O]
    chosen_id: int | None


def arrange(
    seed: int, shuffle: bool, items: Sequence[A], answered: Mapping[Lineage, tuple[A, int]]
) -> list[Slot[A, Any]]:
    """The slots of an attempt: the quiz's `items` (current questions, in quiz order) shuffled
    by `seed` when the quiz shuffles, each showing the version the learner answered if any
    (`answered` maps a lineage to that version and the option chosen), with its options
    shuffled too unless their order means something (dates, figures). The options are the
    question's own (`Option` or `PageOption`); the caller's annotation names which."""
    items = list(items)
    if shuffle:
        random.Random(seed).shuffle(items)  # nosec B311 - question order, not a secret
    out: list[Slot[A, Any]] = []
    for n, item in enumerate(items, start=1):
        question, chosen = answered.get(item.lineage, (item, None))
        shown = list(question.options)
        if shuffle and not question.ordered:
            random.Random(seed * 1000003 + item.id).shuffle(shown)  # nosec B311
        out.append(Slot(n, question, shown, chosen))
    return out


@dataclass(frozen=True)
class PageOption:
    id: int
    text: str
    correct: bool


@dataclass(frozen=True)
class PageDocument:
    title: str
    url: str = ""  # the web page the article was read from, if it came from a link


@dataclass(frozen=True)
class PageQuestion:
    """A question as the attempt's pages show it; `parts` is the source sentence split around
    the answer when the page shows sources, else empty."""

    id: int
    stem: str
    kind: str
    section: str
    lineage: Lineage
    document: PageDocument
    parts: tuple[str, str, str]
    options: list[PageOption]
    page: int | None = None  # the page of the original (a PDF) the source sentence is on

    @property
    def ordered(self) -> bool:
        return ordered_kind(self.kind)

    def source_parts(self) -> tuple[str, str, str]:
        return self.parts

    def source_page(self) -> int | None:
        return self.page


@dataclass(frozen=True)
class PageQuiz:
    id: int
    title: str
    feedback: str
    shuffle: bool


@dataclass(frozen=True)
class PageAttempt(Scored):
    """An attempt with its quiz's settings and its slots: the one read model of an attempt on
    the learner's side (its pages, the no-script answer, feedback, the result, resuming)."""

    id: int
    quiz: PageQuiz
    seed: int
    deadline: datetime | None
    finished_at: datetime | None
    correct: int
    total: int
    slots: list[Slot[PageQuestion, PageOption]]
    started_at: datetime | None = None

    @property
    def seconds_taken(self) -> int | None:
        """How long the attempt took, once finished."""
        if self.finished_at is None or self.started_at is None:
            return None
        return max(0, int((self.finished_at - self.started_at).total_seconds()))

    @property
    def missed(self) -> list[Slot[PageQuestion, PageOption]]:
        """The questions answered wrongly or not at all: what to review."""
        right = {o.id for s in self.slots for o in s.options if o.correct}
        return [s for s in self.slots if s.chosen_id not in right]

    @property
    def first_unanswered(self) -> int:
        """The number of the first question without an answer (1 when all are answered)."""
        return next((s.number for s in self.slots if s.chosen_id is None), 1)

    def slot(self, number: int) -> Slot[PageQuestion, PageOption]:
        """Question `number` (1-based), or NotFound."""
        if not 1 <= number <= len(self.slots):
            raise NotFound(NO_SUCH_QUESTION)
        return self.slots[number - 1]

    def remaining_seconds(self) -> int | None:
        """Seconds left before the time limit, or None when untimed."""
        if self.deadline is None:
            return None
        return max(0, int((self.deadline - utcnow()).total_seconds()))


ATTEMPTS, QUIZZES, ITEMS = Attempt.__table__, Quiz.__table__, QuizQuestion.__table__
QUESTIONS, OPTIONS, RESPONSES = Question.__table__, Option.__table__, Response.__table__
DOCUMENTS = Document.__table__

ATTEMPT = (
    select(
        ATTEMPTS.c.id,
        ATTEMPTS.c.quiz_id,
        ATTEMPTS.c.seed,
        ATTEMPTS.c.deadline,
        ATTEMPTS.c.finished_at,
        ATTEMPTS.c.correct,
        ATTEMPTS.c.total,
        ATTEMPTS.c.started_at,
        QUIZZES.c.title,
        QUIZZES.c.feedback,
        QUIZZES.c.shuffle,
    )
    .join(QUIZZES, QUIZZES.c.id == ATTEMPTS.c.quiz_id)
    .where(ATTEMPTS.c.id == bindparam("attempt_id"), ATTEMPTS.c.user_id == bindparam("user_id"))
)
_COLUMNS = (
    QUESTIONS.c.id,
    QUESTIONS.c.stem,
    QUESTIONS.c.kind,
    QUESTIONS.c.section,
    QUESTIONS.c.document_id,
    QUESTIONS.c.fingerprint,
)
_SOURCE = (
    DOCUMENTS.c.title,
    DOCUMENTS.c.source.label("document_source"),
    DOCUMENTS.c.pages.label("document_pages"),
    QUESTIONS.c.sentence,
    QUESTIONS.c.source_start,
    QUESTIONS.c.source_end,
    QUESTIONS.c.answer_start,
    QUESTIONS.c.answer_end,
    func.substr(
        DOCUMENTS.c.text,
        QUESTIONS.c.source_start + 1,
        case(
            (
                QUESTIONS.c.source_end > QUESTIONS.c.source_start,
                QUESTIONS.c.source_end - QUESTIONS.c.source_start,
            ),
            else_=0,
        ),
    ).label("excerpt"),
)


def _rows_query(sources: bool) -> Any:
    """One row per option of every question the attempt's pages show: the quiz's current
    questions that are not retired (`chosen` NULL; `place` and `item` give the quiz order) and the versions the
    learner answered (`chosen` the option chosen). With `sources`, each row also has its
    document's title and the source sentence cut from the document's text. One query, not
    one per table: on PostgreSQL each round trip costs more than the rows."""
    extra = _SOURCE if sources else ()
    opts, picked = OPTIONS.alias("opt"), OPTIONS.alias("picked")
    option_columns = (
        opts.c.id.label("option_id"),
        opts.c.text.label("option_text"),
        opts.c.correct.label("option_correct"),
        opts.c.position.label("option_place"),
    )
    quiz_of = select(ATTEMPTS.c.quiz_id).where(ATTEMPTS.c.id == bindparam("attempt_id"))
    items = (
        select(
            cast(null(), Integer).label("chosen"),
            ITEMS.c.position.label("place"),
            ITEMS.c.id.label("item"),
            *_COLUMNS,
            *extra,
            *option_columns,
        )
        .select_from(ITEMS)
        .join(QUESTIONS, QUESTIONS.c.id == ITEMS.c.question_id)
        .outerjoin(opts, opts.c.question_id == QUESTIONS.c.id)  # none: still a slot
        .where(ITEMS.c.quiz_id == quiz_of.scalar_subquery(), QUESTIONS.c.status != RETIRED)
    )
    answered = (
        select(
            RESPONSES.c.option_id.label("chosen"),
            literal(0).label("place"),
            RESPONSES.c.id.label("item"),
            *_COLUMNS,
            *extra,
            *option_columns,
        )
        .select_from(RESPONSES)
        .join(picked, picked.c.id == RESPONSES.c.option_id)
        .join(QUESTIONS, QUESTIONS.c.id == picked.c.question_id)
        .outerjoin(opts, opts.c.question_id == QUESTIONS.c.id)  # none: still a slot
        .where(RESPONSES.c.attempt_id == bindparam("attempt_id"))
    )
    if sources:
        items = items.join(DOCUMENTS, DOCUMENTS.c.id == QUESTIONS.c.document_id)
        answered = answered.join(DOCUMENTS, DOCUMENTS.c.id == QUESTIONS.c.document_id)
    return union_all(items, answered)


ROWS = {sources: _rows_query(sources) for sources in (False, True)}


def load(user_id: int, attempt_id: int, sources: bool = False) -> PageAttempt:
    """The user's attempt with its slots, or NotFound (another learner's attempt is not
    revealed). An unfinished attempt whose time is up is closed at its deadline first.
    `sources` reads each question's source sentence and document title (the result page)."""
    conn = db.session.connection()
    params = {"attempt_id": attempt_id, "user_id": user_id}
    row = conn.execute(ATTEMPT, params).first()
    if row is None:
        raise NotFound("This attempt does not exist.")
    if row.finished_at is None and row.deadline is not None and utcnow() >= row.deadline:
        attempt_state.finish(attempt_id, row.deadline)
        conn = db.session.connection()
        row = conn.execute(ATTEMPT, params).one()
    found: dict[int, Row[Any]] = {}  # question id -> one of its rows
    options: dict[int, dict[int, tuple[int, PageOption]]] = {}  # question -> option -> place
    items: dict[tuple[int, int], int] = {}  # (place, item) -> question id, current questions
    given: dict[int, tuple[int, int]] = {}  # response -> (question id, option chosen)
    for r in conn.execute(ROWS[sources], {"attempt_id": attempt_id}):
        found.setdefault(r.id, r)
        choices = options.setdefault(r.id, {})
        if r.option_id is not None:
            choices[r.option_id] = (
                r.option_place,
                PageOption(r.option_id, r.option_text, bool(r.option_correct)),
            )
        if r.chosen is None:
            items[r.place, r.item] = r.id
        else:
            given[r.item] = (r.id, int(r.chosen))
    ordered = {
        qid: [o for _, o in sorted(opts.values(), key=lambda p: (p[0], p[1].id))]
        for qid, opts in options.items()
    }
    questions = {qid: _question(r, ordered[qid], sources) for qid, r in found.items()}
    current = [questions[items[key]] for key in sorted(items)]
    answered: dict[Lineage, tuple[PageQuestion, int]] = {}
    for qid, chosen in given.values():
        answered[questions[qid].lineage] = (questions[qid], chosen)
    quiz = PageQuiz(row.quiz_id, row.title, row.feedback, bool(row.shuffle))
    slots: list[Slot[PageQuestion, PageOption]] = arrange(row.seed, quiz.shuffle, current, answered)
    return PageAttempt(
        row.id,
        quiz,
        row.seed,
        row.deadline,
        row.finished_at,
        row.correct,
        row.total,
        slots,
        row.started_at,
    )


def _question(row: Row[Any], options: list[PageOption], sources: bool) -> PageQuestion:
    if not sources:
        document, parts, page = PageDocument(""), ("", "", ""), None
    else:
        document = PageDocument(row.title, source_url(row.document_source or ""))
        parts, page = _parts(row), page_at(row.document_pages or (), row.source_start)
    return PageQuestion(
        row.id,
        row.stem,
        row.kind,
        row.section,
        (row.document_id, row.fingerprint),
        document,
        parts,
        options,
        page,
    )


def _parts(row: Row[Any]) -> tuple[str, str, str]:
    """The source sentence split around the answer (`split_source`, as `Question.source_parts`),
    from the excerpt the query cut: the document's text from source_start to source_end."""
    return split_source(
        row.sentence,
        row.excerpt or "",
        row.source_start,
        row.source_end,
        row.answer_start,
        row.answer_end,
    )
