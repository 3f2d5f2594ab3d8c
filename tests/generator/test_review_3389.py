"""Items the blind review of seed 3389 judged bad, as snippet → stem or options cases
(docs/reviews/2026-12-07-seed-3389.md)."""

from __future__ import annotations

import questions

VICTORIA = (
    "= Victoria (Australia) =\n\nThe State of Victoria has a parliament of two houses. Its "
    "economy is highly diversified.\n\n"
)
HUNSDON = (
    "= Elizabeth Spencer, Baroness Hunsdon =\n\nElizabeth Spencer, Baroness Hunsdon (1552 – 25 "
    "February 1618) was an English noblewoman and a patron of music.\n\n"
)


def _items(text: str, name: str = "snippet.txt") -> list[questions.Item]:
    return list(questions.generate([questions.Source(name, text)]).items)


def test_a_place_titled_with_its_country_is_named_in_its_stems(stem_text) -> None:
    # items 15, 20, 32: "the Legislative Council", "lower house", "the state's" of which state?
    text = VICTORIA + "The state's lowest temperature of −11.7 °C was recorded at Omeo in 1965.\n"
    made = stem_text(text, "1965")
    assert made is not None and "Victoria" in made and "state's" not in made, made
    text = VICTORIA + "The Greens won their first lower house seats in 2010.\n"
    made = stem_text(text, "2010")
    assert made is not None and "Victoria" in made, made


def test_the_subject_of_a_biography_by_her_given_name_is_written_in_full(stem_text) -> None:
    # items 22, 36: "Elizabeth died on …", "Elizabeth's husband": which Elizabeth?
    text = HUNSDON + "Elizabeth's husband died in 1603.\n"
    assert stem_text(text, "1603") == "When did Elizabeth Spencer's husband die?"
    text = HUNSDON + "Queen Elizabeth visited the family at Blackfriars in 1600.\n"
    made = stem_text(text, "1600")
    assert made is None or "Elizabeth Spencer" not in made, made


def test_the_subject_under_another_name_is_no_distractor_for_its_neighbour() -> None:
    # item 23: "State of Victoria" offered as what borders Victoria on the west
    text = VICTORIA + (
        "Victoria is bordered by New South Wales to the north and South Australia to the west.\n"
    )
    items = [i for i in _items(text) if i.answer == "South Australia"]
    assert items, [i.stem.text for i in _items(text)]
    for item in items:
        assert not any("Victoria" in o.text for o in item.options), item.options
