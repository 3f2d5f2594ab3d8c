"""Items the blind review of seed 3389 judged bad, as snippet → stem or options cases
(docs/reviews/2026-12-07-seed-3389.md)."""

from __future__ import annotations

import pytest

import questions

VICTORIA = (
    "= Victoria (Australia) =\n\nThe State of Victoria has a parliament of two houses. Its "
    "economy is highly diversified.\n\n"
)
HUNSDON = (
    "= Elizabeth Spencer, Baroness Hunsdon =\n\nElizabeth Spencer, Baroness Hunsdon (1552 – 25 "
    "February 1618) was an English noblewoman and a patron of music.\n\n"
)


def _items(text: str, name: str = "snippet.txt") -> list[questions.Item]:
    return list(questions.generate([questions.Source(name, text)]).items)


def test_a_place_titled_with_its_country_is_named_in_its_stems(stem_text) -> None:
    # items 15, 20, 32: "the Legislative Council", "lower house", "the state's" of which state?
    text = VICTORIA + "The state's lowest temperature of −11.7 °C was recorded at Omeo in 1965.\n"
    made = stem_text(text, "1965")
    assert made is not None and "Victoria" in made and "state's" not in made, made
    text = VICTORIA + "The Greens won their first lower house seats in 2010.\n"
    made = stem_text(text, "2010")
    assert made is not None and "Victoria" in made, made


def test_the_subject_of_a_biography_by_her_given_name_is_written_in_full(stem_text) -> None:
    # items 22, 36: "Elizabeth died on …", "Elizabeth's husband": which Elizabeth?
    text = HUNSDON + "Elizabeth's husband died in 1603.\n"
    assert stem_text(text, "1603") == "When did Elizabeth Spencer's husband die?"
    text = HUNSDON + "Queen Elizabeth visited the family at Blackfriars in 1600.\n"
    made = stem_text(text, "1600")
    assert made is None or "Elizabeth Spencer" not in made, made


def test_the_subject_under_another_name_is_no_distractor_for_its_neighbour() -> None:
    # item 23: "State of Victoria" offered as what borders Victoria on the west
    text = VICTORIA + (
        "Victoria is bordered by New South Wales to the north and South Australia to the west.\n"
    )
    items = [i for i in _items(text) if i.answer == "South Australia"]
    assert items, [i.stem.text for i in _items(text)]
    for item in items:
        assert not any("Victoria" in o.text for o in item.options), item.options


JACKSONVILLE = "= Jacksonville, Florida =\n\nJacksonville is the largest city in Florida.\n\n"


def _item(text: str, answer: str) -> questions.Item:
    items = _items(text, "jacksonville-florida.txt")
    found = [i for i in items if i.answer == answer]
    assert found, [(i.stem.text, i.answer) for i in items]
    return found[0]


def test_a_census_year_is_offered_among_census_years() -> None:
    # item 19: 1999 and 2004 are no years of a United States Census
    text = JACKSONVILLE + "The census of 1850 counted 1,045 people in Jacksonville.\n"
    item = _item(text, "1850")
    assert all(int(o.text) % 10 == 0 for o in item.options), item.options


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        # items 2, 28: the date a count was true on is the citation, not the fact
        (VICTORIA + "As of 2004, an estimated 32,463 farms occupied Victorian land.\n", "2004"),
        # item 19: which census a figure comes from
        (
            JACKSONVILLE + "Jacksonville had an Arab population of 5,751 according to the 2010 "
            "United States Census.\n",
            "2010",
        ),
    ],
)
def test_the_date_that_stamps_a_statistic_is_not_asked(stem_text, text: str, fact: str) -> None:
    assert stem_text(text, fact) is None


def test_a_lower_bound_is_offered_bounds_it_does_not_reach() -> None:
    # items 26, 33: "Over 14%" may be true where the article says "over 10%"
    text = JACKSONVILLE + "Over 10% of the people of Jacksonville moved away in 1923.\n"
    item = _item(text, "10%")  # "Over _____ of the people …": the hedge stays in the stem
    assert item.stem.text.startswith("Over _____"), item.stem.text
    wrong = [float(o.text.rstrip("%")) for o in item.options if not o.correct]
    assert min(wrong) >= 15, item.options


def test_a_state_line_asks_for_a_state() -> None:
    # item 14: Georgia read as the country, with Armenia and Azerbaijan as options
    text = JACKSONVILLE + (
        "Jacksonville is about 25 miles south of the Georgia state line and about 340 miles "
        "north of Miami.\n"
    )
    item = _item(text, "Georgia")
    assert not {"Armenia", "Azerbaijan", "Turkey", "Russia"} & {o.text for o in item.options}
    # and the states near it, by the centres of their towns, not Wyoming
    south_east = {"Florida", "Alabama", "South Carolina", "Tennessee", "Kentucky", "North Carolina"}
    south_east |= {"Mississippi", "Georgia"}
    assert {o.text for o in item.options} <= south_east, item.options


def test_a_capital_after_a_semicolon_is_written_lower_case(stem_text) -> None:
    # item 39: "…remains in _____; It has been converted …"
    text = JACKSONVILLE + (
        "One studio, Norman Studios, remains in Arlington; It has been converted to a museum.\n"
    )
    made = stem_text(text, "Arlington")
    assert made is not None and "; it has been" in made, made


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        # item 1: "Last year" — which year?
        (
            VICTORIA + "Last year, 121,200 tonnes of pears were produced in Victoria.\n",
            "121,200 tonnes",
        ),
        # items 3, 6, 11: a census breakdown with no census year
        (
            JACKSONVILLE
            + "In Jacksonville, 29.7% of all households were made up of individuals.\n",
            "29.7%",
        ),
        (
            JACKSONVILLE + "The population was spread out, with 23.9% under the age of 18.\n",
            "23.9%",
        ),
        # item 24: "the flames" — of which fire?
        (
            JACKSONVILLE
            + "It is said the glow from the flames could be seen in Savannah, Georgia.\n",
            "Savannah",
        ),
    ],
)
def test_a_stem_that_leans_on_an_unsaid_time_or_event_is_refused(
    stem_text, text: str, fact: str
) -> None:
    assert stem_text(text, fact) is None


def test_a_dated_census_figure_and_an_empty_it_keep_their_stems(stem_text) -> None:
    text = JACKSONVILLE + (
        "At the 2010 census, 29.7% of the households in Jacksonville had children under 18.\n"
    )
    assert stem_text(text, "29.7%") is not None
    text = JACKSONVILLE + "It is said that the fire of 1901 could be seen in Savannah, Georgia.\n"
    made = stem_text(text, "1901")
    assert made is not None and "it is said" in made.lower(), made


def test_a_life_span_is_offered_spans_of_the_same_lifetime() -> None:
    # seen beside the review: "January 19, 1904 – November 23, 1997" among spans that begin in
    # 1565, 1678 and 1791, which nobody would pick for a chemist of the 20th century
    text = (
        "= Lucy Pickett =\n\nLucy Pickett (January 19, 1904 – November 23, 1997) was an American "
        "chemist.\n\nLucy Pickett taught at Mount Holyoke College from 1930.\n"
    )
    items = [i for i in _items(text) if i.answer == "January 19, 1904 – November 23, 1997"]
    assert items, [i.answer for i in _items(text)]
    options = [o.text for o in items[0].options]
    starts = [int(o.split(",")[1].split("–")[0]) for o in options]
    ends = [int(o.rsplit(", ", 1)[1]) for o in options]
    assert all(abs(y - 1904) <= 9 for y in starts) and all(abs(y - 1997) <= 9 for y in ends)
    assert len(set(starts)) == 4 and len(set(ends)) == 4, options
