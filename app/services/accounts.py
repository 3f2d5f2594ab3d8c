"""Accounts: registration, sign-in, passwords hashed with Argon2id."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from ..extensions import db
from ..models import User
from ..models.accounts import ROLES
from .errors import ServiceError

# OWASP's Argon2id recommendation: 19 MiB of memory, 2 iterations, 1 degree of parallelism.
hasher = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)
MIN_PASSWORD = 10


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
    if len(password) < MIN_PASSWORD:
        raise ServiceError(f"The password must have at least {MIN_PASSWORD} characters.")
    email = normalise_email(email)
    if find_user(email):
        raise ServiceError("An account with this e-mail already exists.")
    user = User(email=email, name=name.strip(), role=role, password_hash=hasher.hash(password))
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
    try:
        hasher.verify(user.password_hash, password)
    except (VerificationError, InvalidHashError):
        return None
    if hasher.check_needs_rehash(user.password_hash):
        user.password_hash = hasher.hash(password)
        db.session.commit()
    return user
