"""Review 4848 (docs/reviews/2026-12-08-seed-4848.md), drawn after review 3636's fixes: 25 of
40 acceptable, 18 worth asking.

Fixed, and pinned here:
- item 7: "the company" written as the Royal Shakespeare Company where the sentence's DFDS
  ferry service is the company (a stem made false): a firm's short form after letters that may
  name it is left as it is;
- items 22 and 38: Northern Ireland among the options of a stem set in the Middle Ages or after
  Roman rule: an age the stem names bounds the options' years as a year does;
- item 18: "a bridge was built across the _____" (the Tyne) among counties: a blank only water
  fills takes rivers.
Open:
- item 9: ancient Memphis read as the town in Tennessee (US towns among the options; a rule
  refusing foreign namesakes was tried and dropped: it also refused Brno, Florence and
  Jerusalem, which were meant);
- items 17, 27 and 35: regions and ranges a learner may hold also true;
- items 32 and 33: a people's name and an empire among villages and towns;
- item 6: "also revealed the 20 statues": another find of the article;
- item 23: spans after a launch that would end in the future;
- worth asking: 22 of 40 judged trivia.
"""

from __future__ import annotations

import pytest

from questions import docmodel, segment
from questions.distract.eras import age_years, named_then
from questions.distract.place_keys import read_key
from questions.model import PlaceValue
from questions.referents import resolve

from .snippets import doc_facts

NEWCASTLE = (
    "Newcastle upon Tyne\n\nNewcastle upon Tyne is a city in Tyne and Wear, England. The Royal "
    "Shakespeare Company has its annual season at the Theatre Royal. The Royal Shakespeare "
    "Company also performs at the Northern Stage.\n\n"
)


@pytest.mark.parametrize(
    ("sentence", "written"),
    [
        (
            "The DFDS ferry service to Gothenburg ceased in October 2006 – the company cited "
            "high fuel prices as the cause.",
            False,
        ),
        ("In 2008 the company opened a second theatre in the city.", True),
    ],
)
def test_a_firms_short_form_after_letters_that_may_name_it(sentence: str, written: bool) -> None:
    doc, _ = doc_facts(NEWCASTLE + sentence + "\n")
    dm = docmodel.model(doc, segment(doc))
    sent = next(s for s in dm.sentences if s.text == sentence)
    edits = resolve(dm, sent.text, sent.start in dm.resolvable, sent.start) or []
    assert any("Royal Shakespeare Company" in e[2] for e in edits) == written


@pytest.mark.parametrize(
    ("stem", "offered"),
    [
        ("Throughout the Middle Ages, Newcastle was _____'s northern fortress.", False),
        (
            "The Anglo-Saxon populations migrated to and conquered much of _____ after the end "
            "of Roman Imperial rule.",
            False,
        ),
        ("Newcastle was _____'s northern fortress in 1950.", True),
        ("Newcastle was _____'s northern fortress.", True),
    ],
)
def test_an_age_bounds_the_options_years(stem: str, offered: bool) -> None:
    from questions.distract.date_bounds import stem_years

    years = stem_years(stem) or age_years(stem)
    assert named_then("Northern Ireland", years) == offered


@pytest.mark.parametrize(
    ("stem", "cls"),
    [
        ("A bridge was built across the _____, between Newcastle and Gateshead, in 1981.", "river"),
        ("The city lies on the banks of the _____.", "river"),
        ("The city lies in the _____, north of Durham.", "county"),
    ],
)
def test_a_blank_only_water_fills_takes_rivers(stem: str, cls: str) -> None:
    county = PlaceValue("Tyne", "county", "GB", "ENG")
    assert read_key(county, stem).cls == cls
