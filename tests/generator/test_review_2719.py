"""Review 2719 (docs/reviews/2026-12-07-seed-2719.md): the families of the items marked bad.

Fixed, and pinned here:
- items 20, 22: a people's name before a noun of people ("a council of Mongol chiefs", "the
  Tangut general") is an adjective there: no place item.
- item 18: "located in Goldsboro, North Carolina, _____": the state gives the country away.
- item 12: "thirteen (_____)": the stem writes the answer in other words.
- item 4: "228 bedrooms …, 146 private bedrooms and _____ semi-private bedrooms": the answer is
  the whole less the other part.
- item 10: "Matsuyama Rocks … are named in his honour": a place named after someone is no
  person, and "his" before any person's name dangles.
- review 9154 item 9 and 4782's like it: a century's options are its neighbours (the 16th and
  18th for Galileo's 17th), never three later centuries.
- review 4782 item 29: a key with a last decimal (13.5 mpg) gets no options ending in ".0".
Open:
- items 11, 13, 21, 37: the article's places of unknown kind (a village, a state, a capital, a
  mountain range) offered for one another;
- item 7: a town named like another (Ganzhou), whose options lie near the other;
- item 16: the same quantity in another unit in the stem (9.4 acres, 410,000 square feet);
- items 9, 27, 28, 34: context only the paragraph gives (whose pronunciation, which country's
  salaries, which relics);
- items 31, 33, 40: options that knowledge rules out (a kingdom of Mongolia destroyed by the
  Mongols, years before the subject's birth);
- item 32: "more than _____": larger options are not shown false by the article.
"""

from __future__ import annotations

import random

import questions
from questions.counts_given import given_by_the_stem
from questions.dangling import ANAPHOR
from questions.distract.date_shifts import shifts
from questions.distract.figure_scale import nice
from questions.distract.place_stems import settled


def test_a_people_s_name_before_a_noun_of_people_is_no_place() -> None:
    assert settled("At a Khuruldai, a council of _____ chiefs, Temüjin was acknowledged.", "Mongol")
    assert settled("At Deshun, the _____ general Ma Jianlong put up a fierce resistance.", "Tangut")
    assert not settled("At Deshun, the general of _____ put up a fierce resistance.", "Tangut")


def test_a_state_before_the_blank_gives_the_country_away() -> None:
    stem = "Cherry Hospital is a psychiatric hospital located in Goldsboro, North Carolina, _____."
    assert settled(stem, "United States")
    # a list of towns is no such pair, and a state's own blank is asked
    assert not settled("He moved to Raleigh, _____, in 1990.", "North Carolina")


def test_a_number_beside_its_other_spelling_is_given() -> None:
    flaws = given_by_the_stem("Cherry Hospital is affiliated with thirteen (_____) schools.", "13")
    assert flaws == ["stem writes the answer in other words"]
    assert given_by_the_stem("Cherry Hospital is affiliated with _____ (13) schools.", "thirteen")
    assert not given_by_the_stem("Cherry Hospital has twelve wards and _____ (13) schools.", "14")


def test_a_part_that_is_the_whole_less_the_other_part_is_given() -> None:
    stem = (
        "There are 12 patient care units that include 228 bedrooms with one bathroom per room, "
        "146 private bedrooms and _____ semi-private bedrooms."
    )
    assert given_by_the_stem(stem, "82") == ["the stem's numbers give the answer"]
    assert not given_by_the_stem(stem, "83")
    # counts of different things are no whole and part
    assert not given_by_the_stem("It has 228 beds, 146 nurses and _____ doctors.", "82")


def test_a_place_named_in_someone_s_honour_is_no_person() -> None:
    stem = "Matsuyama Rocks, in Crystal Sound, _____, are named in his honour."
    assert ANAPHOR.search(stem)
    assert not ANAPHOR.search("Matuyama's students named the rocks in his honour in 1958.")


def _century(first_year: int) -> questions.DateValue:
    doc = questions.read(
        f"= Force =\n\nGalileo rolled stones down an incline early in the {first_year // 100 + 1}th "
        "century.\n",
        "s.txt",
    )
    fact = next(f for f in questions.extract(doc, questions.segment(doc)) if f.kind == "date")
    assert isinstance(fact.detail, questions.DateValue)
    assert fact.detail.granularity == "century"
    return fact.detail


def test_a_century_s_options_are_its_neighbours() -> None:
    key = _century(1601)
    for seed in range(40):
        offered = shifts(key, random.Random(seed))[:3]
        steps = sorted((first[0] - key.first[0]) // 100 for first, _ in offered)
        assert min(steps) < 0 < max(steps), steps  # the key is never first nor last
        assert all(abs(s) <= 2 for s in steps), steps


def test_a_key_s_last_decimal_is_kept_by_its_options() -> None:
    doc = questions.read("= Cars =\n\nIn 1970 a car moved 13.5 miles per gallon.\n", "s.txt")
    fact = next(f for f in questions.extract(doc, questions.segment(doc)) if f.kind == "figure")
    assert isinstance(fact.detail, questions.FigureValue)
    for v in (4.02, 5.98, 9.0, 9.04, 20.2):
        assert not str(nice(v, fact.detail)).endswith(".0"), v
