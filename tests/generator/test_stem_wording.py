"""Stems whose wording changed what the article says, found by reading the corpus's banks:

- a function word at a sentence start is no given name: "If Islam is a way of life" had made
  "If Islam" a person, and every later "Islam" became "If Islam" ("Although Maududi" too);
- a past perfect with an adverb keeps both ("When had many inventors also devised …?", not
  "When did many inventors had devise …?");
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
  and surname are one word is none.
"""

from __future__ import annotations

import pytest


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
            "When had many inventors also devised lamps in Europe?",
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
