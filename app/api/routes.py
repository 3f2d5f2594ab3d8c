"""API endpoints: thin, like the views; the services do the work and the checks."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from flask import current_app, g, jsonify, request, url_for
from flask.typing import ResponseReturnValue

from ..params import MAX_ID, id_or_none, page_number, unstorable_text
from ..services.accounts import classes
from ..services.bank import articles, curation, generation
from ..services.errors import ServiceError
from ..services.quiz import builder
from ..services.results import reports
from . import bp, serialize
from .openapi import document


def _body() -> dict[str, Any]:
    """The request's JSON object; a 400 for anything else, however deep or odd."""
    try:
        data = request.get_json(silent=True)
    except RecursionError:
        raise ServiceError("The JSON is nested too deeply.") from None
    if not isinstance(data, dict):
        raise ServiceError("Send a JSON object with Content-Type: application/json.")
    problem = unstorable_text(data)
    if problem:
        raise ServiceError(f"{problem}, which cannot be stored.")
    return data


def _get(
    data: Mapping[str, Any], key: str, kind: type | tuple[type, ...], default: Any = None
) -> Any:
    value = data.get(key, default)
    if value is not None and (
        not isinstance(value, kind) or isinstance(value, bool) and kind is int
    ):
        raise ServiceError(f"{key}: expected {getattr(kind, '__name__', 'another type')}.")
    return value


def _time(data: Mapping[str, Any], key: str) -> datetime | None:
    raw = _get(data, key, str)
    if raw is None:
        return None
    try:
        value = datetime.fromisoformat(raw.replace("Z", "+00:00"))
    except ValueError:
        raise ServiceError(f"{key}: expected an ISO 8601 date and time.") from None
    if value.tzinfo is not None:
        try:
            value = value.astimezone(UTC).replace(tzinfo=None)
        except OverflowError:
            raise ServiceError(f"{key}: the date is out of range.") from None
    return value


def _settings(data: Mapping[str, Any], base: builder.Settings | None = None) -> builder.Settings:
    s = base or builder.Settings(title="")
    return builder.Settings(
        title=_get(data, "title", str, s.title) or "",
        shuffle=bool(_get(data, "shuffle", bool, s.shuffle)),
        feedback=_get(data, "feedback", str, s.feedback),
        time_limit_minutes=_get(data, "time_limit_minutes", int, s.time_limit_minutes),
        attempts_allowed=_get(data, "attempts_allowed", int, s.attempts_allowed),
        opens_at=_time(data, "opens_at") if "opens_at" in data else s.opens_at,
        closes_at=_time(data, "closes_at") if "closes_at" in data else s.closes_at,
        is_open=bool(_get(data, "is_open", bool, s.is_open)),
        cards_after_attempt=bool(_get(data, "cards_after_attempt", bool, s.cards_after_attempt)),
    )


def _ids(data: Mapping[str, Any], key: str) -> list[int] | None:
    value = data.get(key)
    if value is None:
        return None
    if not isinstance(value, list) or not all(
        isinstance(i, int) and not isinstance(i, bool) and 0 <= i <= MAX_ID for i in value
    ):
        raise ServiceError(f"{key}: expected a list of ids (whole numbers from 0 to {MAX_ID}).")
    return list(value)


@bp.get("/openapi.json")
def openapi() -> ResponseReturnValue:
    """The OpenAPI 3.1 document of this API."""
    return jsonify(document(url_for("api.openapi", _external=True).rsplit("/", 1)[0]))


@bp.get("/articles")
def article_list() -> ResponseReturnValue:
    rows = articles.own_documents(g.api_user)
    return jsonify(
        articles=[serialize.article(d) | {"questions": n, "approved": a} for d, n, a in rows]
    )


@bp.post("/articles")
def article_create() -> ResponseReturnValue:
    data = _body()
    text = _get(data, "text", str)
    if not text:
        raise ServiceError("text: the article's text is required.")
    text = articles.text_from_paste(text, current_app.config["MAX_ARTICLE_BYTES"])
    added = articles.add_article(
        g.api_user, text, _get(data, "title", str, "") or "", _get(data, "source", str, "") or ""
    )
    if added.created and added.job is not None:
        generation.start(added.job)
    job = articles.latest_job(added.document)
    body = {
        "article": serialize.article(added.document),
        "job": serialize.job(job),
        "created": added.created,
    }
    return jsonify(body), 201 if added.created else 200


@bp.get("/articles/<int:article_id>")
def article_detail(article_id: int) -> ResponseReturnValue:
    doc = articles.own_document(g.api_user, article_id)
    return jsonify(
        article=serialize.article(doc, with_text=True), job=serialize.job(articles.latest_job(doc))
    )


@bp.delete("/articles/<int:article_id>")
def article_delete(article_id: int) -> ResponseReturnValue:
    articles.delete_article(articles.own_document(g.api_user, article_id))
    return "", 204


@bp.get("/questions")
def question_list() -> ResponseReturnValue:
    args = request.args
    doc, page = args.get("article", ""), args.get("page", "1")
    f = curation.BankFilter(
        document_id=id_or_none(doc),
        kind=args.get("kind", ""),
        status=args.get("status", ""),
        search=args.get("q", "")[:200],
        page=page_number(page),
    )
    result = curation.bank_page(g.api_user, f)
    return jsonify(
        questions=[serialize.question(q) for q in result.items],
        total=result.total,
        page=result.page,
        pages=result.pages,
    )


@bp.get("/questions/<int:question_id>")
def question_detail(question_id: int) -> ResponseReturnValue:
    return jsonify(question=serialize.question(curation.own_question(g.api_user, question_id)))


@bp.patch("/questions/<int:question_id>")
def question_update(question_id: int) -> ResponseReturnValue:
    """Change the status, or the stem and options (a new version)."""
    q = curation.own_question(g.api_user, question_id)
    data = _body()
    if "stem" in data or "options" in data:
        options = data.get("options", [{"text": o.text, "correct": o.correct} for o in q.options])
        if not isinstance(options, list) or not all(
            isinstance(o, dict)
            and isinstance(o.get("text"), str)
            and isinstance(o.get("correct"), bool)
            for o in options
        ):
            raise ServiceError("options: expected a list of {text: string, correct: boolean}.")
        q = curation.edit(
            g.api_user,
            q,
            _get(data, "stem", str, q.stem) or "",
            [(o["text"], o["correct"]) for o in options],
        )
    status = _get(data, "status", str)
    if status is not None:
        curation.set_status(g.api_user, [q.id], status)
        q = curation.own_question(g.api_user, q.id)
    return jsonify(question=serialize.question(q))


@bp.post("/questions/<int:question_id>/distractors")
def question_distractors(question_id: int) -> ResponseReturnValue:
    q = curation.fresh_distractors(g.api_user, curation.own_question(g.api_user, question_id))
    return jsonify(question=serialize.question(q)), 201


@bp.get("/quizzes")
def quiz_list() -> ResponseReturnValue:
    found = builder.own_quizzes(g.api_user)
    return jsonify(quizzes=[serialize.quiz(z, builder.class_ids(z)) for z in found])


@bp.post("/quizzes")
def quiz_create() -> ResponseReturnValue:
    """By `question_ids`, or by `rules` {article_ids, kinds, min_difficulty, max_difficulty, count}."""
    data = _body()
    settings = _settings(data)
    class_ids = _ids(data, "class_ids")
    if class_ids is not None:
        builder.own_groups(g.api_user, class_ids)  # checked before anything is written
    ids = _ids(data, "question_ids")
    if ids is not None:
        quiz = builder.create_by_pick(g.api_user, settings, ids)
    else:
        rules = data.get("rules") or {}
        if not isinstance(rules, dict):
            raise ServiceError("rules: expected an object.")
        quiz = builder.create_by_rules(
            g.api_user,
            settings,
            builder.Rules(
                document_ids=_ids(rules, "article_ids") or [],
                kinds=_get(rules, "kinds", list, []) or [],
                min_difficulty=float(_get(rules, "min_difficulty", (int, float), 0)),
                max_difficulty=float(_get(rules, "max_difficulty", (int, float), 1)),
                count=_get(rules, "count", int, 10),
            ),
        )
    if class_ids is not None:
        builder.open_to_classes(g.api_user, quiz, class_ids)
    return jsonify(quiz=serialize.quiz(quiz, builder.class_ids(quiz))), 201


@bp.get("/quizzes/<int:quiz_id>")
def quiz_detail(quiz_id: int) -> ResponseReturnValue:
    quiz = builder.own_quiz(g.api_user, quiz_id)
    return jsonify(quiz=serialize.quiz(quiz, builder.class_ids(quiz)))


@bp.patch("/quizzes/<int:quiz_id>")
def quiz_update(quiz_id: int) -> ResponseReturnValue:
    """Change settings and/or the classes it is open to."""
    quiz = builder.own_quiz(g.api_user, quiz_id)
    data = _body()
    settings = _settings(data, builder.settings_of(quiz))
    class_ids = _ids(data, "class_ids")
    if class_ids is not None:
        builder.own_groups(g.api_user, class_ids)  # checked before anything is written
    builder.update_settings(quiz, settings)
    if class_ids is not None:
        builder.open_to_classes(g.api_user, quiz, class_ids)
    return jsonify(quiz=serialize.quiz(quiz, builder.class_ids(quiz)))


@bp.get("/classes")
def class_list() -> ResponseReturnValue:
    return jsonify(classes=[serialize.group(c) for c in classes.own_classes(g.api_user)])


@bp.post("/classes")
def class_create() -> ResponseReturnValue:
    name = _get(_body(), "name", str)
    group = classes.create_class(g.api_user, name or "")
    return jsonify({"class": serialize.group(group)}), 201


@bp.get("/classes/<int:class_id>")
def class_detail(class_id: int) -> ResponseReturnValue:
    group = classes.own_class(g.api_user, class_id)
    members = [{"name": m.user.display_name, "email": m.user.email} for m in group.memberships]
    return jsonify({"class": serialize.group(group) | {"members": members}})


@bp.get("/quizzes/<int:quiz_id>/results")
def quiz_results(quiz_id: int) -> ResponseReturnValue:
    """Per learner: attempts, best and last score, time of the last; and the score distribution."""
    quiz = builder.own_quiz(g.api_user, quiz_id)
    which = request.args.get("which", "all")
    which = which if which in reports.WHICH else "all"
    return jsonify(
        learners=[serialize.learner_row(r) for r in reports.learners(quiz)],
        attempts=[serialize.attempt_row(r) for r in reports.attempt_rows(quiz)],
        distribution=reports.distribution(quiz, which),
    )


@bp.get("/quizzes/<int:quiz_id>/items")
def quiz_items(quiz_id: int) -> ResponseReturnValue:
    """The item analysis: Moodle's statistics per slot, option shares and flags."""
    quiz = builder.own_quiz(g.api_user, quiz_id)
    which = request.args.get("which", "all")
    return jsonify(
        serialize.analysis(reports.analysis(quiz, which if which in reports.WHICH else "all"))
    )
