"""The one table of question kinds: what extracts, judges askable, distracts and orders each.

A new kind is one row here (and its modules): the pipeline, the stem writer, lint and the app
read this table instead of lists of their own. Rows run in table order and claim their spans
as they go, so a year is never also a figure.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass

from . import distract
from .extract import dates, figures, places
from .extract.base import Context
from .model import Fact

Extractor = Callable[[Context], list[Fact]]
Distractor = Callable[[Fact, distract.Pool, str, random.Random], "distract.Result | None"]


def _always(fact: Fact) -> bool:
    return True


def _itself(fact: Fact) -> Fact:
    return fact


@dataclass(frozen=True, slots=True)
class Kind:
    """One kind of fact and how each stage treats it."""

    name: str
    label: str  # how a teacher's page names the kind
    extract: Extractor
    distract: Distractor
    askable: Callable[[Fact], bool] = _always  # the key alone: can options be written at all?
    ordered: bool = False  # options in logical order (chronological, ascending), never shuffled
    wh: bool = False  # a "When …?" question may be written instead of a cloze
    named: bool = False  # options are names: spelling variants count as the same option
    # the fact as a cloze asks it: a figure's hedge stays in the stem ("more than _____")
    asked: Callable[[Fact], Fact] = _itself


KINDS: tuple[Kind, ...] = (
    Kind(
        "date",
        "Dates",
        dates.extract,
        distract.dates.choose,
        distract.dates.askable,
        ordered=True,
        wh=True,
    ),
    Kind(
        "figure",
        "Figures",
        figures.extract,
        distract.figures.choose,
        distract.figures.askable,
        ordered=True,
        asked=distract.figure_bounds.hedged_in_stem,
    ),
    Kind(
        "place",
        "Places",
        places.extract,
        distract.places.choose,
        distract.places.askable,
        named=True,
    ),
)
BY_NAME: dict[str, Kind] = {k.name: k for k in KINDS}
NAMES: tuple[str, ...] = tuple(k.name for k in KINDS)
ORDERED: frozenset[str] = frozenset(k.name for k in KINDS if k.ordered)
LABELS: dict[str, str] = {k.name: k.label for k in KINDS}


def kind_of(fact: Fact) -> Kind:
    """The row of a fact's kind."""
    return BY_NAME[fact.kind]
