"""Users, classes (groups with a join code) and memberships."""

from __future__ import annotations

import secrets
from datetime import datetime

from flask_login import UserMixin
from sqlalchemy import BigInteger, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..extensions import Model
from .base import belongs_to, utcnow

ROLES = ("learner", "teacher", "admin")


def new_session_token() -> str:
    """A random token that ties sessions to the user's current sign-in generation."""
    return secrets.token_hex(16)


class User(UserMixin, Model):
    """A person who signs in: learner, teacher or admin."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(254), unique=True)
    name: Mapped[str] = mapped_column(String(120), default="")
    password_hash: Mapped[str] = mapped_column(String(255))
    role: Mapped[str] = mapped_column(String(16), default="learner")
    # Part of the session's user id: logging out draws a new one, so every copy of the old
    # session cookie stops working (a signed cookie alone cannot be revoked).
    session_token: Mapped[str] = mapped_column(String(32), default=new_session_token)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    memberships: Mapped[list[Membership]] = relationship(back_populates="user")

    def get_id(self) -> str:
        """Flask-Login's id in the session: the user's id and current session token."""
        return f"{self.id}.{self.session_token}"

    @property
    def is_teacher(self) -> bool:
        """Teachers and admins manage articles, banks and quizzes."""
        return self.role in ("teacher", "admin")

    @property
    def display_name(self) -> str:
        """The name to show, or the e-mail's local part."""
        return self.name or self.email.split("@")[0]


class Group(Model):
    """A class of learners that a teacher opens quizzes to; learners join with its code."""

    __tablename__ = "groups"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    join_code: Mapped[str] = mapped_column(String(16), unique=True)
    owner_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    memberships: Mapped[list[Membership]] = relationship(back_populates="group")


class Membership(Model):
    """A learner in a class, once: the unique pair makes two tabs that join at the same moment
    store one row (`classes.join_class`)."""

    __tablename__ = "memberships"
    __table_args__ = (UniqueConstraint("group_id", "user_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = belongs_to("groups")
    user_id: Mapped[int] = belongs_to("users")
    joined_at: Mapped[datetime] = mapped_column(default=utcnow)

    group: Mapped[Group] = relationship(back_populates="memberships")
    user: Mapped[User] = relationship(back_populates="memberships")


class ApiToken(Model):
    """A teacher's token for the JSON API; only its SHA-256 is stored, the token is shown once."""

    __tablename__ = "api_tokens"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = belongs_to("users")
    name: Mapped[str] = mapped_column(String(120), default="")
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    prefix: Mapped[str] = mapped_column(String(12), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_used_at: Mapped[datetime | None] = mapped_column(default=None)
    revoked_at: Mapped[datetime | None] = mapped_column(default=None)

    user: Mapped[User] = relationship()


class RateLimit(Model):
    """A counter of attempts by one key ("login:account:ann@example.com"), with its own expiry.

    Kept in the database so that every gunicorn worker, and every app server, shares the count;
    see services/accounts/ratelimit.py for how a key is counted and when it lets an attempt in.
    """

    __tablename__ = "rate_limits"

    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    count: Mapped[int] = mapped_column(default=0)
    last_at: Mapped[int] = mapped_column(BigInteger)  # Unix seconds of the last counted attempt
    expires_at: Mapped[int] = mapped_column(BigInteger, index=True)  # forgotten from then on


class PasswordReset(Model):
    """A one-time link to set a new password, made by a teacher for a learner of their class.

    Only the SHA-256 of the link's secret is stored; it works once, before `expires_at`.
    """

    __tablename__ = "password_resets"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = belongs_to("users", index=True)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime]
    used_at: Mapped[datetime | None] = mapped_column(default=None)

    user: Mapped[User] = relationship(foreign_keys=[user_id])
