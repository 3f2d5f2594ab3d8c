"""Clauses: a long sentence cut to the clause that holds the fact (snippet → clause)."""

from __future__ import annotations

import pytest

from questions.clauses import subordinate_statement, trim_before

from .snippets import stem_of


@pytest.mark.parametrize(
    ("sentence", "answer", "opens"),
    [
        # the clause opens on the answer's phrase of time; its subject and verb follow
        (
            "This view was instantly controversial, and in the early 1990s three Advocate "
            "Generals persuasively argued that Directives should create rights.",
            "the early 1990s",
            "In the early 1990s three Advocate Generals",
        ),
        (
            "Its curriculum was gradually secularized, and by 1800 Harvard had emerged as the "
            "central cultural establishment among Boston elites.",
            "1800",
            "By 1800 Harvard had emerged",
        ),
        (
            "In 1946, the building became home to the Music Department, and then in 1986, CCRMA "
            "took over the building.",
            "1986",
            "In 1986, CCRMA took over",
        ),
        # a verb after the answer: the clause has no subject of its own
        (
            "He commanded the Nokomis, and in November 1933, was transferred to the Mare Island "
            "Naval Shipyard.",
            "November 1933",
            "He commanded",
        ),
        # no verb that narrates: the clause borrows the verb of the one before
        (
            "In 1927 a zoological garden was established on the park grounds, and in 1952 a bear "
            "run, still open today.",
            "1952",
            "In 1927",
        ),
        # a pronoun leans on the clause before
        (
            "Two years later, he returned to Washington, and on 1 January 1942, with the rank of "
            "Vice Admiral, he was designated Commander in Chief.",
            "1 January 1942",
            "Two years later",
        ),
        # the answer is not the phrase's: "in Ontario" is no time of 25.9%
        (
            "It was 10.0% of the township; in Ontario, the percentage is 25.9%.",
            "25.9%",
            "It was 10.0%",
        ),
    ],
)
def test_a_clause_may_open_on_the_answers_phrase(sentence: str, answer: str, opens: str) -> None:
    a = sentence.index(answer)
    cut, a2, b2 = trim_before(sentence, a, a + len(answer))
    assert cut.startswith(opens), cut
    assert cut[a2:b2] == answer


@pytest.mark.parametrize(
    ("text", "answer", "stem"),
    [
        (
            "European Union law\n\nDirectives do not have horizontal direct effect. This view was "
            "instantly controversial, and in the early 1990s three Advocate Generals "
            "persuasively argued that Directives should create rights and duties for all "
            "citizens.\n",
            "the early 1990s",
            "In _____ three Advocate Generals persuasively argued that Directives should create "
            "rights and duties for all citizens.",
        ),
        (
            "Newcastle upon Tyne\n\nThe museum has been refurbished. These were moved to a new "
            "site, and in 2009 the Newcastle on Tyne Museum of Antiquities merged with the Great "
            "North Museum.\n",
            "2009",
            "In _____ the Newcastle on Tyne Museum of Antiquities merged with the Great North "
            "Museum.",
        ),
    ],
)
def test_the_clause_is_asked_without_the_one_that_leans_back(
    text: str, answer: str, stem: str
) -> None:
    made = stem_of(text, answer)
    assert made is not None
    assert made.text.endswith(stem), made.text


def test_a_long_borrowed_stem_keeps_the_clause_of_the_fact() -> None:
    text = (
        "Margaret Bourchier\n\nMargaret Bourchier was an English noblewoman. Margaret Bourchier "
        "was the only daughter and sole heiress of John Donington, a member of the Worshipful "
        "Company of Salters, and Elizabeth Pye. Through her first marriage she became the owner "
        "of Hengrave Hall, where she installed a tomb and stained glass window to the memory of "
        "her three husbands, who all predeceased her, and she gave the hall its chapel.\n"
    )
    made = stem_of(text, "three")
    assert made is not None
    assert made.text.startswith("Margaret Bourchier was the only daughter"), made.text
    assert made.text.endswith("to the memory of her _____ husbands."), made.text


@pytest.mark.parametrize(
    ("sentence", "answer", "statement"),
    [
        # the sentence takes the clause as true; its subject is named and its verb is past
        (
            "After al-Nimeiry was overthrown in 1985, the party did poorly in national elections.",
            "1985",
            "Al-Nimeiry was overthrown in 1985.",
        ),
        (
            "It is the first Super Bowl held in California since Super Bowl XXXVII took place "
            "in San Diego in 2003.",
            "San Diego",
            "Super Bowl XXXVII took place in San Diego in 2003.",
        ),
        (  # a number's comma ends no clause
            "Thomas led the team, while Emmanuel Sanders caught 76 passes for 1,135 yards and "
            "six scores, while adding another 106 yards.",
            "76",
            "Emmanuel Sanders caught 76 passes for 1,135 yards and six scores.",
        ),
        (
            "They could not score, so McManus kicked a 33-yard field goal that gave Denver a "
            "13–7 lead.",
            "33-yard",
            "McManus kicked a 33-yard field goal that gave Denver a 13–7 lead.",
        ),
        # a condition, a modal or a present verb: what might be, not what was
        ("If the army reached Paris in 1815, the war would end.", "1815", None),
        ("The town was lost before the army could reach Paris in 1815.", "Paris", None),
        ("It will close once the stadium opens in 2028.", "2028", None),
        # the answer stands in a second member the clause joins, not in the clause
        (
            "He took command one day before Kimmel ascended to command and eleven months "
            "before the attack.",
            "eleven months",
            None,
        ),
        # no subject of its own, or one that leans on the sentence before
        ("After being elected in 1985, he resigned.", "1985", None),
        ("After he was elected in 1985, the party split.", "1985", None),
        ("After the party won in 1985, it split.", "1985", None),
    ],
)
def test_subordinate_statement(sentence: str, answer: str, statement: str | None) -> None:
    a = sentence.index(answer)
    got = subordinate_statement(sentence, a, a + len(answer))
    assert (got and got[0]) == statement
    if got:
        assert got[0][got[1] : got[2]] == answer


@pytest.mark.parametrize(
    ("text", "answer", "stem"),
    [
        (  # the main clause leans on the sentence before; the subordinate one does not
            "The Islamic Front was founded in 1976. After al-Nimeiry was overthrown in 1985, "
            "the party did poorly in national elections.",
            "1985",
            "Al-Nimeiry was overthrown in _____.",
        ),
        (
            "The game was played in Santa Clara. It is the first Super Bowl held in California "
            "since Super Bowl XXXVII took place in San Diego in 2003.",
            "San Diego",
            "S: Super Bowl XXXVII took place in _____ in 2003.",
        ),
    ],
)
def test_a_subordinate_clause_is_asked_on_its_own(text: str, answer: str, stem: str) -> None:
    made = stem_of(text, answer)
    assert made is not None and made.text == stem
