"""The question page's script (app/static/js/attempt.js): one page per attempt, a JSON save per
choice, the address kept in step; and the same quiz without JavaScript, by full form posts.

The live server checks CSRF here as in production (the `server` fixture), so the script sends
the form's token as it must in production."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from .quizpage import (
    attempt_data,
    is_save,
    jump,
    option_of,
    radio,
    start_quiz,
    stored,
    text,
)

pytestmark = pytest.mark.browser


def test_moving_on_saves_each_choice_without_a_page_load(page, server, errors) -> None:  # type: ignore[no-untyped-def]
    aid = start_quiz(page, server)
    data = attempt_data(page)
    token = page.locator("form[data-keys=options] input[name=csrf_token]").input_value()
    loads: list[str] = []
    page.on("request", lambda r: loads.append(r.url) if r.resource_type == "document" else None)
    page.evaluate("window.__marker = 'the same page'")
    chosen: dict[int, int] = {}
    for n in range(1, 5):
        slot = data["slots"][n - 1]
        expect(page.locator("legend.stem")).to_have_text(slot["stem"])
        expect(page.locator(".progress-text")).to_have_text(
            f"Question {n} of 12 · {n - 1} answered"
        )
        option = slot["options"][n % len(slot["options"])]["id"]
        radio(page, option).check()
        with page.expect_request(is_save) as saving:
            page.get_by_role("button", name="Next →").click()
        expect(page).to_have_url(f"{server}/attempts/{aid}/{n + 1}")
        assert saving.value.url == f"{server}/attempts/{aid}/answers"
        assert saving.value.post_data_json == {"question": slot["question"], "option": option}
        assert saving.value.headers["x-csrftoken"] == token
        chosen[slot["question"]] = option
        assert stored(server, aid) == chosen  # saved before the next question showed
    # a jump link saves the choice and shows that question, also in place
    fifth = data["slots"][4]
    radio(page, fifth["options"][0]["id"]).check()
    with page.expect_request(is_save):
        jump(page, 9).click()
    expect(page).to_have_url(f"{server}/attempts/{aid}/9")
    expect(page.locator("legend.stem")).to_have_text(data["slots"][8]["stem"])
    expect(page.locator(".progress-text")).to_have_text("Question 9 of 12 · 5 answered")
    expect(jump(page, 9)).to_have_attribute("aria-current", "step")
    answered = "links => links.map(a => a.classList.contains('answered'))"
    assert page.locator("nav.jump a").evaluate_all(answered) == [True] * 5 + [False] * 7
    assert page.title() == f"{data['title']} · 9 of 12 · Factdeck"
    assert stored(server, aid) == chosen | {fifth["question"]: fifth["options"][0]["id"]}
    assert page.evaluate("window.__marker") == "the same page" and loads == []
    assert errors == []


def test_reload_and_back_show_the_question_with_its_saved_choice(page, server, errors) -> None:  # type: ignore[no-untyped-def]
    aid = start_quiz(page, server)
    slots = attempt_data(page)["slots"]
    choices = [slots[0]["options"][1]["id"], slots[1]["options"][2]["id"]]
    for n, option in enumerate(choices, start=1):
        radio(page, option).check()
        page.get_by_role("button", name="Next →").click()
        expect(page).to_have_url(f"{server}/attempts/{aid}/{n + 1}")
    page.evaluate("window.__marker = 'the same page'")
    page.go_back()
    expect(page).to_have_url(f"{server}/attempts/{aid}/2")
    expect(page.locator("legend.stem")).to_have_text(slots[1]["stem"])
    expect(radio(page, choices[1])).to_be_checked()
    page.go_back()
    expect(page).to_have_url(f"{server}/attempts/{aid}/1")
    expect(page.locator("legend.stem")).to_have_text(slots[0]["stem"])
    expect(radio(page, choices[0])).to_be_checked()
    assert page.evaluate("window.__marker") == "the same page"  # back needed no page load
    page.go_forward()
    expect(page).to_have_url(f"{server}/attempts/{aid}/2")
    expect(radio(page, choices[1])).to_be_checked()
    page.reload()
    assert page.evaluate("window.__marker") is None  # a real reload, rendered by the server
    expect(page.locator("legend.stem")).to_have_text(slots[1]["stem"])
    expect(radio(page, choices[1])).to_be_checked()
    expect(page.locator(".progress-text")).to_have_text("Question 2 of 12 · 2 answered")
    page.go_back()  # back from a reloaded page: question 1, still with its choice
    expect(page).to_have_url(f"{server}/attempts/{aid}/1")
    expect(page.locator("legend.stem")).to_have_text(slots[0]["stem"])
    expect(radio(page, choices[0])).to_be_checked()
    assert errors == []


def test_a_failed_save_stays_on_the_question_and_says_so(page, server, errors) -> None:  # type: ignore[no-untyped-def]
    aid = start_quiz(page, server)
    slot = attempt_data(page)["slots"][0]
    option = slot["options"][1]["id"]
    alert = page.get_by_role("alert")
    failures = [
        (
            lambda route: route.fulfill(status=503, json={"error": {"message": "Busy."}}),
            "Your answer was not saved: Busy. Please try again.",
        ),
        (
            lambda route: route.abort(),
            "Your answer was not saved: the server could not be "
            "reached. Check the connection and try again.",
        ),
    ]
    radio(page, option).check()
    for handler, message in failures:
        page.route("**/answers", handler)
        with page.expect_request(is_save):
            page.get_by_role("button", name="Next →").click()
        expect(alert).to_have_text(message)
        expect(alert).to_have_class(re.compile(r"\bsave-error\b"))
        expect(page).to_have_url(f"{server}/attempts/{aid}/1")
        expect(page.locator("legend.stem")).to_have_text(slot["stem"])
        expect(radio(page, option)).to_be_checked()
        expect(page.locator(".progress-text")).to_have_text("Question 1 of 12 · 0 answered")
        assert stored(server, aid) == {}
        page.unroute("**/answers")
    with page.expect_response(lambda r: is_save(r.request)) as saved:
        page.get_by_role("button", name="Next →").click()
    assert saved.value.status == 200
    expect(page).to_have_url(f"{server}/attempts/{aid}/2")
    expect(page.locator(".save-error")).to_have_count(0)
    assert stored(server, aid) == {slot["question"]: option}
    assert errors == []


def test_the_summary_then_submit_gives_the_score(page, server, errors) -> None:  # type: ignore[no-untyped-def]
    aid = start_quiz(page, server)
    data = attempt_data(page)
    slots = data["slots"]
    right = {1: True, 2: False, 3: False, 12: True}  # question number → answer it correctly
    for n, correct in right.items():
        if n == 12:
            jump(page, 12).click()  # nothing chosen on question 4: nothing to save
            expect(page).to_have_url(f"{server}/attempts/{aid}/12")
        radio(page, option_of(server, slots[n - 1], correct)).check()
        page.locator("form [data-next]").click()
        expect(page).to_have_url(
            f"{server}/attempts/{aid}/{n + 1}" if n < 12 else f"{server}/attempts/{aid}/submit"
        )
    summary = page.locator("section.review-now")
    expect(summary).to_contain_text("You have not answered 8 questions: 4, 5, 6, 7, 8, 9, 10, 11.")
    expect(summary).to_contain_text("Once submitted, the answers cannot be changed.")
    expect(page.locator("form[data-keys=options]")).to_be_hidden()
    expect(page.locator("nav.jump")).to_be_hidden()
    expect(page.locator(".progress-text")).to_have_text("Question 12 of 12 · 4 answered")
    expect(page.get_by_role("button", name="Submit answers")).to_be_focused()
    client = (page.title(), text(page, "main"))
    summary.get_by_role("link", name="4", exact=True).click()  # a missing one, in place
    expect(page).to_have_url(f"{server}/attempts/{aid}/4")
    expect(page.locator("legend.stem")).to_have_text(slots[3]["stem"])
    page.go_back()
    expect(page).to_have_url(f"{server}/attempts/{aid}/submit")
    expect(summary).to_contain_text("You have not answered 8 questions")
    page.reload()  # the server's own summary says the same
    expect(summary).to_have_count(0)
    assert (page.title(), text(page, "main")) == client
    page.get_by_role("link", name="← Back to the questions").click()
    page.wait_for_url(f"{server}/attempts/{aid}/12")
    expect(radio(page, option_of(server, slots[11], True))).to_be_checked()
    page.get_by_role("button", name="Review and submit").click()  # unchanged: nothing to save
    expect(summary).to_be_visible()
    page.get_by_role("button", name="Submit answers").click()
    page.wait_for_url(f"{server}/attempts/{aid}/result")
    expect(page.locator(".score .big")).to_have_text("2 / 12")
    expect(page.locator("ol.review > li")).to_have_count(12)
    expect(page.locator("ol.review > li", has_text="Not answered.")).to_have_count(8)
    expect(page.locator("ol.review > li.ok")).to_have_count(2)
    assert len(stored(server, aid)) == 4
    assert errors == []


def test_without_javascript_the_quiz_works_by_form_posts(no_js_page, server) -> None:  # type: ignore[no-untyped-def]
    page = no_js_page
    aid = start_quiz(page, server)
    slots = attempt_data(page)["slots"]
    posts: list[str] = []
    page.on("request", lambda r: posts.append(r.url) if r.method == "POST" else None)
    chosen: dict[int, int] = {}
    for n in (1, 2, 12):
        if n == 12:
            jump(page, 12).click()
            page.wait_for_url(f"{server}/attempts/{aid}/12")
        expect(page.locator("legend.stem")).to_have_text(slots[n - 1]["stem"])
        option = option_of(server, slots[n - 1], n != 2)
        radio(page, option).check()
        page.locator("form [data-next]").click()
        page.wait_for_url(
            f"{server}/attempts/{aid}/{n + 1}" if n < 12 else f"{server}/attempts/{aid}/submit"
        )
        chosen[slots[n - 1]["question"]] = option
        assert stored(server, aid) == chosen
    expect(page.locator("main")).to_contain_text("You have not answered 9 questions: 3, 4,")
    page.go_back()  # the form's own page, with the choice saved by the post
    expect(radio(page, chosen[slots[11]["question"]])).to_be_checked()
    page.get_by_role("button", name="Review and submit").click()
    page.get_by_role("button", name="Submit answers").click()
    page.wait_for_url(f"{server}/attempts/{aid}/result")
    expect(page.locator(".score .big")).to_have_text("2 / 12")
    assert posts == [f"{server}/attempts/{aid}/{n}" for n in (1, 2, 12, 12)] + [
        f"{server}/attempts/{aid}/submit"
    ]
