"""Review 2750 (docs/reviews/2026-12-08-seed-2750.md): 21 of 40 acceptable, 18 worth asking.

Fixed, and pinned here:
- item 2: "returned to Warsaw on 11 November" was dated 1914, the year of "areas controlled by
  Russia in 1914", and the stem wrote "_____ 1914" (false). A participle's year after its noun
  dates a state of things, and the end of the narrative's own span ("from … until November
  1918") moves the time line;
- item 5: "Azambuja told the chief of …": a title that is one person's leans on the sentence
  that named him (not "the local chief, Kwamin Ansah", nor "the chief assessment officer");
- item 12: "In actuality, Warsz was …": the contrast with a legend the stem leaves out goes;
- item 32: "since at least the mid-14th century": later centuries are true as well;
- item 35: "at least _____ paid holidays …, but most member states require more than 28 days":
  the stem states the key in days;
- item 25: "made women retire at age 60 and men at _____": 49 and 73 beside 65; a round age
  now moves by fives;
- items 13, 17, 18, 33 and 39: slips of the article's English a stem must not copy: a present
  after "Since _____" ("is held"), "has been … since 1987 and retired in 2005", "Dating back to
  _____ Warsaw Historical Museum" (the comma left out), ", the most notable are" (a splice).
Open:
- items 3, 6 and 40: context only the paragraph gives (whose votes, when the kingdoms existed,
  an award made "during" a siege that had ended);
- items 11, 30 and 38: the article's own English (an apposition left open, a case name run into
  the next word, a misplaced time);
- items 24 and 26: options ruled out by what learners know (Poland occupying Warsaw, Bristol
  as the seat of a government-in-exile).
"""

from __future__ import annotations

import pytest

from questions.counts_given import given_by_the_stem
from questions.distract.common import date_side
from questions.lint import Checked, hard_flaws

from .snippets import dangling_word, doc_facts, options_of, stem_of


def _value_of(text: str, answer: str) -> str:
    return next(f.value for f in doc_facts(text)[1] if f.text == answer)


@pytest.mark.parametrize(
    ("text", "answer", "value"),
    [
        (
            "Warsaw was occupied by Germany from 4 August 1915 until November 1918. The "
            "armistice required that Germany withdraw from areas controlled by Russia in 1914, "
            "which included Warsaw. Germany did so, and Piłsudski returned to Warsaw on 11 "
            "November and set up the Second Polish Republic.",
            "11 November",
            "1918-11-11",
        ),
        (
            "The Durrani Empire ruled Kashmir from 1747 until 1819. That year, the Sikhs "
            "annexed Kashmir.",
            "That year",
            "1819",
        ),
        # "until" with no span of its own: a later bound, not the narrative's time
        (
            "On 24 October 1940, Mussolini sent the Air Corps to Belgium, where it took part in "
            "the Blitz until January 1941. In October, Mussolini also sent forces to Greece.",
            "October",
            "1940-10",
        ),
    ],
)
def test_the_time_line_skips_a_participle_s_year_and_keeps_a_span_s_end(
    text: str, answer: str, value: str
) -> None:
    assert _value_of(text, answer) == value


@pytest.mark.parametrize(
    ("stem", "word"),
    [
        ("Azambuja told the chief of the great advantages of a fort.", "the chief"),
        ("Azambuja met the local chief, Kwamin Ansah, in 1482.", None),
        ("Sir Syed was serving as the chief assessment officer at the court in Bijnor.", None),
        ("The chief of the Mohawks died in 1760.", None),
    ],
)
def test_a_title_that_is_one_person_s_needs_the_name(stem: str, word: str | None) -> None:
    assert dangling_word(stem) == word


def test_a_contrast_with_the_sentence_before_is_dropped() -> None:
    text = (
        "Wars was a legendary fisherman. In actuality, Warsz was a 13th-century nobleman who "
        "owned a village at the site of Mariensztat neighbourhood of Warsaw."
    )
    stem = stem_of(text, "Mariensztat")
    assert stem is not None and stem.text.startswith("Warsz was a 13th-century nobleman")


def test_since_at_least_is_true_of_every_later_date() -> None:
    text = "The mermaid is the symbol of Warsaw. It has been in use since at least 1390."
    fact = next(f for f in doc_facts(text)[1] if f.text == "1390")
    assert date_side(fact) == -1


@pytest.mark.parametrize(
    ("answer", "given"),
    [("4 weeks", True), ("6 weeks", False), ("28 days", False)],
)
def test_the_stem_states_the_key_in_other_units(answer: str, given: bool) -> None:
    stem = (
        "The Working Time Directive requires that every worker has at least _____ paid holidays "
        "each year, but most member states require more than 28 days in national law."
    )
    assert bool(given_by_the_stem(stem, answer)) == given


@pytest.mark.parametrize(
    ("stem", "slip"),
    [
        ("Since _____ Warsaw Gallery Weekend is held on the last weekend of September.", True),
        ("Since _____, Warsaw Gallery Weekend has been held in September.", False),
        (
            "Gupta has been a faculty member since 1971 and has been a full professor since _____ "
            "and retired in 2005.",
            True,
        ),
        ("Dating back to _____ Warsaw Historical Museum contains 60 rooms.", True),
        ("Dating back to _____, the Warsaw Historical Museum contains 60 rooms.", False),
        (
            "The Neoclassical revival affected all aspects of architecture, the most notable are "
            "the Great Theater (_____) and buildings at Bank Square.",
            True,
        ),
    ],
)
def test_a_slip_of_the_article_s_english_is_not_copied(stem: str, slip: bool) -> None:
    item = Checked(
        "date", "cloze", stem, (("1936", True), ("1933", False), ("1939", False), ("1943", False))
    )
    flaws = [f for f in hard_flaws(item) if "slip" in f]
    assert bool(flaws) == slip, flaws


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        (
            "British Gas plc made women retire at age 60 and men at 65, the Court of Justice "
            "held in 1990.",
            "65",
        ),
        (
            "The Fields Medal has an age limit: a recipient must be under age 40 on 1 January of "
            "the year of the award.",
            "40",
        ),
    ],
)
def test_a_round_age_takes_round_ages(text: str, answer: str) -> None:
    ages = [int(o.text) for o in options_of(text, answer)]
    key = int(answer)
    assert all(a % 5 == 0 and abs(a - key) <= 20 for a in ages), ages
