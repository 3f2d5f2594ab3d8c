"""Anchoring: the year a partial date takes from the narrative, and relative days resolved
against the date they follow; such dates are found but only asked when they can be asked well."""

from __future__ import annotations

import pytest

import questions

ANCHORS = [
    # a year in a comparison, a later report, a plan, an aside or used as an adjective dates
    # something else: the narrative's year holds
    ("The battle began in 1916, the bloodiest since 1870. In July, the line broke.",
     "July", "1916-07"),
    ("The raid came in 1942; letters published in 1990 tell of it. On 3 May, the town fell.",
     "3 May", "1942-05-03"),
    ("In 1904 a secret 1905 treaty was drafted. In March, the envoys met.", "March", "1904-03"),
    ("The siege began in 1863 (the fort was rebuilt in 1870). On 4 July, the city fell.",
     "4 July", "1863-07-04"),
    ("The offensive began in 1975, before the push planned for 1976. On 10 March, it struck.",
     "10 March", "1975-03-10"),
    ("In 1944 an assault lasted until the fall of Budapest in February 1945. By mid-June, "
     "the Japanese took Changsha.", "mid-June", "1944-06"),
    # a month coordinated with a dated one takes its year
    ("The reforms began in 1954. In April and June 1955, Diem acted.", "April", "1955-04"),
    ("Japan attacked on December 7, 1941. In January, the Allies met in Washington.",
     "January", "1942-01"),
    # relative days and years, counted from the date they follow
    ("Mussolini was killed on April 28, 1945. Two days later, Hitler committed suicide.",
     "Two days later", "1945-04-30"),
    ("The Merrimack attacked on March 8, 1862; the next day she fought the Monitor.",
     "the next day", "1862-03-09"),
    ("Vicksburg was besieged until 3 July 1863 and fell the following day.",
     "the following day", "1863-07-04"),
    ("Churchill took office on May 10, 1940. On that same day, Germany invaded France.",
     "that same day", "1940-05-10"),
    ("Rebels took Krasnodar on 23 February 1918. The day before, the army marched.",
     "The day before", "1918-02-22"),
    ("Darius sent envoys in 491 BC. The following year, he invaded.", "The following year",
     "-0489"),
    ("Manila fell in March 1945; Mindanao was captured later that month.", "later that month",
     "1945-03"),
]  # fmt: skip


@pytest.mark.parametrize(("snippet", "text", "value"), ANCHORS)
def test_anchored_values(facts_of, snippet: str, text: str, value: str) -> None:
    assert (text, value) in [(f.text, f.value) for f in facts_of(snippet, "date")]


def test_a_relative_day_far_from_any_date_is_not_resolved(facts_of) -> None:
    snippet = "The army rested. The next day, it marched on."
    assert facts_of(snippet, "date") == []


ARTICLE = """= Test war =

The war began in September 1939 when Germany invaded Poland. By early 1940, the front was \
quiet. In April, Germany invaded Denmark and Norway. By early 1941, the Italian forces had \
been pushed back. In early 1942, Japan attacked Burma. By early 1943, the Germans had lost \
Stalingrad. On 6 June 1944, the Allies landed in Normandy. The next day, the Allies took \
Bayeux. Two days later, the Germans counter-attacked near Caen.
"""


def test_only_dates_that_can_be_written_as_options_are_asked() -> None:
    bank = questions.generate([questions.Source("t.txt", ARTICLE)])
    keys = {i.fact.text for i in bank.items if i.fact.kind == "date"}
    assert "early 1941" in keys  # a modifier is kept: the options read "early 1940", …
    assert not keys & {"April", "The next day", "Two days later"}
    item = next(i for i in bank.items if i.fact.text == "early 1941")
    assert all(o.text.startswith("early 19") for o in item.options)


def test_a_number_out_of_a_total_is_no_year(facts_of) -> None:
    text = "In 2024, the university was ranked 256 out of 1169 universities worldwide.\n"
    assert [f.text for f in facts_of(text, "date")] == ["2024"]
