"""Review 8181 (docs/reviews/2026-12-07-seed-8181.md), drawn after review 7070's fixes: 22 of
40 acceptable, 18 worth asking.

Fixed, and pinned here:
- item 29: "grants totaling $414 million …; $340 million …, _____ …, and $39 million": a total
  and all its other parts give the blank by subtraction (amounts of money and scaled numbers).
- item 15: "The University's undergraduate program" in Harvard's article is Harvard
  University's: the subject's own noun, capitalised, stands for it as in lower case.
- item 14: "Walter Camp would instead support …": "instead" leans on the sentence before,
  unless the negation it replaces stands before it in the stem.
- item 8: "Among the dozens of cat mummies were …": a quantity's noun after "of" is the noun
  the sentence before wrote, and that sentence is quoted too (or no stem is written).
- item 12: "segregated at Radcliffe" offered Manchester and Tyldesley: a name the article
  writes before "College" or "Institute" twice, whose only towns lie abroad, is that body.
Open:
- items 10, 13, 19, 20, 31, 36: context only the paragraph gives ("the tomb", "soon
  relocated", "the invitation", "The AAUW study, however");
- item 23: Memphis read as Memphis, Tennessee (a historical town's namesake);
- item 37: "more than double" 22% bounds the key from below;
- items 6, 7, 32: options arguably true of most countries;
- item 11: the article contradicts itself (Topeka or Houston).
"""

from __future__ import annotations

import questions
from questions.dangling import ANAPHOR

from .snippets import doc_facts, stem_of


def test_a_total_and_its_other_parts_give_the_blank() -> None:
    stem = (
        "In 2009, Harvard offered grants totaling $414 million across all eleven divisions; "
        "$340 million came from institutional funds, _____ from federal support, and $39 "
        "million from other outside support."
    )
    options = (("$35 million", True), ("$28 million", False), ("$46 million", False))
    flaws = questions.hard_flaws(
        questions.Checked("figure", "cloze", stem, (*options, ("$52 million", False)))
    )
    assert "the stem's numbers give the answer" in flaws


def test_the_subject_s_noun_capitalised_stands_for_it() -> None:
    text = (
        "= Harvard University =\n\nHarvard University is a private university in Cambridge.\n\n"
        "The University's undergraduate program has been continuously among the top two in the "
        "rankings.\n"
    )
    stem = stem_of(text, "two")
    assert stem is not None
    assert stem.text.startswith("Harvard University's undergraduate program"), stem.text


def test_instead_leans_on_the_sentence_before_unless_its_negation_is_in_the_stem() -> None:
    assert ANAPHOR.search("Walter Camp would instead support new rules for the 1906 season.")
    assert not ANAPHOR.search(
        "The buildings should not reinterpret past forms but should instead reflect new ideas."
    )
    assert not ANAPHOR.search("Camp chose to walk instead of riding in 1906.")
    assert not ANAPHOR.search(
        "The UK vetoed the Social Charter in 1992 - instead, an Agreement was added as a protocol."
    )


def test_a_quantity_s_noun_borrows_the_sentence_that_wrote_it() -> None:
    text = (
        "= Saqqara =\n\nSaqqara is a vast burial ground in Egypt.\n\nIn November 2018, a "
        "mission found dozens of cat mummies in seven tombs at Saqqara. Among the dozens of cat "
        "mummies were 100 wooden statues of cats.\n"
    )
    stem = stem_of(text, "100")
    assert stem is None or "a mission found dozens of cat mummies" in stem.text, stem


def test_a_college_s_name_whose_towns_lie_abroad_is_no_place() -> None:
    text = (
        "= Harvard University =\n\nHarvard University is a private university in Cambridge, "
        "Massachusetts, United States.\n\nRadcliffe College was founded for women. The "
        "Radcliffe Institute for Advanced Study followed. Radcliffe College merged with "
        "Harvard. Women remained segregated at Radcliffe, though more took Harvard classes in "
        "Boston.\n"
    )
    _, facts = doc_facts(text)
    assert "Radcliffe" not in {f.text for f in facts if f.kind == "place"}
    assert "Boston" in {f.text for f in facts if f.kind == "place"}
