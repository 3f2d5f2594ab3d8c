"""Stems whose wording changed what the article says, found by reading the corpus's banks:

- a function word at a sentence start is no given name: "If Islam is a way of life" had made
  "If Islam" a person, and every later "Islam" became "If Islam" ("Although Maududi" too);
- a past perfect with an adverb keeps both ("When had many inventors also devised …?", not
  "When did many inventors had devise …?");
- a date of one example in an "including …" list is no date of the main verb: no wh-question.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "fact", "expected"),
    [
        (
            "= Reform =\n\nReform is a movement. Its leaders asked: \"If Islam is a way of life, "
            'why argue?" Critics disagreed.\n\nHT sees Islam\'s turning point in 1924.\n',
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
