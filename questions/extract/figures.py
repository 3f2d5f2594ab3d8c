"""Figure facts: counts, ranges, modifiers, percentages, units, currency, number words, fractions.

A number is found by `CORE` (or `CORE_DIGITS` in a sentence without number words); what
follows it (scale word, range, unit, rate, hyphenated noun) is read by anchored patterns, and
`figure_rules` refuses the numbers that name or date things.
"""

from __future__ import annotations

import re

from ..model import Fact, FigureValue, Sentence
from . import figure_values as fv
from .base import Context
from .figure_rules import ERA_AFTER, NOUN_AFTER, refused
from .figure_units import DIGITS, UNIT_AFTER, UNITS, read_unit
from .figure_words import (
    CURRENCY_CODES,
    DENOMINATORS,
    MODIFIERS,
    ONES,
    SCALES,
    TENS,
    VAGUE,
    alternation,
    unit_of,
)

CURRENCY = (
    rf"US\$|A\$|C\$|NZ\$|HK\$|S\$|R\$|\$|£|€|¥|₹|Rs\.?\s?|(?:{alternation(CURRENCY_CODES)})\s?"
)
# Case-sensitive prefix trees, capitalised only where a sentence may begin: much faster than
# re.I over long alternations, which the regex engine cannot reject on a first character.
_TO_NINE = alternation(w for w, n in ONES.items() if n < 10)
_TO_NINE_C = alternation((w for w, n in ONES.items() if n < 10), capitals=True)
_TO_TEN_C = alternation((w for w, n in ONES.items() if n <= 10), capitals=True)
_B100 = (
    rf"(?:{alternation(TENS, capitals=True)})(?:[- ](?:{_TO_NINE}))?\b"
    rf"|(?:{alternation(ONES, capitals=True)})\b"
)
_HUN = rf"(?:(?:{alternation(['a'], capitals=True)}|{_TO_NINE_C})\s+hundred\b(?:\s+(?:and\s+)?(?:{_B100}))?|{_B100})"
_SCALE_W = alternation(w for w in SCALES if w != "hundred")
WORDNUM = (
    rf"(?:{_HUN})(?:\s+and\s+a\s+half\b)?(?:\s+(?:{_SCALE_W}|dozen)\b)?"
    rf"|[Aa]\s+(?:{_SCALE_W}|dozen)\b|[Oo]ne\s+(?:{_SCALE_W})\b|[Hh]alf\s+a\s+dozen\b"
)
_DENOM = alternation(DENOMINATORS)
FRACTION = rf"(?:{_TO_TEN_C})-(?:{_DENOM})\b|(?:[Aa]|{_TO_TEN_C})\s+(?:{_DENOM})\b(?=\s+of\b)"
HALF = r"[Hh]alf\b(?=\s+(?:of|a|an|the|its|their|his|her|as|that)\b)|(?<=by\s)half\b"
_PLURALS = alternation((k for k in VAGUE if k != "tens"), capitals=True)
VAGUE_RE = (
    r"(?:[Tt]ens|[Hh]undreds)\s+of\s+(?:thousands|millions)\b"
    rf"|(?:{_PLURALS})\b(?=\s+(?:of|more|upon)\b)"
    r"|(?:[Ss]everal|[Aa]\s+few|[Mm]any)\s+(?:hundred|thousand|million|billion|dozen)\b"
)
# Every character a figure can begin with (a digit, a minus, a currency sign or code, the first
# letter of a number word), tested first: the regex engine then gives up at once at a word such
# as "in" or "which" instead of trying each alternative. A new alternative needs its letters here.
_FIRST = r"(?=[\d$\-A-PR-VZabdefhmnost£¥€₹−])"
# Each alternative of a figure written in words holds one of these words whole (in any case):
# a sentence without any is scanned for figures in digits alone, much faster
_NUMBER_WORDS = frozenset([*ONES, *TENS, *SCALES, *DENOMINATORS, *VAGUE, "dozen"])
_LETTERS = re.compile("[a-z]+")
_DIGIT_FIRST = r"(?=[\d$\-A-Z£¥€₹−])"  # a digit, a minus, a currency sign or code
_NEVER = "(?!)"


def _core(first: str, words: bool) -> re.Pattern[str]:
    """The regex that finds where a figure starts; without `words`, only figures in digits
    (each word alternative's group is there but never matches)."""
    fraction, vague, wordnum, half = (FRACTION, VAGUE_RE, WORDNUM, HALF) if words else [_NEVER] * 4
    return re.compile(
        first + r"(?<![\w.,/\-–‑‒$£€¥₹:#+°′″])"
        rf"(?:(?P<neg>(?<=[\s(,])[−-](?=\d))?(?P<cur>{CURRENCY})?(?P<n>{DIGITS})(?P<uf>[½¼¾⅓⅔])?"
        r"(?(cur)(?:(?P<abbr>bn|mn|m|k|BN|M|K)(?![\w]))?|)"
        rf"|(?P<f>{fraction})|(?P<v>{vague})|(?P<w>{wordnum})|(?P<h>{half}))"
    )


CORE = _core(_FIRST, words=True)
CORE_DIGITS = _core(_DIGIT_FIRST, words=False)


def core_for(text: str) -> re.Pattern[str]:
    """The figure regex for one sentence: CORE when it holds a number word, else CORE_DIGITS."""
    return CORE if not _NUMBER_WORDS.isdisjoint(_LETTERS.findall(text.lower())) else CORE_DIGITS


SCALE_AFTER = re.compile(rf"\s(?P<s>{_SCALE_W})\b", re.I)
_RANGE_DIGITS = re.compile(
    rf"(?P<u1>\s?(?P<u1u>{UNITS})(?P<conv>\s?\([^()]{{1,40}}\))?)?(?P<sep>\s?[–—‑‒-]\s?|\s+(?:to|and|or)\s+)(?P<cur2>{CURRENCY})?"
    rf"(?P<n2>{DIGITS})(?P<s2>\s(?:{_SCALE_W})\b)?(?![\w.,/]\d|[\w/])"
)
_RANGE_WORDS = re.compile(
    rf"(?P<sep>-|\s+(?:to|and|or)\s+)(?P<w2>{WORDNUM})"
)  # "two to three hundred"
_TAIL_OK = re.compile(r"(?![\w\-–‑‒:²·/′″°]|[.,]\d)")
_POSTFIX = re.compile(r"\s(?:or|and)\s(?P<pm>more|over|above|greater|less|fewer|under|below)\b")
_CONVERSION = re.compile(r"\s?\([^()]{1,40}\)")
_BETWEEN = re.compile(r"\bbetween\s(?:[^\d,.;]{0,20}\s)?$", re.I)  # "between the ages of 8 and 18"
_TOKEN = re.compile(r"\S+")
# What may stand between a figure and its conversion: "(", "(equal to ", "(equivalent to "
CONVERSION = re.compile(r"\s?\((?:(?:equal|equivalent) to\s)?")
_SYMBOL_MODIFIERS = "~≈<>≥≤"
_LAST = frozenset(m.split()[-1] for m in MODIFIERS)
_OPENING = "([\"“‘'"


def _core_number(m: re.Match[str], text: str) -> tuple[fv.Number, int, str]:
    """The number the core match found, where it ends (after a scale word) and its style."""
    if m.group("n"):
        end, scale = m.end(), m.group("abbr") or ""
        if not scale:
            s = SCALE_AFTER.match(text, end)
            if s:
                end, scale = s.end(), s.group("s")
        return fv.digits(m.group("n"), m.group("uf") or "", scale), end, "digits"
    if m.group("w"):
        return fv.words(m.group("w")), m.end(), "words"
    if m.group("v"):
        return fv.vague(m.group("v")), m.end(), "words"
    return fv.fraction(m.group("f") or m.group("h")), m.end(), "words"


def _range(text: str, m: re.Match[str], f: fv.Found, between: bool) -> bool:
    """Extend `f` over 'to 300', '–300', 'and 18' (after 'between'); False for a score ('24–10')."""
    pattern = _RANGE_DIGITS if m.group("n") else _RANGE_WORDS if m.group("w") else None
    r = pattern.match(text, f.num_end) if pattern else None
    if r is None or (r.group("sep").strip() == "and" and not between):
        return True
    second = r.groupdict().get("w2") or ""
    n2 = fv.words(second) if second else fv.digits(r["n2"], "", (r["s2"] or "").strip())
    low = f.low
    if f.num.mult == 1 and n2.mult > 1 and low < n2.value / n2.mult:
        low *= n2.mult  # "30 to 50 thousand", "two to three hundred"
    if ERA_AFTER.match(text, r.end()):
        return False  # "between 6000 and 2500 BC": both are years
    if n2.value <= low:
        if n2.value == 1 and r.group("sep").strip() == "to":
            return False  # "outnumbered 20 to 1" is a ratio
        return r.group("sep").strip() in ("to", "and", "or")  # "24–10" is a score, not two facts
    u1 = r.groupdict().get("u1u")
    if u1:
        after = UNIT_AFTER.match(text, r.end())
        if not after or unit_of(after.group("u").strip()) != unit_of(u1):
            return True
    # the separator as written, with a unit or currency it repeats ("50% to 60%", "$5 to $10"):
    # a range's options are written the same way
    digits = not second and not r.group("conv")
    sep = text[f.num_end : r.start("n2")] if digits else r.group("sep")
    f.low, f.high, f.sep, f.num_end, f.end = low, n2.value, sep, r.end(), r.end()
    f.num = fv.Number(
        n2.value,
        max(f.num.decimals, n2.decimals),
        f.num.commas or n2.commas,
        f.num.scale or n2.scale,
        n2.mult,
    )
    return True


_CODES = {"USD": "US$", "EUR": "€", "GBP": "£", "INR": "₹", "Rs": "Rs.", "Rs.": "Rs."}


def _read(text: str, m: re.Match[str], sentence: Sentence) -> fv.Found | None:
    """Everything written around one core number, or None when it is no quantity."""
    num, num_end, style = _core_number(m, text)
    kind = next(k for k in ("n", "w", "f", "h", "v") if m.group(k))
    num_start = m.end("cur") if m.group("cur") else m.start("n") if m.group("neg") else m.start()
    value = -num.value if m.group("neg") else num.value  # "−182.95 °C"
    f = fv.Found(kind, m.start(), num_end, num_start, num_end, value, value, num, style)
    if text.startswith("+", f.end):
        f.plus, f.end = True, f.end + 1
    elif post := _POSTFIX.match(text, f.end):  # "14 or more years"
        f.post = "upper" if post.group("pm") in ("less", "fewer", "under", "below") else "lower"
        f.end = post.end()
    before = text[max(sentence.start, f.start - 24) : f.start]
    if not (f.plus or f.post) and not _range(text, m, f, bool(_BETWEEN.search(before))):
        return None
    read_unit(text, f, bool(m.group("cur")))
    cur = (m.group("cur") or "").strip()
    if cur:
        cur = _CODES.get(cur, cur)
        f.unit = f"{cur} {f.unit}".strip() if f.unit.startswith("per ") or not f.unit else cur
    return f if _TAIL_OK.match(text, f.end) else None


def _modifier(text: str, start: int, floor: int) -> tuple[int, str] | None:
    """The modifier written right before a number ('at least ', 'an estimated ', '≈') and where
    it starts; words are looked up, not searched for, which keeps this cheap."""
    if start > floor and text[start - 1] in _SYMBOL_MODIFIERS:
        return start - 1, text[start - 1]
    window = max(floor, start - 24)
    space = max(text.rfind(" ", window, start - 1), window - 1)
    last = text[space + 1 : start - 1].lstrip(_OPENING).lower()
    if text[start - 1 : start] not in (" ", "\u00a0") or last not in _LAST:
        return None  # the word before is no modifier's last word: most numbers stop here
    toks = list(_TOKEN.finditer(text, window, start))[-3:]
    if not toks or start - toks[-1].end() > 1:
        return None
    if toks[0].start() == window > floor and not text[window - 1].isspace():
        toks = toks[1:]  # a word cut by the window ("moreover" is no "over")
    for k in range(len(toks), 0, -1):
        first = toks[-k]
        cut = len(first.group()) - len(first.group().lstrip(_OPENING))
        phrase = " ".join([first.group()[cut:], *(t.group() for t in toks[len(toks) - k + 1 :])])
        if phrase.lower() in MODIFIERS:
            return first.start() + cut, phrase
    return None


def extract(ctx: Context) -> list[Fact]:
    """Find every figure in the document's source sentences."""
    text = ctx.doc.text
    facts: list[Fact] = []
    last: Fact | None = None
    for sentence in ctx.sentences_for("figure"):
        pos = sentence.block.value_start if sentence.block.kind == "infobox" else sentence.start
        core = core_for(text[pos : sentence.end])
        while m := core.search(text, pos, sentence.end):
            pos = m.end()
            f = _read(text, m, sentence)
            if f is None:
                continue
            pos = max(pos, f.end)
            mod = _modifier(text, f.start, sentence.start)
            if mod:
                f.start = mod[0]
            if ctx.is_claimed(f.start, f.end) or ctx.in_quote(f.start, f.end):
                continue
            if refused(text, f, sentence, bool(mod)) or not ctx.claim(f.start, f.end):
                continue
            noun = NOUN_AFTER.match(text, f.end)
            if noun and not f.noun:
                f.noun = noun.group(1).split()[-1].lower()
            # "about 150 yards (140 m)", "more than $800,000 (equal to $18.8 million today)":
            # a conversion keeps the bound of what it converts, even when it says "about"
            converts = last is not None and CONVERSION.fullmatch(text, last.end, f.start)
            loose = not mod or MODIFIERS.get(mod[1].lower()) == "approx"
            inherited = last.detail if last and converts and loose else None
            if not isinstance(inherited, FigureValue):
                inherited = None
            value = fv.figure_value(text, f, mod[1] if mod else "", inherited)
            last = Fact(
                "figure",
                text[f.start : f.end],
                fv.normalised(value),
                f.start,
                f.end,
                sentence,
                value,
            )
            facts.append(last)
            if value.is_range and "(" in last.text and (c := _CONVERSION.match(text, f.end)):
                ctx.claim(c.start(), c.end())  # "740 km (460 mi) to 776 km (482 mi)": one range
    return facts
