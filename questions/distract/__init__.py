"""Stage 5, distractors: three wrong options per fact, chosen by kind, never by chance alone.

Each chooser returns (options in logical order, difficulty) or None when three good
distractors cannot be found: an item is dropped, never padded.
"""

from __future__ import annotations

from . import dates, figure_bounds, figures, places
from .aliases import Aliases
from .common import Pool, Result, also_true

__all__ = ["Aliases", "Pool", "Result", "also_true", "dates", "figure_bounds", "figures", "places"]
