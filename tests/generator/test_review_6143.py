"""Items the blind review of seed 6143 judged bad, as families (invented snippets of the same
shape).

Review sheet: docs/reviews/2026-12-07-seed-6143.md (items 1, 3, 7, 9, 10, 12, 16, 18, 19, 21,
24, 27, 32, 35, 37, 38, 39, 40).
"""

from __future__ import annotations

import questions
from questions.dangling import ANAPHOR
from questions.gazetteer import gazetteer
from questions.people import people, surname_edits
from questions.wh import when_question

_TOWN = "= Harlow Tyne =\n\nHarlow Tyne is a city in North East England.\n\n"


def _items(text: str) -> list[questions.Item]:
    return list(questions.generate([questions.Source("s.txt", text)]).items)


def test_a_place_article_does_not_ask_its_own_place() -> None:
    # items 7, 24, 27, 37, 38: "_____ was part of the county of Northumberland" in Newcastle's
    # article asks what the whole quiz is about
    text = (
        "= Durham, England =\n\nDurham is a city in North East England.\n\nDurham was part of "
        "the county of Northumberland until 1400. Trains from Durham reach Newcastle in 1844.\n"
    )
    keys = [i.answer for i in _items(text) if i.fact.kind == "place"]
    assert "Durham" not in keys
    assert "Newcastle" in keys  # another place of the article is still asked


def test_a_direction_is_no_foreign_region() -> None:
    # item 9: "in the North East" read as Botswana's North-East district, with Francistown,
    # Kgalagadi and "Southern" as options
    for name in ("North East", "Southern", "Centre", "North", "South West"):
        assert gazetteer().lookup(name) == [], name
    assert gazetteer().lookup("Northern Cape")  # a real name that begins with a direction


def test_an_adjective_and_a_class_word_are_no_place(facts_of) -> None:
    # items 16, 19: "British City" offered as a town
    text = _TOWN + "Harlow Tyne was voted the best British City in 2010 by the readers.\n"
    places = {f.text for f in facts_of(text, "place")}
    assert "British City" not in places and "British" not in places


def test_a_demonym_takes_no_class_from_a_list_before_it(facts_of) -> None:
    text = (
        "= Ferozpur District =\n\nFerozpur district is one of the western districts of the "
        "Indian state of Uttar Pradesh.\n"
    )
    places = {f.text for f in facts_of(text, "place")}
    assert "Indian" not in places and "Uttar Pradesh" in places


def test_a_common_noun_before_for_and_a_name_is_a_body(facts_of) -> None:
    # "near the Centre for Life": no place called Centre
    text = _TOWN + "The scene is centred on the square near the Centre for Life in 2001.\n"
    assert "Centre" not in {f.text for f in facts_of(text, "place")}


def test_a_towns_options_from_the_article_are_near_it() -> None:
    # items 16, 19, 24: London and Edinburgh for a Tyneside bus route; Wallsend (part of the
    # city) as wrong
    text = (
        "= Newcastle upon Tyne =\n\nNewcastle upon Tyne is a city in North East England. Trains "
        "run to London, Edinburgh and Durham. Buses run to Wallsend, Hexham and Morpeth.\n\n"
        "Go-Ahead runs buses south of the river to Gateshead and Sunderland since 1986.\n"
    )
    items = [i for i in _items(text) if i.answer == "Sunderland"]
    for item in items:
        wrong = {o.text for o in item.options if not o.correct}
        assert not wrong & {"London", "Wallsend"}, wrong


def test_a_temperature_is_shifted_not_scaled() -> None:
    # item 10: 32.5 °C with 42.2, 48.8 and 65.0 °C as options
    text = _TOWN + (
        "Temperature extremes recorded at the weather centre include 32.5 °C during August 1990 "
        "and 30.1 °C in July 2006.\n"
    )
    item = next(i for i in _items(text) if i.answer == "32.5 °C")
    values = [float(o.text.split()[0]) for o in item.options]
    assert max(values) - min(values) < 20, values


def test_an_exact_figure_gets_no_round_options_from_the_article() -> None:
    # items 1, 18: 189,863 among the article's "circa 148,000" and "880,000"
    text = _TOWN + (
        "The borough of Felling had a population of circa 148,000 in 2001. The conurbation had "
        "a population of circa 880,000 in 2001. Harlow Tyne had a population of 189,863 "
        "according to the 2001 census.\n"
    )
    item = next(i for i in _items(text) if i.answer == "189,863")
    wrong = {o.text for o in item.options if not o.correct}
    assert not wrong & {"148,000", "880,000"}, wrong


def test_an_adjective_before_a_capitalised_word_makes_it_no_person() -> None:
    # item 3: "a holy Jain location" became "a holy Chadamilal Jain location", which is false
    found = people("The Chadamilal Jain temple stands in the town. Chadamilal Jain built it.")
    assert found.full.get("Jain") == "Chadamilal Jain"
    assert surname_edits(found, "Raiders attacked a holy Jain location 19 times.") == []
    assert surname_edits(found, "In 1900 Jain left the town.") == [(8, 12, "Chadamilal Jain")]


def test_a_given_name_two_people_share_is_no_stem() -> None:
    # item 40: "Anne died in 1627" where the article has two wives called Anne
    found = people("He married Anne Gerrard in 1607. Later he married Anne Glemham in 1630.")
    assert surname_edits(found, "Anne died in 1627, leaving no living children.") is None
    assert surname_edits(found, "King Anne I ruled in 1627.") is not None  # a title: not her


def test_a_headless_superlative_or_an_unnamed_facility_dangles() -> None:
    # items 12, 21, 39: "The largest, the Theatre Royal …", "the reopening of the facility",
    # "from the main campus"
    assert ANAPHOR.search("The largest, the Theatre Royal on Grey Street, opened in 1837.")
    assert ANAPHOR.search("The reopening of the facility was celebrated in 2005.")
    assert ANAPHOR.search("It was about 5 miles from the main campus.")
    assert ANAPHOR.search("The Theatre Royal on Grey Street opened in 1837.") is None


def test_a_second_predicate_is_not_asked_with_the_first() -> None:
    # item 32: "When was Newcastle then besieged for many months and was eventually stormed?"
    text = "In 1644 the city was besieged for many months and was eventually stormed by the Scots."
    assert when_question(text, 3, 7) is None


def test_a_distance_away_from_nothing_dangles(stem_text) -> None:
    # item 35: "In Firozabad district, Agra is 44 km away, Kanpur is 250 km away": away from
    # what? (and Agra is not in the district)
    assert ANAPHOR.search("Agra is 44 km away, Kanpur is 250 km away.")
    assert ANAPHOR.search("Agra is 44 km away from Firozabad.") is None
    text = "= Ferozpur District =\n\nFerozpur district is a district of India.\n\nAgra is 44 km away.\n"
    assert stem_text(text, "44 km") is None
