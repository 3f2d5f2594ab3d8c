"""Review 8263 (docs/reviews/2026-12-07-seed-8263.md): the families of the items marked bad.

Fixed, and pinned here:
- item 8: "Masovian Duchy" is no person's name ("Duchy" is a class word), so "the Grand Duchy of
  Warsaw" is never "the Grand Masovian Duchy of Warsaw";
- item 27: "the council" after "the district council of Centrum" means that council, not the
  one council the article names ("the Warsaw City Council"); likewise "the station" after "the
  space station" is not the Cape Canaveral Air Force Station;
- item 17: a town the gazetteer knows is offered towns it knows, never a name it does not
  ("Isaac Bashevis Singer", read as a place after "the beloved city of") nor a country;
- item 23: a name of several words that goes on after "and" with an English noun is one name
  ("the Palace of Culture and Science"), so no blank cuts it;
- item 14: a state named by its form of rule ("the Russian Empire") is offered states named so
  ("the Austrian Empire", "the Kingdom of Prussia"), or no item; "the United Kingdom" is a
  country like any other;
- item 6: "See also the Vršovci family …" is a cross-reference, no statement;
- item 34: "During which years did Henry M. Nevius serve?" says in what: "… serve in the Union
  Army?" (from the infobox's branch; no question without one);
- item 30: a share is offered shares, never the bare count "two" the article also writes, and
  a "_____ majority" only shares above one half ("a one-quarter majority" is none).
Open: item 24 (a year the stem's sequence
gives away), items 4 and 40 (context only the paragraph gives), items 9 and 37 (a short
name other people share), and "worth asking" (days of the month).
"""

from __future__ import annotations

import random

import questions
from questions.distract import figures, places
from questions.distract.common import Pool


def _options(text: str, key: str) -> list[str]:
    bank = questions.generate([questions.Source("s.txt", text)])
    item = next(i for i in bank.items if i.answer == key)
    return [o.text for o in item.options if not o.correct]


def test_a_majority_is_offered_shares_above_a_half() -> None:
    text = (
        "= Warsaw City Council =\n\nThe Warsaw City Council has two chambers and two "
        "committees.\n\nIf the mayor vetoes a bill, the Council has 30 days to override the veto "
        "by a two-thirds majority vote. A quorum is one-quarter of the members, and half of them "
        "must vote.\n"
    )
    doc = questions.read(text, "s.txt")
    facts = [f for f in questions.extract(doc, questions.segment(doc)) if f.kind == "figure"]
    key = next(f for f in facts if f.text == "two-thirds")
    stem = "If the mayor vetoes a bill, the Council has 30 days to override the veto by a _____ majority vote."
    made = figures.choose(key, Pool(facts), stem, random.Random(7))
    wrong = [] if made is None else [o.text for o in made[0] if not o.correct]
    assert not {"two", "one-quarter", "half"} & set(wrong), wrong


def test_a_share_is_offered_shares() -> None:
    text = (
        "= Business =\n\nBusiness was controlled by two ministries and two banks.\n\nBy 1935, "
        "the state controlled three-quarters of Italian businesses.\n"
    )
    assert "two" not in _options(text, "three-quarters")


def test_a_duchy_is_no_surname(stem_text) -> None:
    text = (
        "= Warsaw =\n\nWarsaw is the capital of Poland. In 1413 it became the capital of the "
        "Masovian Duchy.\n\nIn 1806, Warsaw became the capital of the Grand Duchy of Warsaw.\n"
    )
    made = stem_text(text, "1806")
    assert made is not None and "Masovian" not in made, made


def test_a_short_form_means_the_common_noun_just_written(stem_text) -> None:
    text = (
        "= Warsaw =\n\nWarsaw is the capital of Poland. The Warsaw City Council has 60 "
        "members.\n\nIn 1994 the mayor of Centrum was elected by the district council of "
        "Centrum and the council was elected by the Centrum residents.\n"
    )
    made = stem_text(text, "1994")
    assert made is not None and "City Council" not in made, made


def test_a_known_town_takes_known_towns() -> None:
    text = (
        "= Warsaw =\n\nWarsaw is the capital of Poland.\n\nWarsaw was the beloved city of Isaac "
        "Bashevis Singer. The partitions separated Warsaw from the oldest Polish academic "
        "center, in Kraków. Trains run to Lublin and Poznań.\n"
    )
    doc = questions.read(text, "s.txt")
    facts = [f for f in questions.extract(doc, questions.segment(doc)) if f.kind == "place"]
    assert "Isaac Bashevis Singer" in [f.text for f in facts]  # the extractor's slip
    key = next(f for f in facts if f.text == "Kraków")
    stem = "The partitions separated Warsaw from the oldest Polish academic center, in _____."
    made = places.choose(key, Pool(facts), stem, random.Random(7))
    assert made is not None
    wrong = {o.text for o in made[0] if not o.correct}
    assert not wrong & {"Isaac Bashevis Singer", "Poland"}, wrong


def test_a_name_going_on_after_and_is_one_place(facts_of) -> None:
    # item 23: "the Congress Hall in the _____ and Science"
    text = "The Congress Hall is in the Palace of Culture and Science, in the centre.\n"
    assert "Palace of Culture and Science" in [f.text for f in facts_of(text, "place")]


def test_an_empire_is_offered_empires_and_kingdoms() -> None:
    text = (
        "= Warsaw =\n\nWarsaw is the capital of Poland.\n\nIn 1815 the Russian Empire annexed "
        "Warsaw. The Austrian Empire took Galicia, and the Kingdom of Prussia took Poznań. "
        "Denmark, Germany and Sweden stayed away.\n"
    )
    doc = questions.read(text, "s.txt")
    facts = [f for f in questions.extract(doc, questions.segment(doc)) if f.kind == "place"]
    key = next(f for f in facts if f.text == "Russian Empire")
    made = places.choose(key, Pool(facts), "In 1815 the _____ annexed Warsaw.", random.Random(7))
    wrong = [] if made is None else [o.text for o in made[0] if not o.correct]
    assert not {"Denmark", "Germany", "Sweden", "Poland"} & set(wrong), wrong


def test_a_cross_reference_is_no_statement(stem_text) -> None:
    text = "= Warsaw =\n\nWarsaw is a city.\n\nSee also the Vršovci family which had escaped to Poland.\n"
    assert stem_text(text, "Poland") is None


def test_years_of_service_say_in_what() -> None:
    text = (
        "= Henry M. Nevius =\n\nInfobox\n- Born: January 30, 1841\n- Service / branch: Union "
        "Army\n- Years of service: 1861–1865\n\nHenry M. Nevius was a soldier and a judge.\n"
    )
    bank = questions.generate([questions.Source("s.txt", text)])
    stems = {i.stem.text for i in bank.items}
    assert "During which years did Henry M. Nevius serve in the Union Army?" in stems, stems
