"""Stems whose wording changed what the article says, found by reading the corpus's banks:

- a function word at a sentence start is no given name: "If Islam is a way of life" had made
  "If Islam" a person, and every later "Islam" became "If Islam" ("Although Maududi" too);
- a past perfect with an adverb keeps the adverb ("When did many inventors also devise …?",
  not "When did many inventors had devise …"; review 1846 asked for "did" over "had");
- a date of one example in an "including …" list is no date of the main verb: no wh-question;
- a subject named with a realm ("Birendra of Nepal", "Emperor Xizong of Jin") has no surname
  after "of": "King of Nepal" had become "King of Birendra of Nepal", "Jin forces" "Emperor
  Xizong of Jin forces"; and "Emperor Xizong", written as the name is, stays as it is;
- in a university's article a lone "Harvard" is the university, not its founder John Harvard
  ("In 2009, John Harvard offered grants totaling …" had been written dozens of times);
- a wh-question keeps one predicate: not after "an upgraded fence" (an adjective), a second
  verb after "then" or "and was", or a verb before "what is believed", or an opening
  participle phrase ("Having crossed …, the army began" is no "When did having cross …?");
- "his son Xerxes I. Xerxes began": the numeral ends a sentence, and a name whose given name
  and surname are one word is none;
- a stray comma or a doubled full stop before the end is tidied, and no question ends on the
  "and" of a cut second object;
- "Cherry began serving …": the first word of the subject's longer name keeps its capital; and
  "… and the Tunisian Campaign turned …" opens a second clause, so no wh-question;
- a caption ("Elmina Castle viewed from the sea in 1572, by Georg Braun.") is no statement.
"""

from __future__ import annotations

import pytest

from questions.grammar import clean


@pytest.mark.parametrize(
    ("text", "fact", "expected"),
    [
        (
            '= Reform =\n\nReform is a movement. Its leaders asked: "If Islam is a way of life, '
            "why argue?\" Critics disagreed.\n\nHT sees Islam's turning point in 1924.\n",
            "1924",
            "Reform: HT sees Islam's turning point in _____.",
        ),
        (
            "= Reform =\n\nReform is a movement.\n\nAlthough Maududi wrote much, he was no "
            "cleric. Maududi founded the Jamaat-e-Islami party in 1941.\n",
            "1941",
            "Reform: When did Maududi found the Jamaat-e-Islami party?",
        ),
        (
            "= Lamp =\n\nThe lamp is a device.\n\nMany inventors had also devised lamps in 1840 "
            "in Europe.\n",
            "1840",
            "When did many inventors also devise lamps in Europe?",
        ),
        (
            "= Lamp =\n\nThe lamp is a device.\n\nMany inventors had also devised lamps, "
            "including Alessandro Volta's demonstration of a glowing wire in 1800.\n",
            "1800",
            "Many inventors had also devised lamps, including Alessandro Volta's demonstration "
            "of a glowing wire in _____.",
        ),
    ],
)
def test_the_stem_says_what_the_article_says(
    stem_text, text: str, fact: str, expected: str
) -> None:
    assert stem_text(text, fact) == expected


KING = (
    "= Birendra of Nepal =\n\nBirendra Bir Bikram Shah Dev (28 December 1945 – 1 June 2001) "
    "was a king.\n\n"
)
EMPEROR = (
    "= Emperor Xizong of Jin =\n\nEmperor Xizong of Jin (1119 – 1150) was an emperor of the "
    "Jin dynasty.\n\n"
)


@pytest.mark.parametrize(
    ("text", "fact", "expected"),
    [
        (
            KING + "In 1990, a series of strikes and riots broke out in Nepal.\n",
            "1990",
            "In _____, a series of strikes and riots broke out in Nepal.",
        ),
        (
            EMPEROR + "In 1140, Emperor Xizong ordered the general Wanyan Zongbi to lead Jin "
            "forces against the Song.\n",
            "1140",
            "When did Emperor Xizong order the general Wanyan Zongbi to lead Jin forces against "
            "the Song?",
        ),
    ],
)
def test_a_realm_is_no_surname(stem_text, text: str, fact: str, expected: str) -> None:
    assert stem_text(text, fact) == expected


def test_a_lone_name_of_the_subject_is_no_person(stem_text) -> None:
    text = (
        "= Harvard University =\n\nHarvard University is a private university in Cambridge. "
        "It was named after its first benefactor, John Harvard, in 1639.\n\n"
        "In 2009, Harvard offered grants totaling $414 million across all eleven divisions.\n"
    )
    assert stem_text(text, "$414 million") == (
        "In 2009, Harvard offered grants totaling _____ across all eleven divisions."
    )


@pytest.mark.parametrize(
    ("sentence", "fact", "expected"),
    [
        (
            "In 2017, a proposal for an upgraded smart fence on the Indian side was accepted.",
            "2017",
            "In _____, a proposal for an upgraded smart fence on the Indian side was accepted.",
        ),
        (
            "New English troops landed in the French realm in June 1428, then laid siege to "
            "Orléans.",
            "June 1428",
            "New English troops landed in the French realm in _____, then laid siege to Orléans.",
        ),
        (
            "The original Theatre Royal was opened in 1788 and was located on Mosley Street.",
            "1788",
            "The original Theatre Royal was opened in _____ and was located on Mosley Street.",
        ),
        (
            "In 1940, Italy invaded Greece but within days was repulsed.",
            "1940",
            "In _____, Italy invaded Greece but within days was repulsed.",
        ),
        (
            "Having crossed into Europe in April 480 BC, the Persian army began its march.",
            "April 480 BC",
            "Having crossed into Europe in _____, the Persian army began its march.",
        ),
        (
            "In 2004, a joint archaeological dig uncovered what is believed to be a palace.",
            "2004",
            "In _____, a joint archaeological dig uncovered what is believed to be a palace.",
        ),
    ],
)
def test_a_question_keeps_one_predicate(stem_text, sentence: str, fact: str, expected: str) -> None:
    text = "= Lamp =\n\nThe lamp is a device.\n\n" + sentence + "\n"
    assert stem_text(text, fact) == expected


def test_a_numeral_ending_a_sentence_makes_no_name(stem_text) -> None:
    text = (
        "= Persian Wars =\n\nThe Persian Wars were a series of wars.\n\nThe throne passed to "
        "Xerxes I. Xerxes began to muster the troops in 481 BC.\n"
    )
    assert stem_text(text, "481 BC") == (
        "The Persian Wars: When did Xerxes begin to muster the troops?"
    )


@pytest.mark.parametrize(
    ("text", "tidied"),
    [
        (
            "It was expelled from al-Qaeda in early 2014,.",
            "It was expelled from al-Qaeda in early 2014.",
        ),
        (
            "No. 120 moved to _____ and later transferring overseas..",
            "No. 120 moved to _____ and later transferring overseas.",
        ),
        ("except for s = −2, −4,..., all zeroes", "except for s = −2, −4,..., all zeroes"),
        ("He wrote of the kingdom...", "He wrote of the kingdom..."),
    ],
)
def test_a_stray_comma_or_second_full_stop_is_tidied(text: str, tidied: str) -> None:
    assert clean(text) == tidied


def test_a_question_does_not_end_on_a_conjunction(stem_text) -> None:
    text = (
        "= War =\n\nThe war was a conflict.\n\nOn June 6, 1944, the Western Allies invaded "
        "northern France and, after reassigning several divisions from Italy, southern France.\n"
    )
    made = stem_text(text, "June 6, 1944")
    assert made is not None and not made.endswith("and?"), made


def test_a_caption_is_no_statement(stem_text) -> None:
    text = (
        "= Elmina Castle =\n\nElmina Castle is a castle in Ghana.\n\n"
        "Elmina Castle viewed from the sea in 1572, by Georg Braun.\n"
    )
    assert stem_text(text, "1572") is None


def test_a_short_name_of_the_subject_keeps_its_capital(stem_text) -> None:
    text = (
        "= Cherry Hospital =\n\nCherry Hospital is a psychiatric hospital in Goldsboro.\n\n"
        "In 1965, Cherry began serving patients of all races.\n"
    )
    assert (
        stem_text(text, "1965")
        == "Cherry Hospital: When did Cherry begin serving patients of all races?"
    )


def test_and_with_a_name_and_a_verb_opens_a_second_clause(stem_text) -> None:
    text = (
        "= Moncef Bey =\n\nMoncef Bey was a ruler.\n\nAxis troops arrived in Tunisia on 9 "
        "November 1942 and the Tunisian Campaign turned the country into a battlefield.\n"
    )
    assert stem_text(text, "9 November 1942") == (
        "Moncef Bey: Axis troops arrived in Tunisia on _____ and the Tunisian Campaign turned the "
        "country into a battlefield."
    )
