"""The figure regex a sentence is scanned with: a sentence without number words is scanned for
figures in digits alone, and must find exactly what the full regex finds."""

from __future__ import annotations

import pytest

from questions.extract.figures import CORE, CORE_DIGITS, core_for

DIGITS_ONLY = [
    "The bridge cost US$5 and NZ$3 more.",
    "Tickets were Rs. 500 or Rs500, about ₹450, £3m, €2bn, ¥900 and $4k.",
    "Trade reached USD 40, EUR 12 and INR 900 a head.",
    "It fell to −5 degrees, and -12 at night (−3.5 °C).",
    "Between 1,200 and 1,450 men, 3½ miles, 12.5% of the vote.",
]

WITH_WORDS = [
    "A third of the army was lost.",
    "Half the town burned.",
    "Hundreds of houses and thousands of people.",
    "Twenty-five ships and a dozen boats sailed.",
    "Several hundred soldiers and one million civilians fled.",
    "He had two-thirds of the vote.",
]


def spans(regex, text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    while m := regex.search(text, pos):
        out.append(m.span())
        pos = m.end()
    return out


@pytest.mark.parametrize("text", DIGITS_ONLY)
def test_a_sentence_without_number_words_finds_what_the_full_regex_finds(text: str) -> None:
    assert core_for(text) is CORE_DIGITS
    assert spans(CORE_DIGITS, text) == spans(CORE, text)
    assert spans(CORE, text)  # each case holds figures


@pytest.mark.parametrize("text", WITH_WORDS)
def test_a_sentence_with_number_words_gets_the_full_regex(text: str) -> None:
    assert core_for(text) is CORE
    assert spans(CORE_DIGITS, text) != spans(CORE, text)
