"""Review 8421 (docs/reviews/2026-12-07-seed-8421.md), drawn after this round's coverage fixes:
20 of 40 acceptable, 18 worth asking.

Fixed, and pinned here:
- items 4 and 18: "Central and _____" (Eastern Europe) is one name in two parts, and "the
  Eastern Bloc" is a bloc of states, not a place options can share the form of;
- item 5: "one of the largest … in _____" (Europe) in an article set in Poland, and a stem that
  is a subordinate clause with no main clause ("While the Institute … it is one of …");
- item 6: a day the stem gives to something else ("defended till September 27") is no option;
- item 12: "the _____ other madrasas … are known as the Sani Medrese and Evvel Medrese";
- item 22: "the last _____ models listed", "like already mentioned": what the article listed;
- items 25, 26, 28 and 31: the article's slips ("was formally a royal garden", "According to
  Russian census", "301,1 %", "successful, however it went on");
- item 27: "Four minarets … The _____ taller ones": a part is fewer than its whole;
- item 31: a borrowed sentence's "Thus," is dropped with it;
- item 32: "Bielany Forest" among "Central Europe", "Eastern Europe" and "Prussia" (all regions
  to the gazetteer): a key whose name says its kind of land takes options of that kind.
Open:
- item 3: France, Ireland and Italy beside "the UK" for the Victoria and Albert Museum (what
  learners know);
- item 4: "Isaac Bashevis Singer" read as a place after "the beloved city of";
- item 20: September 1936 beside 1944 dates for the Red Army's advance (what learners know);
- items 34 and 35: districts that all share the fact, and "(1939)" dropped from "the Siege of
  Warsaw (1939)" so the stem reads as if the award came during the siege;
- item 37: the mausoleum's dome asked as the mosque's (the sentence before says whose);
- item 40: "the sum of _____ primes" is "at most six": seven is as true;
- worth asking: 22 of 40 judged trivia (areas, counts, years of statistics).
"""

from __future__ import annotations

import pytest

import questions
from questions.counts_given import given_by_the_stem
from questions.distract.place_forms import form_of
from questions.distract.place_stems import settled
from questions.lint import Checked, hard_flaws

from .snippets import dangling_word, options_of, stem_of

POLAND = (
    "= Warsaw =\n\nWarsaw is the capital of Poland. Poland has many cities. The Polish parliament "
    "meets in Warsaw, in Poland's centre. Poland joined NATO in 1999 and Poland joined "
    "the European Union in 2004.\n\n"
)


@pytest.mark.parametrize(
    ("stem", "dangles"),
    [
        ("Most models listed were also sent abroad in 1975.", "listed"),
        ("The two taller ones have three balconies and rise to 63.8 m.", "The two taller ones"),
        ("The older ones of the minarets rise to 63.8 m.", None),
        (  # the ones of a plural the stem names
            "The train was composed of two parts; the front carriages came from Zwolle and the "
            "rear ones from Enschede.",
            None,
        ),
        ("Its districts have some entitlements, like already mentioned car registration.", "Its"),
        (
            "Warsaw's districts have some entitlements, like already mentioned car registration.",
            "already mentioned",
        ),
        ("The Grainger Market was listed grade I in 1954 by English Heritage.", None),
        ("Companies listed on the exchange rose in 2007.", None),
    ],
)
def test_what_the_article_listed_or_mentioned_before(stem: str, dangles: str | None) -> None:
    assert dangling_word(stem) == dangles


def test_a_day_the_stem_gives_to_something_else_is_no_option() -> None:
    text = (
        POLAND + "After the German Invasion of Poland on 1 September 1939 began the Second World "
        "War, Warsaw was defended till September 27. Warsaw was bombed on 24 September 1939 and "
        "again on 25 September 1939. The Warsaw Uprising began on 1 August 1944.\n"
    )
    options = options_of(text, "1 September 1939")
    assert "27 September 1939" not in {o.text for o in options}


@pytest.mark.parametrize(
    ("stem", "key", "refused"),
    [
        ("The exchange is one of the largest in Central and _____.", "Eastern Europe", True),
        ("Forces were stationed at points in North and _____.", "South America", True),
        ("The exchange is one of the largest in Central Europe and _____.", "Scandinavia", False),
    ],
)
def test_a_region_named_in_two_parts_is_not_asked_by_its_second(
    stem: str, key: str, refused: bool
) -> None:
    assert settled(stem, key) == refused


def _keys(text: str) -> set[str]:
    bank = questions.generate([questions.Source("s.txt", text)])
    return {i.answer for i in bank.items}


def test_a_bloc_and_the_home_country_s_continent_are_not_asked() -> None:
    text = (
        POLAND + "Warsaw suffered during its time as an Eastern Bloc economy in 1960. The "
        "Institute of Oncology is one of the largest oncological institutions in Europe. Warsaw "
        "lies 523 km east of Berlin, and trains run to Asia and Africa in 2010.\n"
    )
    keys = _keys(text)
    assert "Berlin" in keys  # the article's places are still asked
    assert not keys & {"Eastern Bloc", "Europe"}


@pytest.mark.parametrize(
    "stem",
    [
        "Warsaw: According to Russian census of 1897, out of the total population of _____.",
        "The armed struggle was partially successful, however it went on for _____.",
        "In Warsaw, the Saxon Garden, covering the area of _____, was formally a royal garden.",
        "GDP of Warsaw in _____ amounted to 191.766 billion PLN, which was 301,1 % of the average.",
        "Warsaw: While the Institute of Oncology it is one of the largest institutions in _____.",
    ],
)
def test_the_article_s_slips_are_hard_flaws(stem: str) -> None:
    options = (("2010", True), ("2007", False), ("2011", False), ("2012", False))
    flaws = hard_flaws(Checked("date", "cloze", stem, options))
    assert any("slip" in f for f in flaws), flaws


def test_a_sentence_with_a_comma_after_its_clause_is_no_slip() -> None:
    stem = "While at Yale, he met the sculptor in _____."
    options = (("2010", True), ("2007", False), ("2011", False), ("2012", False))
    assert not hard_flaws(Checked("date", "cloze", stem, options))


def test_names_after_are_known_as_give_the_count() -> None:
    stem = (
        "At the Süleymaniye Mosque, the _____ other madrasas, on the southwest side, are known "
        "as the Sani Medrese and Evvel Medrese and have regular floor plans."
    )
    assert given_by_the_stem(stem, "two") == ["stem lists what the blank describes"]


def test_a_part_of_a_count_the_stem_gives_is_fewer_than_it() -> None:
    text = (
        "= Süleymaniye Mosque =\n\nThe Süleymaniye Mosque is a mosque in Istanbul. It was built "
        "in 1557.\n\nFour minarets occupy the four corners of the courtyard. The two taller ones "
        "have three balconies and rise to 63.8 m.\n"
    )
    stem = stem_of(text, "two")
    assert stem is not None and "Four minarets occupy" in stem.text  # what the ones are
    bank = questions.generate([questions.Source("s.txt", text)])
    asked = [i for i in bank.items if i.answer == "two"]
    # one and three are all a part of four may be: too few options, so no item
    assert all(o.text in ("one", "two", "three") for i in asked for o in i.options)
    assert not asked


def test_a_borrowed_sentence_s_link_to_the_one_before_is_dropped() -> None:
    text = (
        POLAND + "The Red Army neared the city in July 1944. Thus, on 1 August 1944, the Warsaw "
        "Uprising began. It was planned to last 48 hours and went on for 63 days.\n"
    )
    stem = stem_of(text, "48 hours")
    assert stem is not None
    assert stem.text.startswith("On 1 August 1944, the Warsaw Uprising began.")


@pytest.mark.parametrize(
    ("name", "form"),
    [
        ("Bielany Forest", "forest"),
        ("Kampinos Forest", "forest"),
        ("Central Europe", ""),
        ("Palace of Culture and Science", "palace"),
        ("Saxon Garden", "park"),
        ("Azusa Street", "street"),
        ("Santa Fe Avenue", "street"),
        ("Prussia", ""),
        # review 7159 item 21: airports take airports
        ("Dolpa Airport", "airport"),
        ("Bajura", ""),
        # review 2903 items 12 and 20: seas and oceans take seas and oceans
        ("Atlantic Ocean", "sea"),
        ("Caribbean Sea", "sea"),
        ("Sea of Japan", "sea"),
        ("Antarctic", ""),
    ],
)
def test_the_kind_of_land_a_name_says(name: str, form: str) -> None:
    assert form_of(name) == form


def test_a_forest_takes_no_regions_as_options() -> None:
    text = (
        POLAND + "Bielany Forest nature reserve is connected with Kampinos Forest. Warsaw lies "
        "in Central Europe, once in Prussia, and in Eastern Europe by some accounts.\n"
    )
    keys = _keys(text)
    assert "Bielany Forest" not in keys and "Kampinos Forest" not in keys  # no two other forests
