"""Review 7913 (docs/reviews/2026-12-07-seed-7913.md), drawn after review 6802's fixes: 21 of
40 acceptable, 16 worth asking.

Fixed, and pinned here:
- item 35: "near Fort Stevens in _____, D.C." offered states for Washington: the blank is part
  of a name that goes on.
Open:
- items 1, 4, 30, 33, 34: the stem rules options out (a population ten times smaller than
  Iraq's, "the Levant" against African regions, "in Italy" for Southern Europe);
- items 4, 13, 17, 18, 31: context only the paragraph gives ("The manufacturers had already",
  "Murray's widow", "the recent");
- items 8, 9, 26, 31: options the subject rules out (Homo erectus in North America, a sex ratio
  of 325, a "two-age system", tools older than any known);
- items 5, 8, 39: a distractor the article also supports;
- items 7, 12, 13, 18, 22, 24, 30, 34: the article's own English;
- worth asking: 24 of 40 judged trivia, and four groups of items from one sentence.
"""

from __future__ import annotations

import questions


def test_washington_d_c_is_no_blank() -> None:
    stem = "Royal E. Ingersoll was born in _____, D.C., on 20 June 1883."
    options = (("Washington", True), ("Idaho", False), ("Nevada", False), ("Utah", False))
    flaws = questions.hard_flaws(questions.Checked("place", "cloze", stem, options))
    assert "the blank is part of a name that goes on" in flaws
    plain = stem.replace(", D.C.,", ",")
    assert "the blank is part of a name that goes on" not in questions.hard_flaws(
        questions.Checked("place", "cloze", plain, options)
    )
