"""Review 4782 (docs/reviews/2026-12-07-seed-4782.md): the families of the items marked bad.

Fixed, and pinned here and in test_lint.py:
- item 14: "The _____ thinkers shared boundless respect for each other": "each other" says two.
Open: items 4, 11, 19, 23, 40 (context only the paragraph gives: "the embargo" in a stem with no
topic because the article's own sentence names no crisis, "the new SAIL", "the African
invasion", "Much"), item 7 ("before _____" for a state that held throughout the time before:
every earlier century is true as well), items 3, 18, 25, 32 (the stem gives the answer away or
rules options out: "the Tswana people of _____", "General Motors, Ford and Chrysler … for
domestic sales", Switzerland among "the nine members of the EEC"), items 6, 33, 39 (options of
another era or kind: Belize in 1937, Palestine the Texas town read as the region, the Paris
region's new towns), and "worth asking" (days of postings, birth days with every option in
the same year; the month step since then spreads a day's options over several months).
"""

from __future__ import annotations

from questions.lint import Checked, hard_flaws


def test_each_other_says_two() -> None:
    stem = "The _____ thinkers shared boundless philosophical respect for each other."
    checked = Checked(
        "figure", "cloze", stem, (("two", True), ("three", False), ("four", False), ("five", False))
    )
    assert "'between' gives the count" in hard_flaws(checked)
