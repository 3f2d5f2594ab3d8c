"""Review 3061 (docs/reviews/2026-12-07-seed-3061.md): the families of the items marked bad.

Fixed, and pinned here:
- items 8, 34: "the company" (the ferry firm DFDS) was written out as "the Nelson Mandela and
  the Royal Shakespeare Company", which made the stem false. "and the" starts another name,
  and a short form means a name only while it is in mind: written twice, or in the last
  2,000 characters.
- item 7: "Börte had _____ more sons, Chagatai, Ögedei, and Tolui": a name may begin with "Ö"
  as with "T", and the count of the names the stem lists is given away.
- item 14: "There are _____ major subtypes of T cells: the killer T cell and the helper T cell":
  the counted noun may take an "of" phrase before its list.
- item 33: "In Newcastle upon Tyne in 1644 the Scots captured the fortification … in South
  Shields": a sentence set in another town is not set in the article's town too; the town
  is its topic instead.
Open:
- items 12, 21, 31: towns near the key offered where the stem says it lies 103 miles away, or
  far ones where it says "close to Newcastle";
- item 22: "along the _____" taken by "the West Road" only;
- items 29, 32, 39: towns of our time for a 13th-century event, provinces for a capital;
- items 16, 24, 30, 37, 40: context only the paragraph gives ("both divisions", "Outraged",
  "the relics"), and "the stations historic entrance" (the article's missing apostrophe).
"""

from __future__ import annotations

import questions
from questions.context import in_context
from questions.counts_given import given_by_the_stem
from questions.docmodel import model
from questions.short_forms import index, written_out


def test_and_the_starts_another_name() -> None:
    text = "Honorary freemen include the late Nelson Mandela and the Royal Shakespeare Company."
    names = index(text)
    assert names.before("company", len(text)) == {"Royal Shakespeare Company"}


def test_a_name_met_once_long_before_is_not_what_the_short_form_means() -> None:
    early = "Honorary freemen include the Royal Shakespeare Company. "
    filler = "The city has many parks and a long river front. " * 60
    late = "The ferry service ceased in 2006 and the company cited high fuel prices."
    text = early + filler + late
    edits, ambiguous = written_out(index(text), late, len(early + filler), frozenset())
    assert edits == [] and not ambiguous
    # just after the name, the short form means it
    near = early + late
    edits, _ = written_out(index(near), late, len(early), frozenset())
    assert edits and edits[0][2] == "the Royal Shakespeare Company"


def test_a_count_before_its_members_is_given_whatever_their_letters() -> None:
    flaws = given_by_the_stem("Börte had _____ more sons, Chagatai, Ögedei, and Tolui.", "three")
    assert flaws == ["stem lists what the blank describes"]


def test_a_count_with_an_of_phrase_before_its_list_is_given() -> None:
    stem = "There are _____ major subtypes of T cells: the killer T cell and the helper T cell."
    assert given_by_the_stem(stem, "two") == ["stem lists what the blank describes"]
    assert not given_by_the_stem("There are _____ major subtypes of T cells.", "two")


def test_a_sentence_set_in_another_town_is_not_set_in_the_article_s() -> None:
    text = (
        "= Newcastle upon Tyne =\n\nNewcastle upon Tyne is a city in North East England.\n\n"
        "In 1644 the Scots captured the fortification on the Lawe in South Shields. The city "
        "walls were rebuilt in 1650.\n"
    )
    doc = questions.read(text, "s.txt")
    dm = model(doc, questions.segment(doc))
    stem = "In _____ the Scots captured the fortification on the Lawe in South Shields."
    placed = in_context(dm, stem, 3, 8)
    assert placed is not None and not placed[0].startswith("In Newcastle"), placed
    walls = in_context(dm, "The city walls were rebuilt in _____.", 30, 35)
    assert walls is not None and walls[0].startswith("In Newcastle upon Tyne"), walls
