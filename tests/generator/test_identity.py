"""When two statements state one fact: snippet → which values are asked once, which twice."""

from __future__ import annotations

import pytest

import questions
from questions.identity import same_fact


def _pair(text: str, kind: str, written: str) -> tuple[questions.Fact, questions.Fact]:
    doc = questions.read(text, "s.txt")
    found = [
        f
        for f in questions.extract(doc, questions.segment(doc))
        if f.kind == kind and f.text == written
    ]
    assert len(found) == 2, found
    return found[0], found[1]


CASES = [
    # two nouns counted by one number: two facts
    (
        "The university has seven professional schools. It also has seven sororities.",
        "figure",
        "seven",
        False,
    ),
    ("The court had 28 judges. The union had 28 member states.", "figure", "28", False),
    # the same noun counted twice: one fact
    ("The university has seven schools. Its seven schools teach law.", "figure", "seven", True),
    # one year, two events told in different words: two facts
    (
        "Jamukha was turned over to his rival by his own men in 1206. The great assembly proclaimed Temujin khan of the steppe in 1206.",
        "date",
        "1206",
        False,
    ),
    # one year, one event told twice: one fact
    (
        "The mill closed in 1960 after the flood. After the flood the mill closed in 1960 for good.",
        "date",
        "1960",
        True,
    ),
    # one day is one event wherever it is written
    (
        "The battle began on 7 February 1916 at dawn. Rain fell heavily on 7 February 1916 over the hills.",
        "date",
        "7 February 1916",
        True,
    ),
]


@pytest.mark.parametrize(("text", "kind", "written", "same"), CASES)
def test_same_fact(text: str, kind: str, written: str, same: bool) -> None:
    a, b = _pair("= Snippet =\n\n" + text + "\n", kind, written)
    assert same_fact(a, b) is same
    assert same_fact(b, a) is same


def test_an_infobox_field_and_its_sentence_are_one_fact() -> None:
    text = (
        "= John Harwick =\n\n{{Infobox person\n| name = John Harwick\n| death_date = 9 June 1921\n}}\n\n"
        "John Harwick was a miller. He sold his mill to a rival company on 9 June 1921.\n"
    )
    doc = questions.read(text, "s.txt")
    dates = [f for f in questions.extract(doc, questions.segment(doc)) if f.value == "1921-06-09"]
    assert len(dates) == 2 and same_fact(dates[0], dates[1])


def test_a_bank_asks_two_facts_of_one_value_but_one_fact_once() -> None:
    text = (
        "= Carver College =\n\nCarver College is a college in Ohio. The college has seven "
        "professional schools. There are also seven sororities at the college. The seven "
        "schools teach law and medicine.\n"
    )
    bank = questions.generate([questions.Source("s.txt", text)])
    sevens = [i for i in bank.items if i.fact.value == "7"]
    nouns = sorted(
        i.fact.detail.noun for i in sevens if isinstance(i.fact.detail, questions.FigureValue)
    )
    assert nouns == ["schools", "sororities"], [i.stem.text for i in sevens]


def test_a_name_is_the_answer_of_at_most_two_items() -> None:
    # the bank of a biography asked "Italy" sixty times: each a different fact, one answer (a
    # town here: the country an article names most is not asked at all, `Pool.home`)
    sentences = [
        "In 1922 the king made him mayor of Milan.",
        "He signed a treaty with Germany in Milan in 1939.",
        "He studied law in Milan from 1901.",
        "He married Clara Bassi in Milan in 1910.",
        "Milan declared a holiday on 10 June 1940.",
        "He opened a bank in Milan in 1912.",
        "He was arrested in Milan in May 1920.",
    ]
    text = "= Amedeo Rossi =\n\nAmedeo Rossi (born 1883) was a politician. " + " ".join(sentences)
    bank = questions.generate([questions.Source("s.txt", text + "\n")])
    milan = [i for i in bank.items if i.answer == "Milan"]
    years = [i for i in bank.items if i.fact.kind == "date"]
    assert 1 <= len(milan) <= 2, [i.stem.text for i in milan]
    assert len(years) >= 4  # numbers and dates are no such cue: each of its facts is asked
