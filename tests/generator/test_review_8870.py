"""Review 8870 (docs/reviews/2026-12-08-seed-8870.md): 29 of 40 acceptable, 15 worth asking.

Fixed, and pinned here:
- item 4: "When did … Lacassagne already distinguish …?": "already" leans on another time and
  leaves the question;
- item 28: an SAT score band ("was 1420–1530") was read as a span of years: a number a score
  or a test names before it is no year;
- item 33: "After the Maine conquest" in a French lord's life offered US states: a state of
  another country than the article's, where the article names nothing else there, is a
  namesake and gets no options; and a site the gazetteer cannot place takes none from abroad.
Open:
- items 6, 29, 30 and 39: context only the paragraph gives (which quarrel, "his master", "the
  contract", which ranking);
- item 15: "assessed whatever" (whether), the article's own slip;
- item 17: 47 is above the old MCAT maximum;
- items 21 and 38: a family (Laval) and a province (Poitou) among towns;
- worth asking: 25 of 40 judged trivia.
"""

from __future__ import annotations

import random

from questions import distract
from questions.distract import places

from .snippets import doc_facts, stem_of


def test_already_leaves_the_question() -> None:
    text = (
        "Thus, in 1899, criminologist Alexandre Lacassagne already distinguished various "
        "categories of sadists in his book."
    )
    stem = stem_of(text, "1899")
    assert stem is not None and "already" not in stem.text, stem


def test_a_score_band_is_no_span_of_years() -> None:
    text = (
        "The middle 50% band of SAT scores for the class of 2015, excluding the writing section, "
        "was 1420–1530, and the average MCAT score in 2011 was 36."
    )
    kinds = {f.text: f.kind for f in doc_facts(text)[1]}
    assert kinds["1420–1530"] == "figure"
    assert kinds["2015"] == "date" and kinds["2011"] == "date"


def test_a_foreign_state_of_the_same_name_gets_no_options() -> None:
    text = (
        "= Gilles =\n\nGilles was a lord of Brittany in France. He fought at Orléans in France in "
        "1429 and at Lagny in France in 1432. After the Maine conquest, the House of Lancaster "
        "threatened the borders of Anjou in France. He served the king of France and died at "
        "Nantes in France in 1440.\n"
    )
    doc, facts = doc_facts(text)
    maine = next(f for f in facts if f.text == "Maine")
    pool = distract.Pool(
        [f for f in facts if f.kind == "place"], (), distract.Aliases(doc.text, doc.title)
    )
    assert pool.home == "France"
    stem = "After the _____ conquest, the House of Lancaster threatened the borders of Anjou."
    assert places.choose(maine, pool, stem, random.Random(1)) is None
