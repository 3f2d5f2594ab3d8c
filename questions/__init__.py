"""Factdeck's question generator: encyclopedic articles in, multiple-choice items out.

A pure, typed library (no Flask, no database). Same input and seed give the same output.

    >>> import questions
    >>> bank = questions.generate([questions.Source("a.txt", text)], seed=0)
    >>> data = questions.bank_to_dict(bank)
"""

from __future__ import annotations

from .bank import bank_to_dict, dumps, item_to_dict, schema, validation_errors
from .extract import extract
from .inputs import InputError, decode
from .kinds import KINDS, Kind
from .lint import Checked, hard_flaws, lint_bank, soft_flaws
from .model import (
    Bank,
    Block,
    DateValue,
    Document,
    Fact,
    FigureValue,
    Item,
    Option,
    PlaceValue,
    Sentence,
    Source,
    Stem,
)
from .pipeline import document_id, fresh_options, generate, items_for, question_id
from .read import read
from .segment import segment

__version__ = "0.1.0"

__all__ = [
    "InputError",
    "decode",
    "fresh_options",
    "KINDS",
    "Kind",
    "Bank",
    "Block",
    "Checked",
    "DateValue",
    "Document",
    "Fact",
    "FigureValue",
    "Item",
    "Option",
    "PlaceValue",
    "Sentence",
    "Source",
    "Stem",
    "bank_to_dict",
    "document_id",
    "dumps",
    "extract",
    "generate",
    "hard_flaws",
    "item_to_dict",
    "items_for",
    "lint_bank",
    "question_id",
    "read",
    "schema",
    "segment",
    "soft_flaws",
    "validation_errors",
]
