"""Review 5531 (docs/reviews/2026-12-07-seed-5531.md): the families of the items marked bad.

Fixed, and pinned here:
- items 17, 35: "a similar petition" points back to the sentence before: it dangles.
- item 1: "the fence" (which fence?) dangles, as "the barrier" and "the ramp" do.
- item 33: "Anne died in 1627" where the article names two Annes by their maiden names ("Anne,
  Lady Tredway (née Gerrard)", "Anne (née Glemham)"): a given name two people share is no stem.
- items 9, 37: "_____ in Rajasthan": the options lie in the state the stem names, although the
  two data sets code India's states differently.
- item 12: a long span's options neither lie inside the key nor hold it ("1613–1619" for
  "1610–1628" is as true).
- item 32: a key with decimals (9.47 m) takes none of the article's whole figures as options
  ("12 m" written "12.00 m").
- item 34: "the second anniversary of Mumtaz Mahal's death in _____": the blank may date the
  death too; no date item.
- items 5, 40: the country the article names far more than any other (India in the Line of
  Control's article, England in an English diplomat's) is not asked: every reader knows it.
Open:
- items 11, 19: "returned home" (from where?) and "became Provost" (of what?);
- items 25, 38: counts that the shape settles ("the four long sides" of a chamfered cube, a garden
  bounded on "five" sides);
- items 6, 21, 39: the article's own misspelling ("earthern"), garbled clause and missing hyphen
  ("four pointed stars").
"""

from __future__ import annotations

import random

import questions
from questions.dangling import ANAPHOR
from questions.distract import Pool, dates, places
from questions.distract.date_shifts import long_span, shifts
from questions.gazetteer import gazetteer
from questions.people import people, surname_edits


def _items(text: str) -> list[questions.Item]:
    return list(questions.generate([questions.Source("s.txt", text)], seed=7).items)


def _fact(text: str, written: str, kind: str) -> tuple[questions.Fact, list[questions.Fact]]:
    doc = questions.read(text, "s.txt")
    facts = [f for f in questions.extract(doc, questions.segment(doc)) if f.kind == kind]
    return next(f for f in facts if f.text == written), facts


def test_a_similar_thing_points_back() -> None:
    assert ANAPHOR.search("In 2005, a similar petition brought by Amar Nath Mishra was dismissed.")
    assert not ANAPHOR.search("In 2005, a petition similar to Oak's was dismissed by the court.")


def test_the_fence_needs_a_name() -> None:
    assert ANAPHOR.search("The fence generally remains about 150 yards on the Indian side.")
    assert not ANAPHOR.search("The Indian fence generally remains about 150 yards from Kashmir.")


def test_two_annes_told_apart_by_their_maiden_names() -> None:
    text = (
        "Carleton married in November 1607 the widowed Anne, Lady Tredway (née Gerrard), "
        "daughter of George Gerrard. Anne died in 1627, leaving no living children. He then "
        "married in 1630 Anne (née Glemham), widow of Paul Bayning."
    )
    found = people(text, "Dudley Carleton")
    assert "Anne" in found.shared_given
    assert surname_edits(found, "Anne died in 1627, leaving no living children.") is None


_TAJ = (
    "= Taj Mahal =\n\nThe Taj Mahal is a mausoleum in Agra, Uttar Pradesh, India.\n\n"
    "The white marble came from Makrana in Rajasthan, while the red sandstone was quarried "
    "from Fatehpur Sikri in Uttar Pradesh. Stone also came from Agra and from Delhi.\n"
)


def test_a_town_in_a_named_state_takes_towns_of_that_state() -> None:
    fact, facts = _fact(_TAJ, "Makrana", "place")
    stem = (
        "The white marble came from _____ in Rajasthan, while the red sandstone was quarried "
        "from Fatehpur Sikri in Uttar Pradesh."
    )
    result = places.choose(fact, Pool(facts), stem, random.Random(1))
    assert result is not None
    wrong = {o.text for o in result[0] if not o.correct}
    # Agra and Delhi, which the article names, lie outside Rajasthan; every option lies in it
    assert not wrong & {"Agra", "Delhi"}, wrong
    rajasthan = {p.admin1 for p in gazetteer().lookup("Makrana")}
    for name in wrong:
        assert {p.admin1 for p in gazetteer().lookup(name) if p.cls == "city"} & rajasthan, name


def test_a_long_span_s_options_neither_lie_inside_it_nor_hold_it() -> None:
    text = (
        "= Dudley Carleton =\n\nDudley Carleton (1573–1632) was an English diplomat.\n\nHis "
        "surviving letters cover the history of foreign affairs in the period 1610–1628.\n"
    )
    fact, facts = _fact(text, "1610–1628", "date")
    key = fact.detail
    assert isinstance(key, questions.DateValue) and long_span(key)
    for seed in range(30):
        for first, last in shifts(key, random.Random(seed)):
            inside = first[0] >= 1610 and last[0] <= 1628
            holds = first[0] <= 1610 and last[0] >= 1628
            assert not (inside or holds), (first, last)
    stem = "His surviving letters cover the history of foreign affairs in the period _____."
    result = dates.choose(fact, Pool(facts), stem, random.Random(1))
    assert result is not None  # still three options: both ends move the same way


def test_a_key_with_decimals_takes_no_whole_figures_of_the_article() -> None:
    text = (
        "= Taj Mahal =\n\nThe Taj Mahal is a mausoleum.\n\nThe drop from the 9.47 m high walls "
        "fed the fountains. The minarets are 12 m apart at the base and the plinth is 6 m "
        "high.\n"
    )
    items = [i for i in _items(text) if i.answer == "9.47 m"]
    for item in items:
        wrong = {o.text for o in item.options if not o.correct}
        assert not wrong & {"12.00 m", "6.00 m"}, wrong


def test_an_anniversary_s_year_is_not_asked() -> None:
    text = (
        "= Taj Mahal =\n\nThe Taj Mahal is a mausoleum.\n\nMumtaz Mahal died in 1631. The "
        "cenotaphs were covered by a gold screen on the second anniversary of Mumtaz Mahal's "
        "death in 1633, which was replaced by a marble screen in 1643.\n"
    )
    assert not [i for i in _items(text) if i.answer == "1633"]


def test_the_article_s_home_country_is_not_asked() -> None:
    text = (
        "= Line of Control =\n\nThe Line of Control is a military line in Kashmir.\n\n"
        "India and Pakistan fought over it in 1947. Mines have been laid across the "
        "India–Pakistan border in 1965. India built a fence in 2003. The observers of India "
        "reported in 1971. Troops of India left Siachen in 1984. The army of India returned in "
        "1999. China protested in 2010.\n"
    )
    keys = {i.answer for i in _items(text) if i.fact.kind == "place"}
    assert "India" not in keys, keys
