"""Review 7391 (docs/reviews/2026-12-07-seed-7391.md): the families of the items marked bad.

Fixed, and pinned here:
- items 10, 12, 39: "After spending …, he returned": "he" after an opening phrase of up to 120
  characters means a biography's subject (and a life written "October 25, 1884 – January 27,
  1958" makes a biography);
- items 13, 16: a person known by a nickname "<noun> of <place>" is "the Ninja of Heisei";
- item 9: "in _____ prefecture" asks for the prefecture, with prefectures as options;
- item 14: a metropolis takes its country's large towns as options, not its own boroughs;
- item 28: a day the stem gives before the blank bounds date options by the day;
- item 6: a key that is not round gets options that are not round either.
Pinned in test_lint.py: item 1 (a count followed by the list of its members), items 18 and 23
("between _____ surfaces": two).
Open: item 2 (centuries before the subject's own, ruled out by knowing who Einstein was),
item 24 (countries anachronistic for the 16th century), item 32 (a count fixed by
"antiparallel"), items 26 and 33 ("their investigation", "named in his honour" after a name
that is not the subject), items 6, 27, 33, 35, 37 (the article's own grammar: "arrested and
admitted", a comma splice), and "worth asking" (an investigation's closing date, a symposium's
year, burial days).
"""

from __future__ import annotations

import random

import questions
from questions.distract import places
from questions.distract.common import Pool
from questions.distract.place_neighbours import gazetteer_neighbours
from questions.gazetteer import gazetteer
from questions.infobox import with_epithet_the
from questions.model import PlaceValue


def _places(text: str) -> list[questions.Fact]:
    doc = questions.read(text, "s.txt")
    return [f for f in questions.extract(doc, questions.segment(doc)) if f.kind == "place"]


def test_he_after_a_long_opening_phrase_is_the_subject(stem_text) -> None:
    # review 7391 items 10, 12, 39: "After spending …, he returned": the biography's subject
    text = (
        "= Motonori Matuyama =\n\nMotonori Matuyama (October 25, 1884 – January 27, 1958) was a "
        "Japanese geophysicist. He was born in Usa. He studied at Hiroshima.\n\nAfter spending the period 1919–21 at the University of "
        "Chicago working with Thomas C. Chamberlin studying ice, he returned to Japan in 1922.\n"
    )
    assert stem_text(text, "Japan") == (
        "After spending the period 1919–21 at the University of Chicago working with Thomas C. "
        "Chamberlin studying ice, Motonori Matuyama returned to _____ in 1922."
    )


def test_a_nickname_keeps_its_the() -> None:
    # review 7391 items 13, 16: "When was Ninja of Heisei born?"
    text = (
        "= Ninja of Heisei =\n\nInfobox\n- Born: 1943\n- Years active: 2009–2017\n\n"
        "Mitsuaki Tanigawa, also known as the Ninja of Heisei, is a Japanese criminal.\n"
    )
    bank = questions.generate([questions.Source("s.txt", text)])
    stems = {i.stem.text for i in bank.items}
    assert "When was the Ninja of Heisei born?" in stems, stems


def test_a_name_and_realm_takes_no_the() -> None:
    assert with_epithet_the("Ninja of Heisei") == "the Ninja of Heisei"
    assert with_epithet_the("Birendra of Nepal") == "Birendra of Nepal"
    assert with_epithet_the("Emperor Xizong of Jin") == "Emperor Xizong of Jin"


def test_a_prefecture_takes_prefectures() -> None:
    # review 7391 item 9: "in _____ prefecture" with the cities Beppu and Nobeoka as options
    text = (
        "= Motonori Matuyama =\n\nMotonori Matuyama was a Japanese geophysicist.\n\nHe was born "
        "at Uyeda in Oita prefecture, Japan, in 1884. He worked in Kyoto, Tokyo and Hiroshima.\n"
    )
    facts = _places(text)
    key = next(f for f in facts if f.text == "Oita")
    stem = "He was born at Uyeda in _____ prefecture, Japan, in 1884."
    made = places.choose(key, Pool(facts), stem, random.Random(7))
    assert made is not None
    wrong = [o.text for o in made[0] if not o.correct]
    assert all(
        any(p.cls == "state" and p.country == "JP" for p in gazetteer().lookup(w)) for w in wrong
    ), wrong


def test_a_metropolis_takes_the_countrys_large_towns_not_its_boroughs() -> None:
    # review 7391 item 14: London offered with Catford, Canning Town and Wood Green
    london = next(p for p in gazetteer().lookup("London") if p.country == "GB")
    key = PlaceValue(
        "London", "city", "GB", london.admin1, london.lat, london.lon, london.population
    )
    towns = gazetteer_neighbours(key, False, random.Random(1))
    assert len(towns) >= 3 and all(t.population >= 200_000 for t in towns), towns


def test_a_day_the_stem_gives_first_bounds_the_options() -> None:
    # review 7391 item 28: burial dates before the death the same stem gives
    text = (
        "= Elizabeth Spencer =\n\nElizabeth Spencer (24 May 1552 – 25 February 1618) was an "
        "English noblewoman.\n\nShe died on 25 February 1618, and was buried on 2 March in "
        "Westminster Abbey, London.\n"
    )
    bank = questions.generate([questions.Source("s.txt", text)])
    item = next(i for i in bank.items if i.answer == "2 March")
    assert not any(o.text.endswith(("January", "February")) for o in item.options), item.options


def test_a_key_that_is_not_round_gets_options_that_are_not() -> None:
    # review 7391 item 6: 254 among 510, 640 and 760 stands out by its last digit
    text = (
        "= Ninja =\n\nThe Ninja is a criminal.\n\nMitsuaki Tanigawa was charged with over 254 "
        "break-ins in Osaka.\n"
    )
    bank = questions.generate([questions.Source("s.txt", text)])
    item = next(i for i in bank.items if i.answer == "254")
    assert all(not o.text.endswith("0") for o in item.options), item.options
