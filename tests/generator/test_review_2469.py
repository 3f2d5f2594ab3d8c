"""Review 2469 (docs/reviews/2026-12-07-seed-2469.md), drawn after the clause, town and "took
over" changes: 18 of 40 acceptable, 19 worth asking.

Fixed, and pinned here:
- item 3: "SAARC in _____ … with the other South Asian countries" (Asia): an adjective made
  from the key's name gives it away ("Asian", "Italian", "Sicilian", "Ethiopian");
- items 19 and 26: "angioplasty in United Kingdom", "held in Republic of Korea": a country
  that takes "the" written without it is the article's slip, not copied into a stem;
- item 20: "When was Zia-ul-Haq killed but Islamization remains …?": a clause after "but"
  leaves the question;
- item 25: "_____ associated centres namely FTK- Centre for Information Technology, Centre for
  Theoretical Physics and Centre for Nanoscience …": the named members give the count;
- item 30: "additional _____ countries taking the total … from 49 to 96": the span gives it;
- item 2: "many in the _____" (the West) among regions: a bloc named by its direction alone
  has no options of its form.
Open:
- items 7 and 28: "in the nation", "Corn production": the country only the article names (a
  rule on "the nation" refused true sentences that name the country before it);
- items 8, 9, 14, 17, 29, 31, 32: the article's own slips (a miscount, a tense, an agreement,
  missing articles, a misspelling, a stray comma) that no rule detects safely;
- items 11 and 13: acronyms the stem does not expand ("FIS", "HT") and a key written "The US"
  among bare names;
- items 1, 22, 33, 37: options ruled out by what learners know (an Indian university ranked
  in Europe, Israel as Saddam's country);
- worth asking: 21 of 40 judged trivia (counts of departments and edicts, intervals).
"""

from __future__ import annotations

import pytest

import questions
from questions.counts_given import given_by_the_stem
from questions.distract.place_stems import people_of
from questions.lint import Checked, hard_flaws

from .snippets import stem_of


@pytest.mark.parametrize(
    ("stem", "key", "given"),
    [
        ("He introduced SAARC in _____ with the other South Asian countries.", "Asia", True),
        (
            "Benito Mussolini ruled German-occupied north _____ and the Italian Social Republic.",
            "Italy",
            True,
        ),
        ("In 1936, _____ was conquered in the Second Italo-Ethiopian War.", "Ethiopia", True),
        ("German troops entered _____ in 1940.", "Germany", True),
        ("Iron came across the _____ to Sub-Saharan Africa.", "Sahara", True),
        ("German troops entered _____ in 1940.", "France", False),
        ("The Indiana militia marched to _____.", "India", False),
    ],
)
def test_an_adjective_of_the_keys_name_gives_it_away(stem: str, key: str, given: bool) -> None:
    assert people_of(stem, key) is given


@pytest.mark.parametrize(
    ("stem", "answer", "slip"),
    [
        ("Birendra had undergone angioplasty in _____ as per reports.", "United Kingdom", True),
        ("The recent one was held in Republic of Korea in _____.", "2019", True),
        ("Japan kept apart from United States foreign policy in _____.", "1973", False),
        ("The conference was held in the United Kingdom in _____.", "2019", False),
        (
            "Birendra had undergone angioplasty in the _____ as per reports.",
            "United Kingdom",
            False,
        ),
    ],
)
def test_a_country_that_takes_the_written_without_it_is_a_slip(
    stem: str, answer: str, slip: bool
) -> None:
    wrong = ("France", "Germany", "Spain") if answer[0].isalpha() else ("2015", "2016", "2017")
    kind = "place" if answer[0].isalpha() else "date"
    options = ((answer, True), *((w, False) for w in wrong))
    flaws = hard_flaws(Checked(kind, "cloze", stem, options))
    assert any("slip" in f for f in flaws) is slip, flaws


def test_a_clause_after_but_leaves_the_question() -> None:
    text = (
        "Islamism\n\nIslamism is a political movement. Zia-ul-Haq was killed in 1988 but "
        "Islamization remains an important element in Pakistani society.\n"
    )
    stem = stem_of(text, "1988")
    assert stem is not None
    assert stem.text.endswith("When was Zia-ul-Haq killed?"), stem.text


@pytest.mark.parametrize(
    ("stem", "answer"),
    [
        (
            "There are _____ associated centres namely FTK- Centre for Information Technology, "
            "Centre for Theoretical Physics and Centre for Nanoscience and Nanotechnology.",
            "three",
        ),
        (
            "Charles VII entrusted the wings of his army to his _____ marshals, Jean de Boussac "
            "and Gilles de Rais.",
            "two",
        ),
        (
            "He established relations with additional _____ countries taking the total from 49 "
            "to 96.",
            "46",
        ),
        ("Emperor Xizong of Jin reigned for about _____ from 1135 to 1150.", "15 years"),
    ],
)
def test_the_stem_gives_the_count(stem: str, answer: str) -> None:
    assert given_by_the_stem(stem, answer)


def test_years_span_no_count_of_other_things() -> None:
    stem = "It was published in _____ parts from 1862 to 1865 under the title Tabin."
    assert not given_by_the_stem(stem, "three")


def test_a_bloc_named_by_its_direction_is_not_asked() -> None:
    text = (
        "Islamism\n\nIslamism is a political movement. Hayri Abaza argues the failure to "
        "distinguish between Islam and Islamism leads many in the West to support illiberal "
        "Islamic regimes in Egypt, Syria and Iraq.\n"
    )
    bank = questions.generate([questions.Source("islamism.txt", text)], seed=7)
    assert not [i for i in bank.items if i.answer.removeprefix("the ") == "West"]
