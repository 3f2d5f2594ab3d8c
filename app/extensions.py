"""Flask extensions, created unbound and attached in the factory."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from flask_login import LoginManager
from flask_migrate import Migrate
from flask_sqlalchemy import SQLAlchemy
from flask_wtf import CSRFProtect
from sqlalchemy import MetaData, Table
from sqlalchemy.orm import DeclarativeBase

# Named constraints so that migrations can alter them on every backend, SQLite included.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    """Declarative base of every model."""

    metadata = MetaData(naming_convention=NAMING)

    if TYPE_CHECKING:
        # Every model maps one table (none a join or a select): so `Model.__table__` is a Table,
        # which insert(), update() and delete() take, not just any FromClause.
        __table__: ClassVar[Table]


db = SQLAlchemy(model_class=Base)

# The base class of the models. At run time it is db.Model, which Flask-SQLAlchemy builds from
# Base (same metadata and registry, plus its `query` property and bind key); mypy cannot take an
# attribute for a base class, so to it the models derive from Base.
if TYPE_CHECKING:
    Model = Base
else:
    Model = db.Model

migrate = Migrate()
login_manager = LoginManager()
csrf = CSRFProtect()
