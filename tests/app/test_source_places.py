"""A question from a PDF shows its page, and one from a web page its link, wherever its source
sentence is shown: the learner's review, the flashcard's back and the bank."""

from __future__ import annotations

import re

from sqlalchemy import select

from .test_quiz import login_learner, options_on, start

URL = "https://en.wikipedia.org/wiki/Deir_ez-Zor_offensive_(2016)"


def paged_demo(make, db):  # type: ignore[no-untyped-def]
    """The demo quiz's article as if read from a three-page PDF found at URL."""
    from app.models import Document

    quiz = make.quiz(4, cards_after_attempt=False)
    doc = db.session.scalars(select(Document)).one()
    third = len(doc.text) // 3
    doc.pages, doc.source = [0, third, 2 * third], URL
    db.session.commit()
    return quiz, doc


def expected_pages(doc, quiz) -> set[str]:  # type: ignore[no-untyped-def]
    return {f"p. {doc.page_at(item.question.source_start)}" for item in quiz.items}


def shown_pages(page: str) -> set[str]:
    return set(re.findall(r'<span class="source-page">(p\. \d+)</span>', page))


def test_the_review_after_a_quiz_shows_page_and_link(client, make, auth, db) -> None:  # type: ignore[no-untyped-def]
    quiz, doc = paged_demo(make, db)
    login_learner(make, auth)
    aid = start(client, quiz)
    for n in range(1, 5):
        client.post(f"/attempts/{aid}/{n}", data={"option": options_on(client, aid, n)[0]})
    client.post(f"/attempts/{aid}/submit")
    result = client.get(f"/attempts/{aid}/result").get_data(as_text=True)
    assert shown_pages(result) == expected_pages(doc, quiz)
    assert result.count(f'class="source-link" href="{URL}"') == 4


def test_a_flashcard_back_shows_the_page(client, make, auth, db) -> None:  # type: ignore[no-untyped-def]
    quiz, doc = paged_demo(make, db)
    login_learner(make, auth)
    assert client.post(f"/cards/decks/quiz-{quiz.id}/add").status_code == 302
    page = client.get(f"/cards/study/quiz-{quiz.id}?reveal=1").get_data(as_text=True)
    shown = shown_pages(page)
    assert len(shown) == 1 and shown <= expected_pages(doc, quiz)


def test_a_document_without_pages_shows_none(client, make, auth, db) -> None:  # type: ignore[no-untyped-def]
    quiz = make.quiz(2)
    login_learner(make, auth)
    aid = start(client, quiz)
    for n in (1, 2):
        client.post(f"/attempts/{aid}/{n}", data={"option": options_on(client, aid, n)[0]})
    client.post(f"/attempts/{aid}/submit")
    result = client.get(f"/attempts/{aid}/result").get_data(as_text=True)
    assert "source-page" not in result and "source-link" not in result
