"""What follows a number: its unit (canonical), a rate ("per month"), a smaller unit joined to it
("6 ft 7 in"), a unit written once after a list ("10 by 16 metres") or a hyphenated noun."""

from __future__ import annotations

import re

from .figure_values import Found
from .figure_words import HYPHEN_ONLY, UNIT_ALTERNATION, unit_of

DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
UNITS = rf"(?:{UNIT_ALTERNATION})(?![\w²³])"
UNIT_AFTER = re.compile(rf"(?P<sp>\s?|-)(?P<u>{UNITS})(?P<old>[\s-]old\b)?")
RATE = re.compile(
    r"(?:\s+per\s+|/)(?P<per>(?:square\s+)?[a-z]+)\b"
    r"|\s+an?\s+(?P<per2>year|month|week|day|hour|barrel|head)\b|\s(?P<pa>p\.a\.)",
    re.I,
)
CARRIED_UNIT = re.compile(
    rf"(?:(?:\s?(?:by|x|×)\s?|,\s|\s(?:and|or|to)\s)(?:{DIGITS}))+\s?(?P<u>{UNITS})"
)  # "10 by 16 metres", "687 and 760 nm": the unit written once holds for each number
_HALF_A = re.compile(r"\s+an?\b")
_OF_UNIT = re.compile(rf"\s+of(?=\s(?:{UNIT_ALTERNATION})\b)")
_SMALLER = re.compile(
    rf",?\s(?:and\s)?(?P<n>\d{{1,3}})(?P<half>\s?1[⁄/]2|½)?\s?(?P<u>{UNITS}|in(?![\w.])|″)"
)  # "6 ft 7 in", "4 ft 8 1⁄2 in"
# a larger unit followed by a smaller one makes one quantity: "6 ft 7 in", "15 hours and 57 minutes"
UNIT_RATIOS = {
    ("feet", "inches"): 12,
    ("hours", "minutes"): 60,
    ("minutes", "seconds"): 60,
    ("days", "hours"): 24,
    ("weeks", "days"): 7,
    ("years", "months"): 12,
    ("pounds", "ounces"): 16,
}
_NEAR_RATIOS = {("years", "days"): 365.25, ("years", "weeks"): 52.18, ("months", "days"): 30.44}
HYPHEN_NOUN = re.compile(r"-(?P<noun>[a-z]{2,}[a-rt-z])\b(?!-)")  # singular: "12-screen"
# adjectives and ordinals after a hyphen: "three-dimensional", "six-pointed", "twenty-first"
_NOT_NOUN = re.compile(
    r"(?:ed|al|ic|ing|ly|ish|fold|th|ful|less|first|second|third|way|like)$"
    r"|^(?:odd|some|prefix|series|class|type|model)$"  # labels: "a 6-prefix", "a 3-series"
)


# Words between a number and its unit that say which of the unit's kind is counted.
_QUALIFIER = re.compile(
    r"\s+(?:rushing|receiving|passing|total|additional|extra|net|gross|combined|further)(?=\s)"
)


def read_unit(text: str, f: Found, currency: bool) -> None:
    """Read the unit, rate or hyphenated noun after the number into `f`."""
    pos = f.end
    if f.kind in "hv":
        a = _HALF_A.match(text, pos) if f.kind == "h" else _OF_UNIT.match(text, pos)
        pos = a.end() if a else pos  # "half a mile", "thousands of years"
    u = UNIT_AFTER.match(text, pos)
    if u is None and (q := _QUALIFIER.match(text, pos)):
        u = UNIT_AFTER.match(text, q.end())  # "989 rushing yards", "487 total yards"
    if u and _unit_ok(u, f):
        plural, singular = unit_of(re.sub(r"\s+", " ", u.group("u"))) or ("", "")
        f.unit = singular if f.low == f.high == 1 or f.kind in "fh" else plural
        f.end = u.end()
        if not f.sep:
            _compound(text, f, plural)
    elif not currency and (h := HYPHEN_NOUN.match(text, pos)):
        if _NOT_NOUN.search(h.group("noun")):
            return
        f.noun, f.end = h.group("noun"), h.end()
        return
    elif not currency and (c := CARRIED_UNIT.match(text, pos)):
        plural, _ = unit_of(re.sub(r"\s+", " ", c.group("u"))) or ("", "")
        f.unit = plural
        return
    r = RATE.match(text, f.end)
    if r is None or (r.group("per") or "").lower() == "cent":
        return
    if r.group(0).lstrip().lower().startswith("per") or f.unit or currency:
        per = "year" if r.group("pa") else (r.group("per") or r.group("per2")).lower()
        per = "year" if per == "annum" else per
        f.unit, f.end = f"{f.unit} per {per}".strip(), r.end()


def _compound(text: str, f: Found, plural: str) -> None:
    """'6 ft 7 in' → 79 inches, '15 hours and 57 minutes' → 957 minutes, and where no whole
    ratio joins the units, approximately: '13 years and 48 days' → ≈4796 days."""
    c = _SMALLER.match(text, f.end)
    if c is None:
        return
    written = c.group("u")
    small = (
        "inches" if written in ("in", "″") else (unit_of(re.sub(r"\s+", " ", written)) or ("",))[0]
    )
    ratio = UNIT_RATIOS.get((plural, small))
    if ratio:
        f.low = f.high = f.low * ratio + int(c.group("n")) + (0.5 if c.group("half") else 0)
        f.unit, f.end, f.num_end = small, c.end(), c.end()
    elif (plural, small) in _NEAR_RATIOS:  # "13 years and 48 days" ≈ 4796 days
        f.low = f.high = float(round(f.low * _NEAR_RATIOS[plural, small] + int(c.group("n"))))
        f.unit, f.end, f.num_end, f.post = small, c.end(), c.end(), "approx"


def _unit_ok(u: re.Match[str], f: Found) -> bool:
    """A hyphen only joins a singular unit ('33-yard'); words need a space ('5years' is not)."""
    written, sp = u.group("u"), u.group("sp")
    if sp == "-":
        return not written.lower().endswith("s") or written in ("lbs", "yrs", "mins", "hrs")
    if written.lower() in HYPHEN_ONLY:
        return False
    return (
        sp != "" or not written[0].isalpha() or unit_of(written) is not None and len(written) <= 3
    )
