"""The gold README's measures, on hand-made spans: what matches, what counts, what converts."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

import gold_measures as gm  # noqa: E402


@pytest.mark.parametrize(
    ("val", "edtf"),
    [
        ("1944-06-06", "1944-06-06"),
        ("1944-06", "1944-06"),
        ("1944", "1944"),
        ("194", "194X"),
        ("19", "19XX"),
        ("BC0490", "-0489"),
        ("BC0001", "-0000"),
        ("P9Y", None),
        ("PRESENT_REF", None),
        ("1944-W23", None),
    ],
)
def test_timex_values_convert_to_edtf(val: str, edtf: str | None) -> None:
    assert gm.edtf(val) == edtf


def test_value_ends_drop_qualifiers_and_split_ranges() -> None:
    assert gm.value_ends("1500~") == {"1500"}
    assert gm.value_ends("1877/1930") == {"1877", "1930"}
    assert gm.value_ends("2016-01-16/2016-01-21") == {"2016-01-16", "2016-01-21"}


def test_strict_needs_equal_spans_and_relaxed_an_overlap() -> None:
    found, gold = [(0, 10), (20, 25), (40, 44)], [(0, 10), (18, 24), (30, 35)]
    strict = gm.score(found, gold, strict=True)
    relaxed = gm.score(found, gold, strict=False)
    assert (strict.hits, strict.matched) == (1, 1)
    assert (relaxed.hits, relaxed.matched) == (2, 2)
    assert relaxed.precision == pytest.approx(2 / 3)
    assert relaxed.recall == pytest.approx(2 / 3)
    assert gm.overlaps((0, 5), (5, 9)) is False  # half-open spans that only touch


def test_scores_add_up_their_counts_not_their_ratios() -> None:
    a = gm.Score(1.0, 1.0, 1, 1, 1, 1)
    b = gm.Score(0.0, 0.0, 0, 9, 0, 9)
    total = gm.add([a, b])
    assert (total.precision, total.recall) == (0.1, 0.1)


def test_date_report_counts_absolute_recall_and_values() -> None:
    doc = gm.GoldDoc(
        "d",
        "On 6 June 1944 they landed; now it is quiet; in the 1940s it was not.",
        [
            {"start": 3, "end": 14, "val": "1944-06-06"},
            {"start": 28, "end": 31, "val": "PRESENT_REF"},
            {"start": 49, "end": 58, "val": "194"},
        ],
    )
    facts = [((3, 14), "1944-06-06"), ((53, 58), "1950X")]
    report = gm.date_report([facts], [doc])
    assert report.relaxed.recall == pytest.approx(2 / 3)
    assert report.absolute_recall == 1.0  # only the calendar date is absolute
    assert (report.valued, report.value_accuracy) == (2, 0.5)  # the decade's value is wrong


def test_a_squad_question_is_covered_by_any_annotator_answer() -> None:
    q = {"answers": [{"start": 10, "end": 20}, {"start": 40, "end": 45}]}
    assert gm.covered(q, [(44, 50)])
    assert not gm.covered(q, [(20, 40)])


def test_the_copied_corpora_load_with_their_annotations() -> None:
    wars, places = gm.load("wikiwars"), gm.load("wikigold")
    docs, qs = gm.squad()
    assert sum(len(d.notes) for d in wars) == 1360
    assert sum(len(gm.loc_spans(d)) for d in places) == 595
    assert len(qs) == 987 and {q["doc"] for q in qs} <= set(docs)
    note = wars[0].notes[0]
    assert wars[0].text[note["start"] : note["end"]] == note["text"]


def test_a_range_fact_is_two_timex_mentions_each_with_its_value() -> None:
    # TIMEX2 tags "1927" and "1937" of "1927–1937" apart; our extractor reads one range
    facts = [
        ((5, 14), "1927/1937", "1927–1937"),
        ((20, 37), "1862-04-13/1862-04-15", "April 13-15, 1862"),
    ]
    assert gm.timex_mentions(facts) == [
        ((5, 9), "1927"),
        ((10, 14), "1937"),
        ((20, 28), "1862-04-13"),
        ((29, 37), "1862-04-15"),
    ]
    assert gm.timex_mentions([((0, 4), "1944", "1944")]) == [((0, 4), "1944")]
