"""Review 6731 (docs/reviews/2026-12-07-seed-6731.md), drawn after review 8421's fixes: 24 of
40 acceptable, 17 worth asking.

Fixed, and pinned here:
- item 1: "Just _____ later, France and Germany signed …": a span later than what the stem
  does not say;
- item 10: "Byrd's flagship was the City of New York": a ship, not a place;
- items 13 and 38: "the jury's verdict", "the news of the arrest": which trial, which arrest;
- item 39: "between Italy and Allied armed forces": a capital after "and" is a name, not a
  second verb, so the question keeps the whole object;
- item 30: "lieutenant (junior grade)" is a rank of its own: the aside stays;
- items 11 and 16: the country the paragraph opened on is written before the stem
  (`test_scenes.py`);
- item 17: "When did an electoral law abolish parliamentary elections?": a biography's stem that
  names nobody carries the biography as its topic ("Benito Mussolini: …").
Open:
- item 32: the country a statement holds for (teachers' pay) is in an earlier paragraph;
- item 12: who exiled the teachers (the paragraph's context);
- items 8, 9, 14, 22 and 33: options ruled out by what learners know (a year after the war, Libya
  as a French territory, Oceania for interwar fascism, a year after the children's deaths);
- worth asking: 23 of 40 judged trivia (salaries, counts, minor dates).
"""

from __future__ import annotations

import pytest

import questions
from questions.lint import Checked, hard_flaws

from .snippets import dangling_word, doc_facts, stem_of

BYRD = "= Richard E. Byrd =\n\nRichard E. Byrd was an American naval officer and explorer.\n\n"


@pytest.mark.parametrize(
    ("stem", "flawed"),
    [
        ("Just _____ later, France and Germany signed an armistice.", True),
        ("Benito Mussolini: _____ later, Italy declared war.", True),
        ("Bindy Johal was shot at 4:30 a.m. and died _____ later.", False),
        ("Serology only becomes positive about _____ after infection.", False),
        ("Guess was sentenced to _____ after being convicted.", False),
    ],
)
def test_a_span_later_than_nothing_the_stem_names(stem: str, flawed: bool) -> None:
    options = (("eleven days", True), ("seven days", False), ("nine days", False))
    checked = Checked("figure", "cloze", stem, (*options, ("fourteen days", False)))
    assert any("unnamed referent" in f for f in hard_flaws(checked)) == flawed


def test_a_flagship_s_name_is_no_place() -> None:
    text = (
        BYRD + "In 1928, Byrd began his first expedition to the Antarctic: Byrd's flagship was "
        "the City of New York and the Eleanor Bolling. He was born in Winchester, Virginia.\n"
    )
    _, facts = doc_facts(text)
    places = {f.text for f in facts if f.kind == "place"}
    assert "Winchester" in places
    assert "City of New York" not in places


@pytest.mark.parametrize(
    ("stem", "dangles"),
    [
        ("In mid August 2023, the jury's verdict was welcomed by the mayor.", "the jury"),
        ("With the spread of the news of the arrest, telegrams arrived in Siena.", "the arrest"),
        # "that" opening a clause is no determiner: "knowing that they faced arrest"
        (
            "In August 1957, 13 protesters entered Camp Mercury knowing they would face arrest and that they faced arrest.",
            None,
        ),
    ],
)
def test_a_trial_or_an_arrest_the_stem_does_not_name(stem: str, dangles: str | None) -> None:
    assert dangling_word(stem) == dangles


def test_a_capital_after_and_is_a_name_not_a_second_verb() -> None:
    text = (
        "= Benito Mussolini =\n\nBenito Mussolini was an Italian politician. On 3 September "
        "1943, Badoglio agreed to an Armistice between Italy and Allied armed forces.\n"
    )
    stem = stem_of(text, "3 September 1943")
    assert stem is not None
    assert "between Italy and Allied armed forces" in stem.text


def test_a_steamer_named_after_a_town_is_no_key() -> None:
    text = BYRD + "Byrd sailed aboard the steamer Boston to Dunedin, New Zealand, in 1928.\n"
    keys = {i.answer for i in questions.generate([questions.Source("s.txt", text)]).items}
    assert "Boston" not in keys


def test_a_rank_s_qualifier_in_brackets_stays() -> None:
    text = (
        BYRD + "Byrd was promoted to the rank of lieutenant (junior grade) on June 8, 1915, and "
        "served in Pensacola (Florida).\n"
    )
    stem = stem_of(text, "June 8, 1915")
    assert stem is not None
    assert "lieutenant (junior grade)" in stem.text


def test_a_biography_s_stem_that_names_nobody_carries_its_topic() -> None:
    text = (
        "= Benito Mussolini =\n\nBenito Mussolini (29 July 1883 – 28 April 1945) was an "
        "Italian politician. He founded the National Fascist Party in 1921. In 1928, an "
        "electoral law abolished parliamentary elections. On 3 September 1943, Pietro Badoglio "
        "agreed to an armistice.\n"
    )
    law = stem_of(text, "1928")
    assert law is not None and law.text.startswith("Benito Mussolini: ")
    armistice = stem_of(text, "3 September 1943")
    assert armistice is not None and not armistice.text.startswith("Benito Mussolini")
