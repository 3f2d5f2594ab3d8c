"""Passwords and e-mail addresses: what is accepted, changing a password, one-time reset links.

A password needs MIN_PASSWORD characters and must not be easy to guess: zxcvbn (a maintained
estimator that ships lists of the most common passwords, words, names and keyboard patterns)
must rate it at least 2 of 4, that is more than 10^8 guesses; "aaaaaaaaaa", "password123" and
"qwertyuiop" are refused, a few unrelated words pass. The account's e-mail and name count as
guessable. An e-mail is checked by email-validator with the options the forms use, everywhere
(the forms, `flask users create`, the services), so no account is made that cannot log in.

Changing or resetting a password draws a new session token, which ends every other session.
A teacher may make a one-time link for a learner of one of their classes; only the SHA-256 of
its secret is stored, it is shown once, works once and expires after RESET_DAYS.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta
from typing import Any, cast

from email_validator import EmailNotValidError, validate_email
from sqlalchemy import CursorResult, delete, select, update
from zxcvbn import zxcvbn

from ...extensions import db
from ...models import Group, Membership, PasswordReset, User
from ...models.accounts import new_session_token
from ...models.base import utcnow
from ..errors import NotFound, ServiceError

MIN_PASSWORD = 10
MAX_PASSWORD = 200
MIN_SCORE = 2  # zxcvbn's 0-4: 2 is "somewhat guessable" (10^8 guesses), the least accepted
ZXCVBN_MAX = 72  # zxcvbn refuses longer input; its first 72 characters are judged
RESET_DAYS = 3


class BadEmail(ServiceError):
    """An e-mail address no one could log in with."""


class WeakPassword(ServiceError):
    """A password too short, too long or too easy to guess."""


def check_email(email: str) -> str:
    """The address normalised (lower case), or ServiceError if it cannot be used to log in."""
    email = (email or "").strip()
    try:
        validate_email(email, check_deliverability=False, allow_smtputf8=True)
    except EmailNotValidError as exc:
        raise BadEmail(f"This e-mail address is not valid: {exc}") from None
    if len(email) > 254:
        raise BadEmail("This e-mail address is too long.")
    return email.lower()


def check_password(password: str, *known: str | None) -> None:
    """WeakPassword unless the password is long enough and not easy to guess; `known` are the
    account's e-mail and name, which count as guessable."""
    if len(password) < MIN_PASSWORD:
        raise WeakPassword(f"The password must have at least {MIN_PASSWORD} characters.")
    if len(password) > MAX_PASSWORD:
        raise WeakPassword(f"The password may have at most {MAX_PASSWORD} characters.")
    words = [k for k in known if k]
    hints = [*words, *(k.split("@")[0] for k in words if "@" in k), "factdeck"]
    result = zxcvbn(password[:ZXCVBN_MAX], user_inputs=hints)
    if int(result["score"]) < MIN_SCORE:
        warning = str(result["feedback"].get("warning") or "").strip()
        reason = f" ({warning.rstrip('.')})" if warning else ""
        raise WeakPassword(
            f"This password is too easy to guess{reason}. Use a few unrelated words, "
            "or add another word or two."
        )


def set_password(user: User, password: str) -> None:
    """Check and store a new password and end every session of the user (commits)."""
    from .users import hasher

    check_password(password, user.email, user.name)
    user.password_hash = hasher.hash(password)
    user.session_token = new_session_token()
    db.session.commit()


def change_password(user: User, current: str, new: str) -> None:
    """The user's own change: the current password first; every other session ends."""
    from .users import verify

    if not verify(user, current):
        raise ServiceError("The current password is wrong.")
    if new == current:
        raise WeakPassword("The new password is the same as the current one.")
    set_password(user, new)


def _digest(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def _my_learner(teacher: User, learner_id: int) -> User:
    """A learner of one of the teacher's classes, or NotFound (anyone else is not revealed)."""
    query = (
        select(User)
        .join(Membership, Membership.user_id == User.id)
        .join(Group, Group.id == Membership.group_id)
        .where(User.id == learner_id, Group.owner_id == teacher.id, User.role == "learner")
    )
    learner = db.session.scalars(query.limit(1)).first()
    if learner is None:
        raise NotFound("There is no such learner in your classes.")
    return learner


def create_reset(teacher: User, learner_id: int) -> tuple[User, str]:
    """A one-time link secret for a learner of the teacher's classes (earlier ones stop working)."""
    learner = _my_learner(teacher, learner_id)
    secret = secrets.token_urlsafe(32)
    db.session.execute(delete(PasswordReset).where(PasswordReset.user_id == learner.id))
    db.session.add(
        PasswordReset(
            user_id=learner.id,
            created_by_id=teacher.id,
            token_hash=_digest(secret),
            expires_at=utcnow() + timedelta(days=RESET_DAYS),
        )
    )
    db.session.commit()
    return learner, secret


def _usable(secret: str) -> PasswordReset | None:
    if not secret or len(secret) > 100:
        return None
    return db.session.scalar(
        select(PasswordReset).where(
            PasswordReset.token_hash == _digest(secret),
            PasswordReset.used_at.is_(None),
            PasswordReset.expires_at > utcnow(),
        )
    )


def reset_user(secret: str) -> User | None:
    """The account a link may still reset, or None."""
    reset = _usable(secret)
    return reset.user if reset is not None else None


def redeem_reset(secret: str, password: str) -> User:
    """Set the password through a link, once; every session of the account ends."""
    reset = _usable(secret)
    if reset is None:
        raise NotFound("This link has expired or was already used. Ask your teacher for a new one.")
    user = reset.user
    check_password(password, user.email, user.name)  # a refused password leaves the link usable
    used = cast(
        CursorResult[Any],
        db.session.execute(
            update(PasswordReset)
            .where(PasswordReset.id == reset.id, PasswordReset.used_at.is_(None))
            .values(used_at=utcnow())
        ),
    )
    if used.rowcount != 1:  # used in another tab at the same moment
        db.session.rollback()
        raise NotFound("This link has expired or was already used. Ask your teacher for a new one.")
    set_password(user, password)
    return user
