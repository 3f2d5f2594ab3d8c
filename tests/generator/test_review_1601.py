"""Review 1601 (docs/reviews/2026-12-08-seed-1601.md): 27 of 40 acceptable, 23 worth asking.

Fixed, and pinned here:
- item 16: "The UK" opened the stem and "the Netherlands" beside it did not: every option's
  "the" is now written as the key's;
- item 27: Fields Medal years off the four-year cycle the article states ("awarded every four
  years since 1950"): a year on an article's cycle takes options on it (`Pool.cycles`), or none.
Open:
- items 3, 21, 26, 28, 36 and 40: options ruled out by what the stem or the world implies (a
  rate above the next generation's, a four-year degree, "4 March" as an age cut-off, an age
  above a winner's limit, a seven-cylinder car);
- items 5 and 23: "Arab oil" and "US/_____" give the key by association;
- items 29 and 33: context only the paragraph gives (which country's motorists, what was
  followed "shortly thereafter");
- item 37: "the upcoming congress" rules out earlier years.
"""

from __future__ import annotations

import questions
from questions.distract.dates import _period

from .snippets import options_of

_OIL = """= 1973 oil crisis =

The 1973 oil crisis began in October 1973 when the members of OPEC proclaimed an oil embargo. \
France and Germany were hit, and the Netherlands faced a complete embargo.

The UK had traditionally been an ally of Israel, and its government supported the Israelis \
during the war.
"""


def test_options_write_the_as_the_key_does() -> None:
    bank = questions.generate([questions.Source("oil.txt", _OIL)], seed=7, max_per_document=100)
    item = next(i for i in bank.items if "_____ had traditionally" in i.stem.text)
    assert item.stem.text.startswith("The 1973 oil crisis: _____")  # after the topic
    texts = [o.text for o in item.options]
    assert "The UK" in texts and "The Netherlands" in texts, texts
    assert item.answer == "The UK"  # the key as the article writes it


_FIELDS = (
    "The medal was first awarded in 1936 to Lars Ahlfors and Jesse Douglas, and it has been "
    "awarded every four years since 1950. Jean-Pierre Serre won it in 1954. Alexander "
    "Grothendieck boycotted the congress in 1966. Sergei Novikov could not travel to Nice in "
    "1970. In 1982, Alain Connes won it. In 1990, Edward Witten became the first physicist to win "
    "the award. In 2006, Grigori Perelman refused his Fields Medal."
)


def test_a_year_on_the_article_s_cycle_takes_options_on_it() -> None:
    options = options_of(_FIELDS, "2006")
    years = [int(o.text) for o in options]
    assert all((y - 2006) % 4 == 0 for y in years), years


def test_the_cycle_is_counted_from_its_own_sentence_s_years() -> None:
    cycles = {4: frozenset({1936, 1950})}
    assert _period(cycles, 2022) == 4
    assert _period(cycles, 1997) is None  # the film of 1997 is no award year
    assert _period({4: frozenset()}, 2022) is None  # a cycle with no year to count from
