"""The kind of land or site a place's name says by its class word: a key written with one
takes options of that kind ("Bielany Forest" among forests, not "Central Europe" or "Prussia",
which a gazetteer calls regions as well), and a key without one takes none of them."""

from __future__ import annotations

# Words that end a name of a kind of land or site: a key written with one takes options of
# that kind ("Kampinos Forest"), and one without takes none of them
_FORMS = {
    word: family
    for family, words in {
        "forest": "forest woods",
        "plain": "plain plains lowlands",
        "upland": "plateau highlands hills",
        "desert": "desert",
        "valley": "valley basin",
        "peninsula": "peninsula",
        "coast": "coast",
        "marsh": "marsh marshes swamp delta",
        "strait": "strait",
        "park": "park garden gardens",
        "street": "square street road avenue lane boulevard",
        "palace": "palace castle",
        "bridge": "bridge",
        "canal": "canal",
        "airport": "airport airfield aerodrome",
        "sea": "ocean sea",
        "falls": "falls waterfall",  # "Smiths Falls" is no river beside the St. Lawrence
    }.items()
    for word in words.split()
}


# Classes whose names say no kind: "Ivory Coast" is a country among countries
NAMED_AREAS = frozenset({"country", "state", "city", "county"})


def form_of(name: str) -> str:
    """The kind of land or site a name's last word says ("Kampinos Forest": a forest), or ""
    when it says none."""
    if " " not in name:
        return ""
    first, last = name.split(" ", 1)[0].lower(), name.rsplit(" ", 1)[-1].lower()
    if " of " in name and first in _FORMS:
        return _FORMS[first]  # "Palace of Culture and Science", "Park of Culture and Rest"
    return _FORMS.get(last, "")
