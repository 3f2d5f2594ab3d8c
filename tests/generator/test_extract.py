"""Extraction cases: article snippet → expected facts (kind, text as written, normalised value)."""

from __future__ import annotations

import pytest

DATE_CASES = [
    ("On 16 January 2016, ISIL launched an attack.", "16 January 2016", "2016-01-16"),
    ("The offensive lasted 16–21 January 2016.", "16–21 January 2016", "2016-01-16/2016-01-21"),
    ("He died on October 18, 1931, in New Jersey.", "October 18, 1931", "1931-10-18"),
    ("The siege began in January 2016.", "January 2016", "2016-01"),
    ("In 2011, the war began.", "2011", "2011"),
    ("He was active from the 1960s onwards.", "the 1960s", "196X"),
    ("The temple dates from the 19th century.", "the 19th century", "18XX"),
    ("The town was founded in 500 BC by traders.", "500 BC", "-0499"),
    ("The castle was built c. 1500 by the duke.", "c. 1500", "1500~"),
    ("He reigned 31 January 1972 – 1 June 2001.", "31 January 1972 – 1 June 2001",
     "1972-01-31/2001-06-01"),
    ("The company was active 1877–1930 in the city.", "1877–1930", "1877/1930"),
    ("The fifth century saw great change.", "The fifth century", "04XX"),
    ("It was built in 1914-18 by the army.", "1914-18", "1914/1918"),
]  # fmt: skip


@pytest.mark.parametrize(("snippet", "text", "value"), DATE_CASES)
def test_dates(facts_of, snippet: str, text: str, value: str) -> None:
    dates = [(f.text, f.value) for f in facts_of(snippet, "date")]
    assert (text, value) in dates


def test_partial_date_takes_the_year_of_its_context(facts_of) -> None:
    snippet = "The attack began on 16 January 2016. On 19 January, the army struck back."
    values = {f.text: f.value for f in facts_of(snippet, "date")}
    assert values["19 January"] == "2016-01-19"


def test_partial_date_takes_the_infobox_year_when_nothing_precedes(facts_of) -> None:
    snippet = "= Siege =\n\nInfobox\n- Date: 3–9 May 1901\n\nOn 5 May, the gates fell.\n"
    values = {f.text: f.value for f in facts_of(snippet, "date")}
    assert values["5 May"] == "1901-05-05"


@pytest.mark.parametrize(
    "snippet",
    [
        "The army had 2000 troops in the field.",
        "The ship F-240 was commissioned.",
        "Referendum was held in 2037 BS in the kingdom.",
        "The population in the 2011 census was small.",
    ],
)
def test_numbers_that_are_not_years(facts_of, snippet: str) -> None:
    years = [f for f in facts_of(snippet, "date") if f.text in ("2000", "240", "2037")]
    assert years == []


def test_census_year_is_a_year(facts_of) -> None:
    assert [f.value for f in facts_of("According to the 2011 census, it grew.", "date")] == ["2011"]


def test_iso_artefact_gives_no_second_date(facts_of) -> None:
    snippet = "= X =\n\nInfobox\n- Died: October 18, 1931(1931-10-18) (aged 84)\n"
    dates = facts_of(snippet, "date")
    assert [f.value for f in dates] == ["1931-10-18"]


FIGURE_CASES = [
    ("- Strength1: Up to 2,000", "Up to 2,000", "≤2000"),
    ("- Casualties1: 110+ killed", "110+", "≥110"),
    ("- Casualties3: 127–300 civilians killed", "127–300", "127–300"),
    ("- Casualties3: ≈400 civilians kidnapped", "≈400", "≈400"),
    ("ISIL was left in control of at least 60% of the city.", "at least 60%", "≥60%"),
    ("The plane delivered 50 tonnes of aid.", "50 tonnes", "50 tonnes"),
    ("The group used six suicide bombers.", "six", "6"),
    ("About 1.2 million people live there.", "About 1.2 million", "≈1200000"),
    ("SOHR said ISIL kidnapped about 400 civilians.", "about 400", "≈400"),
    ("They killed from 135 to 300 people.", "135 to 300", "135–300"),
    ("The fund holds $37,500 in cash.", "$37,500", "$37500"),
]  # fmt: skip


@pytest.mark.parametrize(("line", "text", "value"), FIGURE_CASES)
def test_figures(facts_of, line: str, text: str, value: str) -> None:
    if line.startswith("- "):
        line = f"= Battle =\n\nInfobox\n{line}\n"
    found = [(f.text, f.value) for f in facts_of(line, "figure")]
    assert (text, value) in found


@pytest.mark.parametrize(
    "snippet",
    [
        "The 104th Airborne Brigade arrived.",
        "They drove along Route 66 to the west.",
        "She lived at 265 North Commercial Street in Salem.",
        "Byrd took a reading at 7:07:10 in the evening.",
        "It was the one place he loved.",
    ],
)
def test_numbers_that_are_not_figures(facts_of, snippet: str) -> None:
    assert facts_of(snippet, "figure") == []


def test_year_is_not_also_a_figure(facts_of) -> None:
    found = facts_of("In 2011, the Syrian Civil War began.")
    assert [(f.kind, f.text) for f in found if f.text == "2011"] == [("date", "2011")]


PLACE_CASES = [
    ("= Battle =\n\nInfobox\n- Place: Deir ez-Zor, Syria\n", "Deir ez-Zor"),
    ("Over 80 fighters were killed in the Al-Baghayliyah District.", "Al-Baghayliyah"),
    ("Thomas Edison was born in 1847 in Milan, Ohio, and grew up there.", "Milan"),
    ("Mussolini emigrated to Switzerland to avoid service.", "Switzerland"),
    ("On 22 January, airstrikes killed 44 in Tala'a district.", "Tala'a"),
]


@pytest.mark.parametrize(("snippet", "name"), PLACE_CASES)
def test_places(facts_of, snippet: str, name: str) -> None:
    assert name in [f.text for f in facts_of(snippet, "place")]


def test_coordinated_names_after_a_class_cue_are_places(facts_of) -> None:
    snippet = "Fighters were attacked in the neighborhoods of Baghiliya and Ayyash."
    assert {"Baghiliya", "Ayyash"} <= {f.text for f in facts_of(snippet, "place")}


def test_spelling_variants_share_one_value(facts_of, sample_text: str) -> None:
    places = facts_of(sample_text, "place")
    variants = {"Baghiliya", "Al-Bughayliyah", "Al-Baghayliyah", "Al-Baghaliyeh"}
    values = {f.value for f in places if f.text in variants}
    assert {f.text for f in places} >= variants
    assert len(values) == 1


@pytest.mark.parametrize(
    "snippet",
    [
        "An attack was mounted against Italian forces in the east.",
        "The reopening was celebrated in the Spring of 2005.",
        "Seymour arrived early. Neely Terry wrote to Seymour in May.",
    ],
)
def test_names_that_are_not_places(facts_of, snippet: str) -> None:
    assert [f.text for f in facts_of(snippet, "place")] == []


def test_surname_of_a_biography_subject_is_not_a_place(facts_of) -> None:
    snippet = (
        "= Thomas Edison =\n\nInfobox\n- Born: 1847\n\nThe lamp was tested by Edison in 1879.\n"
    )
    assert "Edison" not in [f.text for f in facts_of(snippet, "place")]


def test_every_fact_points_into_its_sentence(facts_of, sample_text: str) -> None:
    for f in facts_of(sample_text):
        assert sample_text[f.start : f.end] == f.text
        assert f.sentence.start <= f.start < f.end <= f.sentence.end
        assert sample_text[f.sentence.start : f.sentence.end] == f.sentence.text


def test_facts_in_quotations_and_see_also_are_skipped(facts_of) -> None:
    snippet = (
        '= T =\n\nHe said "we lost 300 men in 1990" to reporters.\n\n'
        "== See also ==\n\n- Battle of 1812 in Paris\n"
    )
    assert facts_of(snippet) == []


def test_a_quotation_over_two_sentences_gives_no_facts(facts_of) -> None:
    snippet = (
        'Ward wrote that "Overall, the raids killed up to 15 million people. Towns fell in 1221." '
        "The empire had 40 provinces."
    )
    assert [f.text for f in facts_of(snippet, "figure")] == ["40"]
    assert [f.text for f in facts_of(snippet, "date")] == []
