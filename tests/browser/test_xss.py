"""Untrusted text stays text: XSS payloads in articles, questions, titles and names, in Chromium.

Article text, uploaded file names, question stems and options, quiz titles, class names and user
names all come from people. A corpus of payloads goes in through every way in: an article pasted
into the form (payloads inside sentences with dates and figures, so questions are written from
them), a .txt upload (with a payload in its file name too), the question edit form, the API, and
the class, quiz and account names. Then every page that shows that text is visited, as the
teacher and as a learner who takes the quiz, and each is checked in the real browser:

* no payload ran: `window.__xss` is still undefined and no dialog opened;
* no payload became markup: no inline script, iframe, event-handler attribute or javascript: URL;
* the payload is shown literally (`{{7*7}}` as typed, not 49).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import quote

import pytest
from playwright.sync_api import Page

pytestmark = pytest.mark.browser

PASSWORD = "a long enough password"
TEACHER = "ms.quill@example.com"
LEARNER = "pat.pupil@example.com"

PAYLOADS: dict[str, str] = {
    "script": "<script>window.__xss=1</script>",
    "img": '<img src=x onerror="window.__xss=1">',
    "attribute": '"><svg onload=window.__xss=1>',
    "js_url": "javascript:window.__xss=1",
    "textarea": "</textarea><script>window.__xss=1</script>",
    "template": "{{7*7}}",
    "jinja_statement": "{% print(7*7) %}",
    "iframe": '<iframe srcdoc="<script>parent.__xss=1</script>"></iframe>',
    "js_string": "'-alert(1)-'",
    "title": "</title><script>window.__xss=1</script>",
    "single_quote": "' onmouseover='window.__xss=1",
}

# Names and titles typed into forms: each carries a payload.
TEACHER_NAME = "Ms Quill '-alert(1)-'"
LEARNER_NAME = '<img src=x onerror="window.__xss=1"> Pat'
ARTICLE_TITLE = "</title><script>window.__xss=1</script> Pelham Cross"
UPLOAD_NAME = "<img src=x onerror=window.__xss=1>.txt"  # no '"': Chromium sends it as %22
CLASS_NAME = '<iframe srcdoc="<script>parent.__xss=1</script>"></iframe> Class 7B'
QUIZ_TITLE = "<script>window.__xss=1</script> Pelham quiz {{7*7}}"
EDIT_STEM = (
    "Which of these is inert? </textarea><script>window.__xss=1</script> {{7*7}} {% print(7*7) %}"
)
EDIT_OPTIONS = [PAYLOADS["img"], PAYLOADS["attribute"], PAYLOADS["template"], PAYLOADS["iframe"]]
API_STEM = "When was it? '-alert(1)-' <iframe srcdoc=\"<script>parent.__xss=1</script>\"></iframe>"
API_OPTIONS = [
    PAYLOADS["js_url"],
    PAYLOADS["js_string"],
    PAYLOADS["title"],
    PAYLOADS["single_quote"],
]

SUBJECTS = [
    "railway station",
    "town hall",
    "public library",
    "cattle market",
    "grammar school",
    "corn exchange",
    "cottage hospital",
    "swimming baths",
    "drill hall",
    "picture house",
    "fire station",
]


def article(town: str, payloads: list[str], first_year: int) -> str:
    """An article with one payload per section, inside a sentence the generator asks about."""
    lines = [
        f"= {town} =",
        "",
        f"{town} is a market town in the north of England. It lies on the River Wend.",
        "",
    ]
    for n, (payload, subject) in enumerate(zip(payloads, SUBJECTS, strict=False)):
        lines += [f"== Part {n + 1} ==", f"The {subject} {payload} opened in {first_year + 9 * n}."]
        lines.append("")
    lines += [
        "== Population ==",
        f"On 3 March 1901, {PAYLOADS['img']} the town had 4,500 inhabitants.",
        "",
    ]
    return "\n".join(lines)


PASTED = article("Pelham Cross", list(PAYLOADS.values()), 1840)
# The upload leads with the payloads the generator skipped in the pasted article's order.
UPLOADED = article(
    "Quarry Green",
    [PAYLOADS[k] for k in ("img", "textarea", "attribute", "template", "title", "single_quote")],
    1845,
)

INJECTED = """() => document.querySelectorAll(
  'script:not([src]):not([type="application/json"]), iframe, frame, object, embed, img[src="x"], svg[onload], [onerror],' +
  '[onload], [onmouseover], a[href^="javascript:" i], [src^="javascript:" i],' +
  'form[action^="javascript:" i]'
).length"""


def served(live_server: Any, app: Any) -> Any:
    """The live server's app (for services in its context); the test app shares its database."""
    return getattr(live_server, "app", app)


def plain(text: str) -> str:
    """Whitespace as the browser's innerText shows it."""
    return " ".join(text.split())


class Guard:
    """Watches a page: records dialogs, and checks that payloads neither ran nor became markup."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.dialogs: list[str] = []
        self.checked: list[str] = []
        page.on("dialog", self._dialog)

    def _dialog(self, dialog: Any) -> None:
        self.dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    def check(self, where: str, *literal: str) -> str:
        """Assert the current page is inert and shows `literal` as text; return its text."""
        page = self.page
        page.wait_for_load_state("load")
        assert page.evaluate("() => window.__xss") is None, f"{where}: a payload ran"
        assert page.evaluate("() => window.parent.__xss") is None, f"{where}: a payload ran"
        assert self.dialogs == [], f"{where}: dialogs opened: {self.dialogs}"
        assert page.evaluate(INJECTED) == 0, f"{where}: a payload became markup"
        text = plain(page.locator("body").inner_text())
        for item in literal:
            assert plain(item) in text, f"{where}: {item!r} is not shown literally"
        self.checked.append(where)
        return text

    def goto(self, url: str, where: str, *literal: str) -> str:
        """Open a page (it must answer 200) and check it."""
        response = self.page.goto(url)
        assert response is not None and response.status == 200, f"{where}: {url} failed"
        return self.check(where, *literal)


@pytest.fixture
def people(live_server: Any, app: Any) -> Iterator[dict[str, Any]]:
    """A teacher and a learner whose names are payloads, and a token for the teacher."""
    from app.services.accounts.tokens import create_token
    from app.services.accounts.users import create_user

    with served(live_server, app).app_context():
        teacher = create_user(TEACHER, PASSWORD, role="teacher", name=TEACHER_NAME)
        create_user(LEARNER, PASSWORD, name=LEARNER_NAME)
        _, secret = create_token(teacher, "xss test")
    yield {"token": secret}


def questions_of(flask_app: Any) -> list[dict[str, Any]]:
    """The teacher's current questions as stored: stems, options and source sentences."""
    from sqlalchemy import select

    from app.extensions import db
    from app.models import Document, Question, User

    with flask_app.app_context():
        query = (
            select(Question)
            .join(Document, Document.id == Question.document_id)
            .join(User, User.id == Document.owner_id)
            .where(User.email == TEACHER, Question.replaced_by_id.is_(None))
            .order_by(Question.id)
        )
        return [
            {
                "id": q.id,
                "stem": q.stem,
                "options": [o.text for o in q.options],
                "sentence": "".join(q.source_parts()),
                "status": q.status,
            }
            for q in db.session.scalars(query)
        ]


def log_in(page: Page, base: str, email: str, next_url: str = "") -> None:
    """Log in through the form."""
    page.goto(f"{base}/login{next_url}")
    page.get_by_label("E-mail").fill(email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(re.compile(r"/(quizzes|teach)$"))


def log_out(page: Page) -> None:
    """Log out through the button in the header."""
    page.get_by_role("button", name=re.compile(r"^Log out")).click()
    page.wait_for_load_state("load")


def add_articles(page: Page, guard: Guard, base: str) -> None:
    """(a) Paste an article and (b) upload one; check both article pages."""
    page.goto(f"{base}/teach/articles/new")
    page.get_by_label("Title (optional)").fill(ARTICLE_TITLE)
    page.get_by_label(re.compile("paste the article")).fill(PASTED)
    page.get_by_role("button", name="Add article and write questions").click()
    page.wait_for_url(re.compile(r"/teach/articles/\d+$"))
    guard.check("pasted article", ARTICLE_TITLE, "From pasted text")
    page.locator("summary", has_text="The article's text").click()
    shown = page.locator("pre.article-text").inner_text()
    for name, payload in PAYLOADS.items():
        assert payload in shown, f"pasted article text: the {name} payload is not shown literally"

    page.goto(f"{base}/teach/articles/new")
    page.get_by_label("Upload a PDF, Word (.docx), .txt or .md file").set_input_files(
        files=[{"name": UPLOAD_NAME, "mimeType": "text/plain", "buffer": UPLOADED.encode()}]
    )
    page.get_by_role("button", name="Add article and write questions").click()
    page.wait_for_url(re.compile(r"/teach/articles/\d+$"))
    guard.check("uploaded article", "Quarry Green", f"From {UPLOAD_NAME}")
    page.locator("summary", has_text="The article's text").click()
    assert page.locator("pre.article-text").inner_text() == UPLOADED


def review_bank(page: Page, guard: Guard, base: str, flask_app: Any) -> None:
    """The bank, searched and reflected, then every question approved with the bulk buttons."""
    stored = questions_of(flask_app)
    with_payloads = [q for q in stored if "__xss" in q["stem"] or "alert" in q["stem"]]
    assert len(with_payloads) >= 5, "the generator should ask about the payload sentences"
    shown = [q["stem"] for q in stored if "__xss" in q["stem"] + q["sentence"]]
    guard.goto(f"{base}/teach/bank?q=__xss", "bank searched", *shown)
    for payload in (PAYLOADS["attribute"], PAYLOADS["template"], PAYLOADS["textarea"]):
        guard.goto(f"{base}/teach/bank?q={quote(payload)}", f"bank searched for {payload!r}")
        assert page.locator("input[name=q][type=search]").input_value() == payload

    every_option = [o for q in stored for o in q["options"]]
    guard.goto(f"{base}/teach/bank", "bank", *[q["stem"] for q in stored], *every_option)
    page.get_by_label("tick all on this page").check()
    page.locator("#bulk").get_by_role("button", name="Approve").click()
    page.wait_for_url(re.compile(r"/teach/bank"))
    guard.check("bank approved", f"{len(stored)} questions approved.")


def edit_by_form(page: Page, guard: Guard, base: str, question: dict[str, Any]) -> int:
    """(c) Payloads as stem and options through the question's edit form."""
    guard.goto(f"{base}/teach/questions/{question['id']}", "question before the edit")
    assert page.get_by_label("Question", exact=True).input_value() == question["stem"]
    page.get_by_label("Question", exact=True).fill(EDIT_STEM)
    for n, option in enumerate(EDIT_OPTIONS[: len(question["options"])], start=1):
        page.get_by_label(f"Option {n}", exact=True).fill(option)
    page.get_by_role("button", name="Save as a new version").click()
    page.wait_for_url(re.compile(rf"/teach/questions/(?!{question['id']}$)\d+$"))
    guard.check("question edited by form", "Saved as version 2.", EDIT_STEM, question["stem"])
    assert page.get_by_label("Question", exact=True).input_value() == plain(EDIT_STEM)
    for n, option in enumerate(EDIT_OPTIONS[: len(question["options"])], start=1):
        assert page.get_by_label(f"Option {n}", exact=True).input_value() == option
    return int(page.url.rsplit("/", 1)[1])


def edit_by_api(page: Page, guard: Guard, base: str, question: dict[str, Any], token: str) -> int:
    """(d) Payloads as stem and options through PATCH /api/v1/questions/<id>."""
    options = [
        {"text": text, "correct": n == 0}
        for n, text in enumerate(API_OPTIONS[: len(question["options"])])
    ]
    response = page.request.patch(
        f"{base}/api/v1/questions/{question['id']}",
        headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"},
        data=json.dumps({"stem": API_STEM, "options": options}),
    )
    assert response.status == 200, response.text()
    new = response.json()["question"]
    assert (
        new["stem"] == API_STEM
        and [o["text"] for o in new["options"]] == API_OPTIONS[: len(options)]
    )
    guard.goto(f"{base}/teach/questions/{new['id']}", "question edited by the API", API_STEM)
    for n, option in enumerate(options, start=1):
        assert page.get_by_label(f"Option {n}", exact=True).input_value() == option["text"]
    return int(new["id"])


def build_quiz(page: Page, guard: Guard, base: str, stems: list[str]) -> tuple[int, str]:
    """A class and a quiz with payload names, made and opened through the forms."""
    page.goto(f"{base}/teach/classes")
    page.get_by_label("Class name").fill(CLASS_NAME)
    page.get_by_role("button", name="Create class").click()
    page.wait_for_url(re.compile(r"/teach/classes/\d+$"))
    text = guard.check("class created", f"Class “{CLASS_NAME}” created.", CLASS_NAME)
    code = re.search(r"join code is ([A-Z0-9]+)", text).group(1)  # type: ignore[union-attr]

    guard.goto(f"{base}/teach/quizzes/pick", "pick questions", *stems)
    page.get_by_label("Title", exact=True).fill(QUIZ_TITLE)
    boxes = page.locator("input[name=questions]")
    for n in range(boxes.count()):
        boxes.nth(n).check()
    page.get_by_role("button", name="Create quiz").click()
    page.wait_for_url(re.compile(r"/teach/quizzes/\d+$"))
    guard.check("quiz created", f"Quiz “{QUIZ_TITLE}” created", *stems)
    quiz_id = int(page.url.rsplit("/", 1)[1])
    page.get_by_label(CLASS_NAME).check()
    page.get_by_role("button", name="Save classes").click()
    page.wait_for_url(re.compile(rf"/teach/quizzes/{quiz_id}$"))
    guard.check("quiz opened", f"“{QUIZ_TITLE}” is open to {CLASS_NAME}.")
    return quiz_id, code


def screen(page: Page, options: dict[str, list[str]]) -> str:
    """The stem on a question screen, after checking its options are the stored ones, as text."""
    stem = plain(page.locator("legend.stem").inner_text())
    shown = [plain(t) for t in page.locator("ol.options .text").all_inner_texts()]
    assert stem in options, f"an unknown stem is shown: {stem!r}"
    assert sorted(shown) == sorted(plain(o) for o in options[stem]), f"options of {stem!r}"
    return stem


def preview(
    page: Page, guard: Guard, base: str, quiz_id: int, options: dict[str, list[str]]
) -> None:
    """Every preview screen, with and without the answer shown."""
    seen = []
    for n in range(1, len(options) + 1):
        url = f"{base}/teach/quizzes/{quiz_id}/preview/{n}"
        guard.goto(url, f"preview {n}", QUIZ_TITLE)
        seen.append(screen(page, options))
        guard.goto(url + "?answer=1", f"preview {n} with the answer", QUIZ_TITLE)
    assert sorted(seen) == sorted(options)


def take_quiz(
    page: Page, guard: Guard, base: str, code: str, options: dict[str, list[str]]
) -> None:
    """The learner joins with the code, takes the quiz, and reads the result and history."""
    log_in(page, base, LEARNER)
    guard.check("learner's quizzes", LEARNER_NAME)
    page.get_by_label("Class code").fill(code)
    page.get_by_role("button", name="Join class").click()
    page.wait_for_url(re.compile(r"/quizzes$"))
    guard.check("class joined", f"You joined {CLASS_NAME}.", QUIZ_TITLE)
    page.get_by_role("button", name="Start").click()
    seen = []
    for n in range(1, len(options) + 1):
        page.wait_for_url(re.compile(rf"/attempts/\d+/{n}$"))
        guard.check(f"question {n}", QUIZ_TITLE)
        seen.append(screen(page, options))
        page.locator("input[name=option]").nth(n % 2).check()  # some right, some wrong
        page.locator("[data-next]").click()
    assert sorted(seen) == sorted(options)
    stems = list(options)
    page.wait_for_url(re.compile(r"/submit$"))
    guard.check("review before submitting", QUIZ_TITLE)
    page.get_by_role("button", name="Submit answers").click()
    page.wait_for_url(re.compile(r"/result$"))
    guard.check("result and review", QUIZ_TITLE, *stems)
    guard.goto(f"{base}/history", "history", QUIZ_TITLE)
    response = page.goto(f"{base}/cards/study")
    if response is not None and response.status != 404:  # flashcards of the wrong answers
        assert response.status == 200
        guard.check("flashcards")


def test_payloads_stay_text_on_every_page(
    page: Page, live_server: Any, app: Any, people: dict[str, Any]
) -> None:
    """Payloads in by paste, upload, edit form and API; every page that shows them is inert."""
    base = str(live_server)
    flask_app = served(live_server, app)
    guard = Guard(page)

    # A javascript: URL as the place to go after logging in is not followed.
    log_in(page, base, TEACHER, f"?next={quote(PAYLOADS['js_url'])}")
    guard.check("logged in with a javascript: next", TEACHER_NAME)

    add_articles(page, guard, base)
    review_bank(page, guard, base, flask_app)
    stored = questions_of(flask_app)
    assert all(q["status"] == "approved" for q in stored)
    plain_question = next(q for q in stored if "__xss" not in q["stem"])
    edited_id = edit_by_form(page, guard, base, plain_question)
    api_target = next(q for q in stored if q["id"] != plain_question["id"] and "__xss" in q["stem"])
    api_id = edit_by_api(page, guard, base, api_target, people["token"])

    stored = questions_of(flask_app)
    stems = [q["stem"] for q in stored]
    options = {plain(q["stem"]): q["options"] for q in stored}
    assert len(options) == len(stored), "two questions share a stem"
    assert {edited_id, api_id} <= {q["id"] for q in stored}
    everything = " ".join(stems + [o for q in stored for o in q["options"]])
    for name, payload in PAYLOADS.items():
        assert payload in everything, f"the {name} payload reached no stem or option"

    quiz_id, code = build_quiz(page, guard, base, stems)
    preview(page, guard, base, quiz_id, options)
    guard.goto(f"{base}/teach", "dashboard", ARTICLE_TITLE, QUIZ_TITLE, CLASS_NAME)
    guard.goto(f"{base}/teach/articles", "articles", ARTICLE_TITLE, "Quarry Green")
    guard.goto(f"{base}/teach/quizzes", "quizzes", QUIZ_TITLE)
    guard.goto(f"{base}/teach/quizzes/new", "build by rules", ARTICLE_TITLE)
    guard.goto(f"{base}/teach/questions/{edited_id}", "edited question", EDIT_STEM)
    log_out(page)

    take_quiz(page, guard, base, code, options)
    log_out(page)

    log_in(page, base, TEACHER)
    guard.goto(
        f"{base}/teach/quizzes/{quiz_id}/results", "results", QUIZ_TITLE, LEARNER_NAME, *stems
    )
    page.get_by_role("link", name=LEARNER_NAME).click()
    page.wait_for_url(re.compile(r"/teach/learners/\d+$"))
    guard.check("learner's progress", LEARNER_NAME, QUIZ_TITLE)
    guard.goto(f"{base}/teach/classes", "classes", CLASS_NAME)
    page.get_by_role("link", name=CLASS_NAME).first.click()
    page.wait_for_url(re.compile(r"/teach/classes/\d+$"))
    guard.check("class", CLASS_NAME, LEARNER_NAME, QUIZ_TITLE)
    assert len(guard.checked) >= 40 and guard.dialogs == []


def test_the_quizzes_page_title_is_plain_text(page: Page, live_server: Any, app: Any) -> None:
    """The learner's quiz list has a plain title: no markup (and no form token) in <title>."""
    from app.services.accounts.users import create_user

    with served(live_server, app).app_context():
        create_user(LEARNER, PASSWORD)
    log_in(page, str(live_server), LEARNER)
    assert page.title() == "Quizzes · Factdeck", f"markup in the page title: {page.title()!r}"
