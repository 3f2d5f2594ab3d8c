"""Distractors: snippet, fact and stem → the options the chooser offers (or its refusal).

The choosers are called with a stem written here, so that each case pins the distractor rule
whatever stem the stem writer would make of the sentence.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable

import pytest

import questions
from questions import distract
from questions.gazetteer import gazetteer
from questions.kinds import BY_NAME

TOWN = (
    "= Harwick =\n\nHarwick is a market town. The mill opened in 1850. A railway station was built "
    "in 1871. By 1900, the town had grown to a population of 5,000. The church was rebuilt in "
    "1921. The school closed in 1960. The bridge was completed in 1885. "
    "After 1875, trains ran daily to London. The mayor remained in office until 1866.\n\n"
    "In 1890 the mill employed 12,000 workers, up from 1,000 ten years earlier. The town had 300 "
    "or more houses. John Smith was the third of four sons of a miller.\n"
)
EMBARGO = (
    "= Embargo =\n\nThe embargo was lifted in 1974. The embargo on grain was lifted in March 1974 "
    "after talks. The talks began in January 1973 and ended in May 1975.\n"
)


def options(text: str, fact_text: str, stem: str) -> list[str] | None:
    """The options offered for the fact written `fact_text`, under `stem`; None on refusal."""
    doc = questions.read(text, "s.txt")
    facts = questions.extract(doc, questions.segment(doc))
    fact = next(f for f in facts if f.text == fact_text)
    pool = distract.Pool(
        [f for f in facts if f.kind == fact.kind], (), distract.Aliases(text, doc.title)
    )
    result = BY_NAME[fact.kind].distract(fact, pool, stem, random.Random(3))
    return None if result is None else [o.text for o in result[0] if not o.correct]


def number(text: str) -> float:
    return float(re.sub(r"[^\d.]", "", text.split()[0]) or 0)


# (snippet, fact, stem, test every distractor passes)
CASES = [
    # "By 1900" is true of every later year as well: only earlier years can be wrong
    (TOWN, "1900", "By _____, the town had grown to a population of 5,000.",
     lambda o: int(o) < 1900),
    # "300 or more" is a lower bound: "200 or more" would be true as well
    (TOWN, "300 or more", "The town had _____ houses.", lambda o: number(o) > 300),
    # "the third of _____ sons": two sons or fewer cannot be
    (TOWN, "four", "John Smith was the third of _____ sons of a miller.",
     lambda o: o not in ("one", "two")),
    # the year of the same event ("lifted in 1974") holds the key and bars no month of 1974
    (EMBARGO, "March 1974", "When was the embargo on grain lifted after talks?",
     lambda o: o != "March 1974"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "fact", "stem", "good"), CASES)
def test_distractors_are_wrong_under_the_stem(
    text: str, fact: str, stem: str, good: Callable[[str], bool]
) -> None:
    offered = options(text, fact, stem)
    assert offered is not None and len(offered) == 3
    assert all(good(o) for o in offered), offered


def test_until_puts_distractors_later() -> None:
    # he remained in office until 1860 as well: only a later year can be wrong
    offered = options(TOWN, "1866", "The mayor remained in office until _____.")
    assert offered is not None and all(int(o) > 1866 for o in offered), offered


def test_a_bound_set_before_its_clause_has_no_options() -> None:
    # trains that ran daily after 1875 ran daily after 1880 too, and not after 1870: which
    # side is wrong depends on whether the clause tells a state or an event (review 5791)
    assert options(TOWN, "1875", "After _____, trains ran daily to London.") is None


def test_a_thousands_separator_in_the_stem_bars_only_that_number() -> None:
    # "1,000" in the stem once barred every option ending in ",000", the article's 5,000 too
    stem = "In 1890 the mill employed _____ workers, up from 1,000 ten years earlier."
    offered = options(TOWN, "12,000", stem)
    assert offered is not None and "5,000" in offered and "1,000" not in offered, offered


LORN = (
    "= Battle of Lorn =\n\nThe battle was fought in Orlen District. The army reached Kirov "
    "District in 1920. The rebels held Varna District and Maran District. Orlen District, now "
    "Kirov District, lies in the north of the country. Farmers lived in Tessel District and Dorn "
    "District.\n"
)


def test_another_name_of_the_key_is_never_wrong() -> None:
    # "Orlen District, now Kirov District": Kirov is the same place under its new name
    offered = options(LORN, "Orlen", "The battle was fought in _____ District.")
    assert offered is not None and "Kirov" not in offered, offered
    assert options(LORN, "Kirov", "The army reached _____ District in 1920.") is not None


FORTS = (
    "= Forts =\n\nThe army sent four expeditions in 1758. Two of the expeditions were successful. "
    "More than 1 million people saw the parade.\n"
)


def test_a_figure_opening_its_sentence_gets_capitalised_options() -> None:
    offered = options(FORTS, "Two", "_____ of the expeditions were successful.")
    assert offered is not None and all(o[:1].isupper() for o in offered), offered


def test_a_coarse_lower_bound_finds_three_larger_options() -> None:
    offered = options(FORTS, "More than 1 million", "_____ people saw the parade.")
    assert offered is not None, offered
    assert all(o.startswith("More than ") and o.endswith(" million") for o in offered), offered


def test_a_metropolis_gets_other_large_towns_not_its_boroughs() -> None:
    # Chicago's 200 nearest gazetteer entries are its own neighbourhoods, all too near to use
    text = "= Fair =\n\nThe fair was held in Chicago in 1934. It drew visitors from across the country.\n"
    offered = options(text, "Chicago", "The fair was held in _____ in 1934.")
    assert offered is not None, offered
    gaz = gazetteer()
    for name in offered:
        # the largest of the name's American towns: Columbus, Ohio, not Columbus, Georgia
        town = max((p for p in gaz.lookup(name) if p.country == "US"), key=lambda p: p.population)
        assert town.population >= 2_600_000 / 5, (name, town.population)


PINNED = (
    "= Talks =\n\nIn 1921 the director began negotiating with the commissar in Riga, Latvia. The "
    "talks drew delegates from across Europe.\n\nThe governor died in Salem, Oregon in 1950.\n"
)


def test_a_blank_pinned_to_a_country_is_not_pinned_to_a_state() -> None:
    stem = "In 1921 the director began negotiating with the commissar in _____, Latvia."
    assert options(PINNED, "Riga", stem) is not None


def test_a_blank_pinned_to_a_state_takes_that_states_towns() -> None:
    # the gazetteer's first Salem is in India; the stem says Oregon
    offered = options(PINNED, "Salem", "The governor died in _____, Oregon in 1950.")
    assert offered is not None
    for name in offered:
        assert any(p.admin1 == "OR" for p in gazetteer().lookup(name)), name
