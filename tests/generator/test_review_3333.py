"""Review 3333 (docs/reviews/2026-12-07-seed-3333.md), drawn after review 2046's fixes: 14 of
40 acceptable, 25 worth asking.

Fixed, and pinned here:
- item 14: "Some were sent to colonize …": a quantifier standing alone as the subject ("Some",
  "Many", "Both were …") leans on the sentence before.
- item 31: "In 1514 the Ottomans raided his estates": a people after "the" is no antecedent
  of "his".
- items 15, 18: a survey's average earnings stated without its year ("is £42,090, compared
  to £26,719 in the UK") is no stem, as a census figure without its year is not.
- item 38: "in Molise has a negative connotation": a clause with no subject, copied from the
  article, is a slip of its English.
- items 21, 30: "the industry in 2014 has around …": a past year with a present tense is a
  slip of the article's English.
- item 3: "LeBoeuf Creek" states "Fort Le Boeuf": a name whose words the stem writes as one
  word is in the stem.
- (found in the SQuAD losses) "making Jacksonville the largest city in land area", "the
  practice of branding Super Bowl games": a superlative with its "in"/"of" phrase, or an "of"
  phrase of a gerund, says itself which one it means and does not dangle.
Open:
- items 2, 10, 16, 17: context only the paragraph gives ("the _____ population" of the
  Acadians, "the larger threat", "On June 21" without its year, which of Washington's
  journeys);
- item 13: "along with Petar Berislavić … he participated": a name inside a "with" phrase
  taken for the antecedent of the biography's "he";
- item 26: a site in the stem gives its town away ("Westminster Abbey" for London);
- items 9, 19, 20, 27, 32, 35, 37: place options the stem's geography or the period rules
  out (Canada among "the islands of", Alberta and Alabama for colonial America);
- item 21: a whole offered below its part the stem gives ("of which $680 billion is private");
- items 4, 5, 24, 25: the article's own English (a missing "the").
"""

from __future__ import annotations

import questions
from questions.stem import make_stem

from .snippets import doc_facts, stem_of


def _flaws(stem: str, key: str = "Molise") -> list[str]:
    options = ((key, True), ("Veneto", False), ("Toscana", False), ("Lombardia", False))
    return questions.hard_flaws(questions.Checked("place", "cloze", stem, options))


def test_a_quantifier_standing_alone_as_the_subject_dangles() -> None:
    assert _flaws("Some were sent to colonize places as diverse as _____ and the Falklands.")
    assert _flaws("Topic: Both were admirers of Strauss until they moved to _____.")
    assert not _flaws("Some settlers were sent to colonize places as diverse as _____.")


def test_a_people_after_the_is_no_antecedent_of_his() -> None:
    text = (
        "= Ivan Karlović =\n\nIvan Karlović was a Croatian nobleman.\n\nHe fought at Dubica. "
        "However, in 1514 the Ottomans raided his estates in Krbava and Lika.\n"
    )
    stem = stem_of(text, "1514")
    assert stem is None or "raided his estates" not in stem.text, stem


def test_a_title_after_the_is_still_a_person() -> None:
    text = (
        "= Moncef Bey =\n\nMoncef Bey was the ruler of Tunisia.\n\nHe reigned briefly. On 1 "
        "January 1943 the Bey named as his new Prime Minister Mohamed Chenik, who was loyal.\n"
    )
    stem = stem_of(text, "1 January 1943")
    assert stem is not None


def test_average_earnings_need_their_year() -> None:
    text = (
        "= Construction =\n\nConstruction is the process of building.\n\nThe average earning "
        "for a professional in the construction industry in the Middle East is £42,090, "
        "compared to £26,719 in the UK. In 2010 the average salary in Canada was £30,000.\n"
    )
    doc, facts = doc_facts(text)
    assert make_stem(doc, next(f for f in facts if f.text == "£26,719")) is None
    assert make_stem(doc, next(f for f in facts if f.text == "£30,000")) is not None


def test_a_clause_with_no_subject_is_a_slip() -> None:
    assert _flaws("In _____ has a negative connotation, depicted as being feared by girls.")
    assert not _flaws("In _____ are preserved several variations of an old song.")


def test_a_superlative_with_its_phrase_or_an_of_gerund_says_which() -> None:
    for stem in (
        "Jacksonville has a total area of _____, making Jacksonville the largest city in land "
        "area in the contiguous United States.",
        "On _____, the NFL announced that the practice of branding Super Bowl games with Roman "
        "numerals would be suspended.",
    ):
        assert not _flaws(stem, "874.3 square miles"), stem
    assert _flaws("The largest city was founded in _____.", "1850")


def test_a_name_written_as_one_word_in_the_stem_states_the_key() -> None:
    flaws = questions.hard_flaws(
        questions.Checked(
            "place",
            "cloze",
            "Marin constructed a second fort at _____, designed to guard the headwaters of "
            "LeBoeuf Creek.",
            (
                ("Fort Le Boeuf", True),
                ("Fort Duquesne", False),
                ("Fort Venango", False),
                ("Fort Beauséjour", False),
            ),
        )
    )
    assert "stem contains the answer 'Fort Le Boeuf'" in flaws


def test_a_past_year_with_a_present_tense_is_a_slip() -> None:
    assert _flaws("In the United States, the industry in 2014 has around _____ in revenue.", "x")
    assert not _flaws("The industry in 2014 has been worth _____ in revenue.", "x")
    assert not _flaws("Since 2014 the industry has grown in _____.", "x")
