"""Accounts: register, log in, log out, change or reset a password."""

from flask import Blueprint

bp = Blueprint("auth", __name__)

from . import passwords, routes  # noqa: E402,F401
