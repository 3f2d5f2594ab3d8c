# Flask-Login 0.6.3: the part of its API that the app uses (see stubs/README.md).
from collections.abc import Callable
from datetime import timedelta
from typing import Any, ParamSpec, TypeVar

from flask import Flask
from werkzeug.wrappers import Response

_P = ParamSpec("_P")
_R = TypeVar("_R")
_U = TypeVar("_U")

class UserMixin:
    __hash__: Any
    @property
    def is_active(self) -> bool: ...
    @property
    def is_authenticated(self) -> bool: ...
    @property
    def is_anonymous(self) -> bool: ...
    def get_id(self) -> str: ...

class AnonymousUserMixin:
    @property
    def is_authenticated(self) -> bool: ...
    @property
    def is_active(self) -> bool: ...
    @property
    def is_anonymous(self) -> bool: ...
    def get_id(self) -> None: ...

class LoginManager:
    anonymous_user: Callable[[], Any]
    login_view: str | None
    login_message: str
    login_message_category: str
    session_protection: str | None
    def __init__(self, app: Flask | None = None, add_context_processor: bool = True) -> None: ...
    def init_app(self, app: Flask, add_context_processor: bool = True) -> None: ...
    def unauthorized(self) -> Response: ...
    def user_loader(self, callback: Callable[[str], _U]) -> Callable[[str], _U]: ...

# A proxy to the signed-in user (the app's User) or to an AnonymousUserMixin.
current_user: Any

def login_user(
    user: UserMixin,
    remember: bool = False,
    duration: timedelta | None = None,
    force: bool = False,
    fresh: bool = True,
) -> bool: ...
def logout_user() -> bool: ...
def login_required(func: Callable[_P, _R]) -> Callable[_P, _R]: ...
