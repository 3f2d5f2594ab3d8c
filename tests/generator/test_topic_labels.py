"""A stem in an article about an event or a thing that does not name it carries the article as
its topic ("Super Bowl 50: …"): the learner reads the sentence as the article meant it, and no
"In …" claims that it happened there. Reviews 3389 (items 17, 26, 40: "died", of what?) and 8642
(the game's sentences never named the game)."""

from __future__ import annotations

import pytest

import questions
from questions.docmodel import model

PLAGUE = "= Black Death =\n\nThe Black Death was a bubonic plague pandemic of 1346–1353.\n\n"
GAME = (
    "= Super Bowl 50 =\n\nSuper Bowl 50 was an American football game played on February 7, "
    "2016.\n\n"
)
PERSON = "= Tom Hale =\n\nTom Hale (born 4 May 1950) was an English footballer.\n\n"


def _stems(text: str) -> list[str]:
    return [i.stem.text for i in questions.generate([questions.Source("s.txt", text)]).items]


def test_a_death_toll_says_what_killed() -> None:
    stems = _stems(PLAGUE + "Over 60% of Norway's population died in 1348.\n")
    told = [s for s in stems if "Norway" in s or "1348" in s]
    assert told and all(s.startswith("The Black Death: ") for s in told), stems


def test_a_game_sentence_names_the_game() -> None:
    stems = _stems(
        GAME + "Manning threw for 141 yards with one interception in the third quarter.\n"
    )
    told = [s for s in stems if "Manning" in s]
    assert told and all(s.startswith("Super Bowl 50: ") for s in told), stems


@pytest.mark.parametrize(
    ("text", "fact", "expected"),
    [
        (  # the stem names the subject already
            GAME + "Super Bowl 50 drew 111.9 million viewers on CBS.\n",
            "111.9 million",
            "Super Bowl 50 drew _____ viewers on CBS.",
        ),
        (  # the answer's year is in the topic: the topic would give it away
            "= 1973 oil crisis =\n\nThe 1973 oil crisis was a rise in the price of oil.\n\n"
            "The ministers met in Vienna in March 1973 to set prices.\n",
            "March 1973",
            "When did the ministers meet in Vienna to set prices?",
        ),
        (  # a biography's sentences name the person or are resolved to the person
            PERSON + "His club won the cup in 1972.\n",
            "1972",
            "When did Tom Hale's club win the cup?",
        ),
    ],
)
def test_no_topic_where_it_adds_nothing_or_gives_the_answer_away(
    stem_text, text: str, fact: str, expected: str
) -> None:
    assert stem_text(text, fact) == expected


def test_a_title_the_text_never_uses_is_no_topic(stem_text) -> None:
    text = (
        "= Document 12 =\n\nThe Rovers were a football club.\n\nThe Rovers won the cup in 1972.\n"
    )
    made = stem_text(text, "1972")
    assert made is not None and not made.startswith("Document 12"), made


@pytest.mark.parametrize(
    ("title", "lead", "kind"),
    [
        ("Greco-Persian Wars", "The Greco-Persian Wars were a series of conflicts.", "event"),
        ("Black Death", "The Black Death was one of the deadliest pandemics.", "event"),
    ],
)
def test_a_plural_head_noun_names_the_kind_of_article(title: str, lead: str, kind: str) -> None:
    text = f"= {title} =\n\n{lead} He fought. He lost. His men fled. He ran. His army broke.\n"
    assert model(questions.read(text, "t.txt")).kind == kind
