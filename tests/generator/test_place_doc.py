"""Document-level place evidence: which towns an article writes as a team's or an institution's
name. Each case is an article snippet → the answer for one name."""

from __future__ import annotations

import pytest

from questions.extract.place_doc import TownUses

BRONCOS = (
    "The Denver Broncos won. The Broncos scored first. Later the Denver Broncos kicked a goal "
    "and the Broncos led. Denver's defense held."
)

TEAMS = [
    (BRONCOS, "Denver", True),
    # the plural must follow the whole name: "NDenver Broncos" and "Denver-Broncos" do not count
    (
        BRONCOS.replace("The Denver", "The NDenver").replace("the Denver", "the NDenver"),
        "Denver",
        False,
    ),
    (BRONCOS.replace("Denver Broncos", "Denver-Broncos"), "Denver", False),
    # once is not enough, and the plural must stand alone after "the" twice
    (BRONCOS.replace("Later the Denver Broncos", "Later the team"), "Denver", False),
    (BRONCOS.replace("the Broncos led", "they led"), "Denver", False),
    # a name of several words, and one that ends in the same two letters as another
    (
        "New York Giants lost. New York Giants won. The Giants sang. The Giants wept.",
        "New York",
        True,
    ),
    ("New York Giants lost. New York Giants won. The Giants sang. The Giants wept.", "Cork", False),
]


@pytest.mark.parametrize(("text", "name", "team"), TEAMS)
def test_a_town_written_as_its_team(text: str, name: str, team: bool) -> None:
    assert TownUses(text).team(name) is team


INSTITUTIONS = [
    ("She studied at Radcliffe College and taught at the Radcliffe Institute.", "Radcliffe", True),
    ("She studied at Radcliffe College and lived in Radcliffe.", "Radcliffe", False),
    ("Sites: Harvard University, Harvard School of Design.", "Harvard", True),
    ("Sites: XHarvard University, XHarvard School of Design.", "Harvard", False),
]


@pytest.mark.parametrize(("text", "name", "body"), INSTITUTIONS)
def test_a_town_written_as_an_institution(text: str, name: str, body: bool) -> None:
    assert TownUses(text).institution(name) is body
