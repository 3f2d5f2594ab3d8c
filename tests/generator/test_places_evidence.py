"""Place evidence cases: article snippet → the place names found, or none."""

from __future__ import annotations

import pytest

FOUND = [
    # "City, State" and "City, Country": both names, even a town no gazetteer lists
    ("The mill stood in Oakvale, Ohio, until 1900.", {"Oakvale", "Ohio"}),
    ("Stoloff was born in Philadelphia, Pennsylvania, USA.", {"Philadelphia", "Pennsylvania", "USA"}),
    ("The poems were printed in Cambridge, UK, in 2008.", {"Cambridge", "UK"}),
    # a capitalised class word stays part of the name, before or after it
    ("The train crossed the Saco River at dawn.", {"Saco River"}),
    ("He farmed in Ford County for a decade.", {"Ford County"}),
    ("The final was played at Lakeside Stadium.", {"Lakeside Stadium"}),
    ("They camped on the shore of Lake Tahoe.", {"Lake Tahoe"}),
    ("A bridge once spanned the River Tyne.", {"River Tyne"}),
    # abbreviations, continents, regions and household states need no cue
    ("He studied in the U.S. before the war.", {"U.S."}),
    ("Europe suffered a cold winter.", {"Europe"}),
    ("The Middle East supplies much of the oil.", {"Middle East"}),
    ("Texas voted against the measure.", {"Texas"}),
    # a strong cue is enough for a name no gazetteer knows
    ("She was born in Brindlecombe in 1901.", {"Brindlecombe"}),
    ("The village of Zorvek lies on the plain.", {"Zorvek"}),
    ("Temujin was probably born in 1162 in Deluun Boldog.", {"Deluun Boldog"}),
    # a title's "of" names a place; a compass word before a known place keeps it whole
    ("He wrote to the Mayor of Brampton about roads.", {"Brampton"}),
    ("The ship sailed along Northern Norway.", {"Northern Norway"}),
    # a list shares the evidence of its members
    ("The tour visited Walsall, Luton and London.", {"Walsall", "Luton", "London"}),
    ("In England, the line leads to Portchester and Fareham.", {"Fareham"}),
    ("A bomb hit the Iraqi city of Zawrat. Iraqi units fled.", {"Zawrat"}),
    ("Ratzel of Germany and Mackinder of Britain agreed.", {"Germany", "Britain"}),
    # a definition names a place; so does the class noun before "of"
    ("Zorvek is a small village in the hills.", {"Zorvek"}),
    ("Velmar (also Velmarsk) is a municipality of the district.", {"Velmar"}),
    ("It lies in the Chittoor District of Andhra Pradesh.", {"Chittoor", "Andhra Pradesh"}),
    # possessives, names joined by "and", and short names of cities
    ("The station is Perth's only talk station.", {"Perth"}),
    ("It is the largest hospital in Mostar, Bosnia and Herzegovina.", {"Bosnia and Herzegovina"}),
    ("A settlement called Shane's Corners grew there.", {"Shane's Corners"}),
    ("He was born in 1793 in Frankfurt and died in 1866.", {"Frankfurt"}),
    ("Few immigrants came to America from the south.", {"America"}),
    # a strong cue holds for names ending like demonyms; "the South" is a region
    ("After the order, Jochi remained in Khorasan.", {"Khorasan"}),
    ("In the United States especially, cases were reported.", {"United States"}),
    ("The others (mostly in the South) have not.", {"South"}),
    # an English word is a place after "in" or "at" when the gazetteer knows it
    ("The tour began with gigs in Cork and Dundalk.", {"Cork"}),
]  # fmt: skip


@pytest.mark.parametrize(("snippet", "names"), FOUND)
def test_places_with_evidence(facts_of, snippet: str, names: set[str]) -> None:
    assert names <= {f.text for f in facts_of(snippet, "place")}


def test_a_name_once_a_place_is_a_place_throughout(facts_of) -> None:
    snippet = "He was born in Brindlecombe. Brindlecombe later grew into a town."
    assert [f.text for f in facts_of(snippet, "place")] == ["Brindlecombe", "Brindlecombe"]


NOT_PLACES = [
    "He played for the University of Texas for three years.",
    "Coronado Unified School District runs ten schools.",
    "The Roman Catholic Church opposed the plan.",
    "A Storm to Come is the debut album of the band.",
    "The Islamic State of Iraq and the Levant attacked the town.",
    "Louis was willing to stand up to Richelieu when necessary.",
    "Pakistani intruders crossed the line.",
    "Mussolini wrote to Mori about the matter.",
    "Voegelin thought studying Popper's views a waste. He taught in Paris.",
    "He attended Washington and Lee University for two years.",
    "He read one page of Plato. Reading is of no use to him.",
    "They settled in Italian lands after the war.",
    "He hoped to reach the North and South Poles by air.",
    "The magazine Us reported it first.",
    "It replaced the 55th New York in the line.",
    "A bomb hit the Iraqi city of Paris. Several Iraqi divisions surrendered.",
]


@pytest.mark.parametrize("snippet", NOT_PLACES)
def test_names_that_are_not_places(facts_of, snippet: str) -> None:
    found = {f.text for f in facts_of(snippet, "place")}
    assert not found - {"Paris"}


@pytest.mark.parametrize(
    ("snippet", "name"),
    [
        ("Texas remained in Confederate hands throughout the war.", "Confederate"),
        (
            "Helicopters began evacuating South Vietnamese, U.S., and other nationals.",
            "South Vietnamese",
        ),
    ],
)
def test_names_qualifying_a_noun_are_not_places(facts_of, snippet: str, name: str) -> None:
    assert name not in {f.text for f in facts_of(snippet, "place")}


def test_biography_subject_is_not_a_place_after_in(facts_of) -> None:
    snippet = (
        "= Thomas Edison =\n\nInfobox\n- Born: 1847\n\n"
        "The work culminated in Edison effect bulbs. A plant opened in Edison, New Jersey.\n"
    )
    found = [(f.text, f.start) for f in facts_of(snippet, "place")]
    assert [name for name, _ in found if name == "Edison"] == ["Edison"]
    assert all(start > snippet.index("plant") for name, start in found if name == "Edison")


def test_a_country_named_outweighs_a_namesake_town_abroad(facts_of) -> None:
    # "Gold Coast", the colony, is also a city of Australia; the article names Ghana
    snippet = (
        "= Elmina Castle =\n\nElmina Castle was built in 1482 in Elmina. It stands on the Gold "
        "Coast. Ghana holds it. The Gold Coast traded gold. Ghana restored it. Ghana owns it. The Gold Coast "
        "was Dutch. The Gold Coast was British.\n\nThe people at Elmina were Fante.\n"
    )
    found = {f.text: f.detail.country for f in facts_of(snippet, "place")}
    assert found["Elmina"] == "GH", found


def test_britain_is_a_country(facts_of) -> None:
    found = {f.text: f.detail.cls for f in facts_of("Most phenol came from Britain.", "place")}
    assert found == {"Britain": "country"}


def test_common_word_before_a_country_is_not_a_place(facts_of) -> None:
    assert [f.text for f in facts_of("Accordingly, Italy declared war.", "place")] == ["Italy"]


VALUES = [
    ("He studied in the U.S. before the war.", "U.S.", "United States", "country"),
    ("He grew up in Jacksonville, Florida, and left.", "Florida", "Florida", "state"),
    ("The train crossed the Saco River at dawn.", "Saco River", "Saco River", "river"),
    # a region before a small town abroad of the same name (Palestine, Texas; Asia, Philippines)
    ("Hamas called for an Islamic state in Palestine.", "Palestine", "Palestine", "region"),
    ("The plague spread from Asia to Europe.", "Asia", "Asia", "continent"),
]


@pytest.mark.parametrize(("snippet", "text", "value", "cls"), VALUES)
def test_place_values(facts_of, snippet: str, text: str, value: str, cls: str) -> None:
    found = {f.text: (f.value, f.detail.cls) for f in facts_of(snippet, "place")}
    assert found[text] == (value, cls)


@pytest.mark.parametrize(
    "snippet",
    [
        "In 1938 he took command of a division, his flag in the cruiser Minneapolis.",
        "She served aboard the battleship Connecticut in 1907.",
    ],
)
def test_a_ship_named_after_a_place_is_no_place(facts_of, snippet: str) -> None:
    assert facts_of(snippet, "place") == []
