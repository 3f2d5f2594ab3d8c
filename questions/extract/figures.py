"""Figure facts: counts, ranges, modifiers, percentages, units, currency, number and scale words."""

from __future__ import annotations

import re

from ..model import Fact, FigureValue, Sentence
from ..text import NUMBER_WORDS
from .base import Context

DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
TENS = r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
WORDS = (
    rf"(?:{TENS})(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|"
    r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen|eighteen|nineteen|a dozen|dozen|a hundred"
)
SCALE = r"million|billion|trillion|thousand|lakh|crore"
CURRENCY = r"US\$|A\$|C\$|\$|£|€|¥|₹|Rs\.? ?"
MODIFIERS = {
    "at least": "lower", "more than": "lower", "over": "lower", "upwards of": "lower",
    "in excess of": "lower", "at most": "upper", "up to": "upper", "less than": "upper",
    "fewer than": "upper", "under": "upper", "no more than": "upper", "as many as": "upper",
    "about": "approx", "around": "approx", "approximately": "approx", "roughly": "approx",
    "nearly": "approx", "almost": "approx", "some": "approx", "an estimated": "approx",
    "estimated": "approx", "≈": "approx", "~": "approx", "c.": "approx", "circa": "approx",
    "+": "lower", ">": "lower", "<": "upper",
}  # fmt: skip
MODIFIER = "|".join(re.escape(k) for k in sorted(MODIFIERS, key=len, reverse=True) if k != "+")
UNITS = (
    r"tonnes|tons|tonne|ton|kilometres|kilometers|kilometre|kilometer|km2|km²|km|"
    r"square kilometres|square kilometers|square miles|sq mi|miles|mile|mi|metres|meters|metre|"
    r"meter|feet|foot|ft|kilograms|kilogram|kg|pounds|lb|acres|acre|hectares|hectare|ha|mph|"
    r"km/h|years|year|months|days|hours|minutes|dollars|rupees|euros|francs|marks|yen|"
    r"percent|per cent|%"
)
NUM = rf"(?:{DIGITS})(?: (?:{SCALE}))?"
RANGE = rf"(?P<n1>{NUM})(?P<sep>\s?[–—-]\s?|\s(?:to|and)\s)(?P<n2>{NUM})"
FIGURE = re.compile(
    rf"(?<![\w.,/\-–$£€¥₹:])(?P<mod>(?:{MODIFIER})\s?)?(?P<cur>{CURRENCY})?"
    rf"(?:{RANGE}|(?P<n>{NUM})|(?P<w>(?:{WORDS})(?: (?:{SCALE}))?))"
    rf"(?P<plus>\+)?(?P<unit>\s?(?:{UNITS})(?![\w²]))?+"  # a unit, once there, is kept
    rf"(?(unit)(?![\w\-–:]|[.,]\d)|(?![\w\-–:]|[.,]\d|\s?\(|\s(?:BS|AH|BE)\b))"  # "1.25 miles (2.01 km)"
    , re.I,
)  # fmt: skip
NOUN = re.compile(
    r"\s+((?:[A-Za-z][\w'-]*\s+){0,3}?(?:[a-z][\w-]*s|[a-z]*men|people|children|staff|police))\b"
)
_NAME_BEFORE = re.compile(r"(?:[A-Z][\w.]*|No\.|no\.|#|number)\s$")
_PRONOUN_NOUN = re.compile(r"\s+of\s+(?:them|those|these|whom|which)\b")


def _number(raw: str) -> tuple[float, int, bool, str]:
    """Parse '2,000', '1.2 million', 'six' into (value, decimals, commas, scale word)."""
    raw = raw.strip().lower()
    scale = ""
    m = re.search(rf"\s({SCALE})$", raw)
    if m:
        scale = m.group(1)
        raw = raw[: m.start()]
    mult = {"": 1, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
            "lakh": 1e5, "crore": 1e7}[scale]  # fmt: skip
    if raw[0].isdigit():
        decimals = len(raw.split(".")[1]) if "." in raw else 0
        return float(raw.replace(",", "")) * mult, decimals, "," in raw, scale
    raw = raw.removeprefix("a ")
    parts = raw.split("-")
    value = sum(NUMBER_WORDS[p] for p in parts)
    return float(value) * mult, 0, False, scale


_ADDRESS = re.compile(
    r"\s+(?:[A-Z][\w.'-]*\s+){1,4}(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Lane|Boulevard|Drive|Place|Square)\b"
)


def _accept(ctx: Context, m: re.Match[str], sentence: Sentence) -> bool:
    """Skip numbers that name things (F-240, Route 66, 265 North Street), years, small numbers."""
    text = ctx.doc.text
    s, e = m.span()
    before = text[max(sentence.start, s - 12) : s]
    if _ADDRESS.match(text, e):
        return False
    n = m.group("n") or ""
    if re.fullmatch(r"1\d{3}|20[0-3]\d", n) and before.endswith(("the ", "The ", " a ", "A ")):
        return False  # "the 1440 trial": a year used as an adjective
    if m.group("n") and not m.group("mod") and _NAME_BEFORE.search(before):
        return False
    if m.group("w"):
        if before.lower().endswith(("the ", "these ", "those ")):
            return False
        return bool(NOUN.match(text, e)) and not m.group("unit")
    if _PRONOUN_NOUN.match(text, e):
        return False
    scaled = re.search(SCALE, m.group("n") or "", re.I)
    single = m.group("n") and not (m.group("unit") or m.group("cur") or m.group("plus") or scaled)
    if single and float(m.group("n").split()[0].replace(",", "")) < 10:
        return bool(NOUN.match(text, e))  # "6 people", not "Section 3"
    return True


def _value(m: re.Match[str]) -> FigureValue | None:
    """Build the FigureValue for a match."""
    mod = (m.group("mod") or "").strip()
    plus = m.group("plus") or ""
    bound = MODIFIERS.get(mod.lower(), "exact") if mod else ("lower" if plus else "exact")
    unit_raw = (m.group("unit") or "").strip()
    unit = "%" if unit_raw.lower() in ("%", "percent", "per cent") else unit_raw.lower()
    cur = (m.group("cur") or "").strip()
    if cur:
        unit = cur
    if m.group("n1"):
        low, dec, commas, scale = _number(m.group("n1"))
        high, dec2, commas2, scale2 = _number(m.group("n2"))
        if high <= low or (scale2 and not scale and low * 1000 < high):
            return None
        dec, commas, scale = max(dec, dec2), commas or commas2, scale or scale2
        style = "digits"
    else:
        raw = m.group("n") or m.group("w")
        low, dec, commas, scale = _number(raw)
        high = low
        style = "digits" if m.group("n") else "words"
    s = m.start()
    num_start = min(x for x in (m.start("n1"), m.start("n"), m.start("w")) if x >= 0)
    num_end = max(m.end("n2"), m.end("n"), m.end("w"))
    return FigureValue(
        low=low, high=high, modifier=mod or plus, bound=bound, unit=unit, style=style,  # type: ignore[arg-type]
        decimals=dec, commas=commas, scale=scale, is_range=high != low,
        prefix=m.string[s:num_start], suffix=m.string[num_end : m.end()],
        range_sep=m.group("sep") or "–",
    )  # fmt: skip


def normalised(v: FigureValue) -> str:
    """Canonical value string: '≥35', '127–300', '≈400', '60%', '50 tonnes'."""
    sym = {"exact": "", "lower": "≥", "upper": "≤", "approx": "≈"}[v.bound]

    def n(x: float) -> str:
        if v.decimals and not (v.scale and x == int(x)):
            return f"{x:.{v.decimals}f}"
        return str(int(round(x)))

    num = n(v.low) + (f"–{n(v.high)}" if v.is_range else "")
    unit = v.unit
    if unit in ("$", "£", "€", "¥", "₹", "US$", "A$", "C$") or unit.startswith("Rs"):
        return f"{sym}{unit}{num}"
    if unit == "%":
        return f"{sym}{num}%"
    return f"{sym}{num}" + (f" {unit}" if unit else "")


def extract(ctx: Context) -> list[Fact]:
    """Find every figure in the document's source sentences."""
    text = ctx.doc.text
    facts: list[Fact] = []
    for sentence in ctx.sentences_for("figure"):
        start = sentence.block.value_start if sentence.block.kind == "infobox" else sentence.start
        for m in FIGURE.finditer(text, start, sentence.end):
            s, e = m.span()
            if ctx.is_claimed(s, e) or ctx.in_quote(s, e) or not _accept(ctx, m, sentence):
                continue
            value = _value(m)
            if value is None or not ctx.claim(s, e):
                continue
            noun = NOUN.match(text, e)
            if noun:
                value = _with_noun(value, noun.group(1))
            facts.append(Fact("figure", m.group(0), normalised(value), s, e, sentence, value))
    return facts


def _with_noun(v: FigureValue, noun: str) -> FigureValue:
    from dataclasses import replace

    return replace(v, noun=noun.split()[-1].lower())
