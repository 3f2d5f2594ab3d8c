"""The pages of an attempt (its questions, the summary before submitting, the result), read
with four plain queries and no ORM objects.

A learner loads the question page once per attempt (the page's script moves between the
questions and saves each choice) and the result once, so these pages are a fixed share of
every quiz taken: under load (bench/load.py) building an ORM graph of every question, option
and answer cost more than saving all the answers. The objects here are small frozen records
with the attributes the templates read, in the order `arrange` gives, which the ORM path
(`quizzes.slots`, the teacher's preview) shares.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Generic, TypeVar

from sqlalchemy import Row, bindparam, case, func, select

from ..extensions import db
from ..models import Attempt, Document, Option, Question, QuizQuestion, Response
from ..models.base import utcnow
from ..models.quizzes import Quiz
from . import attempt_state
from .errors import NotFound

NO_SUCH_QUESTION = "There is no such question in this quiz."
Q = TypeVar("Q")
O = TypeVar("O")  # noqa: E741 - an option type


@dataclass(frozen=True)
class Slot(Generic[Q, O]):
    """One question of an attempt as the learner sees it: its number and option order."""

    number: int
    question: Q
    options: list[O]
    chosen_id: int | None


def arrange(seed: int, shuffle: bool, items: Sequence[Q], answered: dict[Hashable, tuple[Q, int]],
            lineage: Callable[[Q], Hashable], options: Callable[[Q], list[O]],
            ordered: Callable[[Q], bool], ident: Callable[[Q], int]) -> list[Slot[Q, O]]:  # fmt: skip
    """The slots of an attempt: the quiz's `items` (current questions, in quiz order) shuffled
    by `seed` when the quiz shuffles, each showing the version the learner answered if any
    (`answered` maps a lineage to that version and the option chosen), with its options
    shuffled too unless their order means something (dates, figures)."""
    items = list(items)
    if shuffle:
        random.Random(seed).shuffle(items)  # nosec B311 - question order, not a secret
    out = []
    for n, item in enumerate(items, start=1):
        question, chosen = answered.get(lineage(item), (item, None))
        shown = list(options(question))
        if shuffle and not ordered(question):
            random.Random(seed * 1000003 + ident(item)).shuffle(shown)  # nosec B311
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


@dataclass(frozen=True)
class PageQuestion:
    """A question as the attempt's pages show it; `parts` is the source sentence split around
    the answer when the page shows sources, else empty."""

    id: int
    stem: str
    kind: str
    section: str
    lineage: tuple[int, str]
    document: PageDocument
    parts: tuple[str, str, str]
    options: list[PageOption]

    @property
    def ordered(self) -> bool:
        return self.kind in ("date", "figure")

    def source_parts(self) -> tuple[str, str, str]:
        return self.parts


@dataclass(frozen=True)
class PageQuiz:
    id: int
    title: str
    feedback: str
    shuffle: bool


@dataclass(frozen=True)
class PageAttempt:
    """An attempt with its quiz's settings and its slots."""

    id: int
    quiz: PageQuiz
    seed: int
    deadline: datetime | None
    finished_at: datetime | None
    correct: int
    total: int
    slots: list[Slot[PageQuestion, PageOption]]

    @property
    def finished(self) -> bool:
        return self.finished_at is not None

    @property
    def score(self) -> float:
        return self.correct / self.total if self.total else 0.0

    def slot(self, number: int) -> Slot[PageQuestion, PageOption]:
        """Question `number` (1-based), or NotFound."""
        if not 1 <= number <= len(self.slots):
            raise NotFound(NO_SUCH_QUESTION)
        return self.slots[number - 1]


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
        QUIZZES.c.title,
        QUIZZES.c.feedback,
        QUIZZES.c.shuffle,
    )  # fmt: skip
    .join(QUIZZES, QUIZZES.c.id == ATTEMPTS.c.quiz_id)
    .where(ATTEMPTS.c.id == bindparam("attempt_id"), ATTEMPTS.c.user_id == bindparam("user_id"))
)
_COLUMNS = (QUESTIONS.c.id, QUESTIONS.c.stem, QUESTIONS.c.kind, QUESTIONS.c.section,
            QUESTIONS.c.document_id, QUESTIONS.c.fingerprint)  # fmt: skip
_SOURCE = (
    DOCUMENTS.c.title,
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
        ),  # fmt: skip
    ).label("excerpt"),
)


def _questions(sources: bool) -> tuple[Any, Any]:
    """The quiz's current questions in quiz order; the questions an attempt's answers were
    given to (the versions seen), with the option chosen. With `sources`, each row also has
    its document's title and the source sentence cut from the document's text."""
    extra = _SOURCE if sources else ()
    items = (
        select(*_COLUMNS, *extra)
        .select_from(ITEMS)
        .join(QUESTIONS, QUESTIONS.c.id == ITEMS.c.question_id)
        .where(ITEMS.c.quiz_id == bindparam("quiz_id"))
        .order_by(ITEMS.c.position, ITEMS.c.id)
    )
    answered = (
        select(*_COLUMNS, *extra, RESPONSES.c.option_id)
        .select_from(RESPONSES)
        .join(OPTIONS, OPTIONS.c.id == RESPONSES.c.option_id)
        .join(QUESTIONS, QUESTIONS.c.id == OPTIONS.c.question_id)
        .where(RESPONSES.c.attempt_id == bindparam("attempt_id"))
    )
    if sources:
        items = items.join(DOCUMENTS, DOCUMENTS.c.id == QUESTIONS.c.document_id)
        answered = answered.join(DOCUMENTS, DOCUMENTS.c.id == QUESTIONS.c.document_id)
    return items, answered


QUESTION_QUERIES = {sources: _questions(sources) for sources in (False, True)}
OPTIONS_OF = (
    select(OPTIONS.c.id, OPTIONS.c.question_id, OPTIONS.c.text, OPTIONS.c.correct)
    .where(OPTIONS.c.question_id.in_(bindparam("ids", expanding=True)))
    .order_by(OPTIONS.c.position, OPTIONS.c.id)
)


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
    items_query, answered_query = QUESTION_QUERIES[sources]
    items = conn.execute(items_query, {"quiz_id": row.quiz_id}).all()
    given = conn.execute(answered_query, {"attempt_id": attempt_id}).all()
    ids = sorted({q.id for q in items} | {q.id for q in given})
    options: dict[int, list[PageOption]] = {i: [] for i in ids}
    for o in conn.execute(OPTIONS_OF, {"ids": ids}):
        options[o.question_id].append(PageOption(o.id, o.text, bool(o.correct)))
    current = [_question(q, options, sources) for q in items]
    answered = {}
    for g in given:
        seen = _question(g, options, sources)
        answered[seen.lineage] = (seen, int(g.option_id))
    quiz = PageQuiz(row.quiz_id, row.title, row.feedback, bool(row.shuffle))
    slots = arrange(row.seed, quiz.shuffle, current, answered, lambda q: q.lineage,
                    lambda q: q.options, lambda q: q.ordered, lambda q: q.id)  # fmt: skip
    return PageAttempt(row.id, quiz, row.seed, row.deadline, row.finished_at, row.correct,
                       row.total, slots)  # fmt: skip


def _question(row: Row[Any], options: dict[int, list[PageOption]], sources: bool) -> PageQuestion:
    parts = _parts(row) if sources else ("", "", "")
    title = row.title if sources else ""
    return PageQuestion(row.id, row.stem, row.kind, row.section,
                        (row.document_id, row.fingerprint), PageDocument(title), parts,
                        options[row.id])  # fmt: skip


def _parts(row: Row[Any]) -> tuple[str, str, str]:
    """The source sentence split around the answer (as `Question.source_parts`): the excerpt
    is the document's text from source_start to source_end; offsets that do not fit it (a
    document shorter than they say) fall back to the stored sentence."""
    start, end, a, b = row.source_start, row.source_end, row.answer_start, row.answer_end
    excerpt = row.excerpt or ""
    if not (0 <= start <= a <= b <= end) or len(excerpt) != end - start:
        return row.sentence, "", ""
    return excerpt[: a - start], excerpt[a - start : b - start], excerpt[b - start :]
