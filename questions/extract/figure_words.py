"""The words of quantities: number words, fractions, vague amounts, scales, modifiers and units.

General English only; the regex fragments built here are assembled in `figures.py`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Literal

# The number words are general English (text.py); figures read them from here too.
from ..text import ONES as ONES
from ..text import TENS as TENS

Trie = dict[str, "Trie"]  # a prefix tree of words, one character per level
Bound = Literal["exact", "lower", "upper", "approx"]

SCALES = {
    "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "lakh": 1e5, "crore": 1e7,
}  # fmt: skip
# "$3bn", "£2.5m": only after a currency sign, where "m" cannot be metres.
SCALE_ABBREVIATIONS = {"k": "thousand", "m": "million", "mn": "million", "bn": "billion"}
DENOMINATORS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4,
    "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7,
    "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10,
}  # fmt: skip
UNICODE_FRACTIONS = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3}
# Vague amounts are lower bounds: "dozens" is at least two dozen, "thousands" at least 2,000.
VAGUE = {"dozens": 24.0, "scores": 40.0, "hundreds": 200.0, "thousands": 2e3, "millions": 2e6,
         "billions": 2e9, "tens": 20.0}  # fmt: skip
FEW = {"several": 3, "a few": 2, "many": 2}  # "several thousand" is at least 3,000

# which side of the number the truth lies on → the modifiers that say so
_MODIFIERS_BY_BOUND: dict[Bound, str] = {
    "lower": "at least|more than|over|upwards of|upward of|in excess of|well over|just over|"
    "a minimum of|greater than|above|exceeding|longer than|older than|larger than|bigger than|"
    "higher than|taller than|wider than|heavier than|>|≥",
    "upper": "at most|up to|less than|fewer than|under|just under|no more than|as many as|"
    "as much as|a maximum of|below|just below|almost|nearly|not quite|up to about|shorter than|"
    "younger than|smaller than|lower than|lighter than|within|<|≤",
    "approx": "about|around|approximately|roughly|some|an estimated|estimated|circa|c.|ca.|"
    "approx.|close to|≈|~",
}
MODIFIERS: dict[str, Bound] = {
    m: bound for bound, modifiers in _MODIFIERS_BY_BOUND.items() for m in modifiers.split("|")
}

# canonical unit (plural, singular) → spellings. Word spellings match in any case; symbols
# (SYMBOLS) only as written, so "m" is metres but "M" is not.
_UNIT_TABLE: tuple[tuple[str, str, str], ...] = (
    ("millimetres", "millimetre", "millimetres|millimeters|millimetre|millimeter|mm"),
    ("centimetres", "centimetre", "centimetres|centimeters|centimetre|centimeter|cm"),
    ("metres", "metre", "metres|meters|metre|meter|m"),
    ("kilometres", "kilometre", "kilometres|kilometers|kilometre|kilometer|km|kms"),
    ("inches", "inch", "inches|inch"),
    ("feet", "foot", "feet|foot|ft"),
    ("yards", "yard", "yards|yard|yd|yds"),
    ("miles", "mile", "miles|mile|mi"),
    ("nautical miles", "nautical mile", "nautical miles|nautical mile|nmi"),
    ("light-years", "light-year", "light-years|light-year|light years|light year"),
    ("square millimetres", "square millimetre", "mm2|mm²"),
    (
        "square metres",
        "square metre",
        "square metres|square meters|square metre|square meter|sq m|m2|m²",
    ),
    (
        "square kilometres",
        "square kilometre",
        "square kilometres|square kilometers|square kilometre|square kilometer|sq km|km2|km²",
    ),
    ("square feet", "square foot", "square feet|square foot|sq ft|ft2|ft²"),
    ("square miles", "square mile", "square miles|square mile|sq mi|sq. mi.|mi2|mi²"),
    ("cubic metres", "cubic metre", "cubic metres|cubic meters|cubic metre|cubic meter|m3|m³"),
    ("cubic feet", "cubic foot", "cubic feet|cubic foot|cu ft"),
    ("acres", "acre", "acres|acre"),
    ("hectares", "hectare", "hectares|hectare|ha"),
    ("tonnes", "tonne", "tonnes|tonne|metric tons|metric ton|t"),
    ("tons", "ton", "tons|ton|short tons|long tons"),
    ("kilograms", "kilogram", "kilograms|kilogrammes|kilogram|kilogramme|kg|kgs"),
    ("grams", "gram", "grams|grammes|gram|gramme|g|gm"),
    ("milligrams", "milligram", "milligrams|milligram|mg"),
    ("pounds", "pound", "pounds|pound|lb|lbs"),
    ("ounces", "ounce", "ounces|ounce|oz"),
    ("carats", "carat", "carats|carat|karats|karat"),
    ("litres", "litre", "litres|liters|litre|liter"),
    ("millilitres", "millilitre", "millilitres|milliliters|millilitre|milliliter|ml|mL"),
    ("gallons", "gallon", "gallons|gallon"),
    ("barrels", "barrel", "barrels|barrel|bbl"),
    ("km/h", "km/h", "km/h|kph|kmh"),
    ("mph", "mph", "mph|miles per hour"),
    ("knots", "knot", "knots|knot|kn"),
    ("m/s", "m/s", "m/s"),
    ("°C", "°C", "°C|° C|degrees Celsius|degrees centigrade"),
    ("°F", "°F", "°F|° F|degrees Fahrenheit"),
    ("degrees", "degree", "degrees|degree|°"),
    ("kelvin", "kelvin", "kelvins|kelvin"),
    ("kPa", "kPa", "kPa"),
    ("MPa", "MPa", "MPa"),
    ("GPa", "GPa", "GPa"),
    ("Pa", "Pa", "Pa|pascals|pascal"),
    ("atm", "atm", "atm|atmospheres"),
    ("psi", "psi", "psi"),
    ("kN", "kN", "kN|kilonewtons"),
    ("lbf", "lbf", "lbf"),
    ("W", "W", "watts|watt"),
    ("kW", "kW", "kW|kilowatts|kilowatt"),
    ("MW", "MW", "MW|megawatts|megawatt"),
    ("GW", "GW", "GW|gigawatts|gigawatt"),
    ("kWh", "kWh", "kWh"),
    ("MWh", "MWh", "MWh"),
    ("GWh", "GWh", "GWh"),
    ("TWh", "TWh", "TWh"),
    ("horsepower", "horsepower", "horsepower|hp|bhp"),
    ("V", "V", "volts|volt"),
    ("kV", "kV", "kV|kilovolts"),
    ("Hz", "Hz", "Hz|hertz"),
    ("kHz", "kHz", "kHz"),
    ("MHz", "MHz", "MHz"),
    ("GHz", "GHz", "GHz"),
    ("nanometres", "nanometre", "nanometres|nanometers|nanometre|nanometer|nm"),
    ("micrometres", "micrometre", "micrometres|micrometers|micrometre|micrometer|μm|µm"),
    ("bits", "bit", "bits|bit"),
    ("bytes", "byte", "bytes|byte"),
    ("kB", "kB", "kB|KB|kilobytes"),
    ("MB", "MB", "MB|megabytes"),
    ("GB", "GB", "GB|gigabytes"),
    ("TB", "TB", "TB|terabytes"),
    ("calories", "calorie", "calories|calorie|kcal"),
    ("seconds", "second", "seconds|second|secs|sec"),
    ("minutes", "minute", "minutes|minute|mins|min"),
    ("hours", "hour", "hours|hour|hrs|hr"),
    ("days", "day", "days|day"),
    ("weeks", "week", "weeks|week"),
    ("months", "month", "months|month"),
    ("years", "year", "years|year|yrs|yr"),
    ("decades", "decade", "decades|decade"),
    ("mya", "mya", "mya|Mya|MYA|Ma"),  # million years ago
    ("kya", "kya", "kya|Kya"),  # thousand years ago
    ("centuries", "century", "centuries"),
    ("millennia", "millennium", "millennia|millenniums"),
    ("times", "time", "times|time"),
    ("percentage points", "percentage point", "percentage points|percentage point"),
    ("%", "%", "%|percent|per cent|pct"),
    ("decibels", "decibel", "decibels|decibel|dB"),
    ("dollars", "dollar", "dollars|dollar"),
    ("cents", "cent", "cents|cent|¢"),
    ("euros", "euro", "euros|euro"),
    ("rupees", "rupee", "rupees|rupee"),
    ("francs", "franc", "francs|franc"),
    ("marks", "mark", "marks"),
    ("yen", "yen", "yen"),
    # currencies of other times and places, as written after an amount ("5,000 écus")
    ("écus", "écu", "écus|écu|ecus|ecu"),
    ("livres", "livre", "livres|livre"),
    ("florins", "florin", "florins|florin"),
    ("ducats", "ducat", "ducats|ducat"),
    ("guilders", "guilder", "guilders|guilder"),
    ("shillings", "shilling", "shillings|shilling"),
    ("pence", "penny", "pence"),
    ("pesos", "peso", "pesos|peso"),
    ("dinars", "dinar", "dinars|dinar"),
    ("dirhams", "dirham", "dirhams|dirham"),
    ("drachmas", "drachma", "drachmas|drachmae|drachma"),
    ("talents", "talent", "talents"),
    ("denarii", "denarius", "denarii|denarius"),
    ("roubles", "rouble", "roubles|rubles|rouble|ruble"),
    ("lire", "lira", "lire|lira|liras"),
    ("kronor", "krona", "kronor|kroner|krona|krone"),
    ("złoty", "złoty", "złoty|zlotys|zloty"),
    ("thalers", "thaler", "thalers|thaler"),
    ("riyals", "riyal", "riyals|riyal|rials|rial"),
    ("shekels", "shekel", "shekels|shekel"),
    ("yuan", "yuan", "yuan"),
)
# ISO 4217 codes of currencies often written beside an amount ("PKR 11,446 crore", "191 billion PLN")
CURRENCY_CODES = (
    "USD EUR GBP INR PKR PLN JPY CNY RMB CHF CAD AUD NZD HKD SGD SEK NOK DKK RUB BRL ZAR MXN KRW "
    "TRY EGP NGN KES BDT LKR NPR IDR MYR THB PHP VND SAR AED ILS IRR IQD CZK HUF UAH ARS CLP COP"
).split()
_UNIT_TABLE += tuple((code, code, code) for code in CURRENCY_CODES)

# Abbreviations that are words in other senses, or differ by case from another unit: these
# match only as written ("m" is metres, "M" is not; "t" is tonnes, "T" is not).
SYMBOLS = frozenset(CURRENCY_CODES) | frozenset(
    "mm cm m km kms ft yd yds mi nmi t kg kgs g gm mg lb lbs oz ml mL bbl kph kmh kn ha hp bhp"
    " kPa MPa GPa Pa atm psi kN lbf kW MW GW kWh MWh GWh TWh kV Hz kHz MHz GHz nm μm µm kB KB MB GB TB"
    " dB kcal secs sec mins min hrs hr yrs yr pct mya Mya MYA Ma kya Kya m2 m² km2 km² mm2 mm² ft2 ft² mi2 mi² m3 m³".split()
)
# Singular words that follow a bare number in other senses ("5 second place", "a 2 time") are
# units only in a hyphenated compound ("a 30-second commercial", "a six-time winner").
HYPHEN_ONLY = frozenset({"second", "time", "mark", "degree", "pound"})
UNIT_OF: dict[str, tuple[str, str]] = {}  # spelling (symbols as written, words lower-case)
for _plural, _singular, _spellings in _UNIT_TABLE:
    for _spelling in _spellings.split("|"):
        _key = _spelling if _spelling in SYMBOLS else _spelling.lower()
        UNIT_OF[_key] = (_plural, _singular)


def unit_of(written: str) -> tuple[str, str] | None:
    """The (plural, singular) canonical names of a unit as written, or None."""
    return UNIT_OF.get(written) or UNIT_OF.get(written.lower())


def alternation(words: Iterable[str], capitals: bool = False) -> str:
    """A regex matching exactly the words (and their capitalised forms when asked), factored by
    common prefixes: a position that starts no word then costs one comparison, not one per word."""
    tree: Trie = {}
    for word in words:
        for form in {word, word[:1].upper() + word[1:]} if capitals else {word}:
            node = tree
            for ch in form:
                node = node.setdefault(ch, {})
            node[""] = {}
    return _trie(tree)


def _trie(node: Trie) -> str:
    """The regex of a prefix tree; an optional tail is greedy, so the longest word wins."""
    alts = [(r"\s+" if ch == " " else re.escape(ch)) + _trie(node[ch]) for ch in sorted(node) if ch]
    if not alts:
        return ""
    if "" in node:
        return f"(?:{'|'.join(alts)})?"
    return alts[0] if len(alts) == 1 else f"(?:{'|'.join(alts)})"


def _unit_alternation() -> str:
    """Every spelling as one prefix tree: symbols as written, words in lower case or capitalised."""
    forms: set[str] = set()
    for _, _, spellings in _UNIT_TABLE:
        for sp in spellings.split("|"):
            forms |= {sp} if sp in SYMBOLS else {sp, sp.lower(), sp[:1].upper() + sp[1:].lower()}
    return alternation(forms)


UNIT_ALTERNATION = _unit_alternation()
