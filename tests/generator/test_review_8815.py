"""Items the blind review of seed 8815 judged bad, as families (invented snippets of the same
shape). The review's largest family, a stray "But" glued to the subject's name, and the leftover
connectives are pinned in test_review_7302.py; these pin the rest.

Review sheet: docs/reviews/2026-12-06-seed-8815.md (items 2, 4, 7, 19, 22).
"""

from __future__ import annotations

import random

import questions
from questions import distract


def test_the_township_is_the_township_the_article_is_about(stem_text) -> None:
    # items 2, 4: "the township" in the article about a township
    text = (
        "= Elkton-Kirby =\n\nElkton-Kirby is a township in eastern Ontario, Canada. In the 2021 "
        "Census, the township had a population of 9,545.\n"
    )
    made = stem_text(text, "9,545")
    assert made == "In the 2021 Census, Elkton-Kirby had a population of _____.", made


def test_an_unnamed_settlement_or_transaction_is_no_stem(stem_text) -> None:
    # items 19, 22: "the settlement", "the transaction" of another article's subject
    text = (
        "= Ann Lowe =\n\nAnn Lowe (born 1899) was a merchant. The settlement grew to 300 "
        "people by 1920.\n"
    )
    assert stem_text(text, "300") is None


def test_no_share_of_all_for_a_part() -> None:
    # item 7: 100.0% offered beside a share of 57.5%
    text = (
        "= Elkton-Kirby =\n\nElkton-Kirby is a township. English was the first language of "
        "94.0% of residents, French of 1.5% and other languages of 4.5%.\n"
    )
    doc = questions.read(text, "snippet.txt")
    facts = questions.extract(doc, questions.segment(doc))
    key = next(f for f in facts if f.text == "94.0%")
    pool = distract.Pool([f for f in facts if f.kind == "figure"])
    stem = "English was the first language of _____ of residents of Elkton-Kirby."
    for seed in range(8):
        result = distract.figures.choose(key, pool, stem, random.Random(seed))
        assert result is None or "100.0%" not in [o.text for o in result[0]]
