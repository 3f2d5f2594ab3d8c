"""Review 6620 (docs/reviews/2026-12-07-seed-6620.md): each family of the items marked bad.

- item 31: "It is estimated that …" is no pronoun for the subject ("Amoebiasis is estimated");
- item 27: a question ending in a quotation keeps its words, not its full stop;
- item 6: "the company" is not "the First Company" (a word of "First Company Law Directive");
- item 33: "Paris" in a biography of a man who lived in Texas is the French capital;
- item 30: a territory (Gibraltar) is no option for a member state holding a referendum;
- item 13: a place inside a list after "including" has no wrong options (any other is true);
- item 19: another date of the article a century away is no option;
- item 18: "in _____, down from 68,000 in 1990" asks for a year after 1990;
- item 9: a subordinate clause is not cut from the main clause that follows it.
Items 23 and 24 ("the first one", "At the time") are pinned in test_stems_referents.py.
Open: items 3, 8, 36 (a referent carried by a noun phrase: "the earliest evidence", "a good
candidate also"), 11 and 15 (a city or a demonym in the stem gives the country away),
14 and 38 (an obituary before a death, a court's principles before the court), 21 (a negative
sentence true of every place), 22 (a symbolic city offered its suburbs), 34 (a town's name
without its diacritics). Item 16 ("The _____" fitting only "UK") is pinned in
test_place_articles.py.
"""

from __future__ import annotations

import random

import pytest

import questions
from questions.distract import dates, places
from questions.distract.common import Pool
from questions.model import PlaceValue

AMOEBA = (
    "= Amoebiasis =\n\nAmoebiasis is an infection. Amoebiasis is present all over the world. It "
    "is estimated that approximately 50 million people are infected each year.\n"
)


def _facts(text: str) -> list[questions.Fact]:
    doc = questions.read(text, "s.txt")
    return questions.extract(doc, questions.segment(doc))


def _items(text: str) -> list[questions.Item]:
    return list(questions.generate([questions.Source("s.txt", text)]).items)


def test_an_expletive_it_is_not_the_subject(stem_text) -> None:
    made = stem_text(AMOEBA, "approximately 50 million")
    assert made is not None and "It is estimated" in made, made


def test_a_question_ending_in_a_quotation_drops_its_full_stop(stem_text) -> None:
    text = (
        "= Leo Strauss =\n\nLeo Strauss (1899 – 1973) was a philosopher.\n\n"
        'In 1939, Strauss called for a reconsideration of the "distinction between exoteric '
        'and esoteric teaching."\n'
    )
    made = stem_text(text, "1939")
    assert made is not None and made.endswith('teaching"?'), made


def test_a_name_inside_a_longer_name_is_no_short_form(stem_text) -> None:
    text = (
        "= Company law =\n\nCompany law is law.\n\nThe First Company Law Directive was "
        "adopted. Denmark said companies needed 200,000 krone in case the company failed.\n"
    )
    made = stem_text(text, "200,000 krone")
    assert made is None or "the First Company failed" not in made, made


def test_a_world_city_outweighs_a_small_home_town_of_its_name() -> None:
    text = (
        "= Leo Strauss =\n\nLeo Strauss taught in Chicago, Illinois and in Dallas, Texas. He "
        "lived in Houston, Texas. He moved to Austin, Texas.\n\nIn 1933, Strauss married in "
        "Paris.\n"
    )
    found = {f.text: f.detail.country for f in _facts(text) if f.kind == "place"}
    assert found.get("Paris") == "FR", found


@pytest.mark.parametrize(("name", "offered"), [("Gibraltar", False), ("Luxembourg", True)])
def test_a_territory_is_no_option_for_a_large_country(name: str, offered: bool) -> None:
    france = PlaceValue("France", "country", "FR", population=66_987_244)
    assert places._same_scale(france, name) is offered


@pytest.mark.parametrize(
    ("stem", "asked"),
    [
        (
            "Petroglyphs were found in many parts, including Australia, Asia, _____, and Europe.",
            False,
        ),
        ("Petroglyphs were found in many parts, such as _____.", False),
        ("Petroglyphs were first found in _____ by a French team.", True),
    ],
)
def test_a_place_inside_an_open_list_is_not_asked(stem: str, asked: bool) -> None:
    text = (
        "= Stone Age =\n\nThe Stone Age was a period.\n\nPetroglyphs have been found in "
        "Australia, Asia, North America, South America, Africa and Europe.\n"
    )
    facts = [f for f in _facts(text) if f.kind == "place"]
    key = next(f for f in facts if f.text == "South America")
    made = places.choose(key, Pool(facts), stem, random.Random(7))
    assert (made is not None) is asked


def test_a_date_of_the_article_a_century_away_is_no_option() -> None:
    text = (
        "= Stone Age =\n\nThe Stone Age was a period.\n\nIn 1859 Worsaae proposed a division of "
        "the Stone Age. In 1947 Louis Leakey hosted a congress. In 1955 another one was held.\n"
    )
    doc = questions.read(text, "s.txt")
    facts = questions.extract(doc, questions.segment(doc))
    key = next(f for f in facts if f.text == "1859")
    made = dates.choose(
        key, Pool([f for f in facts if f.kind == "date"]), "In _____ X.", random.Random(7)
    )
    assert made is not None
    assert not {"1947", "1955"} & {o.text for o in made[0]}, made[0]


@pytest.mark.parametrize(
    ("stem", "year", "low"),
    [
        ("Amoebiasis caused 55,000 deaths in _____, down from 68,000 in 1990.", 2010, 1991),
        ("It grew to 9,000 in _____, up from 2,000 in 1950.", 1970, 1951),
    ],
)
def test_a_figure_compared_with_an_earlier_year_asks_a_later_one(
    stem: str, year: int, low: int
) -> None:
    assert dates.stem_bounds(stem, year)[0] == low


def test_a_subordinate_clause_is_not_cut_from_its_main_clause(stem_text) -> None:
    text = (
        "= EU law =\n\nEU law is a body of law.\n\nThe Italian Constitutional Court gave an "
        "opinion that because the nationalisation law was from 1962, and the treaty was in force "
        "from 1958, Costa had no claim.\n"
    )
    made = stem_text(text, "1962")
    assert made is None or "Costa had no claim" in made, made
