"""A river is offered the rivers of its continent, written as the key is; a continent the others."""

from __future__ import annotations

import questions


def _options(text: str, answer: str) -> list[str]:
    bank = questions.generate([questions.Source("snippet.txt", text)])
    item = next(i for i in bank.items if i.answer == answer)
    return [o.text for o in item.options]


def test_a_river_is_offered_rivers_of_its_continent() -> None:
    text = (
        "= Genghis Khan =\n\nGenghis Khan was the founder of the Mongol Empire.\n\n"
        "The Mongol army crossed the Yellow River in 1226, defeating the Tangut relief army.\n"
    )
    asia = {"Yangtze", "Ganges", "Indus", "Euphrates", "Tigris", "Mekong", "Yenisei", "Amur"}
    options = _options(text, "Yellow River")
    assert set(options) - {"Yellow River"} <= asia, options


def test_a_river_written_with_river_gets_options_written_so() -> None:
    text = (
        "= Warsaw =\n\nWarsaw is the capital of Poland.\n\n"
        "Warsaw lies on the Vistula River, 260 kilometres from the Baltic Sea.\n"
    )
    options = _options(text, "Vistula River")
    assert all(o.endswith(" River") for o in options), options


def test_a_continent_is_offered_other_continents() -> None:
    text = (
        "= 1973 oil crisis =\n\nThe 1973 oil crisis began in October 1973.\n\n"
        "An increase in imported cars into North America forced General Motors to introduce "
        "smaller cars in 1975.\n"
    )
    options = _options(text, "North America")
    continents = {"Africa", "Asia", "Europe", "North America", "South America", "Oceania"}
    assert set(options) <= continents and len(set(options)) == 4, options
