"""Review 2864 (docs/reviews/2026-12-07-seed-2864.md): the families of the items marked bad.

Fixed, and pinned here:
- items 7, 33: a title in the subject's name ("Khan" of Genghis Khan) is no surname: Jamukha
  had "become Genghis Khan of his own tribe";
- item 6: "the Mongol army" is a people's army, not the "Khamag Mongol army" (a lone name after
  "the" is never written in full);
- items 1, 21, 30: "the Christian Jovian" is an adjective and a name, not a person "Christian
  Jovian";
- item 5: a quotation is never rewritten ("dominus Torquatus" stays as carved);
- items 4, 26, 37: a median lies inside the range its stem gives, and a step "up to _____" of a
  scale between the steps before and after it.
Pinned in test_lint.py: items 32 and 38 (a count followed by the names it counts).
Open: items 2, 17, 19, 24, 29, 31, 34, 40 (context only the paragraph gives: "In November"
without its year, "Outraged", "her", the country of a certification), items 12, 18, 28
(regions that overlap the key in common usage: Central Asia beside Northeast Asia), items 1,
19, 22, 25, 36 (place options of another era or kind: Antioch, California for Roman Antioch),
item 24 (the article's own grammar), and "worth asking" (29 of 40).
"""

from __future__ import annotations

import pytest

import questions
from questions.distract.figure_bounds import hedged_in_stem, limits
from questions.model import FigureValue

GENGHIS = (
    "= Genghis Khan =\n\nGenghis Khan (c. 1162 – August 1227) was the founder of the Mongol "
    "Empire.\n\nHe united the Khamag Mongol confederation. Khamag Mongol chiefs elected him.\n\n"
)


@pytest.mark.parametrize(
    ("text", "fact", "expected"),
    [
        (  # review 2864 item 7: a title in the subject's name is no surname
            GENGHIS + "Toghrul offered 20,000 warriors to Jamukha, who had become Khan of his "
            "own tribe.\n",
            "20,000",
            "Toghrul offered _____ warriors to Jamukha, who had become Khan of his own tribe.",
        ),
        (  # item 6: "the Mongol army" is a people's army, not the Khamag Mongol's
            GENGHIS + "In 1220, the Mongol army was split into two forces.\n",
            "two",
            "Genghis Khan: In 1220, the Mongol army was split into _____ forces.",
        ),
        (  # item 1: "the Christian Jovian" is an adjective and a name, not "Christian Jovian"
            "= Jovian =\n\nJovian (331 – 17 February 364) was a Roman emperor.\n\nThe Christian "
            "Jovian restored the church. Jovian's arrival at Antioch in October 363 was met with "
            "an enraged populace.\n",
            "Antioch",
            "Jovian's arrival at _____ in October 363 was met with an enraged populace.",
        ),
        (  # item 5: a quotation is never rewritten
            "= Ivan Karlović =\n\nIvan Karlović (1485 – 9 August 1531) was a Croatian nobleman.\n\n"
            'His nephew Johannes Torquatus wrote. In 1541 his nephews carved "dominus Torquatus '
            'comes" on his tombstone.\n',
            "1541",
            'When did Ivan Karlović\'s nephews carve "dominus Torquatus comes" on his tombstone?',
        ),
    ],
)
def test_a_name_is_written_in_full_only_where_it_means_the_person(
    stem_text, text: str, fact: str, expected: str
) -> None:
    assert stem_text(text, fact) == expected


def _fact(text: str, key: str) -> questions.Fact:
    doc = questions.read("= Teacher =\n\nA teacher is a person.\n\n" + text + "\n", "s.txt")
    facts = questions.extract(doc, questions.segment(doc))
    fact = next(f for f in facts if f.text.endswith(key) and isinstance(f.detail, FigureValue))
    return hedged_in_stem(fact)  # "up to £32,583": the stem keeps "up to"


@pytest.mark.parametrize(
    ("text", "key", "least", "below"),
    [
        (
            "In 2007 salaries ranged from $35,000 in South Dakota to $71,000 in New York, with a "
            "national median of $52,000.",
            "$52,000",
            35_000,
            71_000,
        ),
        (
            "Teachers earned from £20,427 for a Probationer, up to £32,583 after 6 years, but "
            "could then go on to earn up to £39,942 with Chartered Teacher Status.",
            "£32,583",
            20_427,
            39_942,
        ),
        (
            "Teachers earned from £20,427 for a Probationer, up to £32,583 after 6 years, but "
            "could then go on to earn up to £39,942 with Chartered Teacher Status.",
            "£39,942",
            32_583,
            float("inf"),
        ),
    ],
)
def test_a_figure_lies_where_the_stems_amounts_put_it(
    text: str, key: str, least: float, below: float
) -> None:
    found = limits(_fact(text, key))
    assert round(found.least) == least and found.below == below, found


def test_amounts_in_another_currency_bound_nothing() -> None:
    text = "Salaries ranged from $35,000 to $71,000, with a national median of £52,000."
    found = limits(_fact(text, "£52,000"))
    assert found.least == 0 and found.below == float("inf"), found
