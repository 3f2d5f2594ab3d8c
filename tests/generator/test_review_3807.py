"""Review 3807 (docs/reviews/2026-12-08-seed-3807.md): 24 of 40 acceptable, 22 worth asking.

Fixed, and pinned here:
- item 5: "graduated B.A, in 1595": an abbreviation's last stop written as a comma is a slip
  of the article's English the stem must not copy;
- item 10: "Dudley Carleton returned home in _____": home from where? ("returned home" with no
  "from" or "to" leans on the sentence before);
- items 11 and 33: "During the late eighteenth century …, and in _____" offered 1822, "by the
  1870s" offered 1866: a decade or century the stem names bounds the options;
- item 22: "Lawrence Shane's Corners": a surname's possessive before a place's noun is part of
  the place's name, and "the late 1800s" is the late nineteenth century (the late 1700s beside
  it), not the decade 1800–1809;
- item 26: "Duren" and "Monchengladbach": a town's name in Latin letters keeps its accents;
- item 33, worth asking: "According to Lovell's gazetteer of _____" asks the year of a source
  the sentence cites (so does "In a _____ case, Commission v Italy"): no item.
Open:
- item 3: banknotes come in fixed denominations;
- items 4, 13, 17, 19, 21, 23, 29 and 40: context only the paragraph gives ("Murray", "the
  ground", what 18.2% is of, a plot left out, which Government House);
- item 7: a comma splice copied from the article.
"""

from __future__ import annotations

import pytest

from questions.distract.date_bounds import stem_bounds
from questions.lint import Checked, hard_flaws

from .snippets import dangling_word, doc_facts, options_of, stem_of


def test_an_abbreviation_s_stop_written_as_a_comma_is_a_slip() -> None:
    stem = "Carleton graduated B.A, in _____, M.A. in 1600."
    item = Checked(
        "date", "cloze", stem, (("1595", True), ("1591", False), ("1593", False), ("1597", False))
    )
    assert any("slip" in f for f in hard_flaws(item))
    fixed = Checked("date", "cloze", stem.replace("B.A,", "B.A."), item.options)
    assert not any("slip" in f for f in hard_flaws(fixed))


@pytest.mark.parametrize(
    ("stem", "word"),
    [
        ("Dudley Carleton returned home in 1615.", "returned home"),
        ("Dudley Carleton returned home from Venice in 1615.", None),
        ("Dudley Carleton went back home to England in 1615.", None),
    ],
)
def test_home_needs_the_place_it_came_from(stem: str, word: str | None) -> None:
    assert dangling_word(stem) == word


@pytest.mark.parametrize(
    ("stem", "year", "bounds"),
    [
        (
            "During the late eighteenth century the land was ideal for a settlement, and in _____, "
            "John Livingston established a gristmill.",
            1798,
            (1701, 1800),
        ),
        (
            "According to Lovell's gazetteer of _____, the population by the 1870s had reached 250.",
            1873,
            (1870, 1879),
        ),
        # a period the key does not lie in bounds nothing
        ("In _____, twenty years after the boom of the 1870s, the mill closed.", 1899, None),
    ],
)
def test_a_decade_or_century_the_stem_names_bounds_the_options(
    stem: str, year: int, bounds: tuple[int, int] | None
) -> None:
    low, high = stem_bounds(stem, year)
    if bounds is None:
        assert low < 1870 and high > 1900
    else:
        assert (low, high) == bounds


_SHANE = (
    "= Elizabethtown =\n\nElizabethtown is a township in Ontario. Shane's Corners was settled by "
    "a man named Lawrence Shane and his wife; Mrs. Shane kept a school there. In the late 1800s, "
    "Shane's Corners had its own cheese factory, which closed in 1925.\n"
)


def test_a_surname_s_possessive_before_a_place_noun_is_the_place_s_name() -> None:
    stem = stem_of(_SHANE, "the late 1800s")
    assert (
        stem is not None and "Shane's Corners" in stem.text and "Lawrence Shane's" not in stem.text
    )


def test_the_1800s_are_a_century() -> None:
    fact = next(f for f in doc_facts(_SHANE)[1] if f.text == "the late 1800s")
    assert fact.value == "18XX"
    texts = {o.text for o in options_of(_SHANE, fact)}
    assert "the late 1800s" in texts
    assert all(t.startswith("the late 1") and t.endswith("00s") for t in texts), texts


def test_a_town_in_latin_letters_keeps_its_accents() -> None:
    text = (
        "Lothair was defeated at Fontenay in 841 and fled to Aachen, where he gathered a new army "
        "of Franks and Saxons."
    )
    texts = {o.text for o in options_of(text, "Aachen")}
    assert texts & {"Düren", "Mönchengladbach", "Köln"}, texts
    assert not texts & {"Duren", "Monchengladbach", "Koln"}, texts


@pytest.mark.parametrize(
    ("text", "answer", "asked"),
    [
        ("According to Lovell's gazetteer of 1873, Newbliss had 250 people.", "1873", False),
        (
            "In a 2003 case, Commission v Italy, the Court of Justice struck down an Italian law.",
            "2003",
            False,
        ),
        ("In 1873, the gazetteer's author moved Newbliss's post office to Toledo.", "1873", True),
    ],
)
def test_the_year_of_a_cited_source_is_not_asked(text: str, answer: str, asked: bool) -> None:
    assert (stem_of(text, answer) is not None) == asked
