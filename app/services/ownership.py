"""One lookup for "one of mine": an object by id, or NotFound when it belongs to someone else.

Another user's object answers exactly like a missing one (404, never 403), so ids reveal nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from ..extensions import db
from ..models import User
from .errors import NotFound

T = TypeVar("T")


def owned(
    model: type[T], object_id: int, user: User, owner_id: Callable[[T], int | None], what: str
) -> T:
    """The `model` row `object_id` if `owner_id(row)` is the user's id, else NotFound.

    `what` names the object in the message: "This {what} does not exist."
    """
    obj = db.session.get(model, object_id)
    if obj is None or owner_id(obj) != user.id:
        raise NotFound(f"This {what} does not exist.")
    return obj
