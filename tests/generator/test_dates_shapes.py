"""Date shapes: article snippet → the date as written (TIMEX2 width) and its EDTF value."""

from __future__ import annotations

import pytest

from questions.model import DateValue
from questions.render import render_date

SHAPES = [
    # a modifier belongs to the span and keeps the value of what it narrows
    ("Germany invaded Poland in September 1939. By early October, Poland was divided.",
     "early October", "1939-10"),
    ("The war began in 1941. By the end of March they had launched an offensive.",
     "the end of March", "1941-03"),
    ("The plans started in 1942, but by mid-September the battle took priority.",
     "mid-September", "1942-09"),
    ("The line held in 1944 until the middle of December when it broke.",
     "the middle of December", "1944-12"),
    ("In mid-June 1944 they began their offensive.", "mid-June 1944", "1944-06"),
    ("By early 1941, the Italian forces had been pushed back.", "early 1941", "1941"),
    ("Toward the end of 2003, the attacks grew.", "the end of 2003", "2003"),
    ("Beginning in the summer of 1955, he launched the campaign.", "the summer of 1955",
     "1955-22"),
    ("The charge came at 6 p.m. on 4 July 1863 near the ridge.", "6 p.m. on 4 July 1863",
     "1863-07-04"),
    ("During the 1920s, activists returned.", "the 1920s", "192X"),
    ("Beginning in the early 21st century, relations warmed.", "the early 21st century", "20XX"),
    ("The escalation started on the morning of 31 January 1965, when orders were cut.",
     "the morning of 31 January 1965", "1965-01-31"),
    ("Congress passed the resolution in 1861, on July 25 of that year.", "July 25 of that year",
     "1861-07-25"),
    ("Officials predicted victory by Christmas 1963.", "Christmas 1963", "1963-12-25"),
    ("In August/September 1956, the leadership met.", "September 1956", "1956-09"),
    # a month without a year or a day, after a cue, takes the narrative's year
    ("The war began in 1941. In December, reserves allowed a counter-offensive.", "December",
     "1941-12"),
    ("The blockade began in 1940. In August of that year, the rebels attacked.",
     "August of that year", "1940-08"),
    # other written shapes
    ("The campaign lasted from March–April 1862 in Virginia.", "March–April 1862",
     "1862-03/1862-04"),
    ("The uprising of the 3rd of May 1808 was crushed.", "the 3rd of May 1808", "1808-05-03"),
    ("In March, 1917, the Tsar abdicated.", "March, 1917", "1917-03"),
    ("The Ionian Revolt (499–493 BC) was the first conflict.", "499–493 BC", "-0498/-0492"),
    ("The city was founded in 500 B.C by traders.", "500 B.C", "-0499"),
    ("In the invasion phase (March 19–April 30, 2003) many died.", "March 19–April 30, 2003",
     "2003-03-19/2003-04-30"),
    ("The war began in 2003. In its first phase (March 19–April 30) many died.",
     "March 19–April 30", "2003-03-19/2003-04-30"),
    ("Troops remained in the city as late as 1990 before leaving.", "1990", "1990"),
    ("The state will run the lottery into at least 2009.", "2009", "2009"),
    ("The scholar Vasugupta (c. 875–925 CE) wrote it.", "c. 875–925 CE", "0875~/0925~"),
    ("The war began in 1915. Obregon won at Celaya on April 6-7.", "April 6-7",
     "1915-04-06/1915-04-07"),
    ("The story covers the period up to 1929, with his youth.", "1929", "1929"),
]  # fmt: skip


@pytest.mark.parametrize(("snippet", "text", "value"), SHAPES)
def test_date_shapes(facts_of, snippet: str, text: str, value: str) -> None:
    assert (text, value) in [(f.text, f.value) for f in facts_of(snippet, "date")]


@pytest.mark.parametrize(
    "snippet",
    [
        "The army of 100,000 men marched south.",
        "An army of ca. 105,000 soldiers crossed the river.",
        "More than 1000 people were killed in the riots.",
        "Citing Resolution 1483, the authority took control.",
        "Rebels held the town. In May the weather turned.",  # no year anywhere: no month fact
        "A pre-war Peace Conference met in Washington.",
        "Losses rose from a low in January of 114 to over 250.",
    ],
)
def test_counts_and_names_are_not_dates(facts_of, snippet: str) -> None:
    assert [f.text for f in facts_of(snippet, "date")] == []


def test_a_bare_month_needs_a_cue(facts_of) -> None:
    snippet = "The war began in 1941. April brought rain, and the march went on."
    assert [f.text for f in facts_of(snippet, "date")] == ["1941"]


def test_options_keep_the_modifier_and_a_range_across_months_is_written_in_full(
    facts_of,
) -> None:
    early = next(f for f in facts_of("By early 1941, the front held.", "date"))
    assert isinstance(early.detail, DateValue)
    assert render_date(early.detail, (1942, 0, 0), (1942, 0, 0)) == "early 1942"
    days = next(f for f in facts_of("The war began in 1915. Celaya fell on April 6-7.", "date")
                if f.text == "April 6-7")  # fmt: skip
    assert isinstance(days.detail, DateValue)
    assert render_date(days.detail, (1915, 4, 30), (1915, 5, 1)) == "April 30-May 1"
