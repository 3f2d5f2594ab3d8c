"""Review 4410 (docs/reviews/2026-12-07-seed-4410.md): the families of the items marked bad.

Fixed, and pinned here:
- item 33: "an annual fair was held in Chandwar on October 2" got a year from the narrative
  (", 2011"): a yearly event's day gets no year.
- items 8, 9, 18: a year the stem gives a few years before or after the key's sets the scale of
  the options ("enrolled in 1912, graduating in _____": no 1930; Nehru in 1937 and Bose in
  _____: no 1970), and the years next to the key fill a window the seeded shifts overstep.
- item 5: "_____ state of Nevada" with the key "the US": an abbreviation before a noun is an
  adjective, no place to choose.
- items 6, 32: a share takes the article's shares within twice it only (a 19% Scheduled Caste
  share is no literacy rate beside 74.6%).
- found beside them: a share and its complement give each other ("66.6% rural and _____
  urban").
- items 8, 18, 27: the article's missing words ("visited Firozabad 1929 followed by", "At the
  end of 18th century") are slips not copied.
Open:
- item 2: Paris's options are new towns beside it that did not exist in 1933;
- item 7: "two dichotomies …, namely A and B": the count of a list joined by "namely";
- item 12: "for a year, and then … in 1970" gives 1969;
- items 15, 38: countries of the wrong kind (no peerage) or size (Turkey beside Kuwait);
- item 19: "Ninja of Heisei" gives Japan away;
- items 21, 23, 28: "before the 19th century" of a state, "the sum of six primes" (at most),
  a 15th-century movement whose writer wrote in the 16th;
- items 10, 17, 31: "Lord Shelburne" (which?), "the discourse", "her".
"""

from __future__ import annotations

import random

import questions
from questions.distract import Pool, dates, figures
from questions.distract.place_stems import settled
from questions.lint import Checked, hard_flaws


def _items(text: str) -> list[questions.Item]:
    return list(questions.generate([questions.Source("s.txt", text)], seed=7).items)


def _facts(text: str, kind: str) -> list[questions.Fact]:
    doc = questions.read(text, "s.txt")
    return [f for f in questions.extract(doc, questions.segment(doc)) if f.kind == kind]


def test_a_yearly_event_s_day_gets_no_year() -> None:
    text = (
        "= Firozabad =\n\nFirozabad is a district of India.\n\nThe census was taken in 2011. "
        "An annual fair is held in Chandwar on October 2. The old fort fell on March 4.\n"
    )
    stems = [i.stem.text for i in _items(text) if i.answer == "October 2"]
    assert stems, [i.stem.text for i in _items(text)]
    assert all("2011" not in s for s in stems), stems


def _options(text: str, key: str, stem: str) -> set[str]:
    facts = _facts(text, "date")
    fact = next(f for f in facts if f.text == key)
    result = dates.choose(fact, Pool(facts), stem, random.Random(3))
    assert result is not None, stem
    return {o.text for o in result[0] if not o.correct}


def test_a_near_year_in_the_stem_sets_the_options_scale() -> None:
    text = (
        "= Leo Strauss =\n\nLeo Strauss (1899–1973) was a philosopher.\n\nStrauss was enrolled "
        "at the Gymnasium Philippinum in 1912, graduating in 1917. He received his doctorate in "
        "1921. He moved to Paris in 1932 and to England in 1934.\n"
    )
    stem = "Leo Strauss was enrolled at the Gymnasium Philippinum in 1912, graduating in _____."
    for year in map(int, _options(text, "1917", stem)):
        assert 1912 < year <= 1917 + 2 * 5, year
    text = (
        "= Firozabad =\n\nFirozabad is a district.\n\nGandhi visited Firozabad in 1929, "
        "followed by Nehru in 1937 and Bose in 1940.\n"
    )
    stem = "Gandhi visited Firozabad in 1929, followed by Nehru in 1937 and Bose in _____."
    for year in map(int, _options(text, "1940", stem)):
        assert 1937 < year <= 1946, year


def test_an_abbreviation_before_a_noun_is_an_adjective() -> None:
    stem = "The district's people are roughly as many as the nation of Kuwait or _____ state of Nevada."
    assert settled(stem, "US")
    assert not settled("He moved to the _____ in 1990.", "US")


def test_a_share_takes_the_article_s_shares_within_twice_it() -> None:
    text = (
        "= Firozabad =\n\nFirozabad is a district.\n\nFirozabad has a literacy rate of 74.6%. "
        "Scheduled Castes make up 18.97% of the population. The decadal growth rate was 21.62%. "
        "The urban share is 33.35%.\n"
    )
    facts = [f for f in _facts(text, "figure") if f.text.endswith("%")]
    fact = next(f for f in facts if f.text == "74.6%")
    stem = "Firozabad has a literacy rate of _____."
    result = figures.choose(fact, Pool(facts), stem, random.Random(1))
    assert result is not None
    wrong = {o.text for o in result[0] if not o.correct}
    assert not wrong & {"19.0%", "21.6%", "33.4%", "18.97%", "21.62%", "33.35%"}, wrong


def test_words_the_article_left_out_are_slips() -> None:
    def flaws(stem: str, answer: str) -> list[str]:
        options = ((answer, True), ("1921", False), ("1925", False), ("1933", False))
        return hard_flaws(Checked("date", "cloze", stem, options))

    assert flaws("Gandhi visited Firozabad _____ followed by Nehru in 1937.", "1929")
    assert not flaws("Gandhi visited Firozabad in _____, followed by Nehru in 1937.", "1929")
    assert flaws(
        "At the end of _____ Firozabad was ruled by Himmat Bahadur Gusain.", "18th century"
    )
    assert not flaws(
        "At the end of the _____ Firozabad was ruled by Himmat Bahadur Gusain.", "18th century"
    )


def test_a_share_and_its_complement_give_each_other() -> None:
    # found beside items 6 and 32: "66.6% … rural and _____ urban" is 33.4% by subtraction
    stem = "Firozabad is rural, with 66.6% living in rural areas and _____ living in urban areas."
    options = (("33.4%", True), ("19.0%", False), ("21.6%", False), ("50.1%", False))
    assert "the stem's numbers give the answer" in hard_flaws(
        Checked("figure", "cloze", stem, options)
    )
    options = (("30.2%", True), ("19.0%", False), ("21.6%", False), ("50.1%", False))
    assert not hard_flaws(Checked("figure", "cloze", stem, options))
