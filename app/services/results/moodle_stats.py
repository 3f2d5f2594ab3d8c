"""Moodle's quiz statistics from sums that SQL computes: no per-response loops in Python.

Definitions follow Moodle's "Quiz statistics calculations", for items scored 0 or 1 over S
attempts, T an attempt's total and X = T - x the rest of the test:

- facility index F = 100 · mean(x)
- standard deviation SD = 100 · sqrt(V(x)), V with the 1/(S - 1) sample denominator
- discrimination index D = 100 · r(x, X), the product-moment correlation
- discriminative efficiency DE = 100 · C(x, X) / Cmax(x, X), where Cmax pairs x and X each
  sorted ascending (for 0/1 items: the k correct answers paired with the k highest rest scores)
- coefficient of internal consistency CIC = 100 · P/(P - 1) · (1 - Σ V(x_p) / V(T))

A value that the data cannot define (one attempt, no variance) is None, shown as "—".
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

MIN_TO_JUDGE = 5  # fewer attempts than this: figures are shown, no item is flagged
TOO_EASY, TOO_HARD = 90.0, 25.0  # facility %: above, nearly everybody knows it; below, chance
LOW_DISCRIMINATION = 20.0
RARE_DISTRACTOR = 5.0  # % of attempts


@dataclass(frozen=True)
class ItemSums:
    """What SQL sums for one item over the attempts analysed."""

    n: int  # attempts
    sx: float  # Σx (correct answers)
    sX: float  # Σ rest-of-test scores
    sXX: float  # Σ X²
    sxX: float  # Σ x·X
    top_k_X: float  # Σ of the sx highest rest scores (for Cmax)


@dataclass(frozen=True)
class ItemStats:
    """One item's statistics, in percent."""

    facility: float | None
    sd: float | None
    discrimination: float | None
    efficiency: float | None
    variance: float | None  # V(x), for the CIC


def item_stats(s: ItemSums) -> ItemStats:
    """Moodle's per-item statistics from the sums."""
    if s.n == 0:
        return ItemStats(None, None, None, None, None)
    mean_x = s.sx / s.n
    facility = 100 * mean_x
    if s.n < 2:
        return ItemStats(facility, None, None, None, None)
    mean_X = s.sX / s.n
    var_x = (s.sx - s.n * mean_x**2) / (s.n - 1)  # x² = x for 0/1 scores
    var_X = (s.sXX - s.n * mean_X**2) / (s.n - 1)
    cov = (s.sxX - s.n * mean_x * mean_X) / (s.n - 1)
    cmax = (s.top_k_X - s.n * mean_x * mean_X) / (s.n - 1)
    var_x, var_X = max(var_x, 0.0), max(var_X, 0.0)
    sd = 100 * math.sqrt(var_x)
    disc = 100 * cov / math.sqrt(var_x * var_X) if var_x > 1e-12 and var_X > 1e-12 else None
    eff = 100 * cov / cmax if cmax > 1e-12 else None
    return ItemStats(facility, sd, _clip(disc), _clip(eff), var_x)


def _clip(value: float | None) -> float | None:
    """Rounding can push a correlation a hair past ±100."""
    return None if value is None else max(-100.0, min(100.0, value))


def internal_consistency(
    item_variances: Sequence[float | None], n: int, sT: float, sTT: float
) -> float | None:
    """The coefficient of internal consistency (Cronbach's alpha) in percent, or None."""
    p = len(item_variances)
    if p < 2 or n < 2 or any(v is None for v in item_variances):
        return None
    mean_T = sT / n
    var_T = (sTT - n * mean_T**2) / (n - 1)
    if var_T <= 1e-12:
        return None
    total = sum(v for v in item_variances if v is not None)
    return 100 * p / (p - 1) * (1 - total / var_T)


@dataclass(frozen=True)
class OptionShare:
    """How many attempts chose one option of an item, and how many in the top third did."""

    text: str
    correct: bool
    chosen: int
    chosen_top: int


def flags(stats: ItemStats, n: int, options: Sequence[OptionShare], top_n: int) -> list[str]:
    """Why a teacher should look at this item again (empty when it looks fine)."""
    if n < MIN_TO_JUDGE or stats.facility is None:
        return []
    out = []
    if stats.facility >= TOO_EASY:
        out.append(f"too easy: {stats.facility:.0f}% answer it correctly")
    elif stats.facility <= TOO_HARD:
        out.append(f"too hard: only {stats.facility:.0f}% answer it correctly, near guessing")
    d = stats.discrimination
    if d is not None and d < 0:
        out.append(f"negative discrimination ({d:.0f}): stronger learners get it wrong more often")
    elif d is not None and d < LOW_DISCRIMINATION:
        out.append(
            f"low discrimination ({d:.0f}): it hardly separates stronger from weaker learners"
        )
    key_top = sum(o.chosen_top for o in options if o.correct)
    for o in options:
        if o.correct:
            continue
        if 100 * o.chosen / n < RARE_DISTRACTOR:
            out.append(
                f"distractor “{o.text}” is chosen by fewer than {RARE_DISTRACTOR:.0f}% of learners"
            )
        if top_n and o.chosen_top > key_top:
            out.append(f"distractor “{o.text}” is chosen more often than the key by the top third")
    return out
