"""How an article uses a name: where it stands as a whole word, and whether a people's name."""

from __future__ import annotations

import re

import pytest

from questions.name_use import mentions, people_name


@pytest.mark.parametrize(
    ("text", "name", "spans"),
    [
        ("Mongol tribes and Mongol armies", "Mongol", [(0, 6), (18, 24)]),
        ("Mongolia is not Mongol", "Mongol", [(16, 22)]),  # a longer word is no mention
        ("the Anglo-Mongol war, Mongol's horse", "Mongol", []),  # joined by "-" or "'"
        ("Khan’s horse; Khan.", "Khan", [(14, 18)]),  # the curly apostrophe joins too
        ("Mongol_x Mongol2 Mongol", "Mongol", [(17, 23)]),  # "_" and digits join
        ("AAA", "AA", []),  # no whole word, and no overlapping spans
        ("AA AA", "AA", [(0, 2), (3, 5)]),
        ("Ürümqi and Ürümqi", "Ürümqi", [(0, 6), (11, 17)]),
        ("text without it", "", []),
    ],
)
def test_mentions_are_whole_words(text: str, name: str, spans: list[tuple[int, int]]) -> None:
    assert list(mentions(text, name)) == spans


@pytest.mark.parametrize(
    "text",
    [
        "Béla-Mongol Mongol, éMongol Mongolé Mongol.",
        "x'Mongol Mongol' Mongol’s (Mongol) 1Mongol Mongol1 Mongol_",
    ],
)
def test_mentions_agree_with_the_word_boundary_regex(text: str) -> None:
    pattern = re.compile(r"(?<![\w'’-])Mongol(?![\w'’-])")
    assert list(mentions(text, "Mongol")) == [m.span() for m in pattern.finditer(text)]


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Mongol tribes rode. Mongol armies won. Mongol horses ran.", "Mongol", True),
        ("Mongol tribes rode. They lived in Mongol.", "Mongol", False),  # "in Mongol": a place
        ("Poonch region and Poonch district.", "Poonch", False),  # a place's class word
        ("Mongol tribes rode.", "Mongol", False),  # once is not enough
    ],
)
def test_people_name(text: str, name: str, expected: bool) -> None:
    assert people_name(text, name) is expected
