"""The Factdeck web app. `create_app` reads like a table of contents and has no side effects."""

from __future__ import annotations

from pathlib import Path

from flask import Flask

from config import Config, from_env


def create_app(config_class: type[Config] | None = None) -> Flask:
    """Build the app for a config class (FACTDECK_ENV's by default)."""
    config_class = config_class or from_env()
    app = Flask(__name__, instance_relative_config=True)
    app.config.from_object(config_class)
    config_class.init_app(app)
    register_extensions(app)
    register_blueprints(app)
    register_errorhandlers(app)
    register_commands(app)
    register_template_helpers(app)
    register_security(app)
    register_observability(app)
    return app


def register_extensions(app: Flask) -> None:
    """Bind the extensions of app.extensions to this app."""
    from . import models  # noqa: F401 - the models must be known before migrations run
    from .database import configure, engine_options
    from .extensions import csrf, db, login_manager, migrate

    app.config["SQLALCHEMY_ENGINE_OPTIONS"] = engine_options(
        app.config["SQLALCHEMY_DATABASE_URI"]
    ) | dict(app.config.get("SQLALCHEMY_ENGINE_OPTIONS") or {})
    db.init_app(app)
    migrations = str(Path(app.root_path).parent / "migrations")
    migrate.init_app(app, db, directory=migrations, render_as_batch=True)
    csrf.init_app(app)
    login_manager.init_app(app)
    login_manager.login_view = "auth.login"
    login_manager.login_message = "Please log in to continue."

    from .services.accounts.users import load_session_user

    login_manager.user_loader(load_session_user)
    configure(app, db)


def register_blueprints(app: Flask) -> None:
    """One blueprint per domain; `<int:...>` in their routes is a bounded row id."""
    from .params import IdConverter

    app.url_map.converters["int"] = IdConverter
    from .api import bp as api_bp
    from .auth import bp as auth_bp
    from .cards import bp as cards_bp
    from .main import bp as main_bp
    from .quiz import bp as quiz_bp
    from .teach import bp as teach_bp

    app.register_blueprint(main_bp)
    app.register_blueprint(auth_bp)
    app.register_blueprint(quiz_bp)
    app.register_blueprint(cards_bp)
    app.register_blueprint(teach_bp)
    app.register_blueprint(api_bp)
    from .extensions import csrf

    csrf.exempt(api_bp)  # bearer tokens, not cookies: no cross-site request can carry one


def register_errorhandlers(app: Flask) -> None:
    """HTML or JSON error pages, never a stack trace."""
    from .errors import register

    register(app)


def register_commands(app: Flask) -> None:
    """`flask demo`, `flask users create`, `flask bank export|import`."""
    from .commands import bank_cli, demo_command, users_cli, worker_command

    app.cli.add_command(demo_command)
    app.cli.add_command(worker_command)
    app.cli.add_command(users_cli)
    app.cli.add_command(bank_cli)


def register_template_helpers(app: Flask) -> None:
    """Filters and globals the templates use."""
    from .templating import register

    register(app)


def register_security(app: Flask) -> None:
    """Security headers on every response; the proxy's forwarded address when configured."""
    from .security import register

    register(app)


def register_observability(app: Flask) -> None:
    """A request id on every request and its log lines; /metrics in the Prometheus format."""
    from . import logs, metrics

    logs.register(app)
    metrics.register(app)
