"""Reviews 5381 and 6992 (docs/reviews/2026-12-08-seed-5381.md and -6992.md), drawn on the
round's last code: 26 and 23 of 40 acceptable, 22 and 20 worth asking.

Fixed after them, and pinned here:
- 6992 item 40: ". _____ prior to this, Jacksonville was inundated" began a sentence with the
  lower-case "four years": a lower-case answer that would open a sentence is a hard flaw;
- 6992 item 29: Germany and Italy offered as powers in 1763: a power is offered only for the
  years it was a state, and never the country the article is set in;
- 6992 item 8: "the college" written out as "the President and Fellows of Harvard College" (a
  stem made false): a board named for what it governs is no name of that noun.
Open:
- 6992 item 11: Italy among the countries Mussolini declared war on (his article names too many
  countries for one to be its home);
- 6992 items 2, 4, 28 and 38, 5381 items 17 and 24: dates or figures the story rules out
  (before the crisis that halted a building, before the Republic of Salò, before the invasion
  of Poland, before the arrest the stem names; 4 metres an hour above the next generation's 3.5);
- 6992 items 6, 19, 29 and 35, 5381 items 28 and 38: places a learner rules out ("Arab" for the
  Middle East, suburbs of Miami as true, Kentucky beside Florida, Iceland as a British prison);
- 5381 items 7, 8, 18, 21, 32, 39 and 6992 items 10, 21, 27, 30, 34: context only the paragraph
  gives ("their power", "Two ships", "thus", "For his safety", "affiliated" with what);
- 5381 items 3, 10 and 32: the article's own English ("presided the meeting", "the Djemal
  Pasha");
- 5381 items 6 and 23: another count or year is defensible.
"""

from __future__ import annotations

from questions.distract.place_affairs import power_then
from questions.lint import Checked, hard_flaws
from questions.short_forms import index, written_out


def test_a_lower_case_answer_does_not_open_a_sentence() -> None:
    options = (
        ("four years", True),
        ("two years", False),
        ("three years", False),
        ("five years", False),
    )
    stem = "Storm Fay darkened the city for four days. _____ prior to this, the city was inundated."
    assert any("lower-case" in f for f in hard_flaws(Checked("figure", "cloze", stem, options)))
    mid = "Storm Fay darkened the city for four days, and _____ before, it was inundated."
    assert not any("lower-case" in f for f in hard_flaws(Checked("figure", "cloze", mid, options)))


def test_a_power_is_offered_for_the_years_it_was_a_state() -> None:
    assert not power_then("DE", [1763], "")
    assert not power_then("IT", [1763], "")
    assert power_then("DE", [1914], "")
    assert power_then("FR", [1763], "")
    assert not power_then("FR", [1763], "FR")  # the article's own country


def test_a_board_is_no_name_of_what_it_governs() -> None:
    text = (
        "Harvard is governed by the President and Fellows of Harvard College. After the war, "
        "Eliot's tenure transformed the college into a research university."
    )
    at = text.index("After")
    edits, _ = written_out(index(text), text[at:], at, frozenset())
    assert not any("Fellows" in new for _, _, new in edits), edits
