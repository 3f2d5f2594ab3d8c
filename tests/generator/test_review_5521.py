"""Items the blind review of seed 5521 judged bad, as families (invented snippets of the same
shape): each test pins the fix or the refusal.

Review sheet: docs/reviews/2026-12-06-seed-5521.md (items 8, 9, 10, 16, 25, 28, 32, 34, 38, 39).
"""

from __future__ import annotations

import random

import pytest

import questions
from questions import distract
from questions.distract.date_bounds import stem_bounds
from questions.lint import Checked, hard_flaws

TOWN = "= Leeds =\n\nLeeds is a city in England.\n\n"
CHEMIST = (
    "= Ann Lowe =\n\nAnn Lowe (born 1899) was an American chemist. She worked with Emma "
    "Perry Carr for many years.\n\n"
)


@pytest.mark.parametrize(
    ("text", "fact", "expected"),
    [
        (  # item 34: a lone surname of a three-word name ("Emma Perry Carr")
            CHEMIST + "In 1942, Lowe and Carr traveled to Chicago to attend a conference.\n",
            "1942",
            "In _____, Ann Lowe and Emma Perry Carr traveled to Chicago to attend a conference.",
        ),
        (  # item 28: "Bainbridge's, opened in …" is a shop's name, not its founder's
            TOWN + "The founder Emerson Bainbridge was a draper. Leeds store Bainbridge's, "
            "opened in 1838, is often cited as the first department store.\n",
            "1838",
            "Leeds store Bainbridge's, opened in _____, is often cited as the first department "
            "store.",
        ),
        (  # item 39: a place article's sentence that names nothing is set in the place
            TOWN + "A new bus station, replacing the old one, was officially opened in March "
            "2007.\n",
            "March 2007",
            "In Leeds, a new bus station, replacing the old one, was officially opened in _____.",
        ),
    ],
)
def test_the_stem_names_who_and_where(stem_text, text: str, fact: str, expected: str) -> None:
    assert stem_text(text, fact) == expected


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        # item 25: "the airport" (which?)
        (TOWN + "The airport expects to reach 10 million passengers by 2016.\n", "2016"),
    ],
)
def test_an_unnamed_airport_is_no_stem(stem_text, text: str, fact: str) -> None:
    assert stem_text(text, fact) is None


def test_a_wh_question_does_not_end_on_an_adjective_whose_noun_was_cut(stem_text) -> None:
    # item 9: "In 1855, he finished his scholarly, and illustrated edition of …"
    text = (
        "= Syed Khan =\n\nSyed Khan (born 1817) was a scholar. In 1855, he finished his "
        "scholarly, and illustrated edition of the Ain-e Akbari.\n"
    )
    made = stem_text(text, "1855")
    assert made is not None and not made.endswith("his scholarly?"), made


def test_a_surname_after_initials_is_no_place(facts_of) -> None:
    # item 38: "Robert N. C. Hamilton" offered with Ontario towns as options
    text = CHEMIST + "She wrote the book at the behest of Robert N. C. Hamilton, her patron.\n"
    assert "Hamilton" not in [f.text for f in facts_of(text, "place")]


@pytest.mark.parametrize(
    ("stem", "year", "low", "high"),
    [
        # items 10, 16, 32: a sentence tells its dates in order; the options keep that order
        ("She entered the college in _____ and graduated in 1925.", 1921, -(10**6), 1925),
        ("She entered the college in 1921 and graduated in _____.", 1925, 1921, 10**6),
        ("It expects 10 million passengers by 2016, and 15 million by _____.", 2030, 2016, 10**6),
        # dates out of order: only an earlier year bounds (what followed it came after it)
        ("She died in _____; she was born in 1901.", 1950, 1901, 10**6),
        ("By _____, the cars reflected the 1973 oil crisis.", 1977, 1973, 10**6),
        ("The Big Ten was left in _____ after football was dropped in 1939.", 1946, 1939, 10**6),
        # a price, a decade: no bound
        ("It cost $1,200 in _____, twice the price of the 1990s.", 1995, -(10**6), 10**6),
    ],
)
def test_date_options_keep_the_order_of_the_stems_dates(
    stem: str, year: int, low: int, high: int
) -> None:
    assert stem_bounds(stem, year) == (low, high)


def test_date_distractors_lie_between_the_stems_dates() -> None:
    text = (
        "= Ann Lowe =\n\nAnn Lowe (born 1899) was a chemist. She entered the college in 1921 "
        "and graduated in 1925. She went to Paris in 1939, to Rome in 1952 and to Oslo in 1954.\n"
    )
    doc = questions.read(text, "snippet.txt")
    facts = questions.extract(doc, questions.segment(doc))
    key = next(f for f in facts if f.text == "1921")
    pool = distract.Pool([f for f in facts if f.kind == "date"])
    stem = "Ann Lowe entered the college in _____ and graduated in 1925."
    result = distract.dates.choose(key, pool, stem, random.Random(1))
    assert result is not None
    years = [int(o.text) for o in result[0] if not o.correct]
    assert all(y <= 1925 for y in years), years


def test_a_count_followed_by_the_list_of_what_it_counts_is_refused() -> None:
    # item 8: "has _____ universities — Newcastle University and Northumbria University"
    item = Checked(
        "figure",
        "cloze",
        "Leeds has _____ universities — Leeds University and Leeds Beckett University.",
        (("two", True), ("four", False), ("five", False), ("six", False)),
    )
    assert "stem lists what the blank describes" in hard_flaws(item)


SCHOLAR = (
    "= Karim Hasan Deobandi =\n\nKarim Hasan Deobandi (1851–1920) was an Indian scholar. "
    "Zafar Hasan was his cousin.\n\n"
)


def test_a_biographys_lone_name_part_means_its_subject(stem_text) -> None:
    # the article calls its subject "Hasan" though a cousin shares the name
    text = SCHOLAR + "Hasan was appointed a teacher at the Darul Uloom in 1873.\n"
    made = stem_text(text, "1873")
    assert made == "When was Karim Hasan Deobandi appointed a teacher at the Darul Uloom?", made


def test_he_after_a_sentence_where_the_subject_acts_means_the_subject(stem_text) -> None:
    text = (
        SCHOLAR + "Zafar Hasan taught in Delhi. After a long stay as a guest of the rulers of the "
        "city of Rampur and its court, Hasan moved to Deoband. In 1878, he formed a society of "
        "students.\n"
    )
    made = stem_text(text, "1878")
    assert made is not None and "Karim Hasan Deobandi" in made, made


def test_a_shared_surname_means_the_person_named_in_full_far_more_often(stem_text) -> None:
    text = (
        "= Murders in Leeds =\n\nThe murders in Leeds took place in 2021. Dr Ann Pryke was "
        "charged. Ann Pryke pleaded not guilty. Ann Pryke's trial began. Her husband Tom Pryke "
        "was away.\n\nPryke attended a boarding school in Pretoria in 1995.\n"
    )
    made = stem_text(text, "1995")
    assert made is not None and "Ann Pryke attend" in made, made
