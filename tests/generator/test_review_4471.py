"""Review 4471 (docs/reviews/2026-12-07-seed-4471.md): each family of the items marked bad.

- items 25 and 37: an article whose title names many ("Stanford University centers and
  institutes") wrote its title for "the institute", one of them: a false stem that never names
  the institute meant (the plural head names the kind of article only);
- item 23: "5,000 students in the College and around _____ students overall" is more than 5,000;
- item 22: "In _____, the hospital implemented the Civil Rights Act of 1964" is 1964 or later;
- item 21: a cut that keeps only the opening "As …" phrase and loses the main clause;
- item 36: "during _____, beginning in 1962" gives the 1960s away: no decade or century is asked
  where the stem writes a year inside it.
Open: items 12, 16, 20, 32 (a referent or an acronym the stem does not explain: "on campus",
"the sororities", "CIGR"), 19 and 29 (a name the subject shares with his father), 4, 24, 28
(options the stem's own numbers rule out: a part above a whole of another noun, a share found
by subtraction), 27, 30, 35 (options common
knowledge rules out), 34 (a worked example's number: other numbers work as well). Item 39 (an
aside after a dash kept in a question) is pinned in test_stems.py.
"""

from __future__ import annotations

import random

import questions
from questions.distract import dates, figure_bounds
from questions.distract.common import Pool
from questions.docmodel import model

CENTERS = (
    "= Stanford University centers and institutes =\n\nStanford University has many centers "
    "and institutes dedicated to the study of various specific topics.\n\n"
    "The Freeman Spogli Institute is the university's hub for international research. The "
    "institute was founded in 1987 following a faculty committee review.\n"
)


def test_a_title_that_names_many_is_not_what_the_noun_means(stem_text) -> None:
    made = stem_text(CENTERS, "1987")
    assert made is None or "centers and institutes was" not in made, made


def test_a_plural_title_still_names_the_kind_of_article() -> None:
    text = "= Greco-Persian Wars =\n\nThe Greco-Persian Wars were a series of conflicts.\n"
    dm = model(questions.read(text, "t.txt"))
    assert dm.kind == "event" and not dm.nouns


def test_a_whole_is_more_than_a_part_the_stem_states() -> None:
    text = (
        "= University of Chicago =\n\nThe University of Chicago is a university.\n\nThe "
        "University of Chicago enrolls approximately 5,000 students in the College and around "
        "15,000 students overall.\n"
    )
    doc = questions.read(text, "s.txt")
    key = next(f for f in questions.extract(doc, questions.segment(doc)) if "15,000" in f.text)
    assert figure_bounds.limits(key).least > 5000


def test_what_a_dated_law_brought_about_comes_no_earlier() -> None:
    stem = "In _____, the hospital joined others in implementing the Civil Rights Act of 1964."
    assert dates.stem_bounds(stem, 1965)[0] == 1964


def test_a_cut_that_keeps_only_an_opening_phrase_is_no_stem(stem_text) -> None:
    text = (
        "= Charles Snyder =\n\nCharles Snyder (1879 – 1964) was an admiral.\n\nThe Navy named "
        "a board. As but one of 24 inspection authorities concerned with Navy procurement and "
        "administration of activities ashore, he was instructed to keep the organization small.\n"
    )
    made = stem_text(text, "24")
    assert made is None or "he was instructed" in made or "Snyder was instructed" in made, made


def test_a_decade_is_not_asked_beside_a_year_inside_it() -> None:
    text = (
        "= University of Chicago =\n\nThe University of Chicago is a university. It grew in "
        "the 1920s and the 1940s and the 1980s.\n\nThe university saw student unrest during "
        "the 1960s, beginning in 1962, when students occupied an office.\n"
    )
    doc = questions.read(text, "s.txt")
    facts = questions.extract(doc, questions.segment(doc))
    key = next(f for f in facts if f.text == "the 1960s")
    pool = Pool([f for f in facts if f.kind == "date"])
    stem = "The university saw student unrest during _____, beginning in 1962."
    assert dates.choose(key, pool, stem, random.Random(7)) is None
    assert dates.choose(
        key, pool, "The university saw student unrest during _____.", random.Random(7)
    )
