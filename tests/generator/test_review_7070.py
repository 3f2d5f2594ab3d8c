"""Review 7070 (docs/reviews/2026-12-07-seed-7070.md), drawn after review 5150's fixes: 19 of
40 acceptable, 20 worth asking.

Fixed, and pinned here:
- items 25, 40: "American settlers" became "Filipino American settlers", a false stem: a word
  the article writes before lower-case nouns ("American settlers", "Mongol armies") is a
  people's word, never a surname to write in full.
- item 27: "connecting St. Augustine to Georgia" in an article set in the United States was
  read as the country (Armenia, Azerbaijan, Turkey): a state of the article's home country
  comes before a foreign country of the same name.
- item 12: "In Jacksonville, led by Isaiah D. Hart, residents …": a sentence opening on a
  participle phrase carries the place as its topic instead of being set in it.
- item 3: "the Indian state of _____" offered Delhi and Lakshadweep, union territories: a
  first-level division that is no state is no option where the stem asks for a state.
Open:
- item 39: "Arlington" (a part of Jacksonville) read as Arlington, Texas;
- items 5, 8: a census year among others, a date of another decade among three months;
- items 23, 30: the stem's comparisons and bearings rule out the options;
- item 38: towns next to Miami as options for "340 miles north of _____";
- items 7, 15, 17, 22, 24, 29: context only the paragraph gives ("Other notable structures",
  "Maurice" and "James");
- items 2, 14, 35: the article's own English ("arrested and admitted and was charged").
"""

from __future__ import annotations

import questions
from questions.people import people

from .snippets import doc_facts, stem_of


def test_a_people_s_word_is_no_surname() -> None:
    text = (
        "Filipino American communities grew. American settlers came. American traders sold "
        "goods. The American fleet sailed. Khamag Mongol chiefs met. Mongol armies marched. "
        "Mongol tribes fought. Corey Brown caught passes."
    )
    found = people(text)
    assert "American" not in found.full and "Mongol" not in found.full, found.full
    assert found.full.get("Brown") == "Corey Brown"


def test_a_state_of_the_home_country_comes_before_a_foreign_country() -> None:
    text = (
        "= Jacksonville, Florida =\n\nJacksonville is a city in Florida, United States.\n\n"
        "The British constructed the King's Road connecting St. Augustine to Georgia. Settlers "
        "came from South Carolina, Virginia and Alabama.\n"
    )
    _, facts = doc_facts(text)
    georgia = next(f for f in facts if f.text == "Georgia")
    assert isinstance(georgia.detail, questions.PlaceValue)
    assert (georgia.detail.cls, georgia.detail.country) == ("state", "US"), georgia.detail


def test_a_participle_opener_carries_the_place_as_its_topic() -> None:
    text = (
        "= Jacksonville, Florida =\n\nJacksonville is a city in Florida, United States.\n\n"
        "Led by Isaiah D. Hart, residents wrote a charter for a town government, which was "
        "approved by the Florida Legislative Council on February 9, 1832.\n"
    )
    stem = stem_of(text, "February 9, 1832")
    assert stem is not None
    assert not stem.text.startswith("In Jacksonville, led by"), stem.text


def test_a_state_asked_as_a_state_takes_no_territory() -> None:
    text = (
        "= Firozabad district =\n\nFirozabad district is one of the western districts of the "
        "Indian state of Uttar Pradesh. Delhi lies to the north. Agra is near. Lakshadweep, "
        "Bihar, Haryana and Rajasthan sent traders.\n"
    )
    bank = questions.generate([questions.Source("s.txt", text)], seed=7)
    item = next((i for i in bank.items if i.answer == "Uttar Pradesh"), None)
    assert item is not None
    assert not {o.text for o in item.options} & {"Delhi", "Lakshadweep"}, item.options
