"""Numbers as written → values: digits, number words, fractions, vague amounts; the value string."""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction

from ..model import FigureValue
from .figure_words import (
    DENOMINATORS,
    FEW,
    MODIFIERS,
    ONES,
    SCALE_ABBREVIATIONS,
    SCALES,
    TENS,
    UNICODE_FRACTIONS,
    VAGUE,
    Bound,
)

_TOKENS = re.compile(r"[a-z]+")
_CURRENCY = ("$", "£", "€", "¥", "₹", "US$", "A$", "C$", "NZ$", "HK$", "S$", "R$", "Rs", "Rs.")


@dataclass(frozen=True, slots=True)
class Number:
    """One number as written: its value, how it was written and the scale word ending it."""

    value: float
    decimals: int = 0
    commas: bool = False
    scale: str = ""  # "million" when written "1.2 million" or "$3bn"
    mult: float = 1.0  # the multiplier of a trailing scale word ("hundred" in "three hundred")


@dataclass(slots=True)
class Found:
    """A figure being read: its span, its number(s) and what is written around them."""

    kind: str  # which core matched: "n" digits, "w" words, "f" fraction, "h" half, "v" vague
    start: int
    end: int
    num_start: int
    num_end: int
    low: float
    high: float
    num: Number
    style: str
    unit: str = ""
    sep: str = ""
    plus: bool = False
    post: Bound | None = None  # a bound written after the number: "14 or more"
    noun: str = ""


def digits(raw: str, fraction: str = "", scale: str = "") -> Number:
    """'2,000', '1.5' with an optional '½' and scale word ('million', 'bn')."""
    decimals = len(raw.split(".")[1]) if "." in raw else 0
    value = float(raw.replace(",", "")) + UNICODE_FRACTIONS.get(fraction, 0.0)
    word = SCALE_ABBREVIATIONS.get(scale.lower(), scale.lower())
    mult = SCALES.get(word, 1.0)
    return Number(value * mult, decimals, "," in raw, word, mult)


def words(raw: str) -> Number:
    """'twenty-five', 'two hundred and fifty thousand', 'two and a half', 'a dozen'."""
    total, current, mult = 0.0, 0.0, 1.0
    for tok in _TOKENS.findall(raw.lower()):
        if tok in ONES or tok in TENS:
            current += ONES.get(tok) or TENS[tok]
            mult = 1.0
        elif tok == "half":
            current += 0.5
        elif tok == "dozen":
            current, mult = max(current, 1) * 12, 12.0
        elif tok == "hundred":
            current, mult = max(current, 1) * 100, 100.0
        elif tok in SCALES:
            total, current, mult = total + max(current, 1) * SCALES[tok], 0.0, SCALES[tok]
    scale = next((w for w in ("million", "billion", "trillion") if raw.lower().endswith(w)), "")
    return Number(total + current, scale=scale, mult=mult)


def fraction(raw: str) -> Number:
    """'two-thirds', 'a quarter', 'half' → the share it names."""
    toks = _TOKENS.findall(raw.lower())
    denominator = DENOMINATORS[toks[-1]]
    numerator = ONES.get(toks[0], 1) if len(toks) > 1 else 1
    return Number(numerator / denominator)


def vague(raw: str) -> Number:
    """'dozens', 'hundreds of thousands', 'several thousand' → the least they can mean."""
    toks = _TOKENS.findall(raw.lower())
    if toks[0] in VAGUE and toks[-1] in VAGUE and len(toks) > 1:  # "tens of thousands"
        return Number(VAGUE[toks[0]] / 2 * VAGUE[toks[-1]])
    if toks[0] in VAGUE:
        return Number(VAGUE[toks[0]])
    few = FEW.get(" ".join(toks[:-1]), 2)
    return Number(few * (12 if toks[-1] == "dozen" else SCALES[toks[-1]]))


def figure_value(
    text: str, f: Found, mod: str, inherited: FigureValue | None = None
) -> FigureValue:
    """The FigureValue of a figure read, with its modifier ('at least', '+', 'almost') or the
    bound of the figure it converts."""
    bound: Bound = MODIFIERS[mod.lower()] if mod else "lower" if f.plus else "exact"
    if f.post:
        bound, mod = f.post, text[f.num_end : f.end].strip()
    elif inherited is not None and inherited.bound != "exact":
        bound, mod = inherited.bound, inherited.modifier
    if not mod and f.kind == "v":
        bound = "lower"  # "dozens", "thousands of"
    return FigureValue(
        low=f.low,
        high=f.high,
        modifier=mod or ("+" if f.plus else ""),
        bound=bound,
        unit=f.unit,
        style="digits" if f.style == "digits" else "words",
        decimals=f.num.decimals,
        commas=f.num.commas,
        scale=f.num.scale,
        noun=f.noun,
        is_range=f.high != f.low,
        prefix=text[f.start : f.num_start],
        suffix=text[f.num_end : f.end],
        range_sep=f.sep or "–",
    )


def _number_text(v: FigureValue, x: float) -> str:
    """A value as digits: decimals as written, shares as fractions ('2/3'), else whole."""
    if v.decimals and not (v.scale and x == int(x)):
        return f"{x:.{v.decimals}f}"
    if abs(x - round(x)) < 1e-9:
        return str(int(round(x)))
    if x < 1:
        f = Fraction(x).limit_denominator(10)
        return f"{f.numerator}/{f.denominator}"
    return f"{x:.2f}".rstrip("0").rstrip(".")


def normalised(v: FigureValue) -> str:
    """Canonical value string: '≥35', '127–300', '≈400', '≥60%', '50 tonnes', '$3000000000'."""
    sym = {"exact": "", "lower": "≥", "upper": "≤", "approx": "≈"}[v.bound]
    num = _number_text(v, v.low) + (f"–{_number_text(v, v.high)}" if v.is_range else "")
    unit, per, rate = v.unit.partition("per ")
    unit, rate = unit.strip(), f" per {rate}" if per else ""
    if unit in _CURRENCY:
        return f"{sym}{unit}{num}{rate}"
    if unit == "%":
        return f"{sym}{num}%{rate}"
    return f"{sym}{num}" + (f" {unit}" if unit else "") + rate
