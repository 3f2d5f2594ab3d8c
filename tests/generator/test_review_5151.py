"""Items the blind review of seed 5151 judged bad, as snippet → stem cases
(docs/reviews/2026-12-07-seed-5151.md)."""

from __future__ import annotations

import pytest

import questions
from questions import docmodel
from questions.lint import contains

BYRD = (
    "= Richard Byrd =\n\nRichard Byrd (October 25, 1888 – March 11, 1957) was an American naval "
    "officer and explorer.\n\nByrd flew with his pilot Harold June over the pole in 1929.\n\n"
)
TAJ = (
    "= Taj Mahal =\n\nThe Taj Mahal (/ˌtɑːdʒ məˈhɑːl/; Hindustani: [taːdʒ ˈmɛɦ(ɛ)l]; lit. 'Crown of "
    "the Palace') is an ivory-white marble mausoleum on the bank of the river Yamuna in Agra.\n\n"
)


def test_a_month_before_a_day_is_no_surname(stem_text) -> None:
    # items 10, 22: "Byrd's later June 22 report" became "Byrd's later Harold June 22 report"
    text = BYRD + "The diary differs from Byrd's June 22 report, published in 1996.\n"
    made = stem_text(text, "1996")
    assert made is not None and "Harold June" not in made, made


def test_a_linking_then_is_dropped_from_a_question(stem_text) -> None:
    # item 4: "When did Arthur L. Peterson then receive his master's degree …?"
    text = BYRD + "Richard Byrd then received a medal from the Navy in 1930.\n"
    assert stem_text(text, "1930") == "When did Richard Byrd receive a medal from the Navy?"


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        # items 15, 34: "the armada" — whose?
        (BYRD + "The armada arrived in the Ross Sea on December 31, 1946.\n", "December 31, 1946"),
        # item 11: "the argument" — which?
        (BYRD + "Excavations in 1958 proved the argument false.\n", "1958"),
    ],
)
def test_an_unnamed_fleet_or_argument_is_no_stem(stem_text, text: str, fact: str) -> None:
    assert stem_text(text, fact) is None


def test_a_building_s_stems_are_set_at_it(stem_text) -> None:
    # items 12, 27, 36, 38: "the fee", "the cenotaphs", "the central upper arches" of what?
    doc = questions.read(TAJ, "taj-mahal.txt")
    assert docmodel.model(doc).kind == "site"  # the definition is read past nested asides
    text = TAJ + "Perforated marble jalis border the cenotaphs and are made from eight panels.\n"
    made = stem_text(text, "eight")
    assert made is not None and made.startswith("At the Taj Mahal, perforated marble"), made


def test_an_infobox_date_the_text_contradicts_is_not_asked() -> None:
    # item 25: the infobox says 28 August 1909, the first sentence 28 October 1909
    text = (
        "= Claude Bourdet =\n\nInfobox\n- Born: 28 August 1909\n- Died: 20 March 1996\n\n"
        "Claude Bourdet (28 October 1909 – 20 March 1996) was a French writer and journalist.\n"
    )
    bank = questions.generate([questions.Source("claude-bourdet.txt", text)])
    stems = {i.stem.text: i.answer for i in bank.items}
    assert "28 August 1909" not in stems.values(), stems
    assert stems.get("When did Claude Bourdet die?") == "20 March 1996", stems


def test_an_age_at_death_is_offered_ages_near_it() -> None:
    # item 33: 38 and 58 beside a death at 96 tempt nobody
    text = BYRD + "Richard Byrd died in Boston on March 11, 1957, at the age of 68.\n"
    bank = questions.generate([questions.Source("byrd.txt", text)])
    item = next(i for i in bank.items if i.answer == "68")
    assert all(48 <= int(o.text) <= 105 for o in item.options), item.options


def test_a_key_whose_name_the_stem_says_is_given_away() -> None:
    # item 7: the key "City of Richmond" beside "now Richmond International Airport"
    stem = "In 1927 the _____ dedicated the Byrd Flying Field, now Richmond International Airport."
    assert contains(stem, "City of Richmond", "place")
    assert not contains(
        "In 1927 the _____ dedicated the Byrd Flying Field.", "City of Richmond", "place"
    )


@pytest.mark.parametrize(
    ("sentence", "fact", "start"),
    [
        # review 8642 items 31, 7: a leading "But" or "Also" leans on the sentence before
        ("But the Navy halted Byrd's expedition in the Ross Sea in 1947.", "Ross Sea", "The Navy"),
        ("Also in 1927 Boston dedicated the Richard Byrd Flying Field.", "1927", "When did Boston"),
    ],
)
def test_a_leading_conjunction_is_dropped(stem_text, sentence: str, fact: str, start: str) -> None:
    made = stem_text(BYRD + sentence + "\n", fact)
    assert made is not None and made.startswith(start), made
