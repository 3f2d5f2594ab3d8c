"""Teacher services without HTTP: articles, generation jobs, the bank, versions, quiz building."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.extensions import db as database
from app.models import Document, GenerationJob, Question, QuizQuestion, Response
from app.services.accounts import classes, tokens
from app.services.bank import articles, curation, generation, reading
from app.services.errors import Forbidden, NotFound, ServiceError
from app.services.quiz import answers, attempt_state, builder, taking

from ..conftest import demo_questions

DEMO = Path(__file__).resolve().parents[2] / "app" / "demo" / "deir-ez-zor-offensive-2016.txt"
LIMIT = 1024 * 1024


@pytest.fixture
def teacher(make):  # type: ignore[no-untyped-def]
    return make.user("teacher@example.com", role="teacher")


@pytest.fixture
def article(teacher):  # type: ignore[no-untyped-def]
    """The demo article added by the teacher, its questions written."""
    added = articles.add_article(teacher, DEMO.read_text(encoding="utf-8"), source="demo.txt")
    generation.start(added.job)
    return added.document


def current(doc: Document) -> list[Question]:
    query = select(Question).where(
        Question.document_id == doc.id, Question.replaced_by_id.is_(None)
    )
    return list(database.session.scalars(query.order_by(Question.id)))


# -- reading what a teacher uploads ----------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("a.pages", b"PK\x03\x04 ...", "is not a file we can read"),
        ("a.odt", b"PK\x03\x04 ...", "is damaged or incomplete"),
        ("a.pdf", b"%PDF-1.7 ...", "is damaged or incomplete"),
        ("a.txt", b"%PDF ...", "is a PDF document"),
        ("a.txt", b"PK\x03\x04 word", "is a ZIP archive"),
        ("a.txt", b"abc\x00def", "binary file"),
        ("a.txt", "caf\u00e9".encode("latin-1"), "not valid UTF-8"),
        ("a.txt", b"  \n\n ", "is empty"),
        ("a.txt", b"x" * (LIMIT + 1), "too large"),
    ],
)
def test_unreadable_uploads_are_named(name: str, data: bytes, message: str) -> None:
    with pytest.raises(ServiceError, match=message):
        reading.check_upload(name, data, LIMIT)
        reading.read_upload(name, data, LIMIT)


def test_a_readable_upload_keeps_its_text() -> None:
    data = "\ufeffTitle\r\n\r\nIn 1901 the town had 4,500 people.\r\n".encode()
    text = reading.read_upload("town.md", data, LIMIT).text
    assert articles.normalise(text) == "Title\n\nIn 1901 the town had 4,500 people.\n"


def test_the_same_article_twice_is_one_document(teacher, make) -> None:  # type: ignore[no-untyped-def]
    text = DEMO.read_text(encoding="utf-8")
    first = articles.add_article(teacher, text)
    again = articles.add_article(teacher, text.replace("\n", "\r\n") + "\n\n")
    assert first.created and not again.created
    assert again.document.id == first.document.id
    other = make.user("other@example.com", role="teacher")
    theirs = articles.add_article(other, text)
    assert theirs.created and theirs.document.id != first.document.id
    assert database.session.scalar(select(func.count(Document.id))) == 2


def test_the_title_comes_from_the_article_unless_given(teacher) -> None:  # type: ignore[no-untyped-def]
    doc = articles.add_article(teacher, DEMO.read_text(encoding="utf-8")).document
    assert doc.title == "Deir ez-Zor offensive (2016)"
    named = articles.add_article(teacher, "Notes\n\nIn 1901 it had 4,500 people.", title=" Mine ")
    assert named.document.title == "Mine"


# -- generation jobs ---------------------------------------------------------------------------


def test_generation_writes_draft_questions_and_reports_done(article) -> None:  # type: ignore[no-untyped-def]
    job = articles.latest_job(article)
    assert job is not None and job.status == "done" and job.progress == 100
    assert f"{demo_questions()} questions written" in job.message
    rows = current(article)
    assert len(rows) == demo_questions() and {q.status for q in rows} == {"draft"}


def test_generation_on_the_embedded_queue_finishes(app, teacher) -> None:  # type: ignore[no-untyped-def]
    """Without QUEUE_URL the job goes to Dramatiq's in-memory broker and a worker in this
    process runs it, as `make run` does."""
    from app.services.jobs import queue

    added = articles.add_article(teacher, DEMO.read_text(encoding="utf-8"))
    app.config["GENERATION_INLINE"] = False
    try:
        generation.start(added.job)
        queue.wait_embedded(app, timeout_s=60)
    finally:
        app.config["GENERATION_INLINE"] = True
    database.session.expire_all()
    job = database.session.get(GenerationJob, added.job.id)
    assert job.status == "done" and len(current(added.document)) == demo_questions()


def test_a_job_run_again_after_it_finished_writes_nothing(article) -> None:  # type: ignore[no-untyped-def]
    """The queue runs a job again when its worker died; if the first run had committed, the
    second finds the job done and the bank unchanged."""
    job = articles.latest_job(article)
    before = {(q.fingerprint, q.version) for q in current(article)}
    generation.run(job.id)
    assert {(q.fingerprint, q.version) for q in current(article)} == before
    count = database.session.scalar(
        select(func.count(Question.id)).where(Question.document_id == article.id)
    )
    assert count == len(before)


def test_a_job_whose_worker_died_mid_way_runs_again_from_nothing(teacher) -> None:  # type: ignore[no-untyped-def]
    """Killed while running (its row says running, nothing imported): the retry writes every
    question once."""
    other = articles.add_article(teacher, DEMO.read_text(encoding="utf-8"))
    job = other.job
    job.status, job.progress = "running", 40
    database.session.commit()
    generation.run(job.id)
    database.session.refresh(job)
    assert job.status == "done"
    rows = current(other.document)
    assert len(rows) == len({q.fingerprint for q in rows}) == demo_questions()


def test_a_job_the_queue_cannot_take_ends_failed(app, teacher, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Redis unreachable (after the client's retries): the job says so instead of waiting."""
    import redis

    from app.services.jobs import queue

    def down(kind: str, job_id: int) -> None:
        raise redis.ConnectionError("refused")

    monkeypatch.setattr(queue, "enqueue", down)
    added = articles.add_article(teacher, DEMO.read_text(encoding="utf-8"))
    generation.start(added.job)
    database.session.expire_all()
    job = database.session.get(GenerationJob, added.job.id)
    assert job.status == "failed" and "queue could not be reached" in job.message


def test_a_job_whose_worker_died_is_stalled_and_can_restart(article) -> None:  # type: ignore[no-untyped-def]
    job = articles.latest_job(article)
    job.status, job.updated_at = "running", datetime.utcnow() - timedelta(minutes=10)
    database.session.commit()
    assert generation.stalled(job)
    new = generation.restart(article, job)
    generation.start(new)
    database.session.refresh(new)
    assert new.status == "done"
    assert len(current(article)) == demo_questions()  # nothing duplicated by running again


def test_a_running_job_is_not_started_twice(article) -> None:  # type: ignore[no-untyped-def]
    job = articles.latest_job(article)
    job.status = "running"
    database.session.commit()
    with pytest.raises(ServiceError, match="already being written"):
        generation.restart(article, job)


def test_a_failing_generation_ends_failed_with_a_message(article, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import questions

    def broken(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise RuntimeError("boom")

    monkeypatch.setattr(questions, "generate", broken)
    job = generation.restart(article, articles.latest_job(article))
    generation.start(job)
    database.session.refresh(job)
    assert job.status == "failed" and "try again" in job.message


def test_an_article_without_facts_says_so(teacher) -> None:  # type: ignore[no-untyped-def]
    added = articles.add_article(teacher, "Cats\n\nCats are small animals that people like.")
    generation.start(added.job)
    database.session.refresh(added.job)
    assert added.job.status == "done" and "No questions could be written" in added.job.message


# -- the bank ----------------------------------------------------------------------------------


def test_filters_and_search(teacher, article) -> None:  # type: ignore[no-untyped-def]
    everything = curation.bank_page(teacher, curation.BankFilter())
    n = demo_questions()
    assert everything.total == n and everything.counts == {"draft": n}
    dates = curation.bank_page(teacher, curation.BankFilter(kind="date"))
    assert dates.total and all(q.kind == "date" for q in dates.items)
    hard = curation.bank_page(teacher, curation.BankFilter(min_difficulty=0.7))
    assert all(q.difficulty >= 0.7 for q in hard.items) and hard.total < n
    found = curation.bank_page(teacher, curation.BankFilter(search="TONNES"))
    assert found.total >= 1 and all(
        "tonnes" in (q.stem + q.answer + q.sentence) for q in found.items
    )
    assert (
        curation.bank_page(teacher, curation.BankFilter(search="100%_")).total == 0
    )  # LIKE escaped


def test_status_changes_apply_to_own_questions_only(teacher, article, make) -> None:  # type: ignore[no-untyped-def]
    ids = [q.id for q in current(article)]
    assert curation.set_status(teacher, ids[:5], "approved") == 5
    assert curation.set_status(teacher, ids[:5], "approved") == 0  # idempotent
    assert curation.set_status(teacher, ids[:2], "retired") == 2
    assert curation.set_status(teacher, ids[:1], "draft") == 1
    other = make.user("other@example.com", role="teacher")
    assert curation.set_status(other, ids, "retired") == 0
    counts = curation.bank_page(teacher, curation.BankFilter()).counts
    assert counts == {"approved": 3, "retired": 1, "draft": demo_questions() - 4}


@pytest.mark.parametrize(
    ("stem", "options", "message"),
    [
        ("", [("a", True), ("b", False)], "question text is empty"),
        ("Q?", [("a", False), ("b", False)], "No option is marked correct"),
        ("Q?", [("a", True), ("b", True)], "exactly one"),
        ("Q?", [("a", True), (" A ", False)], "Option 2 repeats option 1"),
        ("Q?", [("a", True), ("  ", False)], "Option 2 is empty"),
        ("Q?", [("a", True)], "at least two options"),
    ],
)
def test_edits_are_validated(stem: str, options: list[tuple[str, bool]], message: str) -> None:
    with pytest.raises(ServiceError, match=message):
        curation.validate_options(stem, options)


def test_an_edit_is_a_new_version_and_answers_stay_with_the_old(teacher, article, make) -> None:  # type: ignore[no-untyped-def]
    learner = make.user()
    q = current(article)[0]
    curation.set_status(teacher, [q.id], "approved")
    quiz = builder.create_by_pick(teacher, builder.Settings("Q", shuffle=False), [q.id])
    classes.open_to(quiz, [make.test_class()])
    attempt = make.attempt(learner, quiz)
    seen = make.slots(attempt)[0]
    answers.save(learner.id, attempt.id, seen.options[0].id, q.id)
    old_text = seen.options[0].text

    database.session.refresh(q)
    new = curation.edit(teacher, q, "Edited: " + q.stem, [("w", False), ("x", True), ("y", False)])
    assert new.version == 2 and new.fingerprint == q.fingerprint and new.status == "approved"
    database.session.refresh(q)
    assert q.replaced_by_id == new.id and not q.current
    response = database.session.scalars(select(Response)).one()
    assert response.question_id == q.id and response.option.text == old_text  # what was seen
    assert database.session.scalars(select(QuizQuestion.question_id)).all() == [new.id]
    # the unfinished attempt still shows the version the learner answered
    database.session.expire_all()
    slot = make.slots(attempt)[0]
    assert slot.question.id == q.id and slot.chosen_id == response.option_id
    # a new attempt gets the new version
    attempt_state.submit(learner.id, attempt.id)
    fresh = make.attempt(learner, quiz)
    assert make.slots(fresh)[0].question.id == new.id
    assert [v.version for v in curation.history(new)] == [2, 1]
    assert (
        curation.bank_page(teacher, curation.BankFilter()).total == demo_questions()
    )  # one per question


def test_an_old_version_cannot_be_edited_and_an_unchanged_edit_is_no_version(
    teacher, article
) -> None:  # type: ignore[no-untyped-def]
    q = current(article)[0]
    same = curation.edit(teacher, q, q.stem, [(o.text, o.correct) for o in q.options])
    assert same is q and q.version == 1
    curation.edit(teacher, q, q.stem + " ", [(o.text, o.correct) for o in q.options][::-1] + [])
    database.session.refresh(q)
    with pytest.raises(ServiceError, match="earlier version"):
        curation.edit(teacher, q, "x?", [("a", True), ("b", False)])


def test_fresh_distractors_keep_the_key_and_change_the_wrong_options(teacher, article) -> None:  # type: ignore[no-untyped-def]
    changed = 0
    for q in current(article)[:12]:
        before = {o.text for o in q.options if not o.correct}
        key = q.answer
        try:
            new = curation.fresh_distractors(teacher, q)
        except ServiceError:
            continue
        after = {o.text for o in new.options if not o.correct}
        assert [o.text for o in new.options if o.correct] == [key]
        assert len(new.options) == 4 and after != before
        changed += 1
    assert changed >= 8


def test_new_wrong_options_twice_do_not_bring_back_the_first(teacher, article) -> None:  # type: ignore[no-untyped-def]
    """Pressed twice, *New wrong options* gives a third set where the article offers one, not
    the first set again."""
    checked = 0
    for q in current(article)[:20]:
        first = {o.text for o in q.options if not o.correct}
        try:
            second = curation.fresh_distractors(teacher, q)
            third = curation.fresh_distractors(teacher, second)
        except ServiceError:
            continue
        again = {o.text for o in third.options if not o.correct}
        assert again != first, q.stem
        if len({o.text for o in second.options} | first) >= 6:
            assert not first <= again
        checked += 1
    assert checked >= 5


def test_another_teachers_question_is_not_found(teacher, article, make) -> None:  # type: ignore[no-untyped-def]
    other = make.user("other@example.com", role="teacher")
    with pytest.raises(NotFound):
        curation.own_question(other, current(article)[0].id)
    with pytest.raises(NotFound):
        articles.own_document(other, article.id)


# -- building quizzes --------------------------------------------------------------------------


def test_rules_draw_a_balanced_quiz_from_approved_questions(teacher, article) -> None:  # type: ignore[no-untyped-def]
    rows = current(article)
    with pytest.raises(ServiceError, match="approve some first"):
        builder.create_by_rules(teacher, builder.Settings("R"), builder.Rules(count=5))
    curation.set_status(teacher, [q.id for q in rows], "approved")
    quiz = builder.create_by_rules(teacher, builder.Settings("R"), builder.Rules(count=9, seed=1))
    kinds = [i.question.kind for i in quiz.items]
    assert len(kinds) == 9 and {kinds.count(k) for k in set(kinds)} == {3}
    places = builder.create_by_rules(
        teacher, builder.Settings("P"), builder.Rules(kinds=["place"], count=50)
    )
    assert {i.question.kind for i in places.items} == {"place"}
    assert 0 < len(places.items) <= sum(1 for q in rows if q.kind == "place")
    easy = builder.matching(teacher, builder.Rules(max_difficulty=0.5))
    assert easy and all(q.difficulty <= 0.5 for q in easy)


def test_rules_never_put_two_items_of_one_sentence_or_a_leak_in_a_quiz(teacher, article) -> None:  # type: ignore[no-untyped-def]
    from questions.lint import contains

    rows = current(article)
    sentences = {q.source_start for q in rows}
    assert len(sentences) < len(rows)  # the article gives several items from one sentence
    curation.set_status(teacher, [q.id for q in rows], "approved")
    for seed in range(5):
        quiz = builder.create_by_rules(
            teacher, builder.Settings("R"), builder.Rules(count=200, seed=seed)
        )
        picked = [i.question for i in quiz.items]
        assert len({q.source_start for q in picked}) == len(picked)
        assert not any(
            contains(a.stem, b.answer, b.kind) for a in picked for b in picked if a is not b
        )
        assert len(picked) >= len(sentences) // 2


def test_hand_picked_quizzes_take_only_own_approved_questions(teacher, article, make) -> None:  # type: ignore[no-untyped-def]
    # two questions of different sentences, in article order (the bank itself is in rank order)
    by_place = sorted(current(article), key=lambda q: q.source_start)
    rows = [by_place[0], next(q for q in by_place if q.source_start > by_place[0].source_start)]
    rows.append(next(q for q in by_place if q not in rows))
    curation.set_status(teacher, [rows[0].id, rows[1].id], "approved")
    quiz = builder.create_by_pick(teacher, builder.Settings("P"), [rows[1].id, rows[0].id])
    assert [i.question_id for i in quiz.items] == [rows[0].id, rows[1].id]  # article order
    with pytest.raises(ServiceError, match="approved"):
        builder.create_by_pick(teacher, builder.Settings("P"), [rows[2].id])
    other = make.user("other@example.com", role="teacher")
    with pytest.raises(ServiceError):
        builder.create_by_pick(other, builder.Settings("P"), [rows[0].id])


@pytest.mark.parametrize(
    ("settings", "message"),
    [
        (builder.Settings(" "), "title"),
        (builder.Settings("T", feedback="sometimes"), "immediate or deferred"),
        (builder.Settings("T", time_limit_minutes=0), "time limit"),
        (builder.Settings("T", attempts_allowed=0), "Attempts allowed"),
        (
            builder.Settings("T", opens_at=datetime(2030, 1, 2), closes_at=datetime(2030, 1, 1)),
            "close after it opens",
        ),
    ],
)
def test_settings_are_checked(teacher, settings: builder.Settings, message: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ServiceError, match=message):
        builder.create(teacher, settings, [])


def test_settings_round_trip_and_classes(teacher, article, make) -> None:  # type: ignore[no-untyped-def]
    rows = current(article)
    curation.set_status(teacher, [rows[0].id], "approved")
    quiz = builder.create_by_pick(teacher, builder.Settings("P"), [rows[0].id])
    wanted = builder.Settings(
        "Timed",
        shuffle=False,
        feedback="immediate",
        time_limit_minutes=15,
        attempts_allowed=2,
        opens_at=datetime(2030, 1, 1, 8),
        closes_at=datetime(2030, 1, 1, 9),
        is_open=False,
    )
    builder.update_settings(quiz, wanted)
    assert builder.settings_of(quiz) == wanted and quiz.time_limit == 900
    mine = classes.create_class(teacher, "7B")
    theirs = classes.create_class(make.user("o@example.com", role="teacher"), "8C")
    assert [g.id for g in builder.open_to_classes(teacher, quiz, [mine.id])] == [mine.id]
    with pytest.raises(NotFound):
        builder.open_to_classes(teacher, quiz, [theirs.id])
    assert builder.class_ids(quiz) == {mine.id}


def test_preview_shows_the_quiz_without_saving(teacher, article) -> None:  # type: ignore[no-untyped-def]
    rows = current(article)
    curation.set_status(teacher, [q.id for q in rows[:5]], "approved")
    quiz = builder.create_by_pick(teacher, builder.Settings("P"), [q.id for q in rows[:5]])
    slots = taking.preview(quiz, seed=3)
    assert len(slots) == 5 and all(s.chosen_id is None for s in slots)
    assert [s.question.id for s in slots] == [s.question.id for s in taking.preview(quiz, seed=3)]
    database.session.commit()
    assert database.session.scalar(select(func.count()).select_from(Response)) == 0


def test_api_tokens_are_for_teachers_and_revocable(teacher, make) -> None:  # type: ignore[no-untyped-def]
    row, secret = tokens.create_token(teacher, "script")
    assert secret.startswith("fd_") and row.token_hash != secret and secret not in row.token_hash
    assert tokens.user_for(secret).id == teacher.id
    assert tokens.user_for(secret + "x") is None and tokens.user_for("Bearer") is None
    tokens.revoke(teacher, row.id)
    assert tokens.user_for(secret) is None
    with pytest.raises(Forbidden):
        tokens.create_token(make.user(), "learner")


def test_a_racing_second_add_returns_the_first(teacher, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Two requests adding the same article at once: the loser finds the winner's document."""
    text = DEMO.read_text(encoding="utf-8")
    first = articles.add_article(teacher, text)
    real_scalar = database.session.scalar
    calls = {"n": 0}

    def miss_once(query):  # type: ignore[no-untyped-def]
        calls["n"] += 1
        return None if calls["n"] == 1 else real_scalar(query)  # the lookup ran before the insert

    monkeypatch.setattr(database.session, "scalar", miss_once)
    again = articles.add_article(teacher, text)
    monkeypatch.undo()
    assert not again.created and again.document.id == first.document.id
    assert database.session.scalar(select(func.count(Document.id))) == 1


def test_regenerating_keeps_the_teachers_curation(teacher, article) -> None:  # type: ignore[no-untyped-def]
    rows = current(article)
    curation.set_status(teacher, [q.id for q in rows], "approved")
    curation.set_status(teacher, [rows[0].id], "retired")
    job = generation.restart(article, articles.latest_job(article))
    generation.start(job)
    database.session.expire_all()
    statuses = [q.status for q in current(article)]
    assert statuses.count("retired") == 1 and statuses.count("approved") == demo_questions() - 1
