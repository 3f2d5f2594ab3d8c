"""Review 3917 (docs/reviews/2026-12-07-seed-3917.md), drawn after review 6731's fixes: 17 of
40 acceptable, 19 worth asking.

Fixed, and pinned here:
- items 7 and 22: "Shah Mir" written as "Shah Javed Ahmed Mir": a title and a surname the
  article writes again and again, never before the surname's full name, name someone else;
- items 16 and 32: "In the same Census of 1901" leans back (the same as which?), and a share
  the stem's own counts make ("1,157,394, of which … 1,083,766, or _____") is given;
- item 27: "_____ supplements to Rajatarangini were written by Jonaraja, Srivara, and …": the
  names give the count;
- item 35: "the election of _____" beside a President takes election years (1952, 1956, 1964);
- item 19 (and review 8421's item 20, review 6731's item 8): no option lies far from the key
  while the others huddle by it ("early 1941" beside 1947 and 1949).
Open:
- items 4 and 10: counts given by "article 85 … and article 86" and by the tiers a model lists;
- items 2, 9, 17, 18, 28 and 33: options ruled out by what learners know (states that did
  not exist in 1947, countries as "regions", "early 1941" before the UN, a US election in June);
- items 8, 24 and 29: context the paragraph gives ("the conversion", the mission, "LOC");
- item 3: a share far from what the stem's other share allows (Hindus at 4%);
- items 1 and 20: an option the article makes true elsewhere ("five centuries", the date the
  decision was announced);
- item 37: the article's own sentence ("Costa v ENEL, a Milanese lawyer").
"""

from __future__ import annotations

import pytest

import questions
from questions.counts_given import given_by_the_stem

from .snippets import dangling_word, doc_facts, options_of, stem_of

KASHMIR = (
    "= History of Kashmir =\n\nThe history of Kashmir is long. In 1339, Shah Mir became the "
    "first Muslim ruler of Kashmir, inaugurating the Shah Mir dynasty.\n\nIn 1989, the militant "
    "Javed Ahmed Mir led a group. Javed Ahmed Mir was arrested in 1990.\n"
)


def test_a_title_and_a_surname_can_be_a_name_of_their_own() -> None:
    stem = stem_of(KASHMIR, "1339")
    assert stem is not None
    assert stem.text.startswith("When did Shah Mir become")


@pytest.mark.parametrize(
    ("stem", "dangles"),
    [
        (
            "In the same Census of 1901, the population of the valley was 1,157,394.",
            "the same Census",
        ),
        ("In the Census of 1901, the population of the valley was 1,157,394.", None),
    ],
)
def test_the_same_before_a_name(stem: str, dangles: str | None) -> None:
    assert dangling_word(stem) == dangles


@pytest.mark.parametrize(
    ("stem", "answer", "flaw"),
    [
        (
            "In the Census of 1901, the total population was 1,157,394, of which the Muslim "
            "population was 1,083,766, or _____ of the population.",
            "93.6%",
            "the stem's numbers give the answer",
        ),
        (
            "In Kashmir, _____ supplements to Rajatarangini were written by Jonaraja, Srivara, "
            "and Prajyabhatta and Suka, which end with Akbar's conquest.",
            "three",
            "stem lists what the blank describes",
        ),
    ],
)
def test_counts_and_shares_the_stem_gives(stem: str, answer: str, flaw: str) -> None:
    assert flaw in given_by_the_stem(stem, answer)


def test_a_share_the_stem_s_counts_do_not_make_is_not_given() -> None:
    stem = "In 1941, Muslims were _____ of the 2,000,000 people of the valley."
    assert given_by_the_stem(stem, "93.6%") == []


def test_a_presidential_election_s_year_takes_election_years() -> None:
    text = (
        "= Apollo program =\n\nThe Apollo program was a space program of the United States. Up "
        "to the election of 1960, Kennedy had been speaking out against the missile gap left by "
        "President Dwight D. Eisenhower. NASA was founded in 1958, and Apollo 11 landed in 1969. "
        "The program ended in 1972.\n"
    )
    options = options_of(text, "1960")
    assert all((int(o.text) - 1960) % 4 == 0 for o in options), options


def test_no_option_lies_far_off_while_the_others_huddle_by_the_key() -> None:
    text = (
        "= Bindy Johal =\n\nBindy Johal (1971 – 1998) was a Canadian gangster. Johal was born in "
        "1971 in Punjab, India. He moved to Vancouver in 1975 and was killed in 1998.\n\nIn 1989 "
        "a new gang formed in the city.\n"
    )
    options = options_of(text, next_fact(text, "1971"))
    gaps = sorted(abs(int(o.text) - 1971) for o in options if not o.correct)
    assert not (gaps[2] >= 5 and gaps[2] > 3 * max(gaps[1], 1)), options


def next_fact(text: str, answer: str) -> questions.Fact:
    """The fact `answer` of the snippet's text (not of its infobox or asides)."""
    _, facts = doc_facts(text)
    return next(f for f in facts if f.text == answer and "born in" in f.sentence.text)
