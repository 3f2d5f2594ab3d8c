"""API tokens: a teacher creates one (shown once), the API finds its user by the token's hash."""

from __future__ import annotations

import hashlib
import secrets

from sqlalchemy import select

from ...database import write_lock
from ...extensions import db
from ...models import ApiToken, User
from ...models.base import utcnow
from ..errors import Forbidden
from ..ownership import owned

PREFIX = "fd_"


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def create_token(user: User, name: str) -> tuple[ApiToken, str]:
    """A new token for a teacher: the row, and the secret to show once (never stored)."""
    if not user.is_teacher:
        raise Forbidden("Only teachers can use the API.")
    secret = PREFIX + secrets.token_urlsafe(32)
    row = ApiToken(
        user_id=user.id,
        name=" ".join(name.split())[:120] or "API token",
        token_hash=_digest(secret),
        prefix=secret[:10],
    )
    db.session.add(row)
    db.session.commit()
    return row, secret


def own_tokens(user: User) -> list[ApiToken]:
    """The user's tokens that are not revoked, newest first."""
    query = select(ApiToken).where(ApiToken.user_id == user.id, ApiToken.revoked_at.is_(None))
    return list(db.session.scalars(query.order_by(ApiToken.id.desc())))


def revoke(user: User, token_id: int) -> None:
    """Revoke one of the user's tokens."""
    row = owned(ApiToken, token_id, user, lambda t: t.user_id, "token")
    row.revoked_at = row.revoked_at or utcnow()
    db.session.commit()


def user_for(token: str) -> User | None:
    """The teacher a bearer token belongs to, or None (unknown, revoked, or not a teacher)."""
    if not token.startswith(PREFIX) or len(token) > 200:
        return None
    row = db.session.scalar(select(ApiToken).where(ApiToken.token_hash == _digest(token)))
    if row is None or row.revoked_at is not None or not row.user.is_teacher:
        return None
    now = utcnow()
    if row.last_used_at is None or (now - row.last_used_at).total_seconds() > 60:
        write_lock(db)  # on a GET, too
        row.last_used_at = now  # at most one write a minute per token
        db.session.commit()
    return row.user
