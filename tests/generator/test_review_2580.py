"""Review 2580 (docs/reviews/2026-12-08-seed-2580.md), drawn after review 1492's fixes: 25 of
40 acceptable, 15 worth asking.

Fixed, and pinned here:
- item 1: "_____ bedrooms with one bathroom per room, 146 private bedrooms and 82 semi-private
  bedrooms": the kinds after the blank add up to it;
- item 4: "June 3" among July 4, August 4 and September 4: the odd day of the month is the key;
- item 39: "closed its doors on Friday, _____": only the key was a Friday;
- item 34: "Only two other asylums": other than which?
- item 40: "Charles F. Anderson" took another Charles's rank ("Brigadier General"): an initial
  after a given name means the name goes on.
Open:
- items 7, 24, 25 and 33: "Marie's father", "At Hunter", "24 Concord crewmen", "only one week
  in the Antarctic" (context the article gives before);
- item 28: "her" and "its" after a man's name alone (`test_review_open_families`);
- items 9 and 26: the infobox and the text disagree (29 or about 40 children; years of
  service);
- item 18: shares of a stated whole ("a 300-bed facility … 130+ adults, 28 adolescents …");
- items 13 and 36: the article's own English, a sea made of "South Sea islands";
- worth asking: 25 of 40 judged trivia.
"""

from __future__ import annotations

import pytest

from questions.counts_given import given_by_the_stem
from questions.distract.dates import _lone_part
from questions.people import surname_edits

from .snippets import dangling_word, doc_facts, options_of

HOSPITAL = (
    "Cherry Hospital\n\nCherry Hospital is a psychiatric hospital in Goldsboro, North Carolina. "
)


@pytest.mark.parametrize(
    ("stem", "answer", "given"),
    [
        (
            "There are 12 patient care units that include _____ bedrooms with one bathroom per "
            "room, 146 private bedrooms and 82 semi-private bedrooms.",
            "228",
            True,
        ),
        ("The fleet had _____ ships, 12 large ships and 8 small ships.", "20", True),
        # parts that do not add up to it are no sum
        ("The fleet had _____ ships, 12 large ships and 8 small ships.", "24", False),
        ("The fleet had _____ ships and 12 large guns and 8 small guns.", "20", False),
    ],
)
def test_kinds_after_the_blank_add_up_to_it(stem: str, answer: str, given: bool) -> None:
    assert bool(given_by_the_stem(stem, answer)) == given


def test_a_weekday_before_the_blank_takes_days_of_that_weekday() -> None:
    text = HOSPITAL + (
        "The museum opened in 1990. Due to the damage sustained by the effects of the flooding "
        "of Hurricane Matthew in October 2016, the museum officially closed its doors on "
        "Friday, January 13, 2017.\n"
    )
    options = options_of(text, "January 13, 2017")
    assert {date_weekday(o.text) for o in options} == {"Friday"}


def date_weekday(text: str) -> str:
    """The day of the week of a date written "January 13, 2017"."""
    from datetime import datetime

    return datetime.strptime(text, "%B %d, %Y").strftime("%A")


def test_the_key_is_not_the_one_day_of_the_month_apart() -> None:
    # July 4 and August 4 chosen beside the key's June 3: a third 4th would leave it alone
    assert _lone_part(3, 4, [4, 4])
    assert not _lone_part(3, 7, [4, 4])
    assert not _lone_part(3, 4, [4])
    assert not _lone_part(4, 4, [4, 4])


@pytest.mark.parametrize(
    ("stem", "dangles"),
    [
        (
            "Only two other asylums, Broughton Hospital and Cherry Hospital, were built in 1883.",
            "two other asylums",
        ),
        ("Byrd and two other officers flew over the pole in 1926.", None),
    ],
)
def test_other_than_what(stem: str, dangles: str | None) -> None:
    assert dangling_word(stem) == dangles


def test_an_initial_after_a_given_name_keeps_the_name_its_own() -> None:
    text = (
        "Richard E. Byrd\n\nRichard E. Byrd was an American naval officer. Brigadier General "
        "Charles W. Abbot greeted him. Charles came back in 1930. Charles F. Anderson was "
        "assigned to the post office at Little America in 1934.\n"
    )
    doc, _ = doc_facts(text)
    from questions import docmodel, segment

    dm = docmodel.model(doc, segment(doc))
    stem = "Charles F. Anderson was assigned to the post office at Little America in _____."
    assert not any("General" in e[2] for e in surname_edits(dm.people, stem) or [])
