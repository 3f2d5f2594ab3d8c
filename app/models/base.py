"""Column helpers shared by the models."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import ForeignKey
from sqlalchemy.orm import MappedColumn, mapped_column


def utcnow() -> datetime:
    """The current time in UTC, without tzinfo (stored as naive UTC on every backend)."""
    return datetime.now(UTC).replace(tzinfo=None)


def belongs_to(table: str, **column: Any) -> MappedColumn[int]:
    """The id of the row of `table` that this row belongs to, and is deleted with (ON DELETE
    CASCADE); `column` as for mapped_column (index, primary_key)."""
    return mapped_column(ForeignKey(f"{table}.id", ondelete="CASCADE"), **column)
