"""Time words and durations: found with a TIMEX2 or ISO 8601 value, never asked; a duration
leaves its number to the figures."""

from __future__ import annotations

import pytest

import questions
from questions.model import DateValue

WORDS = [
    ("Japan seized bases in the now-isolated colony.", "now", "PRESENT_REF"),
    ("He was named premier by former emperor Bao Dai.", "former", "PAST_REF"),
    ("The recent coup worried the embassy.", "recent", "PAST_REF"),
    ("Rebels attacked the camp at night.", "night", "TNI"),
    ("Attacks averaged 30 daily in the capital.", "daily", "XXXX-XX-XX"),
    ("The army reached Sardis in 480 BC and passed the winter there.", "the winter", "-0479-24"),
    ("The siege lasted three days and the city fell.", "three days", "P3D"),
    ("Diem undertook a ten-day state visit.", "ten-day", "P10D"),
    ("The fighting went on for weeks in the hills.", "weeks", "PXW"),
    ("The war dragged on for almost two decades.", "almost two decades", "P20Y"),
    ("The temple stood for two centuries.", "two centuries", "P200Y"),
    # TIMEX2 widths: the determiner of a length, not of an adjective ("The 46-day battle")
    ("Denikin spent the next few months rebuilding his army.", "the next few months", "PXM"),
    ("Violence went on over the following days in the city.", "the following days", "PXD"),
    ("The 46-day battle resulted in a victory.", "46-day", "P46D"),
    ("The army left Sardis early in spring.", "early in spring", "XXXX-21"),
    ("Orders were issued in 1965; that afternoon the units landed.", "that afternoon", "TAF"),
    ("After three weeks of fighting, General Kuropatkin withdrew.", "three weeks of fighting",
     "P3W"),
    ("They fought for two bloody weeks near the river.", "two bloody weeks", "P2W"),
    ("Attacks averaged 20 per day in the capital.", "per day", "XXXX-XX-XX"),
    ("The army suffered losses during this period and retreated.", "this period", ""),
    ("The others had landed weeks earlier.", "weeks earlier", "PAST_REF"),
    # "at the same time" is the date the narrative is at
    ("Thieu resigned on 25 April 1975. At the same time, tanks reached Bien Hoa.",
     "the same time", "1975-04-25"),
    # a length followed by "later"/"earlier" is a point in time, counted from the narrative
    ("The treaty was signed in 1905. Two years later, war broke out.", "Two years later", "1907"),
    ("The revolt began in 490 BC, a decade earlier than the invasion.", "a decade earlier",
     "-0499"),
]  # fmt: skip


@pytest.mark.parametrize(("snippet", "text", "value"), WORDS)
def test_time_words(facts_of, snippet: str, text: str, value: str) -> None:
    assert (text, value) in [(f.text, f.value) for f in facts_of(snippet, "date")]


@pytest.mark.parametrize(
    "snippet",
    [
        "The Japanese military did not consider the former an option.",  # a pronoun
        "Liberty Arsenal was seized eight days after Fort Sumter.",  # after an event: no value
        "Their ancestors fell in a second attack.",
        "At the time of the peace agreement the aid was promised.",  # another date, unknown
    ],
)
def test_words_that_are_not_time_expressions(facts_of, snippet: str) -> None:
    assert [f.text for f in facts_of(snippet, "date")] == []


def test_a_duration_leaves_its_number_to_the_figures(facts_of) -> None:
    found = {(f.kind, f.text) for f in facts_of("The siege lasted seven weeks and the city fell.")}
    assert {("date", "seven weeks"), ("figure", "seven weeks")} <= found


def test_a_month_well_before_the_last_one_is_in_the_next_year(facts_of) -> None:
    snippet = "Japan attacked on December 7, 1941. In January, the Allies met in Washington."
    assert ("January", "1942-01") in [(f.text, f.value) for f in facts_of(snippet, "date")]


def test_a_month_shortly_before_the_last_one_is_a_look_back(facts_of) -> None:
    snippet = "The city fell on 20 October 1941. In August, the siege had begun."
    assert ("August", "1941-08") in [(f.text, f.value) for f in facts_of(snippet, "date")]


def test_time_words_are_never_asked() -> None:
    text = ("= Test war =\n\nIn 1943 the now-isolated garrison held out for weeks. The winter "
            "was hard. On 6 June 1944, the Allies landed in Normandy. On 9 July 1944, the "
            "Allies took Caen. On 25 August 1944, Paris was liberated.\n")  # fmt: skip
    bank = questions.generate([questions.Source("t.txt", text)])
    dated = [i for i in bank.items if i.fact.kind == "date"]
    formats = [i.fact.detail.fmt for i in dated if isinstance(i.fact.detail, DateValue)]
    assert formats and "word" not in formats
