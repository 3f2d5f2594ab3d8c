"""Items the blind review of seed 7302 judged bad, as families (invented snippets of the same
shape): each test pins the fix or the refusal.

Review sheet: docs/reviews/2026-12-06-seed-7302.md (items 2, 6, 24, 25, 30, 31, 32, 35, 36, 39).
"""

from __future__ import annotations

import random

import pytest

import questions
from questions import distract
from questions.kinds import BY_NAME
from questions.lint import Checked, hard_flaws

PM = "= Ugo Ferri =\n\nUgo Ferri (29 July 1883 – 28 April 1945) was an Italian politician.\n\n"


@pytest.mark.parametrize(
    ("text", "fact", "expected"),
    [
        (  # items 6, 25, 30, 31: a day without its year gets the year the article means
            PM + "In 1940 the war went on. On 10 June, Italy declared war on France.\n",
            "10 June",
            "Ugo Ferri: On _____ 1940, Italy declared war on France.",
        ),
        (
            PM + "In 1940 the war went on. On June 14, Paris fell to the Germans.\n",
            "June 14",
            "Ugo Ferri: On _____, 1940, Paris fell to the Germans.",
        ),
        (  # a year elsewhere in the stem already says which June
            PM + "In 1940 the war went on. On 10 June, Italy declared war on France, as it had "
            "planned in 1939.\n",
            "10 June",
            "Ugo Ferri: On _____, Italy declared war on France, as it had planned in 1939.",
        ),
    ],
)
def test_a_day_without_its_year_is_asked_with_it(
    stem_text, text: str, fact: str, expected: str
) -> None:
    assert stem_text(text, fact) == expected


def test_a_wh_question_is_not_made_of_a_series_of_verbs(stem_text) -> None:
    # item 2: "When did fascists raid the Mission, broke into the office, then abducted?"
    text = (
        PM + "On 1 November 1922, armed fascists raided the Soviet Mission's Trade Department, "
        "broke into the agent's office, then abducted and shot one official.\n"
    )
    made = stem_text(text, "1 November 1922")
    assert made is not None and made.startswith("Ugo Ferri: On _____"), made


def _options(text: str, fact: str, stem: str) -> list[str] | None:
    doc = questions.read(text, "snippet.txt")
    facts = questions.extract(doc, questions.segment(doc))
    key = next(f for f in facts if f.text == fact)
    pool = distract.Pool([f for f in facts if f.kind == key.kind])
    result = BY_NAME[key.kind].distract(key, pool, stem, random.Random(5))
    return None if result is None else [o.text for o in result[0] if not o.correct]


def test_after_the_blanks_the_every_option_takes_the() -> None:
    # items 32, 35: "the France", "the Austria" beside "the Netherlands"
    text = (
        "= Treaty of Ghent =\n\nThe treaty was signed in Ghent. Envoys came from France, "
        "Austria, Prussia, the United States and the Philippines to the Netherlands.\n"
    )
    options = _options(text, "Netherlands", "Envoys came to the _____ in 1815.")
    assert options is None or all(o in ("United States", "Philippines") for o in options), options


def test_a_continent_is_no_town_of_the_same_name() -> None:
    # item 24: "Africa and Asia" with Philippine towns as options
    text = PM + "Ugo Ferri saw high birthrates in Africa and Asia as a threat to Europe.\n"
    options = _options(text, "Asia", "Ugo Ferri saw high birthrates in Africa and _____.")
    assert options is None or not {"Bayawan", "Sipalay", "Santa Catalina"} & set(options)


def test_a_country_the_stems_city_gives_away_is_not_asked() -> None:
    # item 39: "the Third Hill of Istanbul, _____"
    text = (
        "= Old Mosque =\n\nThe Old Mosque is a mosque on the Third Hill of Istanbul, Turkey. "
        "Its tiles came from Iran, Syria, Egypt and Iraq.\n"
    )
    assert (
        _options(text, "Turkey", "The Old Mosque is on the Third Hill of Istanbul, _____.") is None
    )


def test_a_name_written_with_a_lower_case_class_word_is_a_slip() -> None:
    # item 36: "in Polk county … on the upper Santiam river"
    item = Checked(
        "figure",
        "cloze",
        "He owned farms in Polk county and _____ of timber on the upper Santiam river.",
        (("160 acres", True), ("64 acres", False), ("96 acres", False), ("240 acres", False)),
    )
    assert any("slip" in f for f in hard_flaws(item))


@pytest.mark.parametrize(
    ("stem", "options"),
    [
        # item 13: "Fort Le Boeuf" states "LeBoeuf Creek"
        (
            "Fort Le Boeuf stood on _____ in 1753.",
            (
                ("LeBoeuf Creek", True),
                ("Ohio River", False),
                ("Lake Erie", False),
                ("Wabash", False),
            ),
        ),
        # item 10: "the 10th Ottoman sultan" states "ten"
        (
            "The minarets have _____ balconies, as Suleiman was the 10th sultan.",
            (("ten", True), ("seven", False), ("eight", False), ("nine", False)),
        ),
    ],
)
def test_a_stem_that_states_its_answer_otherwise_is_refused(
    stem: str, options: tuple[tuple[str, bool], ...]
) -> None:
    kind = "place" if options[0][0].endswith("Creek") else "figure"
    assert hard_flaws(Checked(kind, "cloze", stem, options))


def test_one_member_of_a_list_of_places_is_not_asked(stem_text) -> None:
    # seed 5521, item 14: "such as Delhi, _____, Lucknow and Kanpur": any member would do
    text = (
        PM + "Centres of power such as Delhi, Agra, Lucknow and Kanpur were severely affected "
        "in 1857.\n"
    )
    for place in ("Delhi", "Agra", "Lucknow", "Kanpur"):
        assert stem_text(text, place) is None, place


@pytest.mark.parametrize(
    ("text", "fact", "expected"),
    [
        (  # seed 8815: "But Gilles" is no full name, and "Gilles de Rais" is one name
            "= Gilles de Rais =\n\nGilles de Rais (1405 – 26 October 1440) was a knight. But "
            "Gilles was soon famous. Gilles de Rais went to Josselin to meet John V in 1434.\n",
            "1434",
            "When did Gilles de Rais go to Josselin to meet John V?",
        ),
        (  # seed 8815, items 11, 23: a leftover connective is dropped
            "= Oxygen =\n\nOxygen is an element. For example, Dalton assumed in 1808 that water's "
            "formula was HO.\n",
            "1808",
            "Oxygen: Dalton assumed in _____ that water's formula was HO.",
        ),
    ],
)
def test_names_and_connectives_at_the_head_of_a_stem(
    stem_text, text: str, fact: str, expected: str
) -> None:
    assert stem_text(text, fact) == expected
