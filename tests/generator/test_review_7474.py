"""Review 7474 (docs/reviews/2026-12-08-seed-7474.md), drawn after review 6868's fixes and the
two-sentence stems: 23 of 40 acceptable, 23 worth asking (12 of the failures were options).

Fixed, and pinned here:
- item 13: "from about 3.2 billion years … to about _____" among 2.2 and 3.1 billion: the
  options stay past the range's other end;
- item 20: "July 20, 1969" among three days of 1968: the odd year is the key;
- item 23: "On _____, 1960, a competition was announced, and on October 25, contracts were
  awarded" among November and December: a day the stem tells after the key bounds the options;
- item 32: "exceeded _____ Israel's" (five times): any smaller multiple exceeds it too;
- item 38: "1072 pounds" beside "842 pounds": thousands take their comma;
- item 8: "Much went for arms purchases": much of what?
Open:
- items 5, 10, 25, 26, 27, 35 and 37: options ruled out by what learners know (California's
  population, a Soviet republic, Milan for "Rome", the 1930s for computer networks, the Amur
  for a Roman retreat);
- items 29, 39 and 40: "the _____ industry designs", "the remaining _____ missions", "the
  conversion" (the paragraph's context);
- item 18: the article's own English ("97.03% speaks Hindi as their first language");
- worth asking: 17 of 40 judged trivia.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from questions import distract
from questions.distract.dates import _lone_part
from questions.distract.figures import _other_end
from questions.model import FigureValue
from questions.render import format_number

from .snippets import dangling_word, doc_facts, options_of

APOLLO = (
    "The Apollo program\n\nThe Apollo program was the third United States human spaceflight "
    "program. It ran from 1961 to 1972. "
)


def test_options_stay_past_the_ranges_other_end() -> None:
    text = APOLLO + (
        "They range in age from about 3.2 billion years for the basaltic samples derived from "
        "the lunar maria, to about 4.6 billion years for samples derived from the highlands "
        "crust.\n"
    )
    for option in options_of(text, "about 4.6 billion years"):
        assert float(option.text.split()[0]) > 3.2
    doc, facts = doc_facts(text)
    key = next(f for f in facts if f.text == "about 4.6 billion years")
    figures = [f for f in facts if f.kind == "figure"]
    pool = distract.Pool(figures, (), distract.Aliases(doc.text, doc.title))
    start = next(f for f in figures if f.text == "about 3.2 billion years")
    assert _other_end(key, pool) == start.detail.low


def test_a_day_told_after_the_key_bounds_the_options() -> None:
    text = APOLLO + (
        "On August 30, 1960, a feasibility study competition was announced, and on October 25, "
        "three study contracts were awarded to General Dynamics.\n"
    )
    days = [datetime.strptime(o.text, "%B %d, %Y") for o in options_of(text, "August 30, 1960")]
    assert all(day < datetime(1960, 10, 25) for day in days)


def test_the_odd_year_is_the_key() -> None:
    assert _lone_part(1969, 1968, [1968, 1968])
    assert not _lone_part(1969, 1969, [1968, 1968])
    assert not _lone_part(1969, 1968, [1968, 1969])


def test_exceeded_is_a_lower_bound() -> None:
    text = (
        "1973 oil crisis\n\nThe 1973 oil crisis began in October 1973. Saudi Arabia bought arms. "
        "By 1979, Saudi arms purchases from the US exceeded five times Israel's.\n"
    )
    options = options_of(text, "five times")
    assert all(
        o.correct or o.text not in ("two times", "three times", "four times") for o in options
    )


def test_thousands_take_their_comma_beside_a_key_under_a_thousand() -> None:
    key = FigureValue(842, 842, "", "exact", "pounds", "digits", 0, False)
    assert format_number(1072, key) == "1,072"
    written_plain = FigureValue(1500, 1500, "", "exact", "pounds", "digits", 0, False)
    assert format_number(1072, written_plain) == "1072"  # the article writes none


@pytest.mark.parametrize(
    ("stem", "dangles"),
    [
        ("Much went for arms purchases that exacerbated tensions in the Middle East.", "Much went"),
        ("Much of the revenue went for arms purchases in the Middle East.", None),
    ],
)
def test_much_went(stem: str, dangles: str | None) -> None:
    assert dangling_word(stem) == dangles
