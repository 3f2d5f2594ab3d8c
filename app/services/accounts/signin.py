"""Log-in and registration limits that slow guessing down without locking the right person out.

Every log-in attempt is counted before its password is checked (services/accounts/ratelimit.py:
count-then-check in one statement), under these keys:

| key | free | then | forgotten | why |
| --- | --- | --- | --- | --- |
| account and address | 5 | 30 s, 1, 2, 4, 8, 15 min apart | 1 h after the last | a typist at one computer |
| account | 10 | the same | 1 h after the last | guessing from many addresses |
| address | 100 | 10 s … 5 min apart | 15 min after the last | a school behind one NAT address: 30 learners × 3 typos fit |
| known device | 10 | as account and address | 1 h after the last | see below |

A successful log-in takes its attempt back from every key and forgets the account-and-address
key, so only failures count. A refused attempt checks no password and is not counted.

Known devices (OWASP's "device cookies"): a successful log-in leaves a signed cookie naming the
account and a random device id. An attempt that carries it for the same account is counted only
against that device, not against the account or the address, so someone guessing a teacher's
password elsewhere (or from the school's own address) cannot keep the teacher out of a browser
they have used before. The cookie is HttpOnly, signed with SECRET_KEY and lasts a year.

Registrations: 200 an hour per address (four classes of 30 registering at once fit), then one
a minute.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass

from flask import current_app
from itsdangerous import BadSignature, URLSafeTimedSerializer

from . import ratelimit
from .ratelimit import Rule, TooManyRequests
from .users import normalise_email

STEPS = (30, 60, 120, 240, 480, 900)
PAIR = Rule(free=5, delays=STEPS, window=3600)
ACCOUNT = Rule(free=10, delays=STEPS, window=3600)
ADDRESS = Rule(free=100, delays=(10, 20, 40, 80, 160, 300), window=900)
DEVICE = Rule(free=10, delays=STEPS, window=3600)
REGISTER = Rule(free=200, delays=(60,), window=3600, sliding=False)

DEVICE_COOKIE = "factdeck_device"
DEVICE_MAX_AGE = 365 * 24 * 3600


@dataclass(frozen=True)
class Guard:
    """The keys one log-in attempt was counted under."""

    counted: tuple[str, ...]
    pair: str | None


def _digest(email: str) -> str:
    return hashlib.sha256(normalise_email(email).encode()).hexdigest()[:32]


def _serializer() -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(current_app.config["SECRET_KEY"], salt="factdeck-login-device")


def device_cookie(email: str) -> str:
    """A new signed device cookie for the account."""
    return _serializer().dumps({"a": _digest(email), "d": secrets.token_urlsafe(12)})


def known_device(cookie: str | None, email: str) -> str | None:
    """The device id of a valid device cookie issued for this account, else None."""
    if not cookie or len(cookie) > 512:
        return None
    try:
        data = _serializer().loads(cookie, max_age=DEVICE_MAX_AGE)
    except BadSignature:
        return None
    if not isinstance(data, dict) or data.get("a") != _digest(email):
        return None
    device = data.get("d")
    return device if isinstance(device, str) else None


def begin_login(email: str, address: str | None, cookie: str | None = None) -> Guard:
    """Count the attempt under its keys, or raise TooManyRequests (nothing counted then)."""
    email = normalise_email(email)
    device = known_device(cookie, email)
    pair = f"login:pair:{email}|{address}"
    if device is not None:
        keys = [(f"login:device:{device}", DEVICE)]
    else:
        keys = [
            (pair, PAIR),
            (f"login:account:{email}", ACCOUNT),
            (f"login:address:{address}", ADDRESS),
        ]
    counted: list[str] = []
    for key, rule in keys:
        verdict = ratelimit.attempt(key, rule)
        if not verdict.allowed:
            for done in counted:
                ratelimit.release(done)
            raise TooManyRequests(
                ratelimit.wait_message("failed log-ins", verdict.retry_after), verdict.retry_after
            )
        counted.append(key)
    return Guard(tuple(counted), pair if device is None else None)


def succeeded(guard: Guard) -> None:
    """The password was right: only failures count."""
    for key in guard.counted:
        ratelimit.release(key, forget=key == guard.pair)


def begin_registration(address: str | None) -> None:
    """Count a registration from this address, or raise TooManyRequests."""
    ratelimit.require(f"register:address:{address}", REGISTER, "new accounts from this address")
