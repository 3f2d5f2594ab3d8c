"""Review 7731 (docs/reviews/2026-12-08-seed-7731.md): 23 of 40 acceptable, 28 worth asking.

Fixed, and pinned here:
- item 34: "The Saturn IB could send over _____ into low Earth orbit" took options below the key,
  all as true: a capacity's bound (its modal before the figure) keeps its side; only a
  threshold's ("more than 60 kPa can lead to fibrosis", the modal after it) turns;
- items 14 and 28: Berlin, Bucharest, Beijing and Kabul for where the NKVD arrested or shot a
  man: a capital takes the capitals near it only where the stem is about a state's affairs
  (a government, an embassy, a treaty); elsewhere its country's towns;
- items 17 and 22: Timor Leste beside 1969 and Vietnam in 1937: states that did not exist yet;
- items 21 and 33: see review 5067.
Open:
- items 7, 9, 24, 25, 38 and 39: context only the paragraph gives ("suggested it", "the triad",
  "The images", which Government House, "her" after a man's name);
- items 13, 23 and 37: options ruled out by the story or by what learners know (years after the
  programme ended, before the Macintosh; the stem says which mission failed);
- item 14: "executed by NKVD", the article's own English.
"""

from __future__ import annotations

from questions.distract.eras import named_then

from .snippets import options_of


def test_a_capacity_s_bound_keeps_its_side() -> None:
    text = (
        "The Saturn IB was an upgraded version of the Saturn I. It could send over 40,000 pounds "
        "into low Earth orbit, enough for a crewed spacecraft."
    )
    values = [
        int(o.text.split()[0].replace(",", "")) for o in options_of(text, "over 40,000 pounds")
    ]
    assert all(v >= 40_000 for v in values), values


def test_a_threshold_s_bound_turns() -> None:
    text = (
        "Oxygen toxicity to the lungs and nervous system can occur. Breathing oxygen at partial "
        "pressures greater than 60 kPa can lead to permanent pulmonary fibrosis."
    )
    values = [int(o.text.split()[0]) for o in options_of(text, "greater than 60 kPa")]
    assert all(v <= 60 for v in values), values


def test_a_capital_outside_state_affairs_takes_its_country_s_towns() -> None:
    text = (
        "During the Great Purge, Yevgeny Polivanov was arrested on 16 August 1937 in Bishkek and "
        "was charged with spying for Japan."
    )
    texts = {o.text for o in options_of(text, "Bishkek")}
    assert not texts & {"Beijing", "Kabul", "Hanoi", "Astana", "Tashkent", "Dushanbe"}, texts


def test_states_that_did_not_exist_yet() -> None:
    assert not named_then("Timor Leste", [1969])
    assert not named_then("Vietnam", [1937])
    assert named_then("Vietnam", [1968])
