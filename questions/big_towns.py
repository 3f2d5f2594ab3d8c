"""A place the stem gives away by a big town of it: "in the Bronx, _____" (New York City), "Los
Angeles, _____" (California), "In which country is St Jude's Church, Birmingham?" (England).
Anyone who knows the town knows the answer, and the options tempt no one."""

from __future__ import annotations

import re

from .gazetteer import gazetteer
from .model import BLANK

# The name written right before ", _____", and whether "the" opens it ("the Bronx"); any name
_NAME_BEFORE_BLANK = re.compile(
    r"(?P<the>\b[Tt]he )?(?P<name>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}), " + re.escape(BLANK)
)
_NAME_RUN = re.compile(r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}")
BIG_TOWN = 500_000  # a town everyone places: "Denver, _____" asks for Colorado by its name


def big_town_gives(stem: str, answer: str) -> bool:
    """True when a big town of the answer's state or country gives it away: the name before
    ", _____" ("in the Bronx, _____" for New York City, "Los Angeles, _____" for California),
    or for a state or country any name of the stem ("In which country is St Jude's Church,
    Birmingham?"). The options cannot tempt anyone who knows the town."""
    keys = gazetteer().lookup(answer)
    names = []
    if m := _NAME_BEFORE_BLANK.search(stem):
        names += [m["name"], "The " + m["name"]] if m["the"] else [m["name"]]
    if any(k.cls in ("country", "state") for k in keys):
        names += [r.group(0) for r in _NAME_RUN.finditer(stem)]
    towns = [p for n in names for p in gazetteer().lookup(n) if p.population >= BIG_TOWN]
    for key in keys:
        within_state = key.cls != "country" and key.admin1
        if any(
            t.country == key.country and (not within_state or t.admin1 == key.admin1) for t in towns
        ):
            return True
    return False
