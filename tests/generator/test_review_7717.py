"""Items the blind review of seed 7717 judged bad, as families (invented snippets of the same
shape). Families not fixed yet are pinned as strict expected failures: each turns into a pass
(and must lose its mark) when its fix lands.

Review sheet: docs/reviews/2026-12-07-seed-7717.md (items 4, 6, 15, 18, 23, 25, 27, 39).
"""

from __future__ import annotations

import pytest

import questions
from questions.dangling import ANAPHOR
from questions.distract.date_bounds import stem_bounds


def _items(text: str) -> list[questions.Item]:
    return list(questions.generate([questions.Source("s.txt", text)]).items)


def test_a_small_territory_gets_options_of_its_size() -> None:
    # items 27, 39: "the lieutenant governor of _____": Jersey against France, Germany, Russia
    text = (
        "= Government House, Saint Helier =\n\nGovernment House is a house in Saint Helier.\n\n"
        "Government House is the official residence of the lieutenant governor of Jersey since "
        "1822.\n"
    )
    item = next(i for i in _items(text) if i.answer == "Jersey")
    wrong = {o.text for o in item.options if not o.correct}
    assert not wrong & {"France", "Germany", "Russia", "United Kingdom"}, wrong


def test_a_first_millennium_year_in_the_stem_bounds_the_options() -> None:
    # item 6: "married Ermengarde of Tours in 821, who died in _____" with 795 and 796 offered
    assert stem_bounds("Lothair married Ermengarde of Tours in 821, who died in _____.", 851) == (
        821,
        10**6,
    )


def test_a_leftover_inversely_is_dropped(stem_text) -> None:
    # item 25: "Inversely, _____ of students … did not pass"
    text = (
        "= Tomball High School =\n\nTomball High School is a school in Texas.\n\n68% of its "
        "students passed an AP exam in 2020. Inversely, 32% of its students did not pass any AP "
        "exam in 2020.\n"
    )
    made = stem_text(text, "32%")
    assert made is None or not made.startswith("Inversely"), made


def test_his_after_a_country_or_a_body_dangles() -> None:
    # item 15: "Pakistan Postal Services also issued a stamp in his honour"
    assert ANAPHOR.search("Pakistan Postal Services issued a stamp in his honour in 1990.")
    assert ANAPHOR.search("In 1990 Pakistan honoured him with a stamp.")
    assert ANAPHOR.search("Edison sold his patent in 1880.") is None  # a surname and a town


@pytest.mark.xfail(strict=True, reason="review 7717 item 23: a named concept's number is varied")
def test_a_number_inside_a_named_concept_is_not_varied() -> None:
    text = (
        "= Syed Ahmad Khan =\n\nSyed Ahmad Khan (born 1817) was a reformer. He is widely "
        "credited as the father of the two-nation theory, which formed the basis of the "
        "Pakistan movement.\n"
    )
    assert not [i for i in _items(text) if i.answer == "two-nation"]


@pytest.mark.xfail(strict=True, reason="review 7717 item 4: banknotes come in fixed denominations")
def test_a_banknote_gets_denominations_as_options() -> None:
    text = (
        "= Government House, Saint Helier =\n\nGovernment House is a house in Saint Helier. Its "
        "guardhouse cost £215 in 1822.\n\nThe 1989 issue of a £50 Jersey banknote showed an image "
        "of Government House on the reverse.\n"
    )
    item = next(i for i in _items(text) if i.answer == "£50")
    assert {o.text for o in item.options} <= {"£1", "£5", "£10", "£20", "£50", "£100"}


def test_a_word_pair_written_twice_is_the_articles_slip() -> None:
    # item 18: "an Urdu-language biographical film, that is based on based on the life of Khan"
    from questions.lint import Checked, hard_flaws

    options = (("2024", True), ("1997", False), ("1998", False), ("2017", False))
    doubled = "Messiah, a film that is based on based on the life of Khan, was released in _____."
    assert any("slip" in f for f in hard_flaws(Checked("date", "cloze", doubled, options)))
    clean = "Messiah, a film that is based on the life of Khan, was released in _____."
    assert not hard_flaws(Checked("date", "cloze", clean, options))
