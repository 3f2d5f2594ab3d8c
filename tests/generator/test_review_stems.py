"""Stems the blind reviews judged unanswerable without the article, as families (invented
snippets of the same shape): each stem must either name what it asks about or not be written.

Review sheets: docs/reviews/ (seed 4127: items 11, 15, 17, 25, 30, 35, 37, 38).
"""

from __future__ import annotations

import pytest

# (snippet, fact, words that would dangle in the stem)
DANGLING = [
    (  # "that battleship": a demonstrative with a noun points back to the previous sentence
        "= Tom Reed =\n\nTom Reed was an admiral. He joined the battleship Ohio in 1904. He "
        "served on board that battleship from her launch on 4 June 1904, until 1907.\n",
        "4 June 1904",
        "that battleship",
    ),
    (  # "the disease" in an article about a pandemic that is not named in the stem
        "= Red Fever =\n\nThe Red Fever was a pandemic of the 1400s. In 1421 the disease "
        "travelled east to Lyon, Turin and Basel.\n",
        "Basel",
        "the disease",
    ),
    (  # "The name": the name of what?
        "= Red Fever =\n\nThe Red Fever was a pandemic of the 1400s. The name spread through "
        "Italy and then to Austria in 1450.\n",
        "Austria",
        "The name",
    ),
    (  # "it" with a place before it that is not what "it" means, and no sentence before
        "= Red Fever =\n\nThe Red Fever was a pandemic. \n\nLyon lost 30,000 "
        "inhabitants to it in 1441.\n",
        "1441",
        "to it",
    ),
    (  # an ordinal or superlative with no noun, or with a noun that is not named
        "= Stone Tools =\n\nStone tools are old. The earliest comes from a cave at Orvieto in "
        "Italy, dated to 1.3 million years ago.\n",
        "Italy",
        "The earliest",
    ),
    (
        "= Red Fever =\n\nThe Red Fever was a pandemic of the 1400s. Graves indicate the first "
        "variant entered Europe through the port of Genoa around 1420.\n",
        "1420",
        "the first variant",
    ),
]


@pytest.mark.parametrize(("text", "fact", "words"), DANGLING)
def test_a_stem_does_not_lean_on_what_it_does_not_name(
    stem_text, text: str, fact: str, words: str
) -> None:
    made = stem_text(text, fact)
    assert made is None or words not in made, made


GAME = "= Cup Final 9 =\n\nCup Final 9 was a football game played in 2016 in Leeds.\n\n"


@pytest.mark.parametrize(
    ("text", "fact", "start"),
    [
        # a linking adverbial leans on the sentence before it: dropped (seed 9083, items 2, 35)
        (
            GAME + "First, Tom Hale tackled Ron Mill for a 6-yard loss.\n",
            "6-yard",
            "Cup Final 9: Tom Hale",
        ),
        (GAME + "Later on, Tom Hale kicked a 40-yard goal.\n", "40-yard", "Cup Final 9: Tom Hale"),
        (GAME + "In addition, Leeds sold 9,000 tickets.\n", "9,000", "Leeds"),
    ],
)
def test_a_linking_adverbial_is_dropped(stem_text, text: str, fact: str, start: str) -> None:
    made = stem_text(text, fact)
    assert made is None or made.startswith(start), made


@pytest.mark.parametrize(
    ("text", "fact", "words"),
    [
        # which telecast, which show, which truck? (seed 9083, items 12, 13, 30)
        (GAME + "The network used 36 cameras during the telecast.\n", "36", "the telecast"),
        (
            GAME + "The league said that the show would open on 7 May 2016.\n",
            "7 May 2016",
            "the show",
        ),
        (GAME + "Ron Mill drove the truck to the bridge in Leeds in 1998.\n", "1998", "the truck"),
    ],
)
def test_an_unnamed_event_or_thing_is_no_stem(stem_text, text: str, fact: str, words: str) -> None:
    made = stem_text(text, fact)
    assert made is None or words not in made, made
