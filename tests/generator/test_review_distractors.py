"""Distractor families of the blind review of seed 4127 (docs/reviews/2026-12-06-seed-4127.md).

Each case is an invented snippet of the reviewed shape → the item's options obey the family's
rule, or the chooser refuses the item (never padding it with options that break the rule).
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from datetime import date

import pytest

import questions
from questions import distract
from questions.gazetteer import gazetteer
from questions.kinds import BY_NAME


def options(text: str, fact_text: str, stem: str, seed: int = 3) -> list[str] | None:
    """The distractors offered for the fact written `fact_text` under `stem`; None on refusal."""
    doc = questions.read(text, "s.txt")
    facts = questions.extract(doc, questions.segment(doc))
    fact = next(f for f in facts if f.text == fact_text)
    pool = distract.Pool(
        [f for f in facts if f.kind == fact.kind], (), distract.Aliases(text, doc.title)
    )
    result = BY_NAME[fact.kind].distract(fact, pool, stem, random.Random(seed))
    return None if result is None else [o.text for o in result[0] if not o.correct]


def countries_of(name: str) -> frozenset[str]:
    """Where a distractor lies: a country by its code, a city by its gazetteer country."""
    return frozenset(
        p.country for p in gazetteer().lookup(name) if p.cls in ("country", "city") and p.country
    )


def continents(codes: frozenset[str]) -> set[str]:
    return {gazetteer().continent.get(c, "") for c in codes}


def within(codes: str) -> Callable[[str], bool]:
    region = frozenset(codes.split())
    return lambda o: bool(countries_of(o)) and countries_of(o) <= region


def on_continent(cont: str) -> Callable[[str], bool]:
    return lambda o: continents(countries_of(o)) == {cont}


EAST_AFRICA = "KE ET TZ UG RW BI SO DJ ER SS"

RIFT = (
    "= Rift Valley archaeology =\n\nThe survey also covered caves in China and a quarry in South "
    "Africa. Grinding stones are known from Ethiopia. Early pottery was found in eastern Africa, "
    "at the open-air site of Maru 2 in Kenya.\n"
)
STEPPE = (
    "= Caravan trade =\n\nMerchants sold silk in France, Italy and Spain. Hoards of coins dating "
    "to 1210 were found near Lake Song Kol in Kyrgyzstan.\n"
)
DELTA = (
    "= Cholera =\n\nThe disease was studied in France, Italy and Spain. An outbreak that began in "
    "northern Thailand in 1901 eventually spread to Malaysia.\n"
)
COAST = (
    "= Famine =\n\nRelief came from China, India and Kyrgyzstan. In 1402 the famine moved along "
    "the coast to towns in Lebanon, Syria and Israel.\n"
)
CAVES = (
    "= Cave art =\n\nPainted walls are known at Hadar, Ethiopia, at Ileret, Kenya, and at "
    "Taung, South Africa. Pilgrims camp near Varunpur every spring. "
    "The Varunpur caves hold the oldest paintings in India.\n"
)
# (snippet, fact, stem, rule every distractor obeys)
REGION = [
    # the stem places the key in eastern Africa: the options lie there too (not China)
    (RIFT, "Kenya",
     "Early pottery was found in eastern Africa, at the open-air site of Maru 2 in _____.",
     within(EAST_AFRICA)),
    # a Central Asian lake: Asian countries, not the article's Western European ones
    (STEPPE, "Kyrgyzstan",
     "Hoards of coins dating to 1210 were found near Lake Song Kol in _____.", on_continent("AS")),
    (DELTA, "Malaysia",
     "An outbreak that began in northern Thailand in 1901 eventually spread to _____.",
     on_continent("AS")),
    # the Levant coast: neighbours of the key, not the far side of Asia
    (COAST, "Syria", "In 1402 the famine moved along the coast to towns in Lebanon, _____ and "
     "Israel.", lambda o: o not in ("China", "India", "Kyrgyzstan")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "fact", "stem", "good"), REGION)
def test_place_options_lie_near_the_key(
    text: str, fact: str, stem: str, good: Callable[[str], bool]
) -> None:
    offered = options(text, fact, stem)
    assert offered is not None and len(offered) == 3
    assert all(good(o) for o in offered), offered


def test_a_site_in_a_named_country_takes_no_site_from_elsewhere() -> None:
    # the article's other sites are in Africa; none tempts for a cave "in India": refuse
    offered = options(CAVES, "Varunpur", "The _____ caves hold the oldest paintings in India.")
    assert offered is None or not {"Hadar", "Ileret", "Taung"} & set(offered), offered


PLAGUE = (
    "= Sweating sickness =\n\nThe fever often struck the cities of North Africa. It reached Lyon and Marseille "
    "in 1510. In 1528, perhaps 9,000 people died of the sickness in Paris.\n"
)
SPREAD = (
    "= Carnival =\n\nThe custom came from China and Uganda. Later Norway took it up. The custom "
    "spread through Scandinavia and then Germany, becoming a spring festival.\n"
)
DISPERSAL = (
    "= Bronze Age =\n\nFinds are known from the Levant, Western Asia and West Turkana, and from "
    "East Africa. The change took place between 3000 and 1500 BC for most people living in "
    "North Africa and Eurasia.\n"
)
SCALE = [
    # a region is no option among cities
    (PLAGUE, "Paris", "In 1528, perhaps 9,000 people died of the sickness in _____.",
     lambda o: not any(p.cls in ("region", "continent") for p in gazetteer().lookup(o))),
    # a part of the region the stem names is no next step after it
    (SPREAD, "Germany", "The custom spread through Scandinavia and then _____, becoming a spring "
     "festival.", lambda o: not countries_of(o) & {"DK", "NO", "SE"} and o not in ("China",
                                                                                   "Uganda")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "fact", "stem", "good"), SCALE)
def test_place_options_are_of_the_keys_scale(
    text: str, fact: str, stem: str, good: Callable[[str], bool]
) -> None:
    offered = options(text, fact, stem)
    assert offered is not None and len(offered) == 3
    assert all(good(o) for o in offered), offered


def test_a_region_takes_regions_outside_the_stems_region_or_none() -> None:
    # "West Turkana" is a site, and the Levant and Western Asia lie in Eurasia: all true or odd
    offered = options(
        DISPERSAL,
        "North Africa",
        "The change took place between 3000 and 1500 BC for most people living in _____ and "
        "Eurasia.",
    )
    bad = {"West Turkana", "Levant", "Western Asia"}
    assert offered is None or not bad & set(offered), offered


def year(text: str) -> int:
    n = int(re.sub(r"\D", "", text))
    return -n if "BC" in text else n


def test_an_approximate_year_moves_by_its_own_rounding() -> None:
    text = (
        "= Farming =\n\nHerding reached the hills in 9000 BC. The northern valleys took up "
        "farming around 6000 BC.\n"
    )
    offered = options(text, "6000 BC", "The northern valleys took up farming around _____.")
    assert offered is not None and len(offered) == 3
    assert all(year(o) % 1000 == 0 and abs(year(o) + 6000) >= 1000 for o in offered), offered


def test_an_approximate_figure_moves_by_its_own_rounding() -> None:
    text = "= Mill town =\n\nIn 1880 the mills employed about 6,000 workers.\n"
    offered = options(text, "about 6,000", "In 1880 the mills employed _____ workers.")
    assert offered is not None and len(offered) == 3
    values = [int(re.sub(r"\D", "", o)) for o in offered]
    assert all(v % 1000 == 0 and abs(v - 6000) >= 1000 for v in values), offered


def test_a_figure_distractor_is_beyond_the_keys_rounding() -> None:
    text = (
        "= Skulls =\n\nA jaw from the upper beds is dated to 1.80 mya. The oldest complete skull, "
        "found near the lake, is dated to 1.78 mya. Teeth from the river are dated to 1.60 mya.\n"
    )
    offered = options(text, "1.78 mya", "The oldest complete skull, found near the lake, is "
                      "dated to _____.")  # fmt: skip
    assert offered is not None and len(offered) == 3
    values = [float(o.split()[0]) for o in offered]
    assert all(abs(v - 1.78) >= max(0.178, 0.02) - 1e-9 for v in values), offered


MONTHS = "January February March April May June July August September October November December"


def day(text: str) -> date:
    d, m, y = text.split()
    return date(int(y), MONTHS.split().index(m) + 1, int(d))


@pytest.mark.parametrize("seed", [0, 1, 2, 3])
def test_day_dates_are_weeks_apart(seed: int) -> None:
    text = (
        "= Anna Holt =\n\n- Born: 20 June 1883\n\nAnna Holt was a surveyor. On 22 June 1883 her "
        "father bought a farm. She joined the survey office on 1 June 1916.\n"
    )
    offered = options(text, "1 June 1916", "Anna Holt joined the survey office on _____.", seed)
    assert offered is not None and len(offered) == 3
    days = sorted([day(o) for o in offered] + [date(1916, 6, 1)])
    assert all((b - a).days >= 7 for a, b in zip(days, days[1:], strict=False)), offered


def test_a_region_key_takes_no_part_of_itself() -> None:
    # Europe and Scandinavia lie inside Eurasia: each would be as true as the key
    text = (
        "= Iron Age =\n\nSmiths worked in Europe, in Scandinavia and in the Levant. Iron came "
        "late to most people living in South America and Eurasia.\n"
    )
    offered = options(text, "Eurasia", "Iron came late to most people living in South America "
                      "and _____.")  # fmt: skip
    assert offered is None or not {"Europe", "Scandinavia", "Levant"} & set(offered), offered


def test_a_region_read_as_a_city_gets_regions() -> None:
    text = (
        "= Cholera =\n\nThe fever reached Lyon and Marseille and Bergen. Cholera often struck the "
        "cities of West Africa.\n"
    )
    offered = options(text, "West Africa", "Cholera often struck the cities of _____.")
    assert offered is None or all(
        any(p.cls == "region" for p in gazetteer().lookup(o)) for o in offered
    ), offered


def test_a_blank_pinned_to_a_state_takes_the_keys_countrys_state() -> None:
    # Liberia has a Maryland too: the key lies in the United States, and so do its options
    text = "= Ann Pell =\n\nAnn Pell was a nurse. She died at a clinic in Bethesda, Maryland in 1964.\n"
    offered = options(text, "Bethesda", "Ann Pell died at a clinic in _____, Maryland in 1964.")
    assert offered is not None and len(offered) == 3
    assert all(countries_of(o) == {"US"} for o in offered), offered


def test_an_approximate_odd_year_keeps_its_item_a_decade_away() -> None:
    text = "= Jane Ord =\n\nJane Ord was born c. 1509. She married in 1531 and died in 1562.\n"
    offered = options(text, "c. 1509", "Jane Ord was born _____.")
    assert offered is not None and len(offered) == 3
    assert all(abs(int(o.split()[-1]) - 1509) >= 10 for o in offered), offered


def test_a_region_is_offered_under_one_name() -> None:
    text = (
        "= Rats =\n\nThe rat lives in East Asia, in the Far East and in Southeast Asia. It is "
        "common in Central Asia, Western Asia and Northern India.\n"
    )
    offered = options(text, "Western Asia", "It is common in Central Asia, _____ and Northern "
                      "India.")  # fmt: skip
    assert offered is None or not {"East Asia", "Far East"} <= set(offered), offered
    assert offered is None or "Scandinavia" not in offered
