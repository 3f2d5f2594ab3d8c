"""Frozen dataclasses that flow through the pipeline: read → segment → extract → stem → distract."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

BLANK = "_____"  # the gap a cloze stem leaves for its answer

BlockKind = Literal["title", "heading", "infobox", "paragraph", "list_item"]
Style = Literal["wh", "cloze"]


@dataclass(frozen=True, slots=True)
class Block:
    """A piece of the document: a paragraph, list item or infobox line, with offsets into the text."""

    kind: BlockKind
    start: int
    end: int
    section: str
    key: str = ""  # infobox key ("Date", "Strength1"); empty otherwise
    value_start: int = 0  # infobox: where the value begins (after "- Key: ")
    source: bool = True  # False for "See also" lists and other non-sources


@dataclass(frozen=True, slots=True)
class Document:
    """An article as read: its text exactly as given, title and blocks in order."""

    name: str
    text: str
    title: str
    blocks: tuple[Block, ...]
    sha256: str

    def infobox(self) -> tuple[Block, ...]:
        """The infobox lines in order."""
        return tuple(b for b in self.blocks if b.kind == "infobox")


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence (or one infobox line) with offsets into the document text."""

    start: int
    end: int
    text: str
    section: str
    block: Block
    index: int  # position in the document's sentence list


@dataclass(frozen=True, slots=True)
class DateValue:
    """A normalised date: EDTF-style `value`, granularity and how it was written."""

    edtf: str  # "2016-01-16", "2016-01-16/2016-01-21", "2016-01", "2016", "196X", "18XX", "1500~"
    granularity: Literal["day", "month", "year", "decade", "century", "none"]  # none: "now"
    first: tuple[int, int, int]  # earliest (year, month, day); month/day 0 when unknown
    last: tuple[int, int, int]  # latest, equal to `first` unless a range
    fmt: str  # template name the text was written in ("dmy", "mdy", "dm", "md", "y", "my", ...)
    is_range: bool = False
    explicit_year: bool = True  # False for "On 19 January" (year from context)
    approx: bool = False
    era: str = ""  # "BC", "AD", "BCE", "CE" when written
    dash: str = "–"  # range separator as written
    month_style: str = "full"  # "full", "abbr" ("Jan") or "abbr." ("Jan.")
    prefix: str = ""  # words before the date inside the span ("early ", "the end of ")
    suffix: str = ""  # words after it inside the span (" of that year")


@dataclass(frozen=True, slots=True)
class FigureValue:
    """A normalised quantity: bounds, modifier, unit and written style."""

    low: float
    high: float  # equal to low unless a range
    modifier: str  # "", "at least", "about", "over", "up to", "+", "≈", ...
    bound: Literal["exact", "lower", "upper", "approx"]
    unit: str  # "", "%", "tonnes", "km", "$", ...
    style: Literal["digits", "words"]
    decimals: int
    commas: bool
    scale: str = ""  # "million", "billion", "thousand"
    noun: str = ""  # the counted noun ("civilians") when one follows
    is_range: bool = False
    prefix: str = ""  # text before the number inside the span ("at least ", "$", "≈")
    suffix: str = ""  # text after the number inside the span ("%", " tonnes", "+")
    range_sep: str = "–"


@dataclass(frozen=True, slots=True)
class PlaceValue:
    """A place: canonical name, class and what the gazetteer knows about it."""

    name: str
    cls: str  # "country", "state", "city", "district", "landmark:hill", "region", ...
    country: str = ""  # ISO 3166 alpha-2 when known
    admin1: str = ""  # first-level subdivision code when known
    lat: float | None = None
    lon: float | None = None
    population: int = 0
    suffix: str = ""  # class word written after the name ("District", "Governorate")


FactDetail = DateValue | FigureValue | PlaceValue


@dataclass(frozen=True, slots=True)
class Fact:
    """One extracted fact: kind, the text as written, a normalised value and its span."""

    kind: str
    text: str
    value: str
    start: int
    end: int
    sentence: Sentence
    detail: FactDetail
    salience: float = 0.5


@dataclass(frozen=True, slots=True)
class Stem:
    """The question text for one fact."""

    style: Style
    text: str
    quality: float  # 0..1, how cleanly the stem was formed


@dataclass(frozen=True, slots=True)
class Option:
    """One answer option."""

    text: str
    correct: bool
    value: str = ""


@dataclass(frozen=True, slots=True)
class Item:
    """A multiple-choice item ready for the bank."""

    id: str
    document: Document
    fact: Fact
    stem: Stem
    options: tuple[Option, ...]
    difficulty: float
    score: float = 0.0
    flaws: tuple[str, ...] = field(default=())

    @property
    def answer(self) -> str:
        """The text of the correct option."""
        return next(o.text for o in self.options if o.correct)


@dataclass(frozen=True, slots=True)
class Source:
    """Input to the generator: a name (file name) and the article text."""

    name: str
    text: str


@dataclass(frozen=True, slots=True)
class Bank:
    """The generator's output: documents and their ranked items."""

    documents: tuple[Document, ...]
    items: tuple[Item, ...]
    generated_at: str
    seed: int
