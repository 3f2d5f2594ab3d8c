"""Accounts: registration, sign-in, passwords hashed with Argon2id."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from ...extensions import db
from ...models import User
from ...models.accounts import ROLES
from ...params import id_or_none
from ..errors import ServiceError
from .passwords import check_email, check_password

# OWASP's Argon2id recommendation: 19 MiB of memory, 2 iterations, 1 degree of parallelism.
hasher = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)


def normalise_email(email: str) -> str:
    """E-mail addresses compare case-insensitively."""
    return email.strip().lower()


def find_user(email: str) -> User | None:
    """The user with this e-mail, if any."""
    return db.session.scalar(select(User).where(func.lower(User.email) == normalise_email(email)))


def create_user(email: str, password: str, role: str = "learner", name: str = "") -> User:
    """Create an account; raises ServiceError for a taken e-mail, weak password or bad role."""
    if role not in ROLES:
        raise ServiceError(f"Unknown role '{role}'; use one of {', '.join(ROLES)}.")
    email = check_email(email)  # the same rule as the forms: every account can log in
    check_password(password, email, name)
    if find_user(email):
        raise ServiceError("An account with this e-mail already exists.")
    user = User(
        email=email, name=(name or "").strip()[:120], role=role, password_hash=hasher.hash(password)
    )
    db.session.add(user)
    try:
        db.session.commit()
    except IntegrityError:
        db.session.rollback()
        raise ServiceError("An account with this e-mail already exists.") from None
    return user


def authenticate(email: str, password: str) -> User | None:
    """The user when the password matches; the hash is upgraded if its parameters are old."""
    user = find_user(email)
    if user is None:
        hasher.hash(password)  # same work either way: no timing hint that the e-mail exists
        return None
    if not verify(user, password):
        return None
    if hasher.check_needs_rehash(user.password_hash):
        user.password_hash = hasher.hash(password)
        db.session.commit()
    return user


def verify(user: User, password: str) -> bool:
    """Whether the password is the user's."""
    try:
        return bool(hasher.verify(user.password_hash, password))
    except (VerificationError, InvalidHashError):
        return False


def register(email: str, password: str, name: str = "", class_code: str = "") -> User:
    """A new learner account, joined to a class when a code is given (checked first)."""
    from .classes import find_class, join_class

    if class_code.strip() and find_class(class_code) is None:
        raise ServiceError("No class has this code. Check it with your teacher.")
    user = create_user(email, password, name=name)
    if class_code.strip():
        join_class(user, class_code)
    return user


def end_sessions(user: User) -> None:
    """Draw a new session token: sessions signed with the old one no longer load the user."""
    from ...models.accounts import new_session_token

    user.session_token = new_session_token()
    db.session.commit()


def load_session_user(session_id: str) -> User | None:
    """Flask-Login's loader: the user whose id and current session token the session holds."""
    user_id, _, token = session_id.partition(".")
    uid = id_or_none(user_id)
    user = db.session.get(User, uid) if uid is not None else None
    return user if user is not None and token and user.session_token == token else None
