"""Timing helpers shared by the benchmarks: best-of-N wall clock, and empty memo caches so that
no run profits from an earlier one."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import Any


def best_of(n: int, fn: Callable[[], object]) -> float:
    """The fastest of n runs, in seconds."""
    times = []
    for _ in range(n):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def cold_caches() -> None:
    """Forget memoised lookups (names, lemmas, neighbours) so no run profits from an earlier one:
    the lru caches, and the per-document dictionaries named `*_CACHE` (document models, infobox
    keys and subjects, compiled noun patterns).

    The loaded gazetteer and lexicon stay: loading them is a one-off reported separately.
    """
    for name, module in list(sys.modules.items()):
        if name != "questions" and not name.startswith("questions."):
            continue
        for var, obj in list(vars(module).items()):
            if var.endswith("_CACHE") and isinstance(obj, dict):
                obj.clear()
                continue
            targets: list[Any] = (
                [obj] + [getattr(obj, a, None) for a in dir(obj)]
                if isinstance(obj, type)
                else [obj]
            )
            for target in targets:
                if (
                    hasattr(target, "cache_clear")
                    and getattr(target, "__name__", "") != "gazetteer"
                    and getattr(target, "__module__", "").startswith("questions")
                ):
                    target.cache_clear()  # not a library's own tables (lemminflect's)
