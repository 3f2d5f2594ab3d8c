"""Review 2222 (docs/reviews/2026-12-07-seed-2222.md), drawn after review 3579's fixes: 24 of
40 acceptable, 21 worth asking.

Fixed, and pinned here:
- item 7: "When was Henry M. Nevius retired when he elected the Commander-in-Chief …?": a
  clause opened by "when" right after the date leaves the question ("When did Henry M. Nevius
  retire?");
- item 11: Belize offered for a move in 1937: the name is the state's since 1973 (British
  Honduras before);
- item 4: "The United Nations gang in _____ although …": ", and" after three members or more
  without a verb ends a list, whatever their articles, and opens no clause;
- item 27 (fixed after review 4396): "Henry Martin Henry M. Nevius": a lone surname right after
  a capital inside the sentence goes with that name and is not written in full.
Open:
- item 13: two brothers of one surname (Jimmy and Ron Dosanjh) where the stem names the wrong
  one;
- items 6, 15, 28: the article's own run-ons and garbles;
- items 8, 14, 21, 24, 36, 37: options ruled out by the stem or by what learners know (a Jatt
  Sikh family in Tripura, a Civil War regiment in 1866, decades before a birth the infobox
  does not give);
- worth asking: 19 of 40 judged trivia.
"""

from __future__ import annotations

from questions.clauses import trim_before
from questions.distract.eras import named_then
from questions.wh import when_question

from .snippets import stem_of


def test_a_when_clause_after_the_date_leaves_the_question() -> None:
    text = "Henry M. Nevius retired in October 1908 when he was elected the Commander-in-Chief."
    a = text.index("October 1908")
    assert when_question(text, a, a + len("October 1908")) == "When did Henry M. Nevius retire?"


def test_belize_is_no_option_before_1973() -> None:
    assert not named_then("Belize", [1937])
    assert named_then("Belize", [1981])


def test_and_after_three_verbless_members_ends_a_list() -> None:
    text = (
        "They have been linked to the Independent Soldiers (IS), Red Scorpions, Lotus Triads, "
        "Hells Angels, and the United Nations (UN) gang in Canada although some are mafia."
    )
    a = text.index("Canada")
    assert trim_before(text, a, a + 6)[0] == text
    clause = "Britain sent funds to its ally, Prussia, and the French Navy failed at Lagos."
    a = clause.index("Lagos")
    assert trim_before(clause, a, a + 5)[0] == "The French Navy failed at Lagos."


def test_a_surname_after_a_capital_inside_the_sentence_is_left_as_written() -> None:
    text = (
        "= Henry M. Nevius =\n\nInfobox\n- Born: Henry Martin Nevius\n- Died: January 28, "
        "1911\n\nHenry M. Nevius was an American soldier and politician. Henry Martin Nevius "
        "was born on January 30, 1841, in Freehold Township, New Jersey. Nevius enlisted in "
        "1861.\n"
    )
    stem = stem_of(text, "1861")
    assert stem is not None and "Henry M. Nevius" in stem.text  # a lone surname: in full
    born = stem_of(text, "Freehold Township")
    assert born is not None and "Henry Martin Nevius was born" in born.text
