"""Review 3164 (docs/reviews/2026-12-08-seed-3164.md): 30 of 40 acceptable, 24 worth asking.

Fixed, and pinned here:
- item 13: "about _____ deaths worldwide in 2010, down from 68,000 in 1990" offered 100,000: a
  value the key fell from bounds the options from above (and one it rose from, from below);
- items 10, 16 and 18: Canada, Cuba and Mexico for the United States' sanctions and aid, Ireland
  and Germany for the Britain India won independence from: a great power in a stem about world
  affairs takes the other powers, and no country is offered under two names (Britain and the
  United Kingdom).
Open:
- item 9: the article's own miscount ("the other four" rightly guided caliphs);
- item 14: India offered for an "Islamic Republic" (what learners know rules it out);
- items 25 and 34: context only the paragraph gives (which outbreak, a ceremony after what);
- item 28: a vote cancelled by a coup, defensible in either round's year;
- item 40: dates before the move the press release reports.
"""

from __future__ import annotations

from .snippets import options_of


def test_a_value_the_key_fell_from_bounds_its_options() -> None:
    text = (
        "Amoebiasis is an infection of the intestines. Amoebiasis caused about 55,000 deaths "
        "worldwide in 2010, down from 68,000 in 1990."
    )
    values = [int(o.text.replace(",", "")) for o in options_of(text, "about 55,000")]
    assert all(v < 68_000 for v in values), values


def test_a_great_power_takes_the_other_powers() -> None:
    text = (
        "Maududi was an important figure in the Islamic revival in India, and then after "
        "independence from Britain in 1947, in Pakistan."
    )
    texts = {o.text for o in options_of(text, "Britain")} - {"Britain"}
    assert texts <= {"France", "Germany", "Russia", "Spain", "Portugal", "United States"}, texts
    assert "United Kingdom" not in texts and "Ireland" not in texts
